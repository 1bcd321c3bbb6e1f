import { ConsentRow } from '../consents.repository';

/** A third-party client the player allowed to access the account. */
export class ConsentResponseDto {
  /** @example "partner-app" */
  client_id: string;
  /** @example "Partner casino app" */
  client_name: string;
  /**
   * Scopes the player allowed the client.
   * @example ["profile:read", "wallet:read"]
   */
  scopes: string[];
  /**
   * Time of the latest consent.
   * @example "2026-01-15T09:30:00.000Z"
   */
  granted_at: Date;

  static from(row: ConsentRow): ConsentResponseDto {
    return {
      client_id: row.client_id,
      client_name: row.client_name,
      scopes: row.scopes,
      granted_at: row.granted_at,
    };
  }
}
