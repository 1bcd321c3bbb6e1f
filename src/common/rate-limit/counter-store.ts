export const COUNTER_STORE = Symbol('COUNTER_STORE');

/** A counter's value in its current window. */
export interface WindowCount {
  count: number;
  /** Milliseconds since the epoch at which the window ends and the counter starts again at 0. */
  resetAt: number;
}

/**
 * Fixed-window counters: the first increment of a key opens a window of `windowMs`, every later
 * increment inside it adds one, and the key disappears when the window ends. Implementations make
 * increments atomic, so concurrent callers each see a distinct count.
 */
export interface CounterStore {
  increment(key: string, windowMs: number): Promise<WindowCount>;
  /** Returns the open window of a key, or null when it has none. */
  get(key: string): Promise<WindowCount | null>;
  delete(key: string): Promise<void>;
}
