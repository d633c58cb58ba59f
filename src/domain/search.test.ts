import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { searchVariants, searchWords } from "./search.ts";

describe("searchVariants", () => {
  it("reduces Dutch plurals and diminutives to their base", () => {
    expect(searchVariants("mantelzorgers")).toEqual(
      expect.arrayContaining(["mantelzorgers", "mantelzorger", "mantelzorg"]),
    );
    expect(searchVariants("taalmaatjes")).toEqual(expect.arrayContaining(["taalmaatje"]));
    expect(searchVariants("buurthuizen")).toEqual(expect.arrayContaining(["buurthuis"]));
    expect(searchVariants("Cafés")).toEqual(expect.arrayContaining(["cafés", "café"]));
  });

  it("always keeps the word itself and never yields a variant shorter than 4 letters", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,20}$/), (word) => {
        const variants = searchVariants(word);
        expect(variants[0]).toBe(word);
        for (const v of variants.slice(1)) expect(v.length).toBeGreaterThanOrEqual(4);
      }),
    );
  });
});

describe("searchWords", () => {
  it("keeps letters with accents and digits, drops operators", () => {
    expect(searchWords("café & (buurt)!:* 2026")).toEqual(["café", "buurt", "2026"]);
    expect(searchWords("")).toEqual([]);
  });
});
