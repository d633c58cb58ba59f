import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./redirect.ts";

describe("safeRedirectPath", () => {
  it("keeps same-site paths with their query", () => {
    expect(safeRedirectPath("/w/voorbeeldgemeente?x=1", "/")).toBe("/w/voorbeeldgemeente?x=1");
    expect(safeRedirectPath("/uitnodiging/abc", "/")).toBe("/uitnodiging/abc");
  });

  it("refuses anything a browser could read as another site", () => {
    for (const next of [
      "//evil.test",
      "/\\evil.test",
      "/\t/evil.test",
      "https://evil.test/",
      "javascript:alert(1)",
      "evil.test",
      "",
      null,
    ]) {
      expect(safeRedirectPath(next, "/werkruimtes"), String(next)).toBe("/werkruimtes");
    }
  });

  it("never yields a path that starts with two slashes or leaves the site", () => {
    fc.assert(
      fc.property(fc.string(), (next) => {
        const result = safeRedirectPath(next, "/home");
        expect(result.startsWith("/")).toBe(true);
        expect(result.startsWith("//")).toBe(false);
        expect(new URL(result, "https://x.invalid").origin).toBe("https://x.invalid");
      }),
    );
  });
});
