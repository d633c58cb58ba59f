/** The first reconnect waits about this long; every failed attempt doubles it. */
export const backoffStartMs = 500;
/** The longest wait between reconnect attempts. */
export const backoffMaxMs = 15_000;

/**
 * How long to wait before reconnect attempt `attempt` (0 = the first after a drop): 0.5 s
 * doubling to 15 s, spread ±50 % by `random` (0..1) so a room full of phones that lost the
 * Wi-Fi together does not come back in one burst.
 */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(backoffMaxMs, backoffStartMs * 2 ** Math.max(0, attempt));
  return Math.round(base * (0.5 + random()));
}
