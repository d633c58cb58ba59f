/** A share 0..1 as a whole percentage; "—" when there is none. */
export const percent = (value: number | null) =>
  value === null ? "—" : `${Math.round(value * 100)}%`;

/** The same free-text answers given by several people, once each with how often, most first. */
export function tally(texts: readonly string[]): { text: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  return [...counts].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count);
}

/** "text" or "text (3×)". */
export const withCount = ({ text, count }: { text: string; count: number }) =>
  count > 1 ? `${text} (${count}×)` : text;
