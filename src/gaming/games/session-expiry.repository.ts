import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** A session that was ended for being idle, with what its audit event records. */
export interface EndedIdleSession {
  id: string;
  brandId: string;
  userId: string;
  gameId: string;
  bet: string;
  win: string;
  amountAfter: string;
  lastActivityAt: Date;
}

const RETURNED_COLUMNS = `s.id, s.brand_id AS "brandId", s.user_id AS "userId",
  s.game_id AS "gameId", s.bet::text, s.win::text, s.amount_after::text AS "amountAfter",
  s.last_activity_at AS "lastActivityAt"`;

/** Ends game sessions that had no round for longer than the idle time. */
@Injectable()
export class SessionExpiryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Ends up to `limit` active sessions idle for more than `idleSeconds` and returns them. Rows
   * locked by another transaction, such as a round in progress or another instance running the
   * same job, are skipped. The lock re-checks the idle condition on the latest row version, so a
   * session is ended once and never while a round updates it.
   */
  async endIdle(idleSeconds: number, limit: number): Promise<EndedIdleSession[]> {
    const [rows]: [EndedIdleSession[], number] = await this.dataSource.query(
      `UPDATE game_sessions s SET status = 'ended', end_date = now()
       WHERE s.id IN (
         SELECT id FROM game_sessions
         WHERE status = 'active' AND last_activity_at < now() - make_interval(secs => $1)
         ORDER BY last_activity_at
         LIMIT $2
         FOR NO KEY UPDATE SKIP LOCKED)
       RETURNING ${RETURNED_COLUMNS}`,
      [idleSeconds, limit],
    );
    return rows;
  }

  /** Ends one session if it is active and idle for more than `idleSeconds`; null otherwise. */
  async endOneIfIdle(id: string, idleSeconds: number): Promise<EndedIdleSession | null> {
    const [rows]: [EndedIdleSession[], number] = await this.dataSource.query(
      `UPDATE game_sessions s SET status = 'ended', end_date = now()
       WHERE s.id = $1 AND s.status = 'active'
         AND s.last_activity_at < now() - make_interval(secs => $2)
       RETURNING ${RETURNED_COLUMNS}`,
      [id, idleSeconds],
    );
    return rows[0] ?? null;
  }
}
