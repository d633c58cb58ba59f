import { decisionValues } from "../delimitation.schemas.ts";
import type { Language } from "../i18n/index.ts";
import { type Sphere, spheres } from "../spheres.ts";
import { type ReportFormatter, reportFormat, type Translate } from "./format.ts";
import { type Report, topDifferences } from "./model.ts";
import { reportText } from "./text.ts";

/** One piece of a report document: what the Word file and the print page both render. */
export type ReportBlock =
  | { kind: "title"; text: string }
  | { kind: "heading"; level: 2 | 3; text: string }
  | { kind: "paragraph"; text: string; note?: boolean }
  | { kind: "list"; items: string[] }
  | {
      kind: "table";
      caption: string;
      columns: string[];
      rows: string[][];
      /** Columns with numbers, aligned right. */
      numeric?: number[];
    }
  | {
      kind: "chart";
      caption: string;
      unit: string;
      measurements: { date: string; value: number }[];
    };

/**
 * The report as a document in one language: "Onze sociale basis — <workspace>" with a summary,
 * the criteria, per sphere the items with outcome, decision and reason, where views differed most
 * (by stakeholder group, small groups pooled), expectations with realism and load warnings,
 * roles per sphere, the action plan with budgets, indicators as charts and tables, and the
 * comparison with an earlier snapshot when asked for.
 */
export function reportOutline(report: Report, t: Translate, language: Language): ReportBlock[] {
  const f: ReportFormatter = reportFormat(language);
  const x = reportText(report, t, f, language);
  const { d } = x;
  const c = (key: string) => t(`reports.columns.${key}`);
  const blocks: ReportBlock[] = [];
  const fromSnapshot = report.source.kind === "snapshot";

  blocks.push({ kind: "title", text: x.title });
  blocks.push({ kind: "paragraph", text: d("made", { date: f.day(report.generatedAt) }) });
  if (report.source.kind === "snapshot") {
    blocks.push({
      kind: "paragraph",
      note: true,
      text: d("fromSnapshot", {
        label: report.source.label,
        date: f.day(report.source.takenAt),
      }),
    });
  }
  if (report.session) {
    blocks.push({
      kind: "paragraph",
      note: true,
      text: d("fromSession", { title: report.session.title, date: f.date(report.session.date) }),
    });
  }
  blocks.push({ kind: "paragraph", note: true, text: d("privacy") });

  // Summary
  const decided = (value: string | null) =>
    report.items.filter((i) => (i.decision?.decision ?? null) === value).length;
  blocks.push({ kind: "heading", level: 2, text: d("summaryTitle") });
  blocks.push({ kind: "paragraph", text: d("summaryItems", { count: report.items.length }) });
  blocks.push({
    kind: "paragraph",
    text: d("summaryDecisions", {
      in: decided("in"),
      edge: decided("edge"),
      out: decided("out"),
      undecided: decided(null),
    }),
  });
  if (report.scorers !== null) {
    blocks.push({ kind: "paragraph", text: d("summaryScorers", { count: report.scorers }) });
  }
  blocks.push({
    kind: "list",
    items: [...spheres, null].map((s) =>
      d("summarySphere", {
        sphere: x.sphere(s),
        count: report.items.filter((i) => i.sphere === s).length,
      }),
    ),
  });
  blocks.push({
    kind: "list",
    items: [
      d("summaryExpectations", {
        count: report.expectations.length,
        warnings: report.warnings.length,
      }),
      d("summaryPlan", { count: report.actions.length, budget: f.euro(report.budget.total) }),
      d("summaryIndicators", { count: report.indicators.length }),
    ],
  });

  // Criteria
  blocks.push({ kind: "heading", level: 2, text: d("criteriaTitle") });
  if (fromSnapshot) {
    blocks.push({ kind: "paragraph", text: d("criteriaFromSnapshot") });
  } else {
    for (const set of ["contributes", "characteristic"] as const) {
      const inSet = report.criteria.filter((k) => k.set === set);
      if (!inSet.length) continue;
      blocks.push({ kind: "paragraph", text: t(`criteria.sets.${set}`) });
      blocks.push({
        kind: "list",
        items: inSet.map((k) => {
          const label = d("criterion", {
            key: k.key,
            label: k.label ?? t(`criteria.${k.key}.label`),
          });
          return k.weight === 1 ? label : d("weight", { label, weight: k.weight });
        }),
      });
    }
    blocks.push({
      kind: "paragraph",
      text: d("thresholds", {
        lower: f.percent(report.thresholds.lower),
        upper: f.percent(report.thresholds.upper),
      }),
    });
  }

  // Per sphere
  blocks.push({ kind: "heading", level: 2, text: d("spheresTitle") });
  blocks.push({ kind: "paragraph", text: d("spheresIntro") });
  const decisionOrder = [...decisionValues, null];
  for (const s of [...spheres, null] as (Sphere | null)[]) {
    const inSphere = report.items
      .filter((i) => i.sphere === s)
      .sort(
        (a, b) =>
          decisionOrder.indexOf(a.decision?.decision ?? null) -
            decisionOrder.indexOf(b.decision?.decision ?? null) ||
          a.name.localeCompare(b.name, "nl"),
      );
    if (!inSphere.length) continue;
    blocks.push({ kind: "heading", level: 3, text: x.sphere(s) });
    blocks.push({
      kind: "table",
      caption: d("sphereCaption", { sphere: x.sphere(s) }),
      columns: [c("item"), c("outcome"), c("decision"), c("reason")],
      rows: inSphere.map((i) => [
        i.name,
        fromSnapshot ? d("empty") : x.outcome(i.figures),
        x.decision(i.decision?.decision ?? null),
        i.decision?.reason || d("empty"),
      ]),
    });
  }

  // Where views differed most
  if (!fromSnapshot) {
    blocks.push({ kind: "heading", level: 2, text: d("differencesTitle") });
    const top = topDifferences(report);
    if (!top.length) {
      blocks.push({ kind: "paragraph", text: d("differencesNone") });
    } else {
      blocks.push({ kind: "paragraph", text: d("differencesIntro") });
    }
    for (const item of top) {
      const figures = item.figures!;
      blocks.push({ kind: "heading", level: 3, text: item.name });
      blocks.push({
        kind: "paragraph",
        text: d("differenceSummary", {
          count: figures.scorers,
          degree: figures.degree === null ? d("empty") : f.percent(figures.degree),
          outcome: figures.outcome ? t(`delimitation.outcomes.${figures.outcome}`) : d("empty"),
          disagreement: f.percent(item.disagreement ?? 0),
        }),
      });
      if (!item.groups.length) {
        blocks.push({ kind: "paragraph", text: d("noGroups") });
        continue;
      }
      blocks.push({
        kind: "table",
        caption: d("groupsCaption", { item: item.name }),
        columns: [c("group"), c("scorers"), c("outcome"), c("overall")],
        numeric: [1],
        rows: [
          [d("everyone"), String(figures.scorers), x.outcome(figures), x.overall(figures.overall)],
          ...item.groups.map((g) => [
            x.group(g.group, g.pooled),
            String(g.scorers),
            x.outcome(g),
            x.overall(g.overall),
          ]),
        ],
      });
    }
  }

  // Expectations
  blocks.push({ kind: "heading", level: 2, text: d("expectationsTitle") });
  if (!report.expectations.length) {
    blocks.push({ kind: "paragraph", text: d("expectationsNone") });
  } else {
    blocks.push({ kind: "paragraph", text: d("expectationsIntro") });
    blocks.push({
      kind: "table",
      caption: d("expectationsCaption"),
      columns: [c("expectation"), c("source"), c("spheres"), c("realism")],
      rows: report.expectations.map((e) => [
        e.title,
        [e.source, e.page].filter(Boolean).join(", ") || d("empty"),
        e.spheres.map((s) => x.sphere(s)).join(", ") || d("empty"),
        x.realism(e.realism, e.realismMedian, e.ratings),
      ]),
    });
  }
  if (!fromSnapshot) {
    blocks.push({ kind: "heading", level: 3, text: d("warningsTitle") });
    blocks.push(
      report.warnings.length
        ? { kind: "list", items: report.warnings.map((w) => x.warning(w)) }
        : { kind: "paragraph", text: d("noWarnings") },
    );
  }

  // Roles
  blocks.push({ kind: "heading", level: 2, text: d("rolesTitle") });
  for (const r of report.roles) {
    blocks.push({ kind: "heading", level: 3, text: t(`strengthening.sphereTitles.${r.sphere}`) });
    blocks.push({
      kind: "paragraph",
      text: r.roles.length
        ? d("rolesLine", {
            roles: r.roles.map((k) => t(`strengthening.roles.${k}.name`)).join(", "),
          })
        : d("noRoles"),
    });
    if (r.isDefault) {
      blocks.push({
        kind: "paragraph",
        text: d("rolesDefault", { reason: t(`strengthening.defaultReasons.${r.sphere}`) }),
      });
    } else if (r.explanation) {
      blocks.push({ kind: "paragraph", text: r.explanation });
    }
  }

  // Action plan
  blocks.push({ kind: "heading", level: 2, text: d("planTitle") });
  if (!report.actions.length) {
    blocks.push({ kind: "paragraph", text: d("planNone") });
  } else {
    blocks.push({
      kind: "table",
      caption: d("planCaption"),
      columns: [c("action"), c("status"), c("spheres"), c("owner"), c("budgetText"), c("period")],
      numeric: [4],
      rows: report.actions.map((a) => [
        a.title,
        t(`strengthening.statuses.${a.status}`),
        a.spheres.map((s) => x.sphere(s)).join(", ") || d("empty"),
        a.owner || d("empty"),
        a.budget === null ? d("empty") : f.euro(a.budget),
        a.from || a.until
          ? d("period", {
              from: a.from ? f.month(a.from) : "",
              until: a.until ? f.month(a.until) : "",
            }).trim()
          : d("empty"),
      ]),
    });
    blocks.push({
      kind: "table",
      caption: d("budgetCaption"),
      columns: [c("sphere"), c("count"), c("budgetText")],
      numeric: [1, 2],
      rows: report.budget.rows
        .filter((r) => r.actions > 0)
        .map((r) => [
          r.sphere ? x.sphere(r.sphere) : d("noSphere"),
          String(r.actions),
          f.euro(r.budget),
        ]),
    });
    blocks.push({
      kind: "paragraph",
      text: d("budgetTotal", { total: f.euro(report.budget.total) }),
    });
  }

  // Indicators
  blocks.push({ kind: "heading", level: 2, text: d("indicatorsTitle") });
  if (!report.indicators.length) blocks.push({ kind: "paragraph", text: d("indicatorsNone") });
  for (const i of report.indicators) {
    blocks.push({ kind: "heading", level: 3, text: i.name });
    const meta = [
      i.direction
        ? d("indicatorMeta", {
            direction: t(`strengthening.directions.${i.direction}`),
            trend: t(`strengthening.trends.${i.trend}`),
          })
        : "",
      i.source ? d("indicatorSource", { source: i.source }) : "",
    ].filter(Boolean);
    if (meta.length) blocks.push({ kind: "paragraph", text: meta.join(" · ") });
    if (!i.measurements.length) {
      blocks.push({ kind: "paragraph", text: d("notMeasured") });
      continue;
    }
    blocks.push({
      kind: "chart",
      caption: d("chartCaption", { name: i.name }),
      unit: i.unit,
      measurements: i.measurements.map((m) => ({ date: m.date, value: m.value })),
    });
    blocks.push({
      kind: "table",
      caption: d("measurementsCaption", { name: i.name }),
      columns: [c("date"), i.unit ? `${c("value")} (${i.unit})` : c("value"), c("note")],
      numeric: [1],
      rows: i.measurements.map((m) => [f.date(m.date), f.number(m.value), m.note || d("empty")]),
    });
  }

  // Comparison
  if (report.comparison) {
    blocks.push({
      kind: "heading",
      level: 2,
      text: d("comparisonTitle", {
        label: report.comparison.label,
        date: f.day(report.comparison.takenAt),
      }),
    });
    blocks.push(
      report.comparison.changes.length
        ? { kind: "list", items: report.comparison.changes.map((ch) => x.change(ch)) }
        : { kind: "paragraph", text: d("comparisonNone") },
    );
  }
  return blocks;
}
