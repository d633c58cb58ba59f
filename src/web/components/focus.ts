import { useEffect } from "react";

/**
 * Focuses the element with `id` as soon as it is rendered (e.g. a list that refetches after an
 * addition), trying every frame for up to `timeoutMs`.
 */
export function focusWhenShown(id: string, timeoutMs = 3_000) {
  const until = performance.now() + timeoutMs;
  const attempt = () => {
    const element = document.getElementById(id);
    if (element) element.focus();
    else if (performance.now() < until) requestAnimationFrame(attempt);
  };
  attempt();
}

/**
 * When `key` changes and the control that had focus went away with it (focus fell to the page),
 * focus goes to the first enabled button or link in the element `container()` gives, not back to
 * the top (WCAG 2.4.3).
 */
export function useFocusBackInto(container: () => HTMLElement | null | undefined, key: unknown) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when `key` changes, by design.
  useEffect(() => {
    const active = document.activeElement;
    if (active && active !== document.body) return;
    container()
      ?.querySelector<HTMLElement>("button:not(:disabled), a[href], [tabindex='-1']")
      ?.focus();
  }, [key]);
}
