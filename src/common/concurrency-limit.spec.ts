import { ConcurrencyLimit } from './concurrency-limit';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((onResolve) => {
    resolve = onResolve;
  });
  return { promise, resolve };
}

describe('ConcurrencyLimit', () => {
  it('runs at most max tasks at once', async () => {
    const limit = new ConcurrencyLimit(2);
    const gates = [deferred(), deferred(), deferred()];
    const started: number[] = [];
    const runs = gates.map((gate, index) =>
      limit.run(async () => {
        started.push(index);
        await gate.promise;
        return index;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(limit.queued).toBe(1);

    gates[1].resolve();
    await runs[1];
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]);
    expect(limit.queued).toBe(0);

    gates[0].resolve();
    gates[2].resolve();
    await expect(Promise.all(runs)).resolves.toEqual([0, 1, 2]);
  });

  it('frees the slot of a failed task', async () => {
    const limit = new ConcurrencyLimit(1);
    const failing = limit.run(() => Promise.reject(new Error('hash failed')));
    const next = limit.run(() => Promise.resolve('next'));
    await expect(failing).rejects.toThrow('hash failed');
    await expect(next).resolves.toBe('next');
  });

  it('starts waiting tasks in order', async () => {
    const limit = new ConcurrencyLimit(1);
    const order: number[] = [];
    await Promise.all(
      [0, 1, 2, 3].map((index) =>
        limit.run(async () => {
          order.push(index);
          await Promise.resolve();
        }),
      ),
    );
    expect(order).toEqual([0, 1, 2, 3]);
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects max %p', (max) => {
    expect(() => new ConcurrencyLimit(max)).toThrow(RangeError);
  });
});
