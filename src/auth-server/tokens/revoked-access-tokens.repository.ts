import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export const ACCESS_TOKEN_REVOKED_CHANNEL = 'access_token_revoked';

/** A revoked access token id with the token's expiry. */
export interface RevokedAccessToken {
  jti: string;
  expiresAt: Date;
}

@Injectable()
export class RevokedAccessTokensRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Stores the revocation and sends its NOTIFY (payload `<jti> <exp in seconds>`) in one
   * transaction, so every listener learns of it when it commits. Returns false when the token
   * was already revoked.
   */
  revoke(token: RevokedAccessToken): Promise<boolean> {
    const expSeconds = Math.floor(token.expiresAt.getTime() / 1000);
    return this.dataSource.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO revoked_access_tokens (jti, expires_at) VALUES ($1, to_timestamp($2))
         ON CONFLICT (jti) DO NOTHING RETURNING jti`,
        [token.jti, expSeconds],
      );
      await manager.query('SELECT pg_notify($1, $2)', [
        ACCESS_TOKEN_REVOKED_CHANNEL,
        `${token.jti} ${expSeconds}`,
      ]);
      return inserted.length === 1;
    });
  }

  /** Returns the revocations of tokens that expired less than `graceSeconds` ago or later. */
  async findUnexpired(graceSeconds: number): Promise<RevokedAccessToken[]> {
    const rows: { jti: string; expires_at: Date }[] = await this.dataSource.query(
      `SELECT jti, expires_at FROM revoked_access_tokens
       WHERE expires_at > now() - make_interval(secs => $1)`,
      [graceSeconds],
    );
    return rows.map((row) => ({ jti: row.jti, expiresAt: row.expires_at }));
  }

  /** Deletes the revocations of tokens that expired more than `graceSeconds` ago. */
  async deleteExpired(graceSeconds: number): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM revoked_access_tokens WHERE expires_at <= now() - make_interval(secs => $1)`,
      [graceSeconds],
    );
  }
}
