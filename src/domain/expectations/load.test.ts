import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { carriers } from "../items.ts";
import { type Sphere, spheres } from "../spheres.ts";
import {
  analyseLoad,
  defaultLoadThresholds,
  type LoadAnalysis,
  type LoadExpectation,
  type LoadItem,
  type LoadWarning,
  type LoadWarningCode,
  loadWarningCodes,
} from "./load.ts";
import { aggregateRealism, type RealismRating } from "./realism.ts";

function item(id: string, fields: Partial<LoadItem> = {}): LoadItem {
  return {
    id,
    name: `Item ${id}`,
    sphere: "communal",
    carriedBy: "professionals",
    decision: "in",
    ...fields,
  };
}

function expectation(id: string, fields: Partial<LoadExpectation> = {}): LoadExpectation {
  return {
    id,
    title: `Expectation ${id}`,
    forces: [],
    relievesFormalCare: false,
    spheres: [],
    itemIds: [],
    realism: null,
    ...fields,
  };
}

function warnings<C extends LoadWarningCode>(
  analysis: LoadAnalysis,
  code: C,
): Extract<LoadWarning, { code: C }>[] {
  return analysis.warnings.filter((w): w is Extract<LoadWarning, { code: C }> => w.code === code);
}

describe("the expectations × spheres matrix", () => {
  const items = [
    item("p1", { sphere: "personal" }),
    item("p2", { sphere: "personal", decision: "out" }),
    item("c1", { sphere: "communal" }),
    item("u1", { sphere: null }),
    item("i1", { sphere: "institutional" }),
  ];
  const analysis = analyseLoad(
    [
      expectation("e1", { spheres: ["personal", "institutional"], itemIds: ["p1", "p2", "c1"] }),
      expectation("e2", {
        spheres: ["communal", "communal"],
        itemIds: ["c1", "u1", "ghost", "c1"],
      }),
      expectation("e3"),
    ],
    items,
  );

  it("counts linked items per sphere, a direct link as 1 only when no linked item is there", () => {
    const [e1, e2, e3] = analysis.spheres.rows;
    expect(e1!.cells).toEqual({
      personal: { direct: true, items: 2, links: 2 },
      communal: { direct: false, items: 1, links: 1 },
      institutional: { direct: true, items: 0, links: 1 },
    });
    expect(e1!.total).toBe(4);
    expect(e2!.cells.communal).toEqual({ direct: true, items: 1, links: 1 });
    expect(e2!.cells.personal.links + e2!.cells.institutional.links).toBe(0);
    expect(e2!.unplacedItems).toBe(1);
    expect(e2!.unknownItemIds).toEqual(["ghost"]);
    expect(e2!.total).toBe(1);
    expect(e3!.total).toBe(0);
  });

  it("totals each sphere: expectations once, links, item links and available items", () => {
    expect(analysis.spheres.totals).toEqual({
      personal: { expectations: 1, links: 2, itemLinks: 2, availableItems: 1 },
      communal: { expectations: 2, links: 2, itemLinks: 2, availableItems: 1 },
      institutional: { expectations: 1, links: 1, itemLinks: 0, availableItems: 1 },
    });
    expect(analysis.spheres.total).toBe(5);
  });

  it("drills down to items, with every item as a column and repeats counted once", () => {
    expect(analysis.items.rows).toEqual([
      { expectationId: "e1", itemIds: ["p1", "p2", "c1"], total: 3 },
      { expectationId: "e2", itemIds: ["c1", "u1"], total: 2 },
      { expectationId: "e3", itemIds: [], total: 0 },
    ]);
    const byId = Object.fromEntries(analysis.items.items.map((c) => [c.itemId, c]));
    expect(byId.c1).toMatchObject({ expectationIds: ["e1", "e2"], expectations: 2 });
    expect(byId.i1).toMatchObject({ expectationIds: [], expectations: 0 });
    expect(analysis.items.items.map((c) => c.itemId)).toEqual(["p1", "p2", "c1", "u1", "i1"]);
    expect(analysis.items.total).toBe(5);
  });

  it("rejects repeated ids and invalid thresholds", () => {
    expect(() => analyseLoad([expectation("e"), expectation("e")], [])).toThrow(RangeError);
    expect(() => analyseLoad([], [item("i"), item("i")])).toThrow(RangeError);
    expect(() =>
      analyseLoad([], [], { ...defaultLoadThresholds, manyExpectationsOnVolunteerItem: 0 }),
    ).toThrow(RangeError);
    expect(() => analyseLoad([], [], { ...defaultLoadThresholds, mainlyPersonalShare: 1 })).toThrow(
      RangeError,
    );
  });
});

describe("warning: leans on items decided out", () => {
  const items = [
    item("out1", { decision: "out", sphere: "institutional" }),
    item("edge1", { decision: "edge" }),
    item("open1", { decision: null }),
  ];

  it("names the expectation, the items decided out and how many of its items they are", () => {
    const analysis = analyseLoad(
      [expectation("e", { itemIds: ["out1", "edge1", "open1"] })],
      items,
    );
    expect(warnings(analysis, "leans_on_items_decided_out")).toEqual([
      {
        code: "leans_on_items_decided_out",
        expectationIds: ["e"],
        itemIds: ["out1"],
        spheres: ["institutional"],
        itemsDecidedOut: 1,
        linkedItems: 3,
      },
    ]);
  });

  it("does not warn for edge or undecided items, nor for a sphere that merely holds one", () => {
    const analysis = analyseLoad(
      [
        expectation("e1", { itemIds: ["edge1", "open1"] }),
        expectation("e2", { spheres: ["institutional"] }),
      ],
      items,
    );
    expect(warnings(analysis, "leans_on_items_decided_out")).toEqual([]);
  });
});

describe("warning: volunteer-carried item leaned on by many", () => {
  const items = [
    item("v", { carriedBy: "volunteers", sphere: "communal" }),
    item("m", { carriedBy: "mixed" }),
  ];

  it("warns at three expectations on one volunteer item", () => {
    const analysis = analyseLoad(
      ["e1", "e2", "e3"].map((id) => expectation(id, { itemIds: ["v"] })),
      items,
    );
    expect(warnings(analysis, "volunteer_item_leaned_on_by_many")).toEqual([
      {
        code: "volunteer_item_leaned_on_by_many",
        expectationIds: ["e1", "e2", "e3"],
        itemIds: ["v"],
        spheres: ["communal"],
        expectations: 3,
        threshold: 3,
      },
    ]);
  });

  it("does not warn at two expectations, even when one links the item twice", () => {
    const analysis = analyseLoad(
      [expectation("e1", { itemIds: ["v", "v"] }), expectation("e2", { itemIds: ["v"] })],
      items,
    );
    expect(warnings(analysis, "volunteer_item_leaned_on_by_many")).toEqual([]);
  });

  it("does not warn for a mixed item, nor for spheres linked without the item", () => {
    const analysis = analyseLoad(
      ["e1", "e2", "e3"].map((id) => expectation(id, { itemIds: ["m"], spheres: ["communal"] })),
      items,
    );
    expect(warnings(analysis, "volunteer_item_leaned_on_by_many")).toEqual([]);
  });
});

describe("warning: sphere expected to deliver with few items", () => {
  const communalItems = [
    item("c1"),
    item("c2"),
    item("c3", { decision: "out" }),
    item("p1", { sphere: "personal" }),
  ];

  it("warns when a leaned-on sphere has fewer than three items not decided out", () => {
    const analysis = analyseLoad(
      [expectation("e1", { spheres: ["communal"] }), expectation("e2", { itemIds: ["c1"] })],
      communalItems,
    );
    expect(warnings(analysis, "sphere_with_few_items")).toEqual([
      {
        code: "sphere_with_few_items",
        expectationIds: ["e1", "e2"],
        itemIds: ["c1", "c2"],
        spheres: ["communal"],
        availableItems: 2,
        threshold: 3,
      },
    ]);
  });

  it("warns for a sphere without any item", () => {
    const analysis = analyseLoad([expectation("e", { spheres: ["institutional"] })], []);
    expect(warnings(analysis, "sphere_with_few_items")).toMatchObject([
      { spheres: ["institutional"], availableItems: 0, itemIds: [] },
    ]);
  });

  it("does not warn at three items, nor for a thin sphere nobody leans on", () => {
    const analysis = analyseLoad(
      [expectation("e", { spheres: ["communal"] })],
      [...communalItems, item("c4")],
    );
    // Personal has a single item but no expectation leans on it.
    expect(warnings(analysis, "sphere_with_few_items")).toEqual([]);
  });
});

describe("warning: relieving formal care, leaning mainly on the personal sphere", () => {
  const items = [
    item("p1", { sphere: "personal" }),
    item("p2", { sphere: "personal" }),
    item("c1", { sphere: "communal" }),
    item("u1", { sphere: null }),
  ];
  const relieving = (fields: Partial<LoadExpectation>) =>
    expectation("e", { relievesFormalCare: true, ...fields });

  it("warns when more than half of the links are personal (2 of 3)", () => {
    const analysis = analyseLoad(
      [relieving({ itemIds: ["p1", "p2"], spheres: ["communal"] })],
      items,
    );
    expect(warnings(analysis, "formal_care_relief_mainly_personal")).toEqual([
      {
        code: "formal_care_relief_mainly_personal",
        expectationIds: ["e"],
        itemIds: ["p1", "p2"],
        spheres: ["personal"],
        personalLinks: 2,
        totalLinks: 3,
        threshold: 0.5,
      },
    ]);
  });

  it("warns on a direct link to the personal sphere alone", () => {
    const analysis = analyseLoad([relieving({ spheres: ["personal"] })], items);
    expect(warnings(analysis, "formal_care_relief_mainly_personal")).toMatchObject([
      { personalLinks: 1, totalLinks: 1, itemIds: [] },
    ]);
  });

  it("does not warn at exactly half", () => {
    const analysis = analyseLoad([relieving({ itemIds: ["p1", "c1"] })], items);
    expect(warnings(analysis, "formal_care_relief_mainly_personal")).toEqual([]);
  });

  it("does not count a direct personal link on top of personal items", () => {
    // Counted twice, personal would be 2 of 3 and warn; counted once it is 1 of 2.
    const analysis = analyseLoad(
      [relieving({ spheres: ["personal"], itemIds: ["p1", "c1"] })],
      items,
    );
    expect(warnings(analysis, "formal_care_relief_mainly_personal")).toEqual([]);
  });

  it("counts unplaced items in the whole, so they never make it 'mainly personal'", () => {
    const analysis = analyseLoad([relieving({ itemIds: ["p1", "u1"] })], items);
    expect(warnings(analysis, "formal_care_relief_mainly_personal")).toEqual([]);
  });

  it("does not warn when the purpose is not relieving formal care", () => {
    const analysis = analyseLoad(
      [expectation("e", { itemIds: ["p1", "p2"], spheres: ["personal"] })],
      items,
    );
    expect(warnings(analysis, "formal_care_relief_mainly_personal")).toEqual([]);
  });
});

describe("warning: rated unrealistic by most", () => {
  const rated = (id: string, ratings: RealismRating[]) =>
    expectation(id, { realism: aggregateRealism(ratings) });

  it("warns when more than half of at least three ratings on the scale are unrealistic", () => {
    const analysis = analyseLoad(
      [
        rated("two-of-three", ["unrealistic", "unrealistic", "realistic"]),
        rated("with-unknown", ["unrealistic", "unrealistic", "partly", "unknown", "unknown"]),
        rated("three-of-five", ["unrealistic", "unrealistic", "unrealistic", "partly", "partly"]),
      ],
      [],
    );
    expect(warnings(analysis, "rated_unrealistic_by_most")).toEqual([
      {
        code: "rated_unrealistic_by_most",
        expectationIds: ["two-of-three"],
        itemIds: [],
        spheres: [],
        unrealistic: 2,
        n: 3,
      },
      expect.objectContaining({ expectationIds: ["with-unknown"], unrealistic: 2, n: 3 }),
      expect.objectContaining({ expectationIds: ["three-of-five"], unrealistic: 3, n: 5 }),
    ]);
  });

  it("does not warn below three ratings, at exactly half, or without ratings", () => {
    const analysis = analyseLoad(
      [
        rated("two-of-two", ["unrealistic", "unrealistic"]),
        rated("unknowns", ["unrealistic", "unrealistic", "unknown"]),
        rated("half", ["unrealistic", "unrealistic", "partly", "realistic"]),
        expectation("unrated"),
      ],
      [],
    );
    expect(warnings(analysis, "rated_unrealistic_by_most")).toEqual([]);
  });
});

it("orders warnings by code, then by input order", () => {
  const analysis = analyseLoad(
    [
      expectation("e1", {
        relievesFormalCare: true,
        itemIds: ["out"],
        realism: aggregateRealism(["unrealistic", "unrealistic", "unrealistic"]),
      }),
      expectation("e2", { itemIds: ["out"] }),
    ],
    [item("out", { sphere: "personal", decision: "out" })],
  );
  expect(analysis.warnings.map((w) => [w.code, w.expectationIds])).toEqual([
    ["leans_on_items_decided_out", ["e1"]],
    ["leans_on_items_decided_out", ["e2"]],
    ["sphere_with_few_items", ["e1", "e2"]],
    ["formal_care_relief_mainly_personal", ["e1"]],
    ["rated_unrealistic_by_most", ["e1"]],
  ]);
});

// Random workspaces: a handful of items and expectations linking into them (and to unknown ids).
const itemIdPool = ["a", "b", "c", "d", "e", "f", "g"];
const itemsArbitrary = fc
  .uniqueArray(fc.constantFrom(...itemIdPool), { maxLength: itemIdPool.length })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc.record({
          id: fc.constant(id),
          name: fc.constant(id),
          sphere: fc.option(fc.constantFrom(...spheres), { nil: null }),
          carriedBy: fc.constantFrom(...carriers),
          decision: fc.option(fc.constantFrom("in" as const, "edge" as const, "out" as const), {
            nil: null,
          }),
        }),
      ),
    ),
  );
const expectationArbitrary = (id: string) =>
  fc.record({
    id: fc.constant(id),
    title: fc.constant(id),
    forces: fc.constant([]),
    relievesFormalCare: fc.boolean(),
    spheres: fc.array(fc.constantFrom(...spheres), { maxLength: 4 }),
    itemIds: fc.array(fc.constantFrom(...itemIdPool, "ghost"), { maxLength: 6 }),
    realism: fc.option(
      fc
        .array(fc.constantFrom<RealismRating>("realistic", "partly", "unrealistic", "unknown"), {
          maxLength: 6,
        })
        .map(aggregateRealism),
      { nil: null },
    ),
  });
const expectationsArbitrary = fc
  .integer({ min: 0, max: 6 })
  .chain((count) =>
    fc.tuple(...Array.from({ length: count }, (_, i) => expectationArbitrary(`x${i}`))),
  );
const thresholdsArbitrary = fc.record({
  manyExpectationsOnVolunteerItem: fc.integer({ min: 1, max: 4 }),
  fewItemsInSphere: fc.integer({ min: 1, max: 4 }),
  mainlyPersonalShare: fc.constantFrom(0, 0.25, 0.5, 0.75),
});

describe("load analysis properties", () => {
  it("row totals and column totals of both matrices add up to the same number", () => {
    fc.assert(
      fc.property(expectationsArbitrary, itemsArbitrary, (expectations, items) => {
        const { spheres: bySphere, items: byItem } = analyseLoad(expectations, items);
        for (const row of bySphere.rows) {
          expect(row.total).toBe(spheres.reduce((sum, s) => sum + row.cells[s].links, 0));
        }
        for (const s of spheres) {
          expect(bySphere.totals[s].links).toBe(
            bySphere.rows.reduce((sum, row) => sum + row.cells[s].links, 0),
          );
          expect(bySphere.totals[s].expectations).toBe(
            bySphere.rows.filter((row) => row.cells[s].links > 0).length,
          );
        }
        const columnSum = spheres.reduce((sum, s) => sum + bySphere.totals[s].links, 0);
        expect(columnSum).toBe(bySphere.total);
        expect(bySphere.rows.reduce((sum, row) => sum + row.total, 0)).toBe(bySphere.total);

        const itemColumnSum = byItem.items.reduce((sum, column) => sum + column.expectations, 0);
        expect(itemColumnSum).toBe(byItem.total);
        expect(byItem.rows.reduce((sum, row) => sum + row.total, 0)).toBe(byItem.total);
        // Every item link is either in a sphere column or unplaced.
        const placedItemLinks = spheres.reduce((sum, s) => sum + bySphere.totals[s].itemLinks, 0);
        const unplaced = bySphere.rows.reduce((sum, row) => sum + row.unplacedItems, 0);
        expect(placedItemLinks + unplaced).toBe(byItem.total);
      }),
    );
  });

  it("warnings name only known expectations, items and spheres, with a known code", () => {
    fc.assert(
      fc.property(
        expectationsArbitrary,
        itemsArbitrary,
        thresholdsArbitrary,
        (expectations, items, thresholds) => {
          const expectationIds = new Set(expectations.map((e) => e.id));
          const itemIds = new Set(items.map((i) => i.id));
          for (const warning of analyseLoad(expectations, items, thresholds).warnings) {
            expect(loadWarningCodes).toContain(warning.code);
            for (const id of warning.expectationIds) expect(expectationIds.has(id)).toBe(true);
            for (const id of warning.itemIds) expect(itemIds.has(id)).toBe(true);
            for (const s of warning.spheres) expect(spheres).toContain(s);
            expect(warning.expectationIds.length + warning.itemIds.length).toBeGreaterThan(0);
          }
        },
      ),
    );
  });

  it("adding a link never removes a lean on a sphere or an item", () => {
    const link = fc.oneof(
      fc.record({ sphere: fc.constantFrom<Sphere>(...spheres) }),
      fc.record({ itemId: fc.constantFrom(...itemIdPool, "ghost") }),
    );
    fc.assert(
      fc.property(
        expectationsArbitrary.filter((list) => list.length > 0),
        itemsArbitrary,
        fc.nat(),
        link,
        (expectations, items, pick, added) => {
          const index = pick % expectations.length;
          const target = expectations[index]!;
          const changed = expectations.map((e, i) =>
            i !== index
              ? e
              : "sphere" in added
                ? { ...e, spheres: [...e.spheres, added.sphere] }
                : { ...e, itemIds: [...e.itemIds, added.itemId] },
          );
          const before = analyseLoad(expectations, items);
          const after = analyseLoad(changed, items);
          for (const s of spheres) {
            expect(after.spheres.totals[s].expectations).toBeGreaterThanOrEqual(
              before.spheres.totals[s].expectations,
            );
            before.spheres.rows.forEach((row, i) => {
              expect(after.spheres.rows[i]!.cells[s].links).toBeGreaterThanOrEqual(
                row.cells[s].links,
              );
            });
          }
          before.items.rows.forEach((row, i) => {
            expect(after.items.rows[i]!.itemIds).toEqual(expect.arrayContaining(row.itemIds));
          });
          expect(after.spheres.rows[index]!.expectationId).toBe(target.id);
        },
      ),
    );
  });
});
