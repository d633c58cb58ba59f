import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { spheres } from "../spheres.ts";
import { aggregateBatch } from "./batch.ts";
import { ScoreBook } from "./book.ts";
import { answers, type CriterionWeight, overalls, type Score } from "./scales.ts";

/** Paths where two results differ; numbers may differ by at most `tolerance`. */
function differences(actual: unknown, expected: unknown, path = "$", tolerance = 1e-9): string[] {
  if (typeof actual === "number" && typeof expected === "number") {
    return Math.abs(actual - expected) <= tolerance ? [] : [`${path}: ${actual} ≠ ${expected}`];
  }
  if (
    typeof actual === "object" &&
    typeof expected === "object" &&
    actual !== null &&
    expected !== null
  ) {
    if (Array.isArray(actual) !== Array.isArray(expected)) return [`${path}: array vs object`];
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    const keys = new Set([...Object.keys(a), ...Object.keys(e)]);
    return [...keys].flatMap((key) => differences(a[key], e[key], `${path}.${key}`, tolerance));
  }
  return Object.is(actual, expected) ? [] : [`${path}: ${String(actual)} ≠ ${String(expected)}`];
}

const criteria: CriterionWeight[] = [
  { versionId: "c1", weight: 1 },
  { versionId: "c2", weight: 2.5 },
  { versionId: "c3", weight: 0.5 },
];

const score = (scorerId: string, itemId: string, fields: Partial<Score> = {}): Score => ({
  scorerId,
  itemId,
  group: null,
  answers: {},
  overall: null,
  sphere: null,
  ...fields,
});

describe("ScoreBook", () => {
  it("replaces a scorer's previous score for the same item", () => {
    const book = new ScoreBook();
    book.put(score("s1", "i1", { answers: { c1: "no" } }));
    book.put(score("s1", "i1", { answers: { c1: "yes" } }));
    book.put(score("s1", "i2", { answers: { c1: "no" } }));
    expect(book.size).toBe(2);
    expect(book.get("s1", "i1")?.answers).toEqual({ c1: "yes" });
    expect(book.scoresOf("i1").map((s) => s.answers)).toEqual([{ c1: "yes" }]);
    expect(book.scoresOf("unknown")).toEqual([]);
    const r = book.result("i1", criteria);
    expect(r.scorers).toBe(1);
    expect(r.criteria[0]?.counts).toEqual({ no: 0, partly: 0, yes: 1 });
  });

  it("deletes scores and forgets items without scores", () => {
    const book = new ScoreBook();
    book.put(score("s1", "i1", { answers: { c1: "no" } }));
    book.put(score("s2", "i1", { answers: { c1: "yes" } }));
    expect(book.delete("s1", "i1")).toBe(true);
    expect(book.delete("s1", "i1")).toBe(false);
    expect(book.delete("s9", "i9")).toBe(false);
    expect(book.result("i1", criteria).criteria[0]?.counts).toEqual({ no: 0, partly: 0, yes: 1 });
    book.delete("s2", "i1");
    expect(book.itemIds()).toEqual([]);
    expect(book.results(criteria)).toEqual([]);
    expect(book.result("i1", criteria).scorers).toBe(0);
  });

  it("counts with its own copy, so a score changed after put is still removed correctly", () => {
    const book = new ScoreBook();
    const mutable = score("s1", "i1", { answers: { c1: "no" } });
    book.put(mutable);
    mutable.answers.c1 = "yes";
    book.put(score("s1", "i1", { answers: { c1: "partly" } }));
    expect(book.result("i1", criteria).criteria[0]?.counts).toEqual({ no: 0, partly: 1, yes: 0 });
  });

  it("leaves the book unchanged when a replacement is invalid", () => {
    const book = new ScoreBook();
    book.put(score("s1", "i1", { answers: { c1: "no" } }));
    const before = book.results(criteria);
    expect(() => book.put(score("s1", "i1", { answers: { c1: "nope" as "no" } }))).toThrow();
    expect(book.results(criteria)).toEqual(before);
    expect(book.size).toBe(1);
  });
});

describe("aggregateBatch", () => {
  it("takes the last score in the array per scorer and item", () => {
    const results = aggregateBatch(
      [
        score("s1", "i2", { answers: { c1: "no" } }),
        score("s1", "i1", { answers: { c1: "no" } }),
        score("s2", "i1", { answers: { c1: "no" } }),
        score("s1", "i1", { answers: { c1: "yes" }, group: "welfare" }),
      ],
      criteria,
    );
    expect(results.map((r) => [r.itemId, r.scorers])).toEqual([
      ["i1", 2],
      ["i2", 1],
    ]);
    expect(results[0]?.criteria[0]?.counts).toEqual({ no: 1, partly: 0, yes: 1 });
  });
});

type Op = { kind: "put"; score: Score } | { kind: "delete"; scorerId: string; itemId: string };

const answerArb = fc.constantFrom(...answers);
const scoreArb: fc.Arbitrary<Score> = fc.record({
  scorerId: fc.constantFrom("s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8"),
  group: fc.constantFrom<string | null>("welfare", "residents", "municipality", null),
  itemId: fc.constantFrom("i1", "i2", "i3"),
  // c0 is an old version: counted by the book, ignored by both results.
  answers: fc.record(
    { c0: answerArb, c1: answerArb, c2: answerArb, c3: answerArb },
    { requiredKeys: [] },
  ),
  overall: fc.constantFrom(null, ...overalls),
  sphere: fc.constantFrom(null, ...spheres),
});
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: scoreArb.map((s) => ({ kind: "put" as const, score: s })) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("delete" as const),
      scorerId: fc.constantFrom("s1", "s2", "s3", "s4"),
      itemId: fc.constantFrom("i1", "i2", "i3"),
    }),
  },
);
const criteriaArb = fc
  .subarray(["c1", "c2", "c3"], { minLength: 0 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((versionId) =>
        fc.double({ min: 0.1, max: 5, noNaN: true }).map((weight) => ({ versionId, weight })),
      ),
    ),
  );
const thresholdsArb = fc
  .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
  .filter(([x, y]) => x !== y)
  .map(([x, y]) => ({ lower: Math.min(x, y), upper: Math.max(x, y) }));

describe("ScoreBook against aggregateBatch", () => {
  it("gives the same results incrementally as from scratch on the final set", () => {
    fc.assert(
      fc.property(
        fc.array(opArb, { maxLength: 80 }),
        criteriaArb,
        thresholdsArb,
        (ops, weights, thresholds) => {
          const book = new ScoreBook();
          for (const op of ops) {
            if (op.kind === "put") book.put(op.score);
            else book.delete(op.scorerId, op.itemId);
          }
          // The batch gets every put not undone by a later delete of the same pair, in order,
          // so it has to pick the latest per scorer and item itself.
          const live = ops.flatMap((op, i) => {
            if (op.kind !== "put") return [];
            const { scorerId, itemId } = op.score;
            const deletedLater = ops
              .slice(i + 1)
              .some((o) => o.kind === "delete" && o.scorerId === scorerId && o.itemId === itemId);
            return deletedLater ? [] : [op.score];
          });
          const expected = aggregateBatch(live, weights, thresholds);
          expect(differences(book.results(weights, thresholds), expected)).toEqual([]);
          const pairs = new Set(live.map((s) => `${s.scorerId}/${s.itemId}`));
          expect(book.size).toBe(pairs.size);
        },
      ),
      { numRuns: 300 },
    );
  });
});
