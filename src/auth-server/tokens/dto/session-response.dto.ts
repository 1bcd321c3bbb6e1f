import { ActiveSessionRow } from '../sessions.repository';

/** An active session of the player: one login on one device or app. */
export class SessionResponseDto {
  /**
   * The session id, also the `sid` claim of its access tokens.
   * @example "c0a8012e-4f1b-4c7a-9e55-2b8f6d3a1e90"
   */
  id: string;
  /**
   * Public id of the client the player logged in with.
   * @example "xcasino"
   */
  client_id: string;
  /** @example "XCasino (demo) app" */
  client_name: string;
  /** @example "2026-01-15T09:30:00.000Z" */
  created_at: Date;
  /**
   * Time of the latest refresh-token rotation, or null before the first refresh.
   * @example "2026-01-15T09:45:00.000Z"
   */
  last_refreshed_at: Date | null;
  /**
   * User-Agent header of the login or of the latest refresh.
   * @example "Mozilla/5.0 (X11; Linux x86_64)"
   */
  user_agent: string | null;
  /**
   * Client IP address of the login or of the latest refresh.
   * @example "203.0.113.7"
   */
  ip: string | null;
  /**
   * True for the session of the access token that made this request.
   * @example true
   */
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
