import { CounterStore } from '../../common/rate-limit/counter-store';

export interface FailureLimit {
  maxFailures: number;
  /** Failures further apart than this are not counted together. */
  windowMs: number;
  lockMs: number;
}

export interface FailureOutcome {
  /** End of the lock when the key is locked now, otherwise null. */
  lockedUntil: Date | null;
  /** True for the one failure that started the lock, across every instance. */
  lockStarted: boolean;
}

export interface FailureState {
  /** End of the lock when the key is locked now, otherwise null. */
  lockedUntil: Date | null;
  /** Failures counted in the open window. */
  failures: number;
}

/**
 * Counts failures per key in fixed windows. Reaching `maxFailures` within one window locks the key
 * for `lockMs`, and the failure count starts again from zero when the lock starts.
 */
export class FailureCounter {
  constructor(
    private readonly store: CounterStore,
    private readonly prefix: string,
    private readonly limit: FailureLimit,
    private readonly onLockStarted: () => void = () => undefined,
  ) {}

  /** Returns the end of the key's lock, or null when the key is not locked. */
  async lockedUntil(key: string): Promise<Date | null> {
    const lock = await this.store.get(this.lockKey(key));
    return lock ? new Date(lock.resetAt) : null;
  }

  /** Reads the key's lock and its failures in the open window, both at once. */
  async state(key: string): Promise<FailureState> {
    const [lock, failures] = await Promise.all([
      this.store.get(this.lockKey(key)),
      this.store.get(this.failureKey(key)),
    ]);
    return {
      lockedUntil: lock ? new Date(lock.resetAt) : null,
      failures: failures?.count ?? 0,
    };
  }

  async recordFailure(key: string): Promise<FailureOutcome> {
    const failures = await this.store.increment(this.failureKey(key), this.limit.windowMs);
    if (failures.count < this.limit.maxFailures) {
      return { lockedUntil: null, lockStarted: false };
    }
    // The lock counter's first increment opens the lock; concurrent failures only see it.
    const lock = await this.store.increment(this.lockKey(key), this.limit.lockMs);
    const lockStarted = lock.count === 1;
    if (lockStarted) {
      this.onLockStarted();
      await this.store.delete(this.failureKey(key));
    }
    return { lockedUntil: new Date(lock.resetAt), lockStarted };
  }

  async reset(key: string): Promise<void> {
    await this.store.delete(this.failureKey(key));
  }

  private failureKey(key: string): string {
    return `${this.prefix}:failures:${key}`;
  }

  private lockKey(key: string): string {
    return `${this.prefix}:lock:${key}`;
  }
}

/** Formats the retry time of a lock for an error description. */
export function retryHint(lockedUntil: Date): string {
  const seconds = Math.max(1, Math.ceil((lockedUntil.getTime() - Date.now()) / 1000));
  const at = new Date(Math.ceil(lockedUntil.getTime() / 1000) * 1000).toISOString();
  return `retry after ${at.replace('.000Z', 'Z')} (in ${seconds} seconds)`;
}
