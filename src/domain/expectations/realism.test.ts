import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { leikAgreement, lowerMedianIndex, scaledMean } from "../scoring/index.ts";
import {
  aggregateRealism,
  type RealismRating,
  realismByGroup,
  realismFromCounts,
  realismRatings,
} from "./realism.ts";

describe("aggregateRealism", () => {
  it("gives distribution, lower median, mean and Leik agreement on unrealistic < partly < realistic", () => {
    const result = aggregateRealism(["realistic", "unrealistic", "realistic"]);
    // Counts [1, 0, 2]: F = (1/3, 1/3) → D = 2 · (2/3) / 2 = 2/3 → agreement 1/3.
    expect(result).toMatchObject({
      n: 3,
      counts: { unrealistic: 1, partly: 0, realistic: 2 },
      median: "realistic",
      insufficient: false,
      unknown: 0,
      shareUnknown: 0,
      ratedUnrealisticByMost: false,
    });
    expect(result.mean).toBeCloseTo(2 / 3, 12);
    expect(result.agreement).toBeCloseTo(1 / 3, 12);
    expect(result.disagreement).toBeCloseTo(2 / 3, 12);
    expect(result.unrealisticShare).toBeCloseTo(1 / 3, 12);
  });

  it("takes the lower median on an even split and calls it fully polarised", () => {
    const result = aggregateRealism(["realistic", "unrealistic"]);
    expect(result).toMatchObject({
      median: "unrealistic",
      mean: 0.5,
      agreement: 0,
      disagreement: 1,
      insufficient: true,
    });
  });

  it("leaves 'weet niet' out of every measure but counts it", () => {
    const result = aggregateRealism(["unknown", "unknown", "partly"]);
    expect(result).toMatchObject({ n: 1, unknown: 2, median: "partly", mean: 0.5, agreement: 1 });
    expect(result.shareUnknown).toBeCloseTo(2 / 3, 12);
    // One rating on the scale cannot disagree with anything.
    expect(result.disagreement).toBeNull();
  });

  it("gives nulls without ratings", () => {
    expect(aggregateRealism([])).toEqual({
      n: 0,
      counts: { unrealistic: 0, partly: 0, realistic: 0 },
      median: null,
      mean: null,
      agreement: null,
      insufficient: true,
      unknown: 0,
      shareUnknown: null,
      disagreement: null,
      unrealisticShare: null,
      ratedUnrealisticByMost: false,
    });
  });

  it("calls it 'rated unrealistic by most' only above half of the ratings on the scale", () => {
    const most = (ratings: RealismRating[]) => aggregateRealism(ratings).ratedUnrealisticByMost;
    expect(most(["unrealistic", "unrealistic", "partly"])).toBe(true);
    expect(most(["unrealistic", "unrealistic", "partly", "realistic"])).toBe(false);
    expect(most(["unrealistic", "unrealistic", "unknown", "unknown", "unknown"])).toBe(true);
    expect(most(["partly", "partly", "realistic"])).toBe(false);
  });

  it("rejects counts that are not whole numbers ≥ 0", () => {
    const counts = { realistic: 1, partly: 1, unrealistic: 1, unknown: 0 };
    expect(() => realismFromCounts({ ...counts, partly: -1 })).toThrow(RangeError);
    expect(() => realismFromCounts({ ...counts, unknown: 0.5 })).toThrow(RangeError);
  });

  it("matches the scoring measures on the counts and ignores the order of the ratings", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...realismRatings), { maxLength: 30 }), (ratings) => {
        const result = aggregateRealism(ratings);
        const onScale = [result.counts.unrealistic, result.counts.partly, result.counts.realistic];
        expect(result.n).toBe(ratings.filter((r) => r !== "unknown").length);
        expect(result.agreement).toBe(leikAgreement(onScale));
        expect(result.mean).toBe(scaledMean(onScale));
        expect(
          result.median === null
            ? -1
            : ["unrealistic", "partly", "realistic"].indexOf(result.median),
        ).toBe(lowerMedianIndex(onScale));
        expect(result.insufficient).toBe(result.n < 3);
        expect(result.ratedUnrealisticByMost).toBe(result.counts.unrealistic > result.n / 2);
        expect(aggregateRealism([...ratings].reverse())).toEqual(result);
      }),
    );
  });
});

describe("realismByGroup", () => {
  const rate = (group: string | null, rating: RealismRating, times = 1) =>
    Array.from({ length: times }, () => ({ group, rating }));

  it("shows groups of 3 and pools the rest, as scoring does", () => {
    const result = realismByGroup([
      ...rate("residents", "unrealistic", 3),
      ...rate("municipality", "realistic", 2),
      ...rate("welfare", "unrealistic", 1),
      ...rate(null, "partly", 1),
    ]);
    expect(result.map((g) => [g.group, g.pooled, g.groups, g.people])).toEqual([
      ["residents", false, ["residents"], 3],
      [null, true, ["municipality", "welfare", null], 4],
    ]);
    expect(result[0]?.result.counts).toEqual({ unrealistic: 3, partly: 0, realistic: 0 });
    expect(result[1]?.result.counts).toEqual({ unrealistic: 1, partly: 1, realistic: 2 });
  });

  it("never lets a group of 1 or 2 be read off as the total minus the groups shown", () => {
    const result = realismByGroup([
      ...rate("residents", "unrealistic", 3),
      ...rate("municipality", "realistic", 1),
    ]);
    expect(result.map((g) => [g.group, g.people])).toEqual([[null, 4]]);
  });
});
