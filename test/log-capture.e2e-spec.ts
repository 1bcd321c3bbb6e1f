import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import request from 'supertest';

import { requestPasswordGrant } from './helpers/access-tokens';
import { createAppClient, createBrand, createPlayer } from './helpers/factories';
import { startTestApp, TestApp } from './helpers/test-app';
import { LOG_DIR_VARIABLE } from './setup/log-capture';
import { containsCardNumber, findSecretsInLogs } from './setup/secret-scan';

describe('log capture', () => {
  const directory = process.env[LOG_DIR_VARIABLE];
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  }, 60_000);

  afterAll(async () => {
    await testApp.close();
  }, 30_000);

  it('is on for this run', () => {
    expect(directory).toBeDefined();
  });

  it('writes trace lines and records tokens', async () => {
    const brand = await createBrand(testApp);
    const client = await createAppClient(testApp, brand);
    const player = await createPlayer(testApp, brand);

    const grant = await requestPasswordGrant(testApp, client.clientId, player.email);
    await request(testApp.server)
      .get('/users/me')
      .set('Authorization', `Bearer ${grant.body.access_token}`);

    const log = readFileSync(testApp.config.LOG_FILE as string, 'utf8');
    const recorded = readFileSync(
      join(directory as string, `secrets-${process.pid}.jsonl`),
      'utf8',
    );
    expect(log).toContain('"path":"/users/me"');
    expect(recorded).toContain(JSON.stringify(grant.body.refresh_token));
    expect(recorded).toContain(JSON.stringify(grant.body.access_token));
    expect(log).not.toContain(grant.body.refresh_token);
  });
});

describe('secret scan', () => {
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'secret-scan-'));
  });

  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('finds a recorded secret', () => {
    writeFileSync(join(folder, 'secrets-1.jsonl'), '"refresh-0123456789abcdef"\n');
    writeFileSync(join(folder, 'app-1.log'), '{"a":1}\n{"msg":"got refresh-0123456789abcdef"}\n');

    expect(findSecretsInLogs(folder)).toEqual([
      { file: 'app-1.log', line: 2, kind: 'a secret a spec sent or received' },
    ]);
  });

  it('finds a recorded secret inside a URL', () => {
    writeFileSync(
      join(folder, 'secrets-1.jsonl'),
      '"Zx9_k2Lm-Qp7Rt4Vw8Yb"\n"pass word: 12345 67890"\n',
    );
    writeFileSync(
      join(folder, 'app-1.log'),
      '{"url":"/oauth/cb?code=Zx9_k2Lm-Qp7Rt4Vw8Yb&state=1"}\n{"path":"/x/Zx9_k2Lm-Qp7Rt4Vw8Yb"}\n' +
        '{"msg":"pass word: 12345 67890"}\n{"msg":"Zx9_k2Lm-Qp7Rt4"}\n',
    );

    expect(findSecretsInLogs(folder).map(({ line }) => line)).toEqual([1, 2, 3]);
  });

  it('finds a JWT nobody recorded', () => {
    const jwt = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
    writeFileSync(join(folder, 'app-1.log'), `{"msg":"${jwt}"}\n`);

    expect(findSecretsInLogs(folder)[0].kind).toBe('a JWT');
  });

  it('finds an Authorization value', () => {
    writeFileSync(
      join(folder, 'app-1.log'),
      '{"authorization":"Basic YWxhZGRpbjpvcGVuc2VzYW1l"}\n',
    );

    expect(findSecretsInLogs(folder)[0].kind).toBe('a Basic credential');
  });

  it('passes clean logs', () => {
    writeFileSync(join(folder, 'secrets-1.jsonl'), '"refresh-0123456789abcdef"\n');
    writeFileSync(join(folder, 'app-1.log'), '{"time":1765350000000,"msg":"ok"}\n');

    expect(findSecretsInLogs(folder)).toEqual([]);
  });

  it('tells card numbers from timestamps', () => {
    expect(containsCardNumber('card 4111111111111111 used')).toBe(true);
    expect(containsCardNumber('"time":1765350000000')).toBe(false);
    expect(containsCardNumber('4111111111111112')).toBe(false);
  });

  it('ignores a missing folder', () => {
    expect(existsSync(join(folder, 'none'))).toBe(false);
    expect(findSecretsInLogs(join(folder, 'none'))).toEqual([]);
  });
});
