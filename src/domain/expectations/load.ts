import type { Decision } from "../delimitation.schemas.ts";
import type { Carrier } from "../items.ts";
import { minimumScores } from "../scoring/index.ts";
import { type Sphere, spheres } from "../spheres.ts";
import type { Force } from "./forces.ts";
import { isRatedUnrealisticByMost, type OrdinalRealismRating } from "./realism.ts";

/** An expectation (national or local) as the load analysis sees it. */
export interface LoadExpectation {
  id: string;
  title: string;
  forces: readonly Force[];
  relievesFormalCare: boolean;
  /** Spheres linked as a whole. */
  spheres: readonly Sphere[];
  /** Items linked; ids not among the analysed items are reported and otherwise ignored. */
  itemIds: readonly string[];
  /** The aggregated realism ratings (a `RealismResult` will do); null: not rated. */
  realism: { n: number; counts: Record<OrdinalRealismRating, number> } | null;
}

/** An inventory item as the load analysis sees it. */
export interface LoadItem {
  id: string;
  name: string;
  sphere: Sphere | null;
  carriedBy: Carrier;
  /** The latest decision: in / edge / out the social base; null: not decided. */
  decision: Decision | null;
}

/** A volunteer-carried item linked to at least this many expectations is warned about. */
export const manyExpectationsOnVolunteerItem = 3;
/** A sphere that expectations lean on and that has fewer items than this is warned about. */
export const fewItemsInSphere = 3;
/** "Mainly personal": strictly more than this share of an expectation's links is personal. */
export const mainlyPersonalShare = 0.5;

export interface LoadThresholds {
  manyExpectationsOnVolunteerItem: number;
  fewItemsInSphere: number;
  mainlyPersonalShare: number;
}

export const defaultLoadThresholds: Readonly<LoadThresholds> = Object.freeze({
  manyExpectationsOnVolunteerItem,
  fewItemsInSphere,
  mainlyPersonalShare,
});

/** One cell of the expectations × spheres matrix. */
export interface SphereCell {
  /** The sphere itself is linked. */
  direct: boolean;
  /** Linked items placed in this sphere. */
  items: number;
  /**
   * How much the expectation leans on the sphere: its linked items there, or 1 for a direct
   * link without any; a direct link is never counted on top of items in the same sphere.
   */
  links: number;
}

export interface SphereRow {
  expectationId: string;
  title: string;
  cells: Record<Sphere, SphereCell>;
  /** Linked items without a sphere: leaned on, but not (yet) in any column. */
  unplacedItems: number;
  /** Linked item ids that are not among the analysed items; left out of every figure. */
  unknownItemIds: string[];
  /** Sum of `links` over the spheres. */
  total: number;
}

export interface SphereTotal {
  /** Expectations that lean on the sphere (links > 0), each counted once. */
  expectations: number;
  /** Sum of `links` in the column. */
  links: number;
  /** Sum of `items` in the column: item links into the sphere. */
  itemLinks: number;
  /** Items placed in the sphere that are not decided "out": what it can deliver with. */
  availableItems: number;
}

export interface SphereMatrix {
  /** In the order of the expectations passed in. */
  rows: SphereRow[];
  totals: Record<Sphere, SphereTotal>;
  /** Sum of all `links`: the row totals and the column totals both add up to this. */
  total: number;
}

export interface ItemRow {
  expectationId: string;
  /** Linked known items, in the order of the items passed in, without repeats. */
  itemIds: string[];
  total: number;
}

export interface ItemColumn {
  itemId: string;
  name: string;
  sphere: Sphere | null;
  carriedBy: Carrier;
  decision: Decision | null;
  /** Expectations linked to the item, in the order of the expectations passed in. */
  expectationIds: string[];
  /** How many expectations lean on the item. */
  expectations: number;
}

export interface ItemMatrix {
  rows: ItemRow[];
  /** Every item passed in, in that order, also those nobody leans on. */
  items: ItemColumn[];
  /** Number of expectation–item links: the sum of the row totals and of the column totals. */
  total: number;
}

export const loadWarningCodes = [
  "leans_on_items_decided_out",
  "volunteer_item_leaned_on_by_many",
  "sphere_with_few_items",
  "formal_care_relief_mainly_personal",
  "rated_unrealistic_by_most",
] as const;
export type LoadWarningCode = (typeof loadWarningCodes)[number];

/** What every warning names, so the interface can link to it. */
interface WarningSubjects {
  expectationIds: string[];
  itemIds: string[];
  spheres: Sphere[];
}

export type LoadWarning = WarningSubjects &
  (
    | {
        /** One expectation; `itemIds`: its linked items decided "out". */
        code: "leans_on_items_decided_out";
        itemsDecidedOut: number;
        linkedItems: number;
      }
    | {
        /** One item (`itemIds[0]`); `expectationIds`: all that lean on it. */
        code: "volunteer_item_leaned_on_by_many";
        expectations: number;
        threshold: number;
      }
    | {
        /** One sphere; `expectationIds`: all that lean on it; `itemIds`: its available items. */
        code: "sphere_with_few_items";
        availableItems: number;
        threshold: number;
      }
    | {
        /** One expectation; `itemIds`: its linked personal items. */
        code: "formal_care_relief_mainly_personal";
        personalLinks: number;
        totalLinks: number;
        threshold: number;
      }
    | {
        /** One expectation. */
        code: "rated_unrealistic_by_most";
        unrealistic: number;
        n: number;
      }
  );

export interface LoadAnalysis {
  spheres: SphereMatrix;
  items: ItemMatrix;
  /** Grouped by code in the order of `loadWarningCodes`, then in input order. */
  warnings: LoadWarning[];
}

export function assertLoadThresholds(thresholds: LoadThresholds): void {
  const {
    manyExpectationsOnVolunteerItem: many,
    fewItemsInSphere: few,
    mainlyPersonalShare: share,
  } = thresholds;
  if (!(Number.isInteger(many) && many >= 1)) {
    throw new RangeError(`manyExpectationsOnVolunteerItem must be a whole number >= 1: ${many}`);
  }
  if (!(Number.isInteger(few) && few >= 1)) {
    throw new RangeError(`fewItemsInSphere must be a whole number >= 1: ${few}`);
  }
  if (!(Number.isFinite(share) && share >= 0 && share < 1)) {
    throw new RangeError(`mainlyPersonalShare must be in [0, 1): ${share}`);
  }
}

function assertUniqueIds(rows: readonly { id: string }[], what: string): void {
  const seen = new Set<string>();
  for (const { id } of rows) {
    if (seen.has(id)) throw new RangeError(`${what} ${id} is listed twice`);
    seen.add(id);
  }
}

function perSphere<T>(make: (sphere: Sphere) => T): Record<Sphere, T> {
  return Object.fromEntries(spheres.map((sphere) => [sphere, make(sphere)])) as Record<Sphere, T>;
}

function distinctSpheresOf(items: readonly LoadItem[]): Sphere[] {
  return spheres.filter((sphere) => items.some((item) => item.sphere === sphere));
}

interface Linked {
  expectation: LoadExpectation;
  /** Known, without repeats, in the order of the items passed in. */
  items: LoadItem[];
  unknownItemIds: string[];
}

function linkItems(
  expectation: LoadExpectation,
  items: readonly LoadItem[],
  itemOrder: ReadonlyMap<string, number>,
): Linked {
  const known = new Set<number>();
  const unknown = new Set<string>();
  for (const id of expectation.itemIds) {
    const index = itemOrder.get(id);
    if (index === undefined) unknown.add(id);
    else known.add(index);
  }
  return {
    expectation,
    items: [...known].sort((a, b) => a - b).map((index) => items[index]!),
    unknownItemIds: [...unknown],
  };
}

function sphereRow({ expectation, items, unknownItemIds }: Linked): SphereRow {
  const direct = new Set(expectation.spheres);
  const cells = perSphere((sphere): SphereCell => {
    const itemsInSphere = items.filter((item) => item.sphere === sphere).length;
    const isDirect = direct.has(sphere);
    return {
      direct: isDirect,
      items: itemsInSphere,
      links: itemsInSphere > 0 ? itemsInSphere : isDirect ? 1 : 0,
    };
  });
  return {
    expectationId: expectation.id,
    title: expectation.title,
    cells,
    unplacedItems: items.filter((item) => item.sphere === null).length,
    unknownItemIds,
    total: spheres.reduce((sum, sphere) => sum + cells[sphere].links, 0),
  };
}

function sphereMatrix(linked: readonly Linked[], items: readonly LoadItem[]): SphereMatrix {
  const rows = linked.map(sphereRow);
  const totals = perSphere(
    (sphere): SphereTotal => ({
      expectations: rows.filter((row) => row.cells[sphere].links > 0).length,
      links: rows.reduce((sum, row) => sum + row.cells[sphere].links, 0),
      itemLinks: rows.reduce((sum, row) => sum + row.cells[sphere].items, 0),
      availableItems: items.filter((item) => item.sphere === sphere && item.decision !== "out")
        .length,
    }),
  );
  return { rows, totals, total: rows.reduce((sum, row) => sum + row.total, 0) };
}

function itemMatrix(linked: readonly Linked[], items: readonly LoadItem[]): ItemMatrix {
  const rows = linked.map(
    ({ expectation, items: linkedItems }): ItemRow => ({
      expectationId: expectation.id,
      itemIds: linkedItems.map((item) => item.id),
      total: linkedItems.length,
    }),
  );
  const leaningOn = new Map<string, string[]>(items.map((item) => [item.id, []]));
  for (const row of rows) {
    for (const itemId of row.itemIds) leaningOn.get(itemId)!.push(row.expectationId);
  }
  const columns = items.map((item): ItemColumn => {
    const expectationIds = leaningOn.get(item.id)!;
    return {
      itemId: item.id,
      name: item.name,
      sphere: item.sphere,
      carriedBy: item.carriedBy,
      decision: item.decision,
      expectationIds,
      expectations: expectationIds.length,
    };
  });
  return { rows, items: columns, total: rows.reduce((sum, row) => sum + row.total, 0) };
}

function warningsOf(
  linked: readonly Linked[],
  items: readonly LoadItem[],
  matrices: { spheres: SphereMatrix; items: ItemMatrix },
  thresholds: LoadThresholds,
): LoadWarning[] {
  const warnings: LoadWarning[] = [];

  for (const { expectation, items: linkedItems } of linked) {
    const decidedOut = linkedItems.filter((item) => item.decision === "out");
    if (decidedOut.length === 0) continue;
    warnings.push({
      code: "leans_on_items_decided_out",
      expectationIds: [expectation.id],
      itemIds: decidedOut.map((item) => item.id),
      spheres: distinctSpheresOf(decidedOut),
      itemsDecidedOut: decidedOut.length,
      linkedItems: linkedItems.length,
    });
  }

  for (const column of matrices.items.items) {
    if (column.carriedBy !== "volunteers") continue;
    if (column.expectations < thresholds.manyExpectationsOnVolunteerItem) continue;
    warnings.push({
      code: "volunteer_item_leaned_on_by_many",
      expectationIds: [...column.expectationIds],
      itemIds: [column.itemId],
      spheres: column.sphere === null ? [] : [column.sphere],
      expectations: column.expectations,
      threshold: thresholds.manyExpectationsOnVolunteerItem,
    });
  }

  for (const sphere of spheres) {
    const total = matrices.spheres.totals[sphere];
    if (total.expectations === 0 || total.availableItems >= thresholds.fewItemsInSphere) continue;
    warnings.push({
      code: "sphere_with_few_items",
      expectationIds: matrices.spheres.rows
        .filter((row) => row.cells[sphere].links > 0)
        .map((row) => row.expectationId),
      itemIds: items
        .filter((item) => item.sphere === sphere && item.decision !== "out")
        .map((item) => item.id),
      spheres: [sphere],
      availableItems: total.availableItems,
      threshold: thresholds.fewItemsInSphere,
    });
  }

  linked.forEach(({ expectation, items: linkedItems }, index) => {
    if (!expectation.relievesFormalCare) return;
    const row = matrices.spheres.rows[index]!;
    const personalLinks = row.cells.personal.links;
    const totalLinks = row.total + row.unplacedItems;
    if (totalLinks === 0 || personalLinks <= thresholds.mainlyPersonalShare * totalLinks) return;
    warnings.push({
      code: "formal_care_relief_mainly_personal",
      expectationIds: [expectation.id],
      itemIds: linkedItems.filter((item) => item.sphere === "personal").map((item) => item.id),
      spheres: ["personal"],
      personalLinks,
      totalLinks,
      threshold: thresholds.mainlyPersonalShare,
    });
  });

  for (const { expectation } of linked) {
    const realism = expectation.realism;
    // Recomputed from the counts rather than trusting flags the caller may have built by hand.
    if (realism === null || realism.n < minimumScores) continue;
    if (!isRatedUnrealisticByMost(realism.counts.unrealistic, realism.n)) continue;
    warnings.push({
      code: "rated_unrealistic_by_most",
      expectationIds: [expectation.id],
      itemIds: [],
      spheres: [],
      unrealistic: realism.counts.unrealistic,
      n: realism.n,
    });
  }

  return warnings;
}

/**
 * How much each sphere and item is leaned on by the expectations, and the warnings the talk
 * would raise about it. Pure; throws a RangeError on repeated ids or invalid thresholds.
 * Rules and thresholds: ./README.md.
 */
export function analyseLoad(
  expectations: readonly LoadExpectation[],
  items: readonly LoadItem[],
  thresholds: LoadThresholds = defaultLoadThresholds,
): LoadAnalysis {
  assertLoadThresholds(thresholds);
  assertUniqueIds(expectations, "Expectation");
  assertUniqueIds(items, "Item");
  const itemOrder = new Map(items.map((item, index) => [item.id, index]));
  const linked = expectations.map((expectation) => linkItems(expectation, items, itemOrder));
  const matrices = { spheres: sphereMatrix(linked, items), items: itemMatrix(linked, items) };
  return { ...matrices, warnings: warningsOf(linked, items, matrices, thresholds) };
}
