import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** The caller an Idempotency-Key belongs to, and the key itself. */
export interface IdempotencyScope {
  brand: string;
  clientId: string;
  subject: string;
  key: string;
}

/** The stored state of a key that another request has claimed or finished. */
export interface StoredIdempotencyKey {
  requestHash: string;
  /** NULL while the request that claimed the key still runs. */
  responseStatus: number | null;
  responseBody: unknown;
}

export interface ClaimOptions {
  claimId: string;
  requestHash: string;
  ttlSeconds: number;
  lockTimeoutSeconds: number;
}

const SCOPE_CONDITION = 'brand = $1 AND client_id = $2 AND subject = $3 AND idempotency_key = $4';

@Injectable()
export class IdempotencyKeysRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Takes the key for one request in a single statement, so that concurrent requests on any
   * instance cannot both take it. A key is free when it is new, expired, or claimed by a request
   * that started more than `lockTimeoutSeconds` ago without finishing. Returns false when
   * another request has claimed or finished the key.
   */
  async claim(scope: IdempotencyScope, options: ClaimOptions): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_keys AS k
         (brand, client_id, subject, idempotency_key, claim_id, request_hash, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(secs => $7))
       ON CONFLICT (brand, client_id, subject, idempotency_key) DO UPDATE SET
         claim_id = EXCLUDED.claim_id,
         request_hash = EXCLUDED.request_hash,
         response_status = NULL,
         response_body = NULL,
         created_at = now(),
         completed_at = NULL,
         expires_at = EXCLUDED.expires_at
       WHERE k.expires_at <= now()
          OR (k.response_status IS NULL
              AND k.created_at <= now() - make_interval(secs => $8))
       RETURNING claim_id`,
      [
        scope.brand,
        scope.clientId,
        scope.subject,
        scope.key,
        options.claimId,
        options.requestHash,
        options.ttlSeconds,
        options.lockTimeoutSeconds,
      ],
    );
    return rows.length === 1;
  }

  async find(scope: IdempotencyScope): Promise<StoredIdempotencyKey | undefined> {
    const rows: { request_hash: string; response_status: number | null; response_body: unknown }[] =
      await this.dataSource.query(
        `SELECT request_hash, response_status, response_body FROM idempotency_keys
         WHERE ${SCOPE_CONDITION}`,
        [scope.brand, scope.clientId, scope.subject, scope.key],
      );
    const row = rows[0];
    if (!row) {
      return undefined;
    }
    return {
      requestHash: row.request_hash,
      responseStatus: row.response_status,
      responseBody: row.response_body,
    };
  }

  /** Stores the response of the request that claimed the key, unless another took it over. */
  async complete(
    scope: IdempotencyScope,
    claimId: string,
    status: number,
    body: unknown,
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE idempotency_keys
       SET response_status = $6, response_body = $7::jsonb, completed_at = now()
       WHERE ${SCOPE_CONDITION} AND claim_id = $5 AND response_status IS NULL`,
      [
        scope.brand,
        scope.clientId,
        scope.subject,
        scope.key,
        claimId,
        status,
        JSON.stringify(body ?? null),
      ],
    );
  }

  /** Frees a key whose request failed without a response worth replaying. */
  async release(scope: IdempotencyScope, claimId: string): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM idempotency_keys
       WHERE ${SCOPE_CONDITION} AND claim_id = $5 AND response_status IS NULL`,
      [scope.brand, scope.clientId, scope.subject, scope.key, claimId],
    );
  }

  /** Deletes up to `limit` expired keys and returns how many it deleted. */
  async deleteExpired(limit: number): Promise<number> {
    // TypeORM returns [rows, affected count] for a DELETE.
    const [rows]: [unknown[], number] = await this.dataSource.query(
      `DELETE FROM idempotency_keys WHERE ctid IN (
         SELECT ctid FROM idempotency_keys WHERE expires_at <= now() LIMIT $1
       ) AND expires_at <= now()
       RETURNING 1`,
      [limit],
    );
    return rows.length;
  }
}
