import request, { Response } from 'supertest';

import { BrandEntity } from '../src/brands/brand.entity';
import { IdempotencyService } from '../src/common/idempotency/idempotency.service';
import { UserEntity } from '../src/users/user.entity';
import { clientAccessToken } from './helpers/access-tokens';
import { createBrand, createConfidentialClient, createPlayer } from './helpers/factories';
import { startSecondInstance, startTestApp, TestApp } from './helpers/test-app';

const WALLET_SCOPES = ['wallets:read', 'wallets:write'];
const CONCURRENT_REQUESTS = 50;

describe('Idempotency-Key on POST /wallets/:user_id/adjustments', () => {
  let testApp: TestApp;
  let brand: BrandEntity;
  let backOfficeToken: string;
  let keyCounter = 0;

  function newKey(): string {
    keyCounter += 1;
    return `key-${Date.now()}-${keyCounter}`;
  }

  function adjust(
    userId: string,
    body: object,
    key: string | undefined,
    options: { token?: string; app?: TestApp } = {},
  ): Promise<Response> {
    const call = request((options.app ?? testApp).server)
      .post(`/wallets/${userId}/adjustments`)
      .auth(options.token ?? backOfficeToken, { type: 'bearer' });
    if (key !== undefined) {
      void call.set('Idempotency-Key', key);
    }
    return call.send(body);
  }

  function verify(userId: string): Promise<Response> {
    return request(testApp.server)
      .get(`/wallets/${userId}/verify`)
      .auth(backOfficeToken, { type: 'bearer' });
  }

  async function ledgerCount(userId: string): Promise<number> {
    const rows: { count: string }[] = await testApp.dataSource.query(
      `SELECT count(*) AS count FROM ledger_entries e JOIN wallets w ON w.id = e.wallet_id
       WHERE w.user_id = $1`,
      [userId],
    );
    return Number(rows[0]?.count);
  }

  function credit(amount: number): object {
    return { balance: 'real', amount, reason: 'idempotency test' };
  }

  async function newBackOfficeToken(): Promise<string> {
    const backOffice = await createConfidentialClient(testApp, brand, { scopes: WALLET_SCOPES });
    return clientAccessToken(testApp, backOffice.client.clientId, backOffice.secret);
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    brand = await createBrand(testApp);
    backOfficeToken = await newBackOfficeToken();
  });

  afterAll(async () => {
    await testApp.close();
  });

  describe('first request', () => {
    it('runs the route', async () => {
      const player = await createPlayer(testApp, brand);

      const response = await adjust(player.id, credit(700), newKey());

      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ amount: 700, balance_after: 700 });
      expect(response.headers['idempotent-replayed']).toBeUndefined();
    });

    it('runs twice without a key', async () => {
      const player = await createPlayer(testApp, brand);
      await adjust(player.id, credit(100), undefined);
      await adjust(player.id, credit(100), undefined);

      const response = await verify(player.id);

      expect(response.body.real_balance).toBe(200);
    });
  });

  describe('repeat with the same request', () => {
    let player: UserEntity;
    let first: Response;
    let repeat: Response;

    beforeAll(async () => {
      player = await createPlayer(testApp, brand);
      const key = newKey();
      first = await adjust(player.id, credit(500), key);
      repeat = await adjust(
        player.id,
        { reason: 'idempotency test', amount: 500, balance: 'real' },
        key,
      );
    });

    it('returns the stored status', () => {
      expect(repeat.status).toBe(201);
    });

    it('returns the same entry', () => {
      expect(repeat.body).toEqual(first.body);
    });

    it('marks the response replayed', () => {
      expect(repeat.headers['idempotent-replayed']).toBe('true');
    });

    it('moves money once', async () => {
      const response = await verify(player.id);

      expect(response.body.real_balance).toBe(500);
      expect(response.body.consistent).toBe(true);
    });

    it('writes one ledger entry', async () => {
      await expect(ledgerCount(player.id)).resolves.toBe(1);
    });
  });

  describe('stored client errors', () => {
    it('replays an insufficient funds error', async () => {
      const player = await createPlayer(testApp, brand);
      const key = newKey();
      const first = await adjust(player.id, credit(-50), key);

      const repeat = await adjust(player.id, credit(-50), key);

      expect(first.status).toBe(422);
      expect(repeat.status).toBe(422);
      expect(repeat.body).toEqual(first.body);
      expect(repeat.headers['idempotent-replayed']).toBe('true');
    });

    it('replays a validation error', async () => {
      const player = await createPlayer(testApp, brand);
      const key = newKey();
      const first = await adjust(player.id, { balance: 'real', amount: 0, reason: 'x' }, key);

      const repeat = await adjust(player.id, { balance: 'real', amount: 0, reason: 'x' }, key);

      expect(first.status).toBe(400);
      expect(repeat.status).toBe(400);
      expect(repeat.body).toEqual(first.body);
    });
  });

  describe('same key with another request', () => {
    it('rejects another body with 422', async () => {
      const player = await createPlayer(testApp, brand);
      const key = newKey();
      await adjust(player.id, credit(100), key);

      const response = await adjust(player.id, credit(101), key);

      expect(response.status).toBe(422);
      expect(response.body).toEqual({
        status: 422,
        error: 'idempotency_key_reused',
        message:
          'This Idempotency-Key was already used with a different request; send a new key for a new request',
        request_id: response.headers['x-request-id'],
      });
    });

    it('rejects another player with 422', async () => {
      const player = await createPlayer(testApp, brand);
      const other = await createPlayer(testApp, brand);
      const key = newKey();
      await adjust(player.id, credit(100), key);

      const response = await adjust(other.id, credit(100), key);

      expect(response.status).toBe(422);
      expect(response.body.error).toBe('idempotency_key_reused');
    });

    it('leaves the balance after a 422', async () => {
      const player = await createPlayer(testApp, brand);
      const key = newKey();
      await adjust(player.id, credit(100), key);
      await adjust(player.id, credit(999), key);

      const response = await verify(player.id);

      expect(response.body.real_balance).toBe(100);
    });
  });

  describe('malformed key', () => {
    it.each([
      ['an empty key', ''],
      ['a space', 'two words'],
      ['256 characters', 'k'.repeat(256)],
      ['a control character', 'tab\there'],
    ])('rejects %s with 400', async (_case, key) => {
      const player = await createPlayer(testApp, brand);

      const response = await adjust(player.id, credit(100), key);

      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        status: 400,
        error: 'invalid_idempotency_key',
        message: 'The Idempotency-Key header must be 1-255 visible ASCII characters (0x21-0x7E)',
        request_id: response.headers['x-request-id'],
      });
    });

    it('accepts 255 characters', async () => {
      const player = await createPlayer(testApp, brand);

      const response = await adjust(player.id, credit(100), `${newKey()}-`.padEnd(255, 'k'));

      expect(response.status).toBe(201);
    });

    it('moves no money on 400', async () => {
      const player = await createPlayer(testApp, brand);
      await adjust(player.id, credit(100), 'two words');

      await expect(ledgerCount(player.id)).resolves.toBe(0);
    });
  });

  describe('callers', () => {
    it('keeps keys per caller', async () => {
      const player = await createPlayer(testApp, brand);
      const otherToken = await newBackOfficeToken();
      const key = newKey();
      const first = await adjust(player.id, credit(100), key);

      const second = await adjust(player.id, credit(100), key, { token: otherToken });

      expect(second.status).toBe(201);
      expect(second.headers['idempotent-replayed']).toBeUndefined();
      expect(second.body.id).not.toBe(first.body.id);
    });

    it('moves money once per caller', async () => {
      const player = await createPlayer(testApp, brand);
      const otherToken = await newBackOfficeToken();
      const key = newKey();
      await adjust(player.id, credit(100), key);
      await adjust(player.id, credit(100), key, { token: otherToken });
      await adjust(player.id, credit(100), key, { token: otherToken });

      const response = await verify(player.id);

      expect(response.body.real_balance).toBe(200);
    });
  });

  describe('request in progress', () => {
    it('answers 409 to a repeat', async () => {
      const player = await createPlayer(testApp, brand);
      const key = newKey();
      await adjust(player.id, credit(100), key);
      await testApp.dataSource.query(
        `UPDATE idempotency_keys SET response_status = NULL, response_body = NULL
         WHERE idempotency_key = $1`,
        [key],
      );

      const response = await adjust(player.id, credit(100), key);

      expect(response.status).toBe(409);
      expect(response.body).toEqual({
        status: 409,
        error: 'idempotency_key_in_use',
        message:
          'A request with this Idempotency-Key is still being processed; retry after it finishes',
        request_id: response.headers['x-request-id'],
      });
      expect(response.headers['retry-after']).toBe('1');
    });

    it('takes over a stale claim', async () => {
      const player = await createPlayer(testApp, brand);
      const key = newKey();
      await adjust(player.id, credit(100), key);
      await testApp.dataSource.query(
        `UPDATE idempotency_keys SET response_status = NULL, response_body = NULL,
           created_at = now() - make_interval(secs => $2 + 1)
         WHERE idempotency_key = $1`,
        [key, testApp.config.IDEMPOTENCY_LOCK_TIMEOUT],
      );

      const response = await adjust(player.id, credit(100), key);

      expect(response.status).toBe(201);
      expect(response.headers['idempotent-replayed']).toBeUndefined();
    });
  });

  describe('expiry', () => {
    it('lets an expired key run again', async () => {
      const player = await createPlayer(testApp, brand);
      const key = newKey();
      const first = await adjust(player.id, credit(100), key);
      await testApp.dataSource.query(
        `UPDATE idempotency_keys SET expires_at = now() - interval '1 second'
         WHERE idempotency_key = $1`,
        [key],
      );

      const second = await adjust(player.id, credit(250), key);

      expect(second.status).toBe(201);
      expect(second.body.id).not.toBe(first.body.id);
      expect(second.body.balance_after).toBe(350);
    });

    it('stores the new response', async () => {
      const player = await createPlayer(testApp, brand);
      const key = newKey();
      await adjust(player.id, credit(100), key);
      await testApp.dataSource.query(
        `UPDATE idempotency_keys SET expires_at = now() - interval '1 second'
         WHERE idempotency_key = $1`,
        [key],
      );
      const second = await adjust(player.id, credit(250), key);

      const repeat = await adjust(player.id, credit(250), key);

      expect(repeat.body).toEqual(second.body);
      expect(repeat.headers['idempotent-replayed']).toBe('true');
    });

    it('prunes expired keys', async () => {
      const player = await createPlayer(testApp, brand);
      const key = newKey();
      await adjust(player.id, credit(100), key);
      await testApp.dataSource.query(
        `UPDATE idempotency_keys SET expires_at = now() - interval '1 second'
         WHERE idempotency_key = $1`,
        [key],
      );

      await testApp.app.get(IdempotencyService).prune();

      const rows: unknown[] = await testApp.dataSource.query(
        'SELECT 1 FROM idempotency_keys WHERE idempotency_key = $1',
        [key],
      );
      expect(rows).toHaveLength(0);
    });
  });

  it('prunes expired keys past one batch', async () => {
    await testApp.dataSource.query(
      `INSERT INTO idempotency_keys
         (brand, client_id, subject, idempotency_key, claim_id, request_hash, expires_at)
       SELECT 'prune-test', 'prune-client', 'prune-subject', 'prune-' || n, gen_random_uuid(),
              repeat('0', 64), now() - interval '1 second'
       FROM generate_series(1, 2500) AS n`,
    );

    await testApp.app.get(IdempotencyService).prune();

    const [{ count }]: { count: string }[] = await testApp.dataSource.query(
      `SELECT count(*) FROM idempotency_keys WHERE brand = 'prune-test'`,
    );
    expect(Number(count)).toBe(0);
  });

  describe('server errors', () => {
    const FAILING_AMOUNT = 13;

    beforeAll(async () => {
      // Makes every ledger insert of FAILING_AMOUNT fail inside the route's transaction.
      await testApp.dataSource.query(`
        CREATE FUNCTION fail_test_ledger_entry() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.amount = ${FAILING_AMOUNT} THEN
            RAISE EXCEPTION 'forced failure';
          END IF;
          RETURN NEW;
        END $$`);
      await testApp.dataSource.query(`
        CREATE TRIGGER fail_test_ledger_entry BEFORE INSERT ON ledger_entries
        FOR EACH ROW EXECUTE FUNCTION fail_test_ledger_entry()`);
    });

    afterAll(async () => {
      await testApp.dataSource.query('DROP TRIGGER fail_test_ledger_entry ON ledger_entries');
      await testApp.dataSource.query('DROP FUNCTION fail_test_ledger_entry()');
    });

    it('releases the key after a 500', async () => {
      const player = await createPlayer(testApp, brand);
      const key = newKey();
      const failed = await adjust(player.id, credit(FAILING_AMOUNT), key);

      const rows: unknown[] = await testApp.dataSource.query(
        'SELECT 1 FROM idempotency_keys WHERE idempotency_key = $1',
        [key],
      );

      expect(failed.status).toBe(500);
      expect(rows).toHaveLength(0);
    });

    it('runs a retry after a 500', async () => {
      const player = await createPlayer(testApp, brand);
      const key = newKey();
      await adjust(player.id, credit(FAILING_AMOUNT), key);
      await testApp.dataSource.query(
        'ALTER TABLE ledger_entries DISABLE TRIGGER fail_test_ledger_entry',
      );

      const retry = await adjust(player.id, credit(FAILING_AMOUNT), key);
      await testApp.dataSource.query(
        'ALTER TABLE ledger_entries ENABLE TRIGGER fail_test_ledger_entry',
      );

      expect(retry.status).toBe(201);
      expect(retry.headers['idempotent-replayed']).toBeUndefined();
    });
  });

  describe('OpenAPI', () => {
    it('documents the optional header', async () => {
      const response = await request(testApp.server).get('/docs-json');
      const parameters = response.body.paths['/wallets/{user_id}/adjustments'].post.parameters as {
        name: string;
        in: string;
        required: boolean;
      }[];

      expect(parameters.find((parameter) => parameter.name === 'Idempotency-Key')).toMatchObject({
        in: 'header',
        required: false,
      });
    });
  });

  describe('concurrent repeats on two instances', () => {
    let second: TestApp;
    let player: UserEntity;
    let responses: Response[];

    beforeAll(async () => {
      second = await startSecondInstance(testApp);
      player = await createPlayer(testApp, brand);
      const key = newKey();
      responses = await Promise.all(
        Array.from({ length: CONCURRENT_REQUESTS }, (_unused, index) =>
          adjust(player.id, credit(40), key, { app: index % 2 === 0 ? testApp : second }),
        ),
      );
    });

    afterAll(async () => {
      await second.close();
    });

    it('writes one ledger entry', async () => {
      await expect(ledgerCount(player.id)).resolves.toBe(1);
    });

    it('answers only 201 or 409', () => {
      const statuses = new Set(responses.map((response) => response.status));

      expect([...statuses].filter((status) => status !== 201 && status !== 409)).toEqual([]);
    });

    it('returns one entry in every 201', () => {
      const ids = new Set(
        responses.filter((response) => response.status === 201).map((response) => response.body.id),
      );

      expect(ids.size).toBe(1);
    });

    it('runs the route for one request', () => {
      const executed = responses.filter(
        (response) =>
          response.status === 201 && response.headers['idempotent-replayed'] === undefined,
      );

      expect(executed).toHaveLength(1);
    });

    it('answers 409 with its error code', () => {
      const codes = new Set(
        responses
          .filter((response) => response.status === 409)
          .map((response) => response.body.error),
      );

      expect([...codes].filter((code) => code !== 'idempotency_key_in_use')).toEqual([]);
    });

    it('keeps the wallet consistent', async () => {
      const response = await verify(player.id);

      expect(response.body.real_balance).toBe(40);
      expect(response.body.consistent).toBe(true);
    });
  });
});
