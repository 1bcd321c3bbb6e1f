import autocannon from 'autocannon';

/** One load scenario: autocannon options plus optional steps around its runs. */
export interface Scenario {
  name: string;
  options: Partial<autocannon.Options>;
  /** Runs before the warm-up and again before the measured run. */
  prepare?: () => Promise<void>;
  /** Runs after the measured run; returns what went wrong, or undefined. */
  check?: () => Promise<string | undefined>;
}

export const FORM = 'application/x-www-form-urlencoded';

/** Sends one request and returns its JSON body; throws on a non-2xx status. */
export async function requestJson<T>(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string },
): Promise<T> {
  const response = await fetch(url, { method: 'POST', ...init });
  if (!response.ok) {
    throw new Error(
      `${init.method ?? 'POST'} ${url} failed with ${response.status}: ${await response.text()}`,
    );
  }
  return (await response.json()) as T;
}

export function basicAuth(clientId: string, secret: string): string {
  return `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(secret)}`).toString('base64')}`;
}
