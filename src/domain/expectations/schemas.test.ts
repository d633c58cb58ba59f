import { describe, expect, it } from "vitest";
import {
  localExpectationInputSchema,
  localExpectationPatchSchema,
  nationalExpectationKeySchema,
  nationalExpectationLinksPatchSchema,
  realismRatingInputSchema,
} from "./schemas.ts";

const itemId = "3f0c8a52-6a8e-4c1b-9d0e-2b7f5d9a1c44";

describe("localExpectationInputSchema", () => {
  it("trims and fills in defaults", () => {
    expect(
      localExpectationInputSchema.parse({ title: "  Buurtnetwerken ", expects: "Omzien" }),
    ).toEqual({
      title: "Buurtnetwerken",
      source: "",
      page: "",
      expects: "Omzien",
      purpose: "",
      themes: [],
      forces: [],
      relievesFormalCare: false,
      spheres: [],
      itemIds: [],
    });
  });

  it("takes every field", () => {
    const input = {
      title: "Coalitieakkoord",
      source: "Gemeente X, coalitieakkoord 2026",
      page: "p. 12-14",
      expects: "Vrijwilligers vangen eenzaamheid op",
      purpose: "Minder beroep op de Wmo",
      themes: ["loneliness", "eigen thema"],
      forces: ["pyramid_layer", "valuable_in_itself"],
      relievesFormalCare: true,
      spheres: ["communal"],
      itemIds: [itemId],
    };
    expect(localExpectationInputSchema.parse(input)).toEqual(input);
  });

  it("rejects an empty title or expectation, repeats, unknown values and unknown keys", () => {
    const valid = { title: "T", expects: "E" };
    for (const bad of [
      { ...valid, title: "   " },
      { ...valid, expects: "" },
      { ...valid, spheres: ["personal", "personal"] },
      { ...valid, spheres: ["family"] },
      { ...valid, forces: ["pyramid_layer", "pyramid_layer"] },
      { ...valid, forces: ["both"] },
      { ...valid, itemIds: [itemId, itemId] },
      { ...valid, itemIds: ["not-a-uuid"] },
      { ...valid, themes: ["youth", "youth"] },
      { ...valid, extra: 1 },
      { ...valid, title: "x".repeat(201) },
    ]) {
      expect(localExpectationInputSchema.safeParse(bad).success).toBe(false);
    }
  });
});

describe("change schemas", () => {
  it("accept a partial change without adding defaults, and refuse an empty one", () => {
    expect(localExpectationPatchSchema.parse({ page: "5" })).toEqual({ page: "5" });
    expect(localExpectationPatchSchema.safeParse({}).success).toBe(false);
    expect(nationalExpectationLinksPatchSchema.parse({ spheres: ["personal"] })).toEqual({
      spheres: ["personal"],
    });
    expect(nationalExpectationLinksPatchSchema.safeParse({}).success).toBe(false);
    // The text of a national source is not the workspace's to change.
    expect(nationalExpectationLinksPatchSchema.safeParse({ title: "x" }).success).toBe(false);
  });

  it("knows the national keys", () => {
    expect(nationalExpectationKeySchema.parse("juiste-plek")).toBe("juiste-plek");
    expect(nationalExpectationKeySchema.safeParse("onbekend").success).toBe(false);
  });
});

describe("realismRatingInputSchema", () => {
  it("takes a rating with an optional 'wat zou er nodig zijn?' of at most 2000 characters", () => {
    expect(realismRatingInputSchema.parse({ rating: "partly" })).toEqual({
      rating: "partly",
      needed: "",
    });
    expect(realismRatingInputSchema.parse({ rating: "unknown", needed: " meer geld " })).toEqual({
      rating: "unknown",
      needed: "meer geld",
    });
    expect(
      realismRatingInputSchema.safeParse({ rating: "realistic", needed: "x".repeat(2000) }).success,
    ).toBe(true);
    expect(
      realismRatingInputSchema.safeParse({ rating: "realistic", needed: "x".repeat(2001) }).success,
    ).toBe(false);
    expect(realismRatingInputSchema.safeParse({ rating: "realistisch" }).success).toBe(false);
    expect(realismRatingInputSchema.safeParse({}).success).toBe(false);
  });
});
