import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { slugify, slugPattern } from "./slug.ts";

describe("slugify", () => {
  it("folds accents and joins words", () => {
    expect(slugify("Gemeente Súdwest-Fryslân")).toBe("gemeente-sudwest-fryslan");
    expect(slugify("  's-Hertogenbosch  ")).toBe("s-hertogenbosch");
  });

  it("always yields a valid slug of at most 60 characters, or nothing", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (name) => {
        const slug = slugify(name);
        expect(slug.length).toBeLessThanOrEqual(60);
        if (slug !== "") expect(slug).toMatch(slugPattern);
      }),
    );
  });
});
