import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { spheres } from "../spheres.ts";
import { trendOf } from "./indicators.ts";
import { actionInputSchema, actionStatuses, budgetPerSphere } from "./plan.ts";
import { defaultRoles, roleKeys, rolesPerSphere, sphereRolesSchema } from "./roles.ts";
import { compareSnapshots, type SnapshotContent } from "./snapshot.ts";

const empty: SnapshotContent = {
  items: [],
  decisions: [],
  expectations: [],
  roles: [],
  actions: [],
  indicators: [],
};

const sphereOrNull = fc.constantFrom(...spheres, null);
const contentArb: fc.Arbitrary<SnapshotContent> = fc.record({
  items: fc.uniqueArray(
    fc.record({
      id: fc.constantFrom("a", "b", "c", "d", "e"),
      name: fc.string(),
      sphere: sphereOrNull,
    }),
    { selector: (i) => i.id },
  ),
  decisions: fc.uniqueArray(
    fc.record({
      itemId: fc.constantFrom("a", "b", "c", "d", "e"),
      decision: fc.constantFrom("in" as const, "edge" as const, "out" as const),
      reason: fc.string(),
    }),
    { selector: (d) => d.itemId },
  ),
  expectations: fc.uniqueArray(
    fc.record({
      id: fc.constantFrom("x", "y", "z"),
      title: fc.string(),
      realism: fc.constantFrom(
        "unrealistic" as const,
        "partly" as const,
        "realistic" as const,
        null,
      ),
      ratings: fc.nat(20),
    }),
    { selector: (e) => e.id },
  ),
  roles: fc.uniqueArray(
    fc.record({
      sphere: fc.constantFrom(...spheres),
      roles: fc.uniqueArray(fc.constantFrom(...roleKeys)),
      explanation: fc.string(),
    }),
    { selector: (r) => r.sphere },
  ),
  actions: fc.uniqueArray(
    fc.record({
      id: fc.constantFrom("p", "q", "r"),
      title: fc.string(),
      status: fc.constantFrom(...actionStatuses),
      budget: fc.option(fc.nat(100_000), { nil: null }),
    }),
    { selector: (a) => a.id },
  ),
  indicators: fc.uniqueArray(
    fc.record({
      id: fc.constantFrom("i", "j"),
      name: fc.string(),
      unit: fc.string(),
      latest: fc.option(
        fc.record({ date: fc.constantFrom("2025-01-01", "2026-01-01"), value: fc.integer() }),
        {
          nil: null,
        },
      ),
    }),
    { selector: (i) => i.id },
  ),
});

describe("comparing snapshots", () => {
  it("finds nothing between a snapshot and itself", () => {
    fc.assert(
      fc.property(contentArb, (content) => {
        expect(compareSnapshots(content, content)).toEqual([]);
      }),
    );
  });

  it("counts exactly the items added and removed", () => {
    fc.assert(
      fc.property(contentArb, contentArb, (before, after) => {
        const changes = compareSnapshots(before, after);
        const ids = (c: SnapshotContent) => new Set(c.items.map((i) => i.id));
        const added = [...ids(after)].filter((id) => !ids(before).has(id)).length;
        const removed = [...ids(before)].filter((id) => !ids(after).has(id)).length;
        expect(changes.filter((c) => c.kind === "item_added")).toHaveLength(added);
        expect(changes.filter((c) => c.kind === "item_removed")).toHaveLength(removed);
      }),
    );
  });

  it("reports in both directions what one direction reports, mirrored", () => {
    fc.assert(
      fc.property(contentArb, contentArb, (a, b) => {
        const forward = compareSnapshots(a, b);
        const backward = compareSnapshots(b, a);
        const count = (list: typeof forward, kind: string) =>
          list.filter((c) => c.kind === kind).length;
        expect(count(forward, "item_added")).toBe(count(backward, "item_removed"));
        expect(count(forward, "item_moved")).toBe(count(backward, "item_moved"));
        expect(count(forward, "action_added")).toBe(count(backward, "action_removed"));
        expect(count(forward, "action_status")).toBe(count(backward, "action_status"));
      }),
    );
  });

  it("describes a year of change the way a council member would read it", () => {
    const before: SnapshotContent = {
      ...empty,
      items: [
        { id: "1", name: "Burenhulp", sphere: "communal" },
        { id: "2", name: "Kinderopvang", sphere: "institutional" },
      ],
      decisions: [{ itemId: "1", decision: "edge", reason: "" }],
      actions: [{ id: "a", title: "Vrijwilligerspunt", status: "planned", budget: 20_000 }],
      roles: [{ sphere: "communal", roles: ["facilitate"], explanation: "" }],
    };
    const after: SnapshotContent = {
      ...empty,
      items: [
        { id: "1", name: "Burenhulp", sphere: "personal" },
        { id: "3", name: "Taalcafé", sphere: "communal" },
      ],
      decisions: [{ itemId: "1", decision: "in", reason: "hoort erbij" }],
      actions: [{ id: "a", title: "Vrijwilligerspunt", status: "running", budget: 25_000 }],
      roles: [
        { sphere: "communal", roles: ["facilitate", "appreciate"], explanation: "Waarderen" },
      ],
    };
    expect(compareSnapshots(before, after)).toEqual([
      { kind: "item_moved", name: "Burenhulp", from: "communal", to: "personal" },
      { kind: "item_added", name: "Taalcafé", sphere: "communal" },
      { kind: "item_removed", name: "Kinderopvang" },
      {
        kind: "decision_changed",
        name: "Burenhulp",
        from: "edge",
        to: "in",
        reason: "hoort erbij",
      },
      {
        kind: "roles_changed",
        sphere: "communal",
        added: ["appreciate"],
        removed: [],
        explanationChanged: true,
      },
      { kind: "action_status", title: "Vrijwilligerspunt", from: "planned", to: "running" },
      { kind: "action_budget", title: "Vrijwilligerspunt", from: 20_000, to: 25_000 },
    ]);
  });
});

describe("roles per sphere", () => {
  it("shows the defaults until the workspace chooses", () => {
    const roles = rolesPerSphere([
      { sphere: "communal", roles: ["connect"], explanation: "Wij verbinden" },
    ]);
    expect(roles.map((r) => r.isDefault)).toEqual([true, false, true]);
    expect(roles[0]!.roles).toEqual(defaultRoles.personal);
    expect(roles[1]!.roles).toEqual(["connect"]);
  });

  it("refuses a role twice or an unknown role", () => {
    expect(sphereRolesSchema.safeParse({ roles: ["fund", "fund"], explanation: "" }).success).toBe(
      false,
    );
    expect(sphereRolesSchema.safeParse({ roles: ["rule"], explanation: "" }).success).toBe(false);
  });
});

describe("the action plan", () => {
  it("adds budgets per sphere, counting an action in each of its spheres, without stopped ones", () => {
    const { rows, total } = budgetPerSphere([
      { spheres: ["communal", "institutional"], budget: 1000, status: "running" },
      { spheres: [], budget: 500, status: "idea" },
      { spheres: ["communal"], budget: 9999, status: "stopped" },
      { spheres: ["personal"], budget: null, status: "planned" },
    ]);
    expect(total).toBe(1500);
    expect(rows).toEqual([
      { sphere: "personal", budget: 0, actions: 1 },
      { sphere: "communal", budget: 1000, actions: 1 },
      { sphere: "institutional", budget: 1000, actions: 1 },
      { sphere: null, budget: 500, actions: 1 },
    ]);
  });

  it("refuses a period that ends before it starts", () => {
    expect(
      actionInputSchema.safeParse({ title: "X", from: "2026-05", until: "2026-04" }).success,
    ).toBe(false);
    expect(
      actionInputSchema.safeParse({ title: "X", from: "2026-05", until: "2026-13" }).success,
    ).toBe(false);
    expect(actionInputSchema.parse({ title: "X" })).toMatchObject({ status: "idea", budget: null });
  });
});

describe("indicator trends", () => {
  it("reads a change in the indicator's direction", () => {
    const m = (date: string, value: number) => ({ date, value, note: "" });
    expect(trendOf([m("2026-01-01", 5), m("2025-01-01", 3)], "higher_is_better")).toBe("better");
    expect(trendOf([m("2026-01-01", 5), m("2025-01-01", 3)], "lower_is_better")).toBe("worse");
    expect(trendOf([m("2026-01-01", 5)], "higher_is_better")).toBe("unknown");
    expect(trendOf([m("2026-01-01", 5), m("2025-01-01", 5)], "lower_is_better")).toBe("same");
  });
});
