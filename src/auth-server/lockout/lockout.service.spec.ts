import { AuditService } from '../../audit/audit.service';
import { MetricsService } from '../../common/metrics/metrics.service';
import { CounterStore, WindowCount } from '../../common/rate-limit/counter-store';
import { MemoryCounterStore } from '../../common/rate-limit/memory-counter-store';
import { AppConfig } from '../../config/app-config';
import { ClientEntity } from '../clients/client.entity';
import { LockoutService } from './lockout.service';

/** A memory store that counts the deletes it is asked for. */
class CountingStore implements CounterStore {
  readonly inner = new MemoryCounterStore();
  deletes = 0;

  increment(key: string, windowMs: number): Promise<WindowCount> {
    return this.inner.increment(key, windowMs);
  }

  get(key: string): Promise<WindowCount | null> {
    return this.inner.get(key);
  }

  delete(key: string): Promise<void> {
    this.deletes += 1;
    return this.inner.delete(key);
  }
}

const CONFIG = {
  FAILURE_WINDOW_SECONDS: 60,
  LOCKOUT_SECONDS: 300,
  MAX_LOGIN_FAILURES_PER_PLAYER: 3,
  MAX_LOGIN_FAILURES_PER_IP: 100,
  MAX_CLIENT_AUTH_FAILURES: 10,
} as AppConfig;

const CLIENT = { brandId: 'brand-1', clientId: 'app' } as ClientEntity;
const CONTEXT = { requestId: 'request-1', ip: '203.0.113.7' };

describe('LockoutService login success', () => {
  let store: CountingStore;
  let lockout: LockoutService;
  let playerKey: string;

  beforeEach(() => {
    store = new CountingStore();
    lockout = new LockoutService(
      store,
      CONFIG,
      { record: jest.fn() } as unknown as AuditService,
      { lockoutStarted: jest.fn() } as unknown as MetricsService,
    );
    playerKey = lockout.playerKey('brand-1', 'player@example.test');
  });

  afterEach(() => {
    store.inner.onModuleDestroy();
  });

  it('writes nothing without failures', async () => {
    const failures = await lockout.assertPlayerAllowed(playerKey);

    await lockout.recordLoginSuccess(playerKey, failures);

    expect(failures).toBe(0);
    expect(store.deletes).toBe(0);
  });

  it('resets counted failures', async () => {
    await lockout.recordLoginFailure(playerKey, CLIENT, CONTEXT);
    await lockout.recordLoginFailure(playerKey, CLIENT, CONTEXT);
    const failures = await lockout.assertPlayerAllowed(playerKey);

    await lockout.recordLoginSuccess(playerKey, failures);

    expect(failures).toBe(2);
    expect(store.deletes).toBe(1);
    expect(await lockout.assertPlayerAllowed(playerKey)).toBe(0);
  });

  it('rejects a locked player', async () => {
    for (let failure = 0; failure < 2; failure++) {
      await lockout.recordLoginFailure(playerKey, CLIENT, CONTEXT);
    }
    await expect(lockout.recordLoginFailure(playerKey, CLIENT, CONTEXT)).rejects.toThrow(
      'temporarily locked',
    );

    await expect(lockout.assertPlayerAllowed(playerKey)).rejects.toThrow('temporarily locked');
  });
});
