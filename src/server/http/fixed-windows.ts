/**
 * Counts per key (an IP address, an account) in fixed windows: the first count opens a window of
 * `windowMs`, and a key at `max` waits until its window ends. In memory: with several app
 * instances each keeps its own count, which still bounds guessing per instance.
 */
export class FixedWindows {
  readonly #windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until `key` may go on (at least 1), or 0 when it is below `max`. Counts nothing. */
  wait(key: string, max: number): number {
    const window = this.#current(key);
    if (!window || window.count < max) return 0;
    return Math.max(1, Math.ceil((window.resetAt - this.now()) / 1000));
  }

  /** Counts one for `key`. */
  count(key: string): void {
    if (this.#windows.size > 50_000) this.#sweep();
    const window = this.#current(key);
    if (window) window.count += 1;
    else this.#windows.set(key, { count: 1, resetAt: this.now() + this.windowMs });
  }

  /** Counts one unless `key` is at `max`; returns the wait as `wait` does. */
  take(key: string, max: number): number {
    const wait = this.wait(key, max);
    if (!wait) this.count(key);
    return wait;
  }

  /** Takes back one count of `key` (an attempt that turned out fine). */
  uncount(key: string): void {
    const window = this.#current(key);
    if (window && window.count > 0) window.count -= 1;
  }

  forget(key: string): void {
    this.#windows.delete(key);
  }

  #current(key: string) {
    const window = this.#windows.get(key);
    if (window && window.resetAt <= this.now()) {
      this.#windows.delete(key);
      return undefined;
    }
    return window;
  }

  #sweep() {
    const now = this.now();
    for (const [key, window] of this.#windows) if (window.resetAt <= now) this.#windows.delete(key);
  }
}
