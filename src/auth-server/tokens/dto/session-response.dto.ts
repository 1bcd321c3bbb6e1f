import { ActiveSessionRow } from '../sessions.repository';

/** An active session of the player: one login on one device or app. */
export class SessionResponseDto {
  /** The session id, also the `sid` claim of its access tokens. */
  id: string;
  /** Public id of the client the player logged in with. */
  client_id: string;
  client_name: string;
  created_at: Date;
  /** Time of the latest refresh-token rotation, or null before the first refresh. */
  last_refreshed_at: Date | null;
  /** User-Agent header of the login or of the latest refresh. */
  user_agent: string | null;
  /** Client IP address of the login or of the latest refresh. */
  ip: string | null;
  /** True for the session of the access token that made this request. */
  current: boolean;

  static from(row: ActiveSessionRow, currentSessionId: string): SessionResponseDto {
    return {
      id: row.id,
      client_id: row.client_id,
      client_name: row.client_name,
      created_at: row.created_at,
      last_refreshed_at: row.last_refreshed_at,
      user_agent: row.user_agent,
      ip: row.ip,
      current: row.id === currentSessionId,
    };
  }
}
