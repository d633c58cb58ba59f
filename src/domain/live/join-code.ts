/**
 * Join codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L, 5/S, 2/Z, 8/B),
 * so a code read off a projector is typed right. 25^8 ≈ 1.5 × 10^11 codes: with guessing
 * throttled, finding a live session by chance is hopeless.
 */
export const joinCodeAlphabet = "ACDEFGHJKMNPQRTUVWXY34679";
export const joinCodeLength = 8;

/** A new code from `randomBytes` (crypto in production, a seeded source in tests). */
export function newJoinCode(randomBytes: (n: number) => Uint8Array): string {
  const n = joinCodeAlphabet.length;
  // Rejection sampling keeps every character equally likely.
  const limit = 256 - (256 % n);
  let code = "";
  while (code.length < joinCodeLength) {
    for (const byte of randomBytes(joinCodeLength * 2)) {
      if (byte >= limit) continue;
      code += joinCodeAlphabet[byte % n];
      if (code.length === joinCodeLength) break;
    }
  }
  return code;
}

/** The code as typed ("qh7k-3mtx ") in its stored form ("QH7K3MTX"); null when it cannot be one. */
export function normaliseJoinCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, "");
  return code.length === joinCodeLength && !foreignJoinCodeCharacter(code) ? code : null;
}

/**
 * The first typed character no code can hold ("B", "0"), to name in the message; null when
 * every character could be in a code.
 */
export function foreignJoinCodeCharacter(typed: string): string | null {
  for (const c of typed.toUpperCase().replace(/[\s-]/g, "")) {
    if (!joinCodeAlphabet.includes(c)) return c;
  }
  return null;
}

/** "QH7K3MTX" → "QH7K-3MTX", easier to read aloud. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
