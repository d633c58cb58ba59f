/** A "nice" step (1, 2, 2.5 or 5 × a power of ten) so that about `count` steps span `range`. */
export function niceStep(range: number, count: number): number {
  if (!(range > 0) || count < 1) return 1;
  const raw = range / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice =
    fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * The value axis for a set of values: from 0 (or below, for negative values) to a nice maximum,
 * with the tick values. A flat series still gets a range.
 */
export function valueAxis(
  values: readonly number[],
  ticks = 4,
): { min: number; max: number; ticks: number[] } {
  let low = Math.min(0, ...values);
  let high = Math.max(0, ...values);
  if (high === low) high = low + 1;
  const step = niceStep(high - low, ticks);
  low = Math.floor(low / step) * step;
  high = Math.ceil(high / step) * step;
  const result: number[] = [];
  // Counting steps (not adding them up) keeps floating-point error from creeping in.
  for (let i = 0; low + i * step <= high + step / 1e6; i++) {
    result.push(Number((low + i * step).toPrecision(12)));
  }
  return { min: low, max: high, ticks: result };
}

/** Days since 1970 of a yyyy-mm-dd date (UTC), to place measurements on a time axis. */
export function dayNumber(isoDate: string): number {
  const [y = 1970, m = 1, d = 1] = isoDate.split("-").map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/**
 * At most `max` indices of `count` points to label, always the first and the last, spread evenly.
 */
export function labelledIndices(count: number, max: number): number[] {
  if (count <= 0) return [];
  if (count <= max) return Array.from({ length: count }, (_, i) => i);
  if (max <= 1) return [count - 1];
  const picked = new Set<number>();
  for (let i = 0; i < max; i++) picked.add(Math.round((i * (count - 1)) / (max - 1)));
  return [...picked].sort((a, b) => a - b);
}
