/**
 * A same-site path to go to after login, or the fallback. Anything a browser could read as
 * another site ("//evil", "/\\evil", "/\tevil", "https://…") is refused.
 */
export function safeRedirectPath(next: string | null | undefined, fallback: string): string {
  if (!next?.startsWith("/")) return fallback;
  const base = "https://sociale-basis.invalid";
  let url: URL;
  try {
    url = new URL(next, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
