/**
 * A comparison key for labels typed by people: without accents, case, whitespace or punctuation.
 * "Thema’s" → "themas", "Gedragen door:" → "gedragendoor", "Één" → "een".
 */
export function labelKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
}

/**
 * Splits a list cell ("jeugd, ouderen; wonen | zorg / sport") into trimmed parts, leaving out
 * parts without a letter or digit (such as "" or "-").
 */
export function splitList(text: string): string[] {
  return text
    .split(/[,;|/]/)
    .map((part) => part.trim())
    .filter((part) => labelKey(part) !== "");
}

/** Keeps the first of values that are equal apart from case. */
export function uniqueIgnoringCase(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
