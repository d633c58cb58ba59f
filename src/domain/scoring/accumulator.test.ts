import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CriterionSlots, ItemAccumulator } from "./accumulator.ts";
import type { Answer, CriterionWeight, Score } from "./scales.ts";

let next = 0;
function score(fields: Partial<Score> & { answers?: Record<string, Answer> }): Score {
  return {
    scorerId: `s${next++}`,
    group: null,
    itemId: "item",
    answers: {},
    overall: null,
    sphere: null,
    ...fields,
  };
}

function accumulate(scores: Score[]): ItemAccumulator {
  const acc = new ItemAccumulator("item");
  for (const s of scores) acc.add(s);
  return acc;
}

const a: CriterionWeight = { versionId: "a1", weight: 2 };
const b: CriterionWeight = { versionId: "b1", weight: 1 };
const c: CriterionWeight = { versionId: "c1", weight: 1 };

/**
 * Three scorers:
 *   s1: A yes, B no,      overall rather_yes, sphere communal
 *   s2: A yes, B partly,  overall rather_yes, sphere institutional
 *   s3: A partly, B unknown, no overall, no sphere; C is answered by nobody.
 */
const worked = () =>
  accumulate([
    score({ answers: { a1: "yes", b1: "no" }, overall: "rather_yes", sphere: "communal" }),
    score({ answers: { a1: "yes", b1: "partly" }, overall: "rather_yes", sphere: "institutional" }),
    score({ answers: { a1: "partly", b1: "unknown" } }),
  ]);

describe("ItemAccumulator.result: per criterion", () => {
  it("gives distribution, median, mean and agreement, and counts unknown apart", () => {
    const r = worked().result([a, b, c]);
    expect(r.scorers).toBe(3);
    const [ra, rb, rc] = r.criteria;
    // A: partly 1, yes 2. Median partly, yes, yes → yes; mean (0.5 + 1 + 1) / 3 = 5/6.
    // Leik: F1 = 0, F2 = 1/3 → D = 2 · (1/3) / 2 = 1/3 → agreement 2/3.
    expect(ra).toMatchObject({ versionId: "a1", weight: 2, n: 3, median: "yes", unknown: 0 });
    expect(ra?.counts).toEqual({ no: 0, partly: 1, yes: 2 });
    expect(ra?.mean).toBeCloseTo(5 / 6, 12);
    expect(ra?.agreement).toBeCloseTo(2 / 3, 12);
    expect(ra?.insufficient).toBe(false);
    expect(ra?.shareUnknown).toBe(0);
    // B: no 1, partly 1, unknown 1. "Weet niet" is left out: n = 2, lower median no,
    // mean 0.25, Leik F1 = 0.5, F2 = 1 → D = 0.5 → agreement 0.5; share unknown 1/3.
    expect(rb).toMatchObject({ n: 2, median: "no", unknown: 1, insufficient: true });
    expect(rb?.counts).toEqual({ no: 1, partly: 1, yes: 0 });
    expect(rb?.mean).toBeCloseTo(0.25, 12);
    expect(rb?.agreement).toBeCloseTo(0.5, 12);
    expect(rb?.shareUnknown).toBeCloseTo(1 / 3, 12);
    // C: nothing.
    expect(rc).toMatchObject({ n: 0, median: null, mean: null, agreement: null });
    expect(rc).toMatchObject({ insufficient: true, unknown: 0, shareUnknown: null });
  });

  it("counts only-unknown answers without putting them on the scale", () => {
    const r = accumulate([
      score({ answers: { a1: "unknown" } }),
      score({ answers: { a1: "unknown" } }),
      score({ answers: { a1: "yes" } }),
    ]).result([a]);
    expect(r.criteria[0]).toMatchObject({ n: 1, unknown: 2, median: "yes", mean: 1 });
    expect(r.criteria[0]?.agreement).toBe(1);
    expect(r.criteria[0]?.shareUnknown).toBeCloseTo(2 / 3, 12);
  });

  it("ignores answers to version ids not in the criteria list", () => {
    const r = accumulate([
      score({ answers: { a1: "yes", a0: "no" } }),
      score({ answers: { a0: "no" } }),
    ]).result([a]);
    expect(r.criteria).toHaveLength(1);
    expect(r.criteria[0]).toMatchObject({ versionId: "a1", n: 1, unknown: 0 });
    expect(r.scorers).toBe(2);
  });

  it("flags n < 3 but still computes", () => {
    const two = accumulate([score({ answers: { a1: "no" } }), score({ answers: { a1: "yes" } })]);
    const r = two.result([a]);
    expect(r.criteria[0]).toMatchObject({ n: 2, insufficient: true, agreement: 0, mean: 0.5 });
    expect(r.degree).toMatchObject({ value: 0.5, insufficient: true });
    expect(r.disagreement.insufficient).toBe(true);
    two.add(score({ answers: { a1: "yes" } }));
    expect(two.result([a]).criteria[0]?.insufficient).toBe(false);
    expect(two.result([a]).degree.insufficient).toBe(false);
  });
});

describe("ItemAccumulator.result: overall and sphere", () => {
  it("summarises the overall judgement on its ordinal scale", () => {
    const r = worked().result([a, b, c]);
    expect(r.overall).toMatchObject({ n: 2, missing: 1, median: "rather_yes", mean: 1 });
    expect(r.overall.counts).toEqual({ rather_not: 0, doubt: 0, rather_yes: 2 });
    expect(r.overall.agreement).toBe(1);
    expect(r.overall.insufficient).toBe(true);
  });

  it("uses the normalised modal share for the sphere and no mode on a tie", () => {
    const r = worked().result([a, b, c]);
    expect(r.sphere.counts).toEqual({ personal: 0, communal: 1, institutional: 1 });
    expect(r.sphere).toMatchObject({ n: 2, none: 1, modal: null, insufficient: true });
    // p_max = 1/2 → (1/2 − 1/3) / (2/3) = 1/4.
    expect(r.sphere.agreement).toBeCloseTo(0.25, 12);

    const clear = accumulate([
      score({ sphere: "communal" }),
      score({ sphere: "communal" }),
      score({ sphere: "personal" }),
    ]).result([]);
    expect(clear.sphere.modal).toBe("communal");
    // p_max = 2/3 → (2/3 − 1/3) / (2/3) = 1/2.
    expect(clear.sphere.agreement).toBeCloseTo(0.5, 12);
  });
});

describe("ItemAccumulator.result: degree and outcome", () => {
  // A mean 5/6 (weight 2), B mean 1/4 (weight 1), C no answers (left out, weights renormalised):
  // degree = (2 · 5/6 + 1 · 1/4) / 3 = (5/3 + 1/4) / 3 = 23/36 ≈ 0.6389.
  const degree = 23 / 36;

  it("is the weighted mean over criteria with answers", () => {
    const r = worked().result([a, b, c]);
    expect(r.degree.value).toBeCloseTo(degree, 12);
    expect(r.degree.criteria).toBe(2);
    expect(r.degree.insufficient).toBe(false);
  });

  it("maps the degree to an outcome with the thresholds", () => {
    const acc = worked();
    expect(acc.result([a, b, c]).degree.outcome).toBe("edge"); // 0.35 < 0.639 < 0.65
    expect(acc.result([a, b, c], { lower: 0.3, upper: 0.6 }).degree.outcome).toBe("rather_in");
    expect(acc.result([a, b, c], { lower: 0.64, upper: 0.9 }).degree.outcome).toBe("rather_out");
    // Equal weights instead: (5/6 + 1/4) / 2 = 13/24 ≈ 0.5417.
    const equal = acc.result([
      { versionId: "a1", weight: 1 },
      { versionId: "b1", weight: 1 },
    ]);
    expect(equal.degree.value).toBeCloseTo(13 / 24, 12);
  });

  it("includes the thresholds themselves", () => {
    const half = accumulate([score({ answers: { a1: "partly" } })]);
    expect(half.result([a], { lower: 0.2, upper: 0.5 }).degree.outcome).toBe("rather_in");
    expect(half.result([a], { lower: 0.5, upper: 0.8 }).degree.outcome).toBe("rather_out");
  });

  it("is null without any answer on the scale", () => {
    const r = accumulate([score({ answers: { a1: "unknown" } })]).result([a, b]);
    expect(r.degree).toEqual({ value: null, outcome: null, criteria: 0, insufficient: true });
  });

  it("rejects bad thresholds and weights", () => {
    const acc = worked();
    expect(() => acc.result([a], { lower: 0.7, upper: 0.3 })).toThrow(RangeError);
    expect(() => acc.result([a], { lower: -0.1, upper: 0.3 })).toThrow(RangeError);
    expect(() => acc.result([{ versionId: "a1", weight: 0 }])).toThrow(RangeError);
    expect(() => acc.result([a, a])).toThrow(RangeError);
  });
});

describe("ItemAccumulator.result: disagreement index", () => {
  it("averages the criteria, overall and sphere components", () => {
    const d = worked().result([a, b, c]).disagreement;
    // (a) A (w 2): 1 − 2/3 = 1/3; B (w 1, n = 2): 1 − 1/2 = 1/2; C has n = 0 and is left out:
    //     (2 · 1/3 + 1/2) / 3 = 7/18.
    expect(d.criteria).toBeCloseTo(7 / 18, 12);
    // (b) overall: two rather_yes → agreement 1 → 0.
    expect(d.overall).toBe(0);
    // (c) sphere: agreement 1/4 → 3/4.
    expect(d.sphere).toBeCloseTo(0.75, 12);
    expect(d.index).toBeCloseTo((7 / 18 + 0 + 0.75) / 3, 12);
  });

  it("skips components with n < 2 and is 0 without any", () => {
    const one = accumulate([
      score({ answers: { a1: "yes" }, overall: "doubt", sphere: "personal" }),
    ]).result([a]);
    expect(one.disagreement).toEqual({
      index: 0,
      criteria: null,
      overall: null,
      sphere: null,
      insufficient: true,
    });
    const split = accumulate([
      score({ answers: { a1: "yes" }, overall: "rather_yes" }),
      score({ answers: { a1: "no" }, overall: "rather_not" }),
    ]).result([a]);
    // Criteria 1 − 0 = 1 and overall 1 − 0 = 1; no sphere proposals.
    expect(split.disagreement).toMatchObject({ index: 1, criteria: 1, overall: 1, sphere: null });
  });
});

describe("ItemAccumulator: stakeholder breakdown", () => {
  const group = (name: string | null, count: number, answer: Answer) =>
    Array.from({ length: count }, () => score({ group: name, answers: { a1: answer } }));

  it("shows groups of 3 or more on their own and pools the rest", () => {
    const r = accumulate([
      ...group("welfare", 3, "yes"),
      ...group("residents", 2, "no"),
      ...group("municipality", 1, "partly"),
      ...group(null, 1, "no"),
    ]).result([a]);
    expect(r.groups.map((g) => [g.group, g.pooled, g.groups, g.scorers])).toEqual([
      ["welfare", false, ["welfare"], 3],
      [null, true, ["municipality", "residents", null], 4],
    ]);
    expect(r.groups[0]?.criteria[0]?.counts).toEqual({ no: 0, partly: 0, yes: 3 });
    expect(r.groups[0]?.degree.value).toBe(1);
    expect(r.groups[1]?.criteria[0]?.counts).toEqual({ no: 3, partly: 1, yes: 0 });
    expect(r.groups[1]?.degree.value).toBeCloseTo(1 / 8, 12);
  });

  it("never shows a group of 2, not even as the total minus the groups shown", () => {
    const r = accumulate([...group("welfare", 4, "yes"), ...group("residents", 2, "no")]).result([
      a,
    ]);
    // Showing welfare (4) would reveal residents (2) as the total (6) minus welfare: both pooled.
    expect(r.groups.map((g) => [g.group, g.pooled, g.groups, g.scorers])).toEqual([
      [null, true, ["residents", "welfare"], 6],
    ]);
    expect(r.scorers).toBe(6);
  });

  it("pools the smallest shown group with a remainder of 1 or 2", () => {
    const r = accumulate([
      ...group("welfare", 5, "yes"),
      ...group("residents", 3, "no"),
      ...group("care", 4, "partly"),
      ...group(null, 1, "no"),
    ]).result([a]);
    expect(r.groups.map((g) => [g.group, g.pooled, g.groups, g.scorers])).toEqual([
      ["care", false, ["care"], 4],
      ["welfare", false, ["welfare"], 5],
      [null, true, ["residents", null], 4],
    ]);
  });

  it("never leaves fewer than 3 scorers to be worked out by subtraction (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("welfare", "residents", "care", "municipality", null), {
          maxLength: 30,
        }),
        (groupsOfScorers) => {
          const r = accumulate(
            groupsOfScorers.map((g) => score({ group: g, answers: { a1: "yes" } })),
          ).result([a]);
          const displayed = r.groups.reduce((sum, g) => sum + g.scorers, 0);
          const hidden = r.scorers - displayed;
          expect(hidden === 0 || hidden >= 3 || r.groups.length === 0).toBe(true);
          for (const g of r.groups) expect(g.scorers).toBeGreaterThanOrEqual(3);
        },
      ),
    );
  });

  it("puts scorers without a group in the pool, even three of them", () => {
    const r = accumulate([...group(null, 3, "yes")]).result([a]);
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0]).toMatchObject({ group: null, pooled: true, groups: [null], scorers: 3 });
  });

  it("follows a scorer whose score moves to another group", () => {
    const acc = accumulate(group("welfare", 3, "yes"));
    const moved = score({ group: "welfare", answers: { a1: "no" } });
    acc.add(moved);
    expect(acc.result([a]).groups[0]?.scorers).toBe(4);
    acc.remove(moved);
    acc.add({ ...moved, group: "residents" });
    // Residents now has one scorer: shown next to welfare it could be read off the total.
    expect(acc.result([a]).groups.map((g) => [g.group, g.groups, g.scorers])).toEqual([
      [null, ["residents", "welfare"], 4],
    ]);
  });
});

describe("ItemAccumulator: add and remove", () => {
  it("returns to the empty result after removing everything", () => {
    const scores = [
      score({ group: "x", answers: { a1: "yes", b1: "unknown" }, overall: "doubt" }),
      score({ group: null, answers: { b1: "no" }, sphere: "personal" }),
    ];
    const acc = accumulate(scores);
    for (const s of scores) acc.remove(s);
    expect(acc.scorers).toBe(0);
    expect(acc.result([a, b])).toEqual(new ItemAccumulator("item").result([a, b]));
  });

  it("refuses to remove what was not added, and changes nothing then", () => {
    const acc = accumulate([score({ group: "x", answers: { a1: "yes" } })]);
    const before = acc.result([a]);
    expect(() => acc.remove(score({ group: "x", answers: { a1: "no" } }))).toThrow(RangeError);
    expect(() => acc.remove(score({ group: "y", answers: { a1: "yes" } }))).toThrow(RangeError);
    expect(() => acc.remove(score({ group: "x", answers: {}, overall: "doubt" }))).toThrow(
      RangeError,
    );
    expect(acc.result([a])).toEqual(before);
  });

  it("rejects unknown answer values and scores for another item without counting them", () => {
    const acc = new ItemAccumulator("item");
    const bad = score({ answers: { a1: "yes", b1: "maybe" as Answer } });
    expect(() => acc.add(bad)).toThrow(RangeError);
    expect(() => acc.add(score({ itemId: "other" }))).toThrow(RangeError);
    expect(acc.scorers).toBe(0);
    expect(acc.result([a]).criteria[0]?.n).toBe(0);
  });

  it("shares slots between accumulators and grows when new versions appear", () => {
    const slots = new CriterionSlots(["a1"]);
    const first = new ItemAccumulator("item", slots);
    first.add(score({ answers: { a1: "yes" } }));
    const second = new ItemAccumulator("item", slots);
    for (let i = 0; i < 40; i++) second.add(score({ answers: { [`v${i}`]: "no" } }));
    first.add(score({ answers: { v39: "partly" } }));
    expect(slots.size).toBe(41);
    expect(first.result([{ versionId: "v39", weight: 1 }]).criteria[0]?.counts.partly).toBe(1);
    expect(second.result([{ versionId: "v39", weight: 1 }]).criteria[0]?.counts.no).toBe(1);
    const fixed = new CriterionSlots(["a1"], { fixed: true });
    expect(fixed.slotOf("b1")).toBe(-1);
    expect(fixed.size).toBe(1);
  });
});
