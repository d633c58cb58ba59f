/**
 * Measures on a distribution of counts over K ordered (or unordered) categories. Every function
 * reads `k` counts starting at `start`, so callers can pass a slice of a larger typed array
 * without copying. Sources and formulas: ./README.md.
 */

function total(counts: ArrayLike<number>, start: number, k: number): number {
  let n = 0;
  for (let i = 0; i < k; i++) n += counts[start + i]!;
  return n;
}

/**
 * Ordinal agreement 1 − D, with D Leik's ordinal dispersion (R. K. Leik, "A measure of ordinal
 * consensus", Pacific Sociological Review 9(2), 1966, pp. 85–90):
 *
 *   D = 2 · Σ_{i=1}^{K−1} d_i / (K − 1),  d_i = F_i if F_i ≤ ½, else 1 − F_i,
 *
 * with F_i the cumulative relative frequency of categories 1..i. D = 0 when everyone picks the
 * same category and D = 1 when the answers are split evenly over the two extremes, so the
 * agreement is 1 for full consensus and 0 for maximal polarisation. No answers → null.
 */
export function leikAgreement(
  counts: ArrayLike<number>,
  start = 0,
  k = counts.length - start,
): number | null {
  if (k < 2) throw new RangeError("Leik's D needs at least two categories");
  const n = total(counts, start, k);
  if (n === 0) return null;
  let cumulative = 0;
  let sum = 0;
  for (let i = 0; i < k - 1; i++) {
    cumulative += counts[start + i]!;
    const f = cumulative / n;
    sum += f <= 0.5 ? f : 1 - f;
  }
  const dispersion = (2 * sum) / (k - 1);
  return Math.min(1, Math.max(0, 1 - dispersion));
}

/**
 * Nominal agreement: the normalised modal share (p_max − 1/K) / (1 − 1/K), with p_max the share
 * of the most chosen category. 1 when everyone picks the same category, 0 when every category is
 * picked equally often. This is the "variation ratio" v = 1 − p_max (L. C. Freeman, Elementary
 * Applied Statistics, 1965) rescaled to its maximum (K − 1)/K and turned into agreement:
 * 1 − v / ((K − 1)/K). No answers → null.
 */
export function nominalAgreement(
  counts: ArrayLike<number>,
  start = 0,
  k = counts.length - start,
): number | null {
  if (k < 2) throw new RangeError("Nominal agreement needs at least two categories");
  let n = 0;
  let max = 0;
  for (let i = 0; i < k; i++) {
    const c = counts[start + i]!;
    n += c;
    if (c > max) max = c;
  }
  if (n === 0) return null;
  const chance = 1 / k;
  return Math.min(1, Math.max(0, (max / n - chance) / (1 - chance)));
}

/**
 * Index of the median category; on an even count the lower median (the (n/2)-th answer in
 * order), so the result is always a category that was actually chosen. No answers → −1.
 */
export function lowerMedianIndex(
  counts: ArrayLike<number>,
  start = 0,
  k = counts.length - start,
): number {
  const n = total(counts, start, k);
  if (n === 0) return -1;
  const half = Math.ceil(n / 2);
  let cumulative = 0;
  for (let i = 0; i < k; i++) {
    cumulative += counts[start + i]!;
    if (cumulative >= half) return i;
  }
  return k - 1;
}

/**
 * Mean category on a 0..1 scale: category i of K counts as i / (K − 1) (for the answers:
 * no = 0, partly = 0.5, yes = 1). No answers → null.
 */
export function scaledMean(
  counts: ArrayLike<number>,
  start = 0,
  k = counts.length - start,
): number | null {
  if (k < 2) throw new RangeError("A scaled mean needs at least two categories");
  let n = 0;
  let sum = 0;
  for (let i = 0; i < k; i++) {
    const c = counts[start + i]!;
    n += c;
    sum += i * c;
  }
  return n === 0 ? null : sum / ((k - 1) * n);
}

/**
 * Index of the single most chosen category; −1 when there are no answers or when two or more
 * categories share the highest count.
 */
export function modeIndex(counts: ArrayLike<number>, start = 0, k = counts.length - start): number {
  let best = -1;
  let max = 0;
  let tied = false;
  for (let i = 0; i < k; i++) {
    const c = counts[start + i]!;
    if (c > max) {
      max = c;
      best = i;
      tied = false;
    } else if (c === max && c > 0) {
      tied = true;
    }
  }
  return tied ? -1 : best;
}
