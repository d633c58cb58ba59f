// Scoring aggregation: from-scratch batch and incremental replacement (src/domain/scoring).
// Run: npm run bench -- scoring
import {
  type Answer,
  aggregateBatch,
  type CriterionWeight,
  type Overall,
  type Score,
  ScoreBook,
} from "../src/domain/scoring/index.ts";
import type { Sphere } from "../src/domain/spheres.ts";

const scorerCount = 5_000;
const itemCount = 200;
const criterionCount = 10;
const replacements = 100_000;
const batchSize = 1_000;

/** mulberry32: a small seeded PRNG, so every run scores the same data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const answerValues: Answer[] = ["no", "partly", "yes", "unknown"];
const overallValues: (Overall | null)[] = ["rather_not", "doubt", "rather_yes", null];
const sphereValues: (Sphere | null)[] = ["personal", "communal", "institutional", null];
const groups: (string | null)[] = [
  "municipality",
  "welfare",
  "residents",
  "housing",
  "care",
  "education",
  "sport_culture",
  "other",
  null,
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export async function scoringBenchmark() {
  const random = prng(20261129);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  const criteria: CriterionWeight[] = Array.from({ length: criterionCount }, (_, i) => ({
    versionId: `criterion-${i}-v1`,
    weight: 1 + (i % 3),
  }));
  const scorerGroup = Array.from({ length: scorerCount }, () => pick(groups));
  const makeScore = (scorer: number, item: number): Score => {
    const answers: Record<string, Answer> = {};
    for (const c of criteria) answers[c.versionId] = pick(answerValues);
    return {
      scorerId: `scorer-${scorer}`,
      group: scorerGroup[scorer]!,
      itemId: `item-${item}`,
      answers,
      overall: pick(overallValues),
      sphere: pick(sphereValues),
    };
  };

  const scores: Score[] = [];
  for (let s = 0; s < scorerCount; s++) {
    for (let i = 0; i < itemCount; i++) scores.push(makeScore(s, i));
  }

  const batchTimes: number[] = [];
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    const results = aggregateBatch(scores, criteria);
    batchTimes.push(performance.now() - start);
    if (results.length !== itemCount) throw new Error("unexpected number of results");
  }

  const book = new ScoreBook();
  const fillStart = performance.now();
  for (const score of scores) book.put(score);
  const fillMs = performance.now() - fillStart;

  const updates: Score[] = [];
  for (let u = 0; u < replacements; u++) {
    updates.push(makeScore(Math.floor(random() * scorerCount), Math.floor(random() * itemCount)));
  }
  const perPut: number[] = [];
  for (let b = 0; b < replacements; b += batchSize) {
    const start = performance.now();
    for (let u = b; u < b + batchSize; u++) book.put(updates[u]!);
    perPut.push(((performance.now() - start) * 1000) / batchSize);
  }
  if (book.size !== scores.length) throw new Error("replacements changed the number of scores");

  const resultStart = performance.now();
  book.results(criteria);
  const resultsMs = performance.now() - resultStart;

  return {
    name: "scoring",
    scores: scores.length,
    fromScratchMs: Math.round(median(batchTimes)),
    fromScratchRunsMs: batchTimes.map(Math.round),
    incrementalMedianMicros: Number(median(perPut).toFixed(3)),
    incrementalP95Micros: Number(
      [...perPut].sort((a, b) => a - b)[Math.floor(perPut.length * 0.95)]!.toFixed(3),
    ),
    bookFillMs: Math.round(fillMs),
    bookResultsMs: Number(resultsMs.toFixed(2)),
    targets: { fromScratchMs: 1000, incrementalMedianMicros: 10 },
  };
}
