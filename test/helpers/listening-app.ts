import { createServer } from 'node:net';

import { startTestApp, TestApp } from './test-app';

/** Returns a TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Starts the application listening on 127.0.0.1 on a free port, with ISSUER set to that address
 * so that the metadata matches the URL that browsers and OAuth client libraries use.
 */
export async function startListeningApp(
  env: Record<string, string> = {},
): Promise<{ testApp: TestApp; baseUrl: string }> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const testApp = await startTestApp({ ISSUER: baseUrl, ...env });
  await testApp.app.listen(port, '127.0.0.1');
  return { testApp, baseUrl };
}
