import { minimumGroupSize } from "./scales.ts";

/** How a breakdown by stakeholder group may show groups without exposing anyone. */
export interface GroupSplit<G> {
  /** Groups shown on their own (each with at least `minimumGroupSize` people), in input order. */
  shown: G[];
  /** Groups pooled into one entry (null: people without a group), in input order. */
  pooled: (G | null)[];
  /** Whether the pool itself may be shown (at least `minimumGroupSize` people). */
  poolShown: boolean;
}

/**
 * A group with fewer than 3 people is never shown on its own, and people without a group always
 * go to the pool. When the pool has 1 or 2 people and groups are shown, the total minus the
 * shown groups would reveal the pool: the smallest shown group (the last of equals) joins it.
 */
export function splitGroups<G>(
  groups: readonly { group: G | null; people: number }[],
  minimum = minimumGroupSize,
): GroupSplit<G> {
  const shown = groups.filter((g) => g.group !== null && g.people >= minimum);
  const inPool = new Set(groups.filter((g) => !shown.includes(g)));
  const poolPeople = () => [...inPool].reduce((sum, g) => sum + g.people, 0);
  if (poolPeople() > 0 && poolPeople() < minimum && shown.length > 0) {
    let smallest = shown[0]!;
    for (const g of shown) if (g.people <= smallest.people) smallest = g;
    inPool.add(smallest);
  }
  return {
    shown: groups.filter((g) => !inPool.has(g)).map((g) => g.group as G),
    pooled: groups.filter((g) => inPool.has(g)).map((g) => g.group),
    poolShown: poolPeople() >= minimum,
  };
}
