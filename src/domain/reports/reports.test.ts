import { describe, expect, it } from "vitest";
import { exportHeaders } from "../import/index.ts";
import {
  indicatorChart,
  type Report,
  type ReportItem,
  reportOutline,
  reportSheets,
  topDifferences,
  translator,
} from "./index.ts";

function item(name: string, overrides: Partial<ReportItem> = {}): ReportItem {
  return {
    id: `00000000-0000-4000-8000-${String(name.length).padStart(12, "0")}`,
    name,
    description: "",
    kind: "activity",
    sphere: "communal",
    areas: [],
    themes: ["meeting"],
    carriedBy: "volunteers",
    funding: "",
    reach: "",
    updatedAt: "2026-01-01T00:00:00.000Z",
    figures: null,
    disagreement: null,
    groups: [],
    decision: null,
    ...overrides,
  };
}

const figures = (scorers: number, degree: number) => ({
  scorers,
  degree,
  outcome: degree >= 0.65 ? ("rather_in" as const) : ("edge" as const),
  overall: "doubt" as const,
  proposedSphere: null,
  insufficient: scorers < 3,
});

function report(items: ReportItem[]): Report {
  return {
    workspace: { slug: "gemeente", name: "Gemeente" },
    generatedAt: "2026-03-01T10:00:00.000Z",
    source: { kind: "workspace" },
    session: null,
    thresholds: { lower: 0.35, upper: 0.65 },
    criteria: [
      { key: "C1", set: "contributes", label: null, explanation: null, weight: 2, version: 1 },
    ],
    scorers: 7,
    items,
    expectations: [],
    warnings: [],
    roles: [],
    actions: [],
    budget: { rows: [], total: 0 },
    indicators: [
      {
        id: "i",
        name: "Vrijwilligers",
        unit: "",
        direction: "higher_is_better",
        source: "",
        measurements: [
          { date: "2025-01-01", value: 10, note: "" },
          { date: "2026-01-01", value: 12.5, note: "" },
        ],
        trend: "better",
      },
    ],
    comparison: null,
  };
}

describe("the report outline", () => {
  const items = [
    item("Buurtmaaltijd", {
      figures: figures(7, 0.7),
      disagreement: 0.2,
      groups: [
        { ...figures(4, 0.8), group: { key: "residents", name: null }, pooled: false },
        { ...figures(3, 0.6), group: null, pooled: true },
      ],
      decision: { decision: "in", reason: "Iedereen welkom", decidedAt: null },
    }),
    item("Repaircafé", { figures: figures(5, 0.5), disagreement: 0.6 }),
    item("Te weinig", { figures: figures(2, 0.1), disagreement: 0.9 }),
  ];
  const blocks = reportOutline(report(items), translator("nl"), "nl");

  it("starts with the title and says that small groups are pooled", () => {
    expect(blocks[0]).toEqual({ kind: "title", text: "Onze sociale basis — Gemeente" });
    const text = JSON.stringify(blocks);
    expect(text).toContain("minder dan 3 deelnemers");
    expect(text).toContain("kleinere groepen samen");
    expect(text).toContain("C1. meer verbinding");
    expect(text).toContain("(gewicht 2)");
    expect(text).toContain("eerder wel (70%)");
  });

  it("shows where views differ most, only for items with 3 or more scores", () => {
    expect(topDifferences(report(items)).map((i) => i.name)).toEqual([
      "Repaircafé",
      "Buurtmaaltijd",
    ]);
    const headings = blocks.filter((b) => b.kind === "heading").map((b) => b.text);
    expect(headings).toContain("Repaircafé");
    expect(headings).not.toContain("Te weinig");
  });

  it("draws each indicator as a chart followed by its table", () => {
    const chart = blocks.findIndex((b) => b.kind === "chart");
    expect(blocks[chart + 1]).toMatchObject({
      kind: "table",
      rows: [
        ["1 januari 2025", "10", "—"],
        ["1 januari 2026", "12,5", "—"],
      ],
    });
  });

  it("is in English with the English catalogue", () => {
    const english = reportOutline(report(items), translator("en"), "en");
    expect(english[0]).toEqual({ kind: "title", text: "Our social base — Gemeente" });
    expect(JSON.stringify(english)).toContain("rather in (70%)");
  });
});

describe("the report's tables", () => {
  it("has the columns of the import for items, and numbers as numbers", () => {
    const sheets = reportSheets(
      report([item("Buurtmaaltijd", { figures: figures(7, 0.7), disagreement: 0.25 })]),
      translator("nl"),
      "nl",
    );
    expect(sheets.map((s) => s.entity)).toEqual([
      "items",
      "scores",
      "decisions",
      "expectations",
      "actions",
      "indicators",
    ]);
    expect(sheets[0]!.columns).toEqual([...exportHeaders]);
    expect(sheets[1]!.rows[0]).toEqual([
      "Buurtmaaltijd",
      "Alle deelnemers",
      7,
      70,
      "eerder wel",
      "twijfel",
      null,
      25,
      "nee",
    ]);
    expect(sheets[5]!.rows.map((r) => r[5])).toEqual([10, 12.5]);
  });
});

describe("indicator charts", () => {
  it("puts every point inside the plot, on an axis from 0", () => {
    const g = indicatorChart([
      { date: "2026-01-01", value: 40 },
      { date: "2024-01-01", value: 12 },
      { date: "2025-01-01", value: 25 },
    ]);
    expect(g.ticks[0]!.value).toBe(0);
    expect(g.points.map((p) => p.date)).toEqual(["2024-01-01", "2025-01-01", "2026-01-01"]);
    for (const p of g.points) {
      expect(p.x).toBeGreaterThanOrEqual(g.plot.left);
      expect(p.x).toBeLessThanOrEqual(g.plot.right);
      expect(p.y).toBeGreaterThanOrEqual(g.plot.top);
      expect(p.y).toBeLessThanOrEqual(g.plot.bottom);
    }
    expect(g.path.startsWith("M")).toBe(true);
    expect(indicatorChart([{ date: "2026-01-01", value: 3 }]).path).toBe("");
  });
});

describe("translator", () => {
  it("fills placeholders and gives the key back when a text is missing", () => {
    expect(translator("nl")("reports.document.title", { workspace: "X" })).toBe(
      "Onze sociale basis — X",
    );
    expect(translator("nl")("reports.nope")).toBe("reports.nope");
  });

  it("takes the singular for one, as i18next does in the browser", () => {
    const nl = translator("nl");
    expect(nl("reports.document.summaryPlan", { count: 1, budget: "€ 5" })).toBe(
      "1 actie in het actieplan, met € 5 budget.",
    );
    expect(nl("reports.document.summaryPlan", { count: 2, budget: "€ 5" })).toBe(
      "2 acties in het actieplan, met samen € 5 budget.",
    );
    expect(nl("reports.document.summaryItems", { count: 0 })).toBe(
      "De inventaris telt 0 ingrediënten.",
    );
    expect(translator("en")("reports.document.summaryIndicators", { count: 1 })).toBe(
      "1 indicator to follow what changes.",
    );
  });
});
