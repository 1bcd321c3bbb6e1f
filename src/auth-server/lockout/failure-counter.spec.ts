import { MemoryCounterStore } from '../../common/rate-limit/memory-counter-store';
import { FailureCounter } from './failure-counter';

const LIMIT = { maxFailures: 3, windowMs: 60_000, lockMs: 300_000 };

describe('FailureCounter', () => {
  let store: MemoryCounterStore;
  let counter: FailureCounter;

  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') });
    store = new MemoryCounterStore();
    counter = new FailureCounter(store, 'test', LIMIT);
  });

  afterEach(() => {
    store.onModuleDestroy();
    jest.useRealTimers();
  });

  it('state of an unknown key', async () => {
    const state = await counter.state('player');

    expect(state.lockedUntil).toBeNull();
    expect(state.failures).toBe(0);
  });

  it('state counts failures below limit', async () => {
    await counter.recordFailure('player');
    await counter.recordFailure('player');

    const state = await counter.state('player');

    expect(state.lockedUntil).toBeNull();
    expect(state.failures).toBe(2);
  });

  it('state of a locked key', async () => {
    for (let failure = 0; failure < LIMIT.maxFailures; failure++) {
      await counter.recordFailure('player');
    }

    const state = await counter.state('player');

    expect(state.lockedUntil).toEqual(new Date(Date.now() + LIMIT.lockMs));
    expect(state.failures).toBe(0);
  });

  it('state ignores other keys', async () => {
    await counter.recordFailure('other');

    const state = await counter.state('player');

    expect(state.failures).toBe(0);
  });

  it('reset clears the failures', async () => {
    await counter.recordFailure('player');

    await counter.reset('player');

    expect((await counter.state('player')).failures).toBe(0);
  });
});
