import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** A player's consent to one client, with the client's public id and name. */
export interface ConsentRow {
  client_id: string;
  client_name: string;
  scopes: string[];
  granted_at: Date;
}

@Injectable()
export class ConsentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Returns the scopes the player granted the client, or null without a consent. */
  async findScopes(userId: string, clientRef: string): Promise<string[] | null> {
    const rows: { scopes: string[] }[] = await this.dataSource.query(
      `SELECT scopes FROM consents WHERE user_id = $1 AND client_ref = $2`,
      [userId, clientRef],
    );
    return rows[0]?.scopes ?? null;
  }

  /** Adds `scopes` to the player's consent to the client, creating it if needed. */
  async grant(userId: string, clientRef: string, scopes: string[]): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO consents (user_id, client_ref, scopes) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, client_ref) DO UPDATE
         SET scopes = ARRAY(SELECT DISTINCT unnest(consents.scopes || EXCLUDED.scopes) ORDER BY 1),
             granted_at = now()`,
      [userId, clientRef, scopes],
    );
  }

  list(userId: string): Promise<ConsentRow[]> {
    return this.dataSource.query(
      `SELECT c.client_id, c.name AS client_name, consents.scopes, consents.granted_at
         FROM consents JOIN oauth_clients c ON c.id = consents.client_ref
        WHERE consents.user_id = $1
        ORDER BY consents.granted_at DESC`,
      [userId],
    );
  }

  /**
   * Deletes the player's consent to the client with this public id, and returns the internal id
   * of that client, or null when there was no such consent.
   */
  async delete(userId: string, clientId: string): Promise<string | null> {
    const rows: { client_ref: string }[] = await this.dataSource.query(
      // Wrapped in a SELECT because TypeORM returns [rows, count] for a bare DELETE.
      `WITH deleted AS (
         DELETE FROM consents
          USING oauth_clients c
          WHERE consents.client_ref = c.id AND consents.user_id = $1 AND c.client_id = $2
          RETURNING consents.client_ref
       )
       SELECT client_ref FROM deleted`,
      [userId, clientId],
    );
    return rows[0]?.client_ref ?? null;
  }

  /** Returns the ids of the player's active sessions with the client. */
  async activeSessionIds(userId: string, clientRef: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM sessions WHERE user_id = $1 AND client_ref = $2 AND revoked_at IS NULL`,
      [userId, clientRef],
    );
    return rows.map((row) => row.id);
  }
}
