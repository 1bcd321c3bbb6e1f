import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { queryPreparedOnPool, statementNameFor } from '../../database/prepared-query';

/** Introspection of a player's token reads the nickname for `username` on every request. */
const NICKNAME_SQL = 'SELECT nickname FROM users WHERE id = $1 AND brand_id = $2';
const NICKNAME_NAME = statementNameFor(NICKNAME_SQL);

/** A stored refresh token with what introspection reports about it. */
export interface IntrospectedRefreshToken {
  id: string;
  scope: string;
  expiresAt: Date;
  usedAt: Date | null;
  createdAt: Date;
  sessionId: string;
  sessionRevokedAt: Date | null;
  userId: string;
  nickname: string | null;
  brandId: string;
  brandCode: string;
  clientId: string;
}

interface RefreshTokenRow {
  id: string;
  scope: string;
  expires_at: Date;
  used_at: Date | null;
  created_at: Date;
  session_id: string;
  session_revoked_at: Date | null;
  user_id: string;
  nickname: string | null;
  brand_id: string;
  brand_code: string;
  client_id: string;
}

@Injectable()
export class IntrospectionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Finds a refresh token by its SHA-256 with its session, player, client and brand. */
  async findRefreshToken(tokenHash: Buffer): Promise<IntrospectedRefreshToken | null> {
    const rows: RefreshTokenRow[] = await this.dataSource.query(
      `SELECT t.id, t.scope, t.expires_at, t.used_at, t.created_at,
              s.id AS session_id, s.revoked_at AS session_revoked_at,
              u.id AS user_id, u.nickname, b.id AS brand_id, b.code AS brand_code, c.client_id
       FROM refresh_tokens t
       JOIN sessions s ON s.id = t.session_id
       JOIN users u ON u.id = s.user_id
       JOIN oauth_clients c ON c.id = s.client_ref
       JOIN brands b ON b.id = s.brand_id
       WHERE t.token_hash = $1`,
      [tokenHash],
    );
    const row = rows[0];
    if (!row) {
      return null;
    }
    return {
      id: row.id,
      scope: row.scope,
      expiresAt: row.expires_at,
      usedAt: row.used_at,
      createdAt: row.created_at,
      sessionId: row.session_id,
      sessionRevokedAt: row.session_revoked_at,
      userId: row.user_id,
      nickname: row.nickname,
      brandId: row.brand_id,
      brandCode: row.brand_code,
      clientId: row.client_id,
    };
  }

  /** Returns whether the player exists in the brand, and the player's nickname if any. */
  async findPlayerNickname(
    brandId: string,
    userId: string,
  ): Promise<{ nickname: string | null } | null> {
    const rows = await queryPreparedOnPool<{ nickname: string | null }>(
      this.dataSource,
      NICKNAME_NAME,
      NICKNAME_SQL,
      [userId, brandId],
    );
    return rows[0] ?? null;
  }
}
