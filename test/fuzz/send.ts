import { request } from 'node:http';

import { UNRECORDED } from '../setup/log-capture';

/** A response as it arrived on the wire. */
export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** Sends one request on a new connection to 127.0.0.1, as generated; fails after 15 seconds. */
export function send(
  port: number,
  method: string,
  target: string,
  headers: Record<string, string | string[]>,
  body?: Buffer,
): Promise<RawResponse> {
  const lengthHeader = body ? { 'content-length': String(body.length) } : {};
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: target,
        headers: { ...headers, ...lengthHeader },
        timeout: 15_000,
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text: Buffer.concat(chunks).toString(),
          }),
        );
        response.on('error', reject);
      },
    );
    (outgoing as unknown as Record<symbol, boolean>)[UNRECORDED] = true;
    outgoing.on('timeout', () => outgoing.destroy(new Error(`${method} ${target} timed out`)));
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}
