import type { Language } from "../i18n/index.ts";
import { exportHeaders, itemToRow } from "../import/index.ts";
import { sphereLabel, themeLabel } from "../import/values.ts";
import { reportFormat, type Translate } from "./format.ts";
import type { Report, ReportEntity } from "./model.ts";
import { reportText } from "./text.ts";

export type SheetCell = string | number | null;

/** One entity of a report as a table: a worksheet in Excel, a file as CSV. */
export interface ReportSheet {
  entity: ReportEntity;
  name: string;
  columns: string[];
  rows: SheetCell[][];
}

const percent = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 10);

/**
 * The report's tables, items first. The items table has the columns and values of the import, so an
 * exported inventory imports back to the same items; the others have headers in `language`.
 */
export function reportSheets(report: Report, t: Translate, language: Language): ReportSheet[] {
  const f = reportFormat(language);
  const x = reportText(report, t, f, language);
  const c = (key: string) => t(`reports.columns.${key}`);
  const name = (entity: ReportEntity) => t(`reports.sheets.${entity}`);
  const empty = (value: string) => (value === "" ? null : value);

  const items: ReportSheet = {
    entity: "items",
    name: name("items"),
    columns: [...exportHeaders],
    rows: report.items.map((i) =>
      i.kind && i.carriedBy
        ? itemToRow({
            name: i.name,
            description: i.description,
            kind: i.kind,
            sphere: i.sphere,
            areas: i.areas.map((a) => a.name),
            themes: i.themes,
            carriedBy: i.carriedBy,
            funding: i.funding,
            reach: i.reach,
          })
        : [
            i.name,
            i.description,
            "",
            i.sphere ? sphereLabel[i.sphere] : "",
            i.areas.map((a) => a.name).join(", "),
            i.themes.map(themeLabel).join(", "),
            "",
            i.funding,
            i.reach,
          ],
    ),
  };

  const scores: ReportSheet = {
    entity: "scores",
    name: name("scores"),
    columns: [
      c("item"),
      c("group"),
      c("scorers"),
      c("degreePercent"),
      c("outcome"),
      c("overall"),
      c("proposedSphere"),
      c("disagreementPercent"),
      c("insufficient"),
    ],
    rows: report.items.flatMap((i) => {
      if (!i.figures) return [];
      const all = i.figures;
      return [
        [
          i.name,
          t("reports.document.everyone"),
          all.scorers,
          percent(all.degree),
          all.outcome ? t(`delimitation.outcomes.${all.outcome}`) : null,
          all.overall ? t(`delimitation.overall.${all.overall}`) : null,
          all.proposedSphere ? x.sphere(all.proposedSphere) : null,
          percent(i.disagreement),
          x.yesNo(all.insufficient),
        ],
        ...i.groups.map((g) => [
          i.name,
          x.group(g.group, g.pooled),
          g.scorers,
          percent(g.degree),
          g.outcome ? t(`delimitation.outcomes.${g.outcome}`) : null,
          g.overall ? t(`delimitation.overall.${g.overall}`) : null,
          g.proposedSphere ? x.sphere(g.proposedSphere) : null,
          null,
          x.yesNo(g.insufficient),
        ]),
      ];
    }),
  };

  const decisions: ReportSheet = {
    entity: "decisions",
    name: name("decisions"),
    columns: [c("item"), c("sphere"), c("decision"), c("reason"), c("decidedAt")],
    rows: report.items.map((i) => [
      i.name,
      x.sphere(i.sphere),
      x.decision(i.decision?.decision ?? null),
      empty(i.decision?.reason ?? ""),
      i.decision?.decidedAt ? i.decision.decidedAt.slice(0, 10) : null,
    ]),
  };

  const expectations: ReportSheet = {
    entity: "expectations",
    name: name("expectations"),
    columns: [
      c("expectation"),
      c("kind"),
      c("source"),
      c("page"),
      c("spheres"),
      c("linkedItems"),
      c("relievesFormalCare"),
      c("realism"),
      c("ratings"),
      c("unrealisticPercent"),
    ],
    rows: report.expectations.map((e) => {
      const median = e.realism?.median ?? e.realismMedian;
      return [
        e.title,
        t(e.nationalKey ? "expectations.national" : "expectations.local"),
        empty(e.source),
        empty(e.page),
        empty(e.spheres.map((s) => x.sphere(s)).join(", ")),
        e.itemIds.length,
        x.yesNo(e.relievesFormalCare),
        median ? t(`expectations.ratings.${median}`) : null,
        e.realism?.n ?? e.ratings,
        percent(e.realism?.unrealisticShare ?? null),
      ];
    }),
  };

  const actions: ReportSheet = {
    entity: "actions",
    name: name("actions"),
    columns: [
      c("action"),
      c("description"),
      c("status"),
      c("spheres"),
      c("owner"),
      c("budget"),
      c("starts"),
      c("ends"),
      c("items"),
    ],
    rows: report.actions.map((a) => [
      a.title,
      empty(a.description),
      t(`strengthening.statuses.${a.status}`),
      empty(a.spheres.map((s) => x.sphere(s)).join(", ")),
      empty(a.owner),
      a.budget,
      a.from,
      a.until,
      empty(a.itemIds.map((id) => x.itemName(id)).join(", ")),
    ]),
  };

  const indicators: ReportSheet = {
    entity: "indicators",
    name: name("indicators"),
    columns: [
      c("indicator"),
      c("unit"),
      c("direction"),
      c("source"),
      c("date"),
      c("value"),
      c("note"),
    ],
    rows: report.indicators.flatMap((i) => {
      const base = [
        i.name,
        empty(i.unit),
        i.direction ? t(`strengthening.directions.${i.direction}`) : null,
        empty(i.source),
      ];
      return i.measurements.length
        ? i.measurements.map((m) => [...base, m.date, m.value, empty(m.note)])
        : [[...base, null, null, null]];
    }),
  };

  return [items, scores, decisions, expectations, actions, indicators];
}
