import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface NewAuthorizationCode {
  codeHash: Buffer;
  clientRef: string;
  userId: string;
  redirectUri: string;
  scope: string;
  codeChallenge: string | null;
  expiresAt: Date;
}

/** A stored authorization code, locked for the transaction that reads it. */
export interface AuthorizationCodeRow {
  id: string;
  client_ref: string;
  user_id: string;
  redirect_uri: string;
  scope: string;
  code_challenge: string | null;
  expires_at: Date;
  used_at: Date | null;
  session_id: string | null;
}

@Injectable()
export class AuthorizationCodesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async insert(code: NewAuthorizationCode): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO authorization_codes
         (code_hash, client_ref, user_id, redirect_uri, scope, code_challenge, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        code.codeHash,
        code.clientRef,
        code.userId,
        code.redirectUri,
        code.scope,
        code.codeChallenge,
        code.expiresAt,
      ],
    );
  }

  /**
   * Returns the code with this hash, locked FOR UPDATE: a concurrent redemption of the same code
   * waits until this transaction ends and then reads `used_at` set.
   */
  async lockByHash(manager: EntityManager, codeHash: Buffer): Promise<AuthorizationCodeRow | null> {
    const rows: AuthorizationCodeRow[] = await manager.query(
      `SELECT id, client_ref, user_id, redirect_uri, scope, code_challenge, expires_at, used_at,
              session_id
         FROM authorization_codes WHERE code_hash = $1 FOR UPDATE`,
      [codeHash],
    );
    return rows[0] ?? null;
  }

  async markUsed(manager: EntityManager, id: string, sessionId: string): Promise<void> {
    await manager.query(
      `UPDATE authorization_codes SET used_at = now(), session_id = $2 WHERE id = $1`,
      [id, sessionId],
    );
  }

  /**
   * Deletes codes that expired more than `retentionSeconds` ago and returns how many. Used codes
   * are kept that long so that a late second use still revokes the tokens issued from them.
   */
  async deleteExpired(retentionSeconds: number): Promise<number> {
    const rows: unknown[] = await this.dataSource.query(
      `WITH deleted AS (
         DELETE FROM authorization_codes
          WHERE expires_at < now() - make_interval(secs => $1)
          RETURNING 1
       )
       SELECT 1 FROM deleted`,
      [retentionSeconds],
    );
    return rows.length;
  }
}
