const minimumPrefix = 4;

/**
 * Forms of a Dutch search word to match as prefixes, so that a plural or a derived form finds
 * the base word: "mantelzorgers" → mantelzorgers, mantelzorger, mantelzorg. The full-text
 * stemmer alone does not reduce these.
 */
export function searchVariants(word: string): string[] {
  const w = word.toLowerCase();
  const variants = new Set([w]);
  const add = (v: string) => {
    if (v.length >= minimumPrefix) variants.add(v);
  };
  const rules: [RegExp, string][] = [
    [/'s$/, ""],
    [/tjes$/, "tje"],
    [/tjes$/, ""],
    [/jes$/, "je"],
    [/jes$/, ""],
    [/ers$/, "er"],
    [/ers$/, ""],
    [/zen$/, "s"],
    [/ven$/, "f"],
    [/en$/, ""],
    [/s$/, ""],
  ];
  for (const [pattern, replacement] of rules)
    if (pattern.test(w)) add(w.replace(pattern, replacement));
  return [...variants];
}

/** Splits a search box's text into words (letters and digits only, at most 8). */
export function searchWords(query: string): string[] {
  return (query.normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);
}
