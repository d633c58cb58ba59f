import { z } from "zod";
import type { Decision } from "../delimitation.schemas.ts";
import type { OrdinalRealismRating } from "../expectations/index.ts";
import type { Sphere } from "../spheres.ts";
import type { ActionStatus } from "./plan.ts";
import type { RoleKey } from "./roles.ts";

export const snapshotInputSchema = z.strictObject({
  label: z.string().trim().min(1).max(200),
});

/** What a snapshot freezes: the delimitation, expectations, roles, plan and indicators. */
export interface SnapshotContent {
  /** Current (not archived) items. */
  items: { id: string; name: string; sphere: Sphere | null }[];
  /** The latest decision per item. */
  decisions: { itemId: string; decision: Decision; reason: string }[];
  expectations: {
    id: string;
    title: string;
    /** Median of the realism ratings on the scale; null when not rated. */
    realism: OrdinalRealismRating | null;
    ratings: number;
  }[];
  roles: { sphere: Sphere; roles: RoleKey[]; explanation: string }[];
  actions: { id: string; title: string; status: ActionStatus; budget: number | null }[];
  indicators: {
    id: string;
    name: string;
    unit: string;
    latest: { date: string; value: number } | null;
  }[];
}

/** One difference between two moments, as a council member would read it (texts in the catalogue). */
export type SnapshotChange =
  | { kind: "item_added"; name: string; sphere: Sphere | null }
  | { kind: "item_removed"; name: string }
  | { kind: "item_moved"; name: string; from: Sphere | null; to: Sphere | null }
  | {
      kind: "decision_changed";
      name: string;
      from: Decision | null;
      to: Decision | null;
      reason: string;
    }
  | { kind: "expectation_added"; title: string }
  | { kind: "expectation_removed"; title: string }
  | {
      kind: "expectation_rerated";
      title: string;
      from: OrdinalRealismRating | null;
      to: OrdinalRealismRating | null;
      ratings: number;
    }
  | {
      kind: "roles_changed";
      sphere: Sphere;
      added: RoleKey[];
      removed: RoleKey[];
      explanationChanged: boolean;
    }
  | { kind: "action_added"; title: string; status: ActionStatus; budget: number | null }
  | { kind: "action_removed"; title: string }
  | { kind: "action_status"; title: string; from: ActionStatus; to: ActionStatus }
  | { kind: "action_budget"; title: string; from: number | null; to: number | null }
  | { kind: "indicator_added"; name: string }
  | { kind: "indicator_removed"; name: string }
  | {
      kind: "indicator_changed";
      name: string;
      unit: string;
      from: { date: string; value: number } | null;
      to: { date: string; value: number } | null;
    };

function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((x) => [x.id, x]));
}

/**
 * What changed from `before` to `after`: items added, removed or moved to another sphere,
 * decisions changed, expectations added or re-rated, roles changed, actions started, finished or
 * re-budgeted, indicators with a new latest value. Grouped in that order; within a group in the
 * order of `after` (removals in the order of `before`). Comparing a snapshot with itself gives
 * nothing.
 */
export function compareSnapshots(
  before: SnapshotContent,
  after: SnapshotContent,
): SnapshotChange[] {
  const changes: SnapshotChange[] = [];

  const itemsBefore = byId(before.items);
  const itemsAfter = byId(after.items);
  for (const item of after.items) {
    const old = itemsBefore.get(item.id);
    if (!old) changes.push({ kind: "item_added", name: item.name, sphere: item.sphere });
    else if (old.sphere !== item.sphere) {
      changes.push({ kind: "item_moved", name: item.name, from: old.sphere, to: item.sphere });
    }
  }
  for (const item of before.items) {
    if (!itemsAfter.has(item.id)) changes.push({ kind: "item_removed", name: item.name });
  }

  const decisionsBefore = new Map(before.decisions.map((d) => [d.itemId, d]));
  const decisionsAfter = new Map(after.decisions.map((d) => [d.itemId, d]));
  for (const item of after.items) {
    const from = decisionsBefore.get(item.id)?.decision ?? null;
    const to = decisionsAfter.get(item.id);
    if (from !== (to?.decision ?? null)) {
      changes.push({
        kind: "decision_changed",
        name: item.name,
        from,
        to: to?.decision ?? null,
        reason: to?.reason ?? "",
      });
    }
  }

  const expectationsBefore = byId(before.expectations);
  const expectationsAfter = byId(after.expectations);
  for (const e of after.expectations) {
    const old = expectationsBefore.get(e.id);
    if (!old) changes.push({ kind: "expectation_added", title: e.title });
    else if (old.realism !== e.realism) {
      changes.push({
        kind: "expectation_rerated",
        title: e.title,
        from: old.realism,
        to: e.realism,
        ratings: e.ratings,
      });
    }
  }
  for (const e of before.expectations) {
    if (!expectationsAfter.has(e.id)) changes.push({ kind: "expectation_removed", title: e.title });
  }

  for (const roles of after.roles) {
    const old = before.roles.find((r) => r.sphere === roles.sphere);
    const oldRoles = old?.roles ?? [];
    const added = roles.roles.filter((r) => !oldRoles.includes(r));
    const removed = oldRoles.filter((r) => !roles.roles.includes(r));
    const explanationChanged = (old?.explanation ?? "") !== roles.explanation;
    if (added.length || removed.length || explanationChanged) {
      changes.push({
        kind: "roles_changed",
        sphere: roles.sphere,
        added,
        removed,
        explanationChanged,
      });
    }
  }

  const actionsBefore = byId(before.actions);
  const actionsAfter = byId(after.actions);
  for (const a of after.actions) {
    const old = actionsBefore.get(a.id);
    if (!old) {
      changes.push({ kind: "action_added", title: a.title, status: a.status, budget: a.budget });
      continue;
    }
    if (old.status !== a.status)
      changes.push({ kind: "action_status", title: a.title, from: old.status, to: a.status });
    if (old.budget !== a.budget)
      changes.push({ kind: "action_budget", title: a.title, from: old.budget, to: a.budget });
  }
  for (const a of before.actions) {
    if (!actionsAfter.has(a.id)) changes.push({ kind: "action_removed", title: a.title });
  }

  const indicatorsBefore = byId(before.indicators);
  const indicatorsAfter = byId(after.indicators);
  for (const i of after.indicators) {
    const old = indicatorsBefore.get(i.id);
    if (!old) changes.push({ kind: "indicator_added", name: i.name });
    else if (old.latest?.date !== i.latest?.date || old.latest?.value !== i.latest?.value) {
      changes.push({
        kind: "indicator_changed",
        name: i.name,
        unit: i.unit,
        from: old.latest,
        to: i.latest,
      });
    }
  }
  for (const i of before.indicators) {
    if (!indicatorsAfter.has(i.id)) changes.push({ kind: "indicator_removed", name: i.name });
  }
  return changes;
}
