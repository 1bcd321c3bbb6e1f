import request from 'supertest';

import { AuditService } from '../src/audit/audit.service';
import { startTestApp, TestApp } from './helpers/test-app';

/** Returns the IP recorded with the last failed client authentication of `clientId`. */
async function recordedIp(testApp: TestApp, clientId: string): Promise<string> {
  await request(testApp.server)
    .post('/oauth/token')
    .set('X-Forwarded-For', '203.0.113.7')
    .type('form')
    .send({ grant_type: 'client_credentials', client_id: clientId });
  await testApp.app.get(AuditService).flush();
  const rows: { ip: string }[] = await testApp.dataSource.query(
    `SELECT ip FROM audit_events WHERE details->>'presented_client_id' = $1`,
    [clientId],
  );
  return rows[0].ip;
}

describe('TRUST_PROXY', () => {
  it('ignores X-Forwarded-For by default', async () => {
    const testApp = await startTestApp();
    const ip = await recordedIp(testApp, 'no-such-client-a');
    await testApp.close();

    expect(ip).toBe('127.0.0.1');
  });

  it('uses X-Forwarded-For from a trusted proxy', async () => {
    const testApp = await startTestApp({ TRUST_PROXY: '127.0.0.1' });
    const ip = await recordedIp(testApp, 'no-such-client-b');
    await testApp.close();

    expect(ip).toBe('203.0.113.7');
  });

  it('uses X-Forwarded-For behind a hop count', async () => {
    const testApp = await startTestApp({ TRUST_PROXY: '1' });
    const ip = await recordedIp(testApp, 'no-such-client-c');
    await testApp.close();

    expect(ip).toBe('203.0.113.7');
  });
});
