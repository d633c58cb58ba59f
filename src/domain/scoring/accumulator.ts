import type { Sphere } from "../spheres.ts";
import { splitGroups } from "./anonymity.ts";
import {
  ANSWER_STRIDE,
  disagreementOf,
  figures,
  type GroupResult,
  type ItemResult,
  MISC_OVERALL,
  MISC_SCORERS,
  MISC_SIZE,
  MISC_SPHERE,
} from "./results.ts";
import {
  type Answer,
  assertCriteria,
  assertThresholds,
  type CriterionWeight,
  defaultThresholds,
  type Overall,
  type Score,
  type Thresholds,
} from "./scales.ts";

function answerCode(answer: Answer | undefined): number {
  switch (answer) {
    case "no":
      return 0;
    case "partly":
      return 1;
    case "yes":
      return 2;
    case "unknown":
      return 3;
    default:
      throw new RangeError(`Unknown answer: ${String(answer)}`);
  }
}

function overallCode(overall: Overall | null): number {
  switch (overall) {
    case null:
      return -1;
    case "rather_not":
      return 0;
    case "doubt":
      return 1;
    case "rather_yes":
      return 2;
    default:
      throw new RangeError(`Unknown overall judgement: ${String(overall)}`);
  }
}

function sphereCode(sphere: Sphere | null): number {
  switch (sphere) {
    case null:
      return -1;
    case "personal":
      return 0;
    case "communal":
      return 1;
    case "institutional":
      return 2;
    default:
      throw new RangeError(`Unknown sphere: ${String(sphere)}`);
  }
}

/**
 * A score turned into counter positions, once: `cells` holds slot × 4 + answer code for every
 * answer to a known criterion version. Only valid with the {@link CriterionSlots} that made it.
 * Keeping the encoding (not the score object) also makes a later `remove` immune to the score
 * object being changed in the meantime.
 */
export interface EncodedScore {
  /** The score as given, for reading back. */
  readonly score: Score;
  readonly group: string | null;
  /** 0..2, or −1 for none. */
  readonly overall: number;
  /** 0..2, or −1 for none. */
  readonly sphere: number;
  readonly cells: readonly number[];
}

/** Reused buffer for add/remove without allocation; the code never re-enters while it is in use. */
let scratch = new Int32Array(64);

/**
 * Maps criterion version ids to dense slot numbers, once, so the counters can live in typed
 * arrays. Share one instance between the accumulators of a {@link ScoreBook}. A growing registry
 * gives every version id it meets a slot (answers to old versions are counted, and ignored by
 * results for criteria lists without them); a fixed one ignores ids it was not created with.
 */
export class CriterionSlots {
  readonly #slots = new Map<string, number>();
  readonly #fixed: boolean;

  constructor(versionIds: Iterable<string> = [], options: { fixed?: boolean } = {}) {
    for (const id of versionIds) if (!this.#slots.has(id)) this.#slots.set(id, this.#slots.size);
    this.#fixed = options.fixed ?? false;
  }

  /** Number of slots handed out. */
  get size(): number {
    return this.#slots.size;
  }

  /** The slot of a version id, or −1 when it has none. */
  find(versionId: string): number {
    return this.#slots.get(versionId) ?? -1;
  }

  /** The slot of a version id, handing out a new one unless fixed (then −1). */
  slotOf(versionId: string): number {
    const slot = this.#slots.get(versionId);
    if (slot !== undefined) return slot;
    if (this.#fixed) return -1;
    const next = this.#slots.size;
    this.#slots.set(versionId, next);
    return next;
  }

  /** Writes the cells of `answers` to the scratch buffer and returns how many there are. */
  encodeToScratch(answers: Record<string, Answer>): number {
    let n = 0;
    for (const versionId in answers) {
      const slot = this.slotOf(versionId);
      if (slot < 0) continue;
      const cell = slot * ANSWER_STRIDE + answerCode(answers[versionId]);
      if (n === scratch.length) {
        const bigger = new Int32Array(n * 2);
        bigger.set(scratch);
        scratch = bigger;
      }
      scratch[n++] = cell;
    }
    return n;
  }

  /** Encodes a score for repeated or later use (see {@link EncodedScore}). */
  encode(score: Score): EncodedScore {
    const overall = overallCode(score.overall);
    const sphere = sphereCode(score.sphere);
    const n = this.encodeToScratch(score.answers);
    const cells: number[] = [];
    for (let i = 0; i < n; i++) cells.push(scratch[i]!);
    return { score, group: score.group, overall, sphere, cells };
  }
}

/** The counters of one stakeholder group within one item. */
class GroupCounts {
  /** slot × 4 + answer code → count. */
  answers: Int32Array;
  /** See MISC_* in results.ts: scorers, overall × 3, sphere × 3. */
  readonly misc = new Int32Array(MISC_SIZE);

  constructor(capacity: number) {
    this.answers = new Int32Array(capacity);
  }
}

function byGroupName(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/**
 * Counts for one item: per stakeholder group, per criterion slot × 4 answers, overall × 3 and
 * sphere × 3. Only counts are kept, so `add` and `remove` cost O(answers in the score) and
 * `result` computes every measure from the counts. The caller makes sure a removed score was
 * added before ({@link ScoreBook} does this); a remove that would make a count negative throws
 * and changes nothing.
 */
export class ItemAccumulator {
  readonly itemId: string;
  readonly slots: CriterionSlots;
  readonly #groups = new Map<string | null, GroupCounts>();
  #scorers = 0;

  constructor(itemId: string, slots: CriterionSlots = new CriterionSlots()) {
    this.itemId = itemId;
    this.slots = slots;
  }

  /** Number of scores currently counted. */
  get scorers(): number {
    return this.#scorers;
  }

  add(score: Score): void {
    this.#checkItem(score);
    const overall = overallCode(score.overall);
    const sphere = sphereCode(score.sphere);
    const n = this.slots.encodeToScratch(score.answers);
    this.#add(score.group, scratch, n, overall, sphere);
  }

  remove(score: Score): void {
    this.#checkItem(score);
    const overall = overallCode(score.overall);
    const sphere = sphereCode(score.sphere);
    const n = this.slots.encodeToScratch(score.answers);
    this.#remove(score.group, scratch, n, overall, sphere);
  }

  /** Adds a score encoded by this accumulator's {@link CriterionSlots}. */
  addEncoded(e: EncodedScore): void {
    this.#add(e.group, e.cells, e.cells.length, e.overall, e.sphere);
  }

  /** Removes a score encoded by this accumulator's {@link CriterionSlots}. */
  removeEncoded(e: EncodedScore): void {
    this.#remove(e.group, e.cells, e.cells.length, e.overall, e.sphere);
  }

  #checkItem(score: Score): void {
    if (score.itemId !== this.itemId) {
      throw new RangeError(`Score for item ${score.itemId} given to item ${this.itemId}`);
    }
  }

  #add(
    group: string | null,
    cells: ArrayLike<number>,
    length: number,
    overall: number,
    sphere: number,
  ): void {
    let counts = this.#groups.get(group);
    const capacity = this.slots.size * ANSWER_STRIDE;
    if (counts === undefined) {
      counts = new GroupCounts(capacity);
      this.#groups.set(group, counts);
    } else if (counts.answers.length < capacity) {
      const bigger = new Int32Array(capacity);
      bigger.set(counts.answers);
      counts.answers = bigger;
    }
    const a = counts.answers;
    for (let i = 0; i < length; i++) a[cells[i]!]!++;
    const misc = counts.misc;
    misc[MISC_SCORERS]!++;
    if (overall >= 0) misc[MISC_OVERALL + overall]!++;
    if (sphere >= 0) misc[MISC_SPHERE + sphere]!++;
    this.#scorers++;
  }

  #remove(
    group: string | null,
    cells: ArrayLike<number>,
    length: number,
    overall: number,
    sphere: number,
  ): void {
    const counts = this.#groups.get(group);
    const a = counts?.answers;
    const misc = counts?.misc;
    let present = a !== undefined && misc !== undefined && misc[MISC_SCORERS]! > 0;
    if (overall >= 0 && !(misc && misc[MISC_OVERALL + overall]! > 0)) present = false;
    if (sphere >= 0 && !(misc && misc[MISC_SPHERE + sphere]! > 0)) present = false;
    for (let i = 0; present && i < length; i++) {
      const cell = cells[i]!;
      if (!(a && cell < a.length && a[cell]! > 0)) present = false;
    }
    if (!present || a === undefined || misc === undefined) {
      throw new RangeError(`Cannot remove a score that was not added (item ${this.itemId})`);
    }
    for (let i = 0; i < length; i++) a[cells[i]!]!--;
    if (overall >= 0) misc[MISC_OVERALL + overall]!--;
    if (sphere >= 0) misc[MISC_SPHERE + sphere]!--;
    if (--misc[MISC_SCORERS]! === 0) this.#groups.delete(group);
    this.#scorers--;
  }

  /**
   * Every measure for this item, for the given criteria (answers to other version ids are
   * ignored) and thresholds, with the breakdown by stakeholder group.
   */
  result(
    criteria: readonly CriterionWeight[],
    thresholds: Thresholds = defaultThresholds,
  ): ItemResult {
    assertCriteria(criteria);
    assertThresholds(thresholds);
    const k = criteria.length;
    const slots = criteria.map((c) => this.slots.find(c.versionId));
    const totalCounts = new Int32Array(k * ANSWER_STRIDE);
    const totalMisc = new Int32Array(MISC_SIZE);
    const perGroup: {
      group: string | null;
      people: number;
      counts: Int32Array;
      misc: Int32Array;
    }[] = [];
    for (const name of [...this.#groups.keys()].sort(byGroupName)) {
      const source = this.#groups.get(name)!;
      const counts = new Int32Array(k * ANSWER_STRIDE);
      for (let i = 0; i < k; i++) {
        const slot = slots[i]!;
        if (slot < 0) continue;
        const from = slot * ANSWER_STRIDE;
        if (from >= source.answers.length) continue;
        for (let j = 0; j < ANSWER_STRIDE; j++)
          counts[i * ANSWER_STRIDE + j] = source.answers[from + j]!;
      }
      add(totalCounts, counts);
      add(totalMisc, source.misc);
      perGroup.push({ group: name, people: source.misc[MISC_SCORERS]!, counts, misc: source.misc });
    }
    const split = splitGroups(perGroup);
    const groups: GroupResult[] = perGroup
      .filter((g) => g.group !== null && split.shown.includes(g.group))
      .map(({ group, counts, misc }) => ({
        group,
        pooled: false,
        groups: [group],
        ...figures(counts, misc, criteria, thresholds),
      }));
    if (split.poolShown) {
      const poolCounts = new Int32Array(k * ANSWER_STRIDE);
      const poolMisc = new Int32Array(MISC_SIZE);
      for (const g of perGroup) {
        if (!split.pooled.includes(g.group)) continue;
        add(poolCounts, g.counts);
        add(poolMisc, g.misc);
      }
      const f = figures(poolCounts, poolMisc, criteria, thresholds);
      groups.push({ group: null, pooled: true, groups: split.pooled, ...f });
    }
    const f = figures(totalCounts, totalMisc, criteria, thresholds);
    return { itemId: this.itemId, ...f, disagreement: disagreementOf(f), groups };
  }
}

function add(target: Int32Array, source: Int32Array): void {
  for (let i = 0; i < target.length; i++) target[i]! += source[i]!;
}
