import { MemoryCounterStore } from './memory-counter-store';

describe('MemoryCounterStore', () => {
  let store: MemoryCounterStore;

  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') });
    store = new MemoryCounterStore();
  });

  afterEach(() => {
    store.onModuleDestroy();
    jest.useRealTimers();
  });

  it('counts within one window', async () => {
    await store.increment('key', 1000);
    const second = await store.increment('key', 1000);

    expect(second).toEqual({ count: 2, resetAt: Date.now() + 1000 });
  });

  it('keeps the first window end', async () => {
    await store.increment('key', 1000);
    jest.advanceTimersByTime(400);

    const second = await store.increment('key', 1000);

    expect(second.resetAt).toBe(Date.now() + 600);
  });

  it('starts over after the window', async () => {
    await store.increment('key', 1000);
    jest.advanceTimersByTime(1000);

    expect(await store.get('key')).toBeNull();
    expect((await store.increment('key', 1000)).count).toBe(1);
  });

  it('keeps keys apart', async () => {
    await store.increment('a', 1000);

    expect((await store.increment('b', 1000)).count).toBe(1);
  });

  it('delete clears the count', async () => {
    await store.increment('key', 1000);

    await store.delete('key');

    expect(await store.get('key')).toBeNull();
  });
});
