import { CriterionSlots, type EncodedScore, ItemAccumulator } from "./accumulator.ts";
import type { ItemResult } from "./results.ts";
import { type CriterionWeight, defaultThresholds, type Score, type Thresholds } from "./scales.ts";

interface Entry {
  accumulator: ItemAccumulator;
  /** Latest score per scorer. */
  scores: Map<string, EncodedScore>;
}

function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The latest score per (scorer, item) and an {@link ItemAccumulator} per item, kept up to date
 * incrementally: `put` and `delete` cost O(answers in the score). Results equal
 * {@link aggregateBatch} on the scores currently held. The book keeps a reference to each score
 * it is given (returned by `get`); its counts use an encoded copy.
 */
export class ScoreBook {
  readonly #slots = new CriterionSlots();
  readonly #items = new Map<string, Entry>();
  #size = 0;

  /** Number of scores held (one per scorer and item). */
  get size(): number {
    return this.#size;
  }

  /** Adds a score, replacing the same scorer's previous score for the item. */
  put(score: Score): void {
    const encoded = this.#slots.encode(score);
    let entry = this.#items.get(score.itemId);
    if (entry === undefined) {
      entry = { accumulator: new ItemAccumulator(score.itemId, this.#slots), scores: new Map() };
      this.#items.set(score.itemId, entry);
    }
    const previous = entry.scores.get(score.scorerId);
    if (previous === undefined) this.#size++;
    else entry.accumulator.removeEncoded(previous);
    entry.accumulator.addEncoded(encoded);
    entry.scores.set(score.scorerId, encoded);
  }

  /** Removes a scorer's score for an item; false when there was none. */
  delete(scorerId: string, itemId: string): boolean {
    const entry = this.#items.get(itemId);
    const previous = entry?.scores.get(scorerId);
    if (entry === undefined || previous === undefined) return false;
    entry.accumulator.removeEncoded(previous);
    entry.scores.delete(scorerId);
    this.#size--;
    if (entry.scores.size === 0) this.#items.delete(itemId);
    return true;
  }

  /** The score held for a scorer and item. */
  get(scorerId: string, itemId: string): Score | undefined {
    return this.#items.get(itemId)?.scores.get(scorerId)?.score;
  }

  /** The scores held for one item, one per scorer. */
  scoresOf(itemId: string): Score[] {
    return [...(this.#items.get(itemId)?.scores.values() ?? [])].map((e) => e.score);
  }

  /** Ids of the items with at least one score, sorted. */
  itemIds(): string[] {
    return [...this.#items.keys()].sort(byId);
  }

  /** The result for one item; an item without scores gives a result with 0 scorers. */
  result(
    itemId: string,
    criteria: readonly CriterionWeight[],
    thresholds: Thresholds = defaultThresholds,
  ): ItemResult {
    const accumulator = this.#items.get(itemId)?.accumulator ?? new ItemAccumulator(itemId);
    return accumulator.result(criteria, thresholds);
  }

  /** Results for every item with at least one score, sorted by item id. */
  results(
    criteria: readonly CriterionWeight[],
    thresholds: Thresholds = defaultThresholds,
  ): ItemResult[] {
    return this.itemIds().map((id) => this.result(id, criteria, thresholds));
  }
}
