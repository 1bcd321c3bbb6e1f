import { ConsentRow } from '../consents.repository';

export class ConsentResponseDto {
  client_id: string;
  client_name: string;
  /** Scopes the player allowed the client. */
  scopes: string[];
  /** Time of the latest consent. */
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
