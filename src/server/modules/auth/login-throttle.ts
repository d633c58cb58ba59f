interface Window {
  count: number;
  resetAt: number;
}

export interface LoginThrottleOptions {
  maxPerAccount: number;
  maxPerIp: number;
  windowMinutes: number;
}

/**
 * Counts login attempts per account and per IP in fixed windows; a successful login clears the
 * account's count. Attempts are counted before the password is checked, so parallel guesses
 * cannot slip past the limit. In memory: with several app instances each keeps its own count,
 * which still bounds guessing per instance.
 */
export class LoginThrottle {
  private readonly accounts = new Map<string, Window>();
  private readonly ips = new Map<string, Window>();

  constructor(
    private readonly options: LoginThrottleOptions,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds to wait before another attempt, or 0 when one is allowed. Counts the attempt. */
  attempt(ip: string, account: string): number {
    const ipWait = this.bump(this.ips, ip, this.options.maxPerIp);
    if (ipWait > 0) return ipWait;
    return this.bump(this.accounts, account, this.options.maxPerAccount);
  }

  recordSuccess(account: string): void {
    this.accounts.delete(account);
  }

  private current(map: Map<string, Window>, key: string): Window | undefined {
    const window = map.get(key);
    if (window && window.resetAt <= this.now()) {
      map.delete(key);
      return undefined;
    }
    return window;
  }

  private bump(map: Map<string, Window>, key: string, max: number): number {
    if (map.size > 50_000) this.sweep(map);
    const window = this.current(map, key) ?? {
      count: 0,
      resetAt: this.now() + this.options.windowMinutes * 60_000,
    };
    if (window.count >= max) return this.secondsUntil(window.resetAt);
    window.count += 1;
    map.set(key, window);
    return 0;
  }

  private sweep(map: Map<string, Window>): void {
    const now = this.now();
    for (const [key, window] of map) if (window.resetAt <= now) map.delete(key);
  }

  private secondsUntil(at: number): number {
    return Math.max(1, Math.ceil((at - this.now()) / 1000));
  }
}
