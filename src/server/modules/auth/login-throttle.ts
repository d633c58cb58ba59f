import { FixedWindows } from "../../http/fixed-windows.ts";

export interface LoginThrottleOptions {
  maxPerAccount: number;
  maxPerIp: number;
  windowMinutes: number;
}

/**
 * Counts login attempts per account and per IP in fixed windows. Attempts are counted before the
 * password is checked, so parallel guesses cannot slip past the limit; a successful login clears
 * the account's count and takes its own attempt back from the IP's, so a room of people behind
 * one address (a council training) is not locked out by logging in.
 */
export class LoginThrottle {
  private readonly accounts: FixedWindows;
  private readonly ips: FixedWindows;

  constructor(
    private readonly options: LoginThrottleOptions,
    now: () => number = Date.now,
  ) {
    this.accounts = new FixedWindows(options.windowMinutes * 60_000, now);
    this.ips = new FixedWindows(options.windowMinutes * 60_000, now);
  }

  /** Seconds to wait before another attempt, or 0 when one is allowed. Counts the attempt. */
  attempt(ip: string, account: string): number {
    return (
      this.ips.take(ip, this.options.maxPerIp) ||
      this.accounts.take(account, this.options.maxPerAccount)
    );
  }

  recordSuccess(ip: string, account: string): void {
    this.accounts.forget(account);
    this.ips.uncount(ip);
  }
}
