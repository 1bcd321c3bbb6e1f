import { OnModuleDestroy } from '@nestjs/common';

import { CounterStore, WindowCount } from './counter-store';

const SWEEP_INTERVAL_MS = 60_000;

/** Counters of one process. Expired windows are dropped lazily and by a sweep every minute. */
export class MemoryCounterStore implements CounterStore, OnModuleDestroy {
  private readonly windows = new Map<string, WindowCount>();
  private readonly sweeper = setInterval(() => this.sweep(), SWEEP_INTERVAL_MS).unref();

  increment(key: string, windowMs: number): Promise<WindowCount> {
    const now = Date.now();
    const open = this.open(key, now);
    const window = open
      ? { count: open.count + 1, resetAt: open.resetAt }
      : { count: 1, resetAt: now + windowMs };
    this.windows.set(key, window);
    return Promise.resolve({ ...window });
  }

  get(key: string): Promise<WindowCount | null> {
    const open = this.open(key, Date.now());
    return Promise.resolve(open ? { ...open } : null);
  }

  delete(key: string): Promise<void> {
    this.windows.delete(key);
    return Promise.resolve();
  }

  onModuleDestroy(): void {
    clearInterval(this.sweeper);
  }

  private open(key: string, now: number): WindowCount | undefined {
    const window = this.windows.get(key);
    if (window && window.resetAt <= now) {
      this.windows.delete(key);
      return undefined;
    }
    return window;
  }

  private sweep(): void {
    const now = Date.now();
    for (const [key, window] of this.windows) {
      if (window.resetAt <= now) {
        this.windows.delete(key);
      }
    }
  }
}
