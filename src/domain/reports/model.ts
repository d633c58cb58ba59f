import type { AreaKind } from "../areas.ts";
import type { CriterionSet } from "../criteria.ts";
import type { Decision } from "../delimitation.schemas.ts";
import type { Force, LoadWarning, OrdinalRealismRating } from "../expectations/index.ts";
import type { Carrier, ItemKind } from "../items.ts";
import type { Outcome, Overall } from "../scoring/scales.ts";
import type { Sphere } from "../spheres.ts";
import type {
  ActionStatus,
  Direction,
  RoleKey,
  SnapshotChange,
  Trend,
} from "../strengthening/index.ts";

/** The files a report can be downloaded as. */
export const reportFormats = ["docx", "xlsx", "csv", "json", "hsds"] as const;
export type ReportFormat = (typeof reportFormats)[number];

/** The tables of the Excel file (a sheet each, in this order) and of the CSV downloads. */
export const reportEntities = [
  "items",
  "scores",
  "decisions",
  "expectations",
  "actions",
  "indicators",
] as const;
export type ReportEntity = (typeof reportEntities)[number];

/** How many items the chapter "where views differed most" shows. */
export const differencesShown = 10;

/**
 * A stakeholder group by its built-in key (translated when shown) or the workspace's own name;
 * both null: people who chose no group.
 */
export interface ReportGroup {
  key: string | null;
  name: string | null;
}

/** The aggregated scores of an item, or of one group within it. */
export interface ReportFigures {
  scorers: number;
  /** 0..1, null without answers on the scale. */
  degree: number | null;
  outcome: Outcome | null;
  /** The median overall judgement. */
  overall: Overall | null;
  /** The most proposed sphere (null on a tie or without proposals). */
  proposedSphere: Sphere | null;
  /** Fewer than 3 scores: shown as "te weinig scores". */
  insufficient: boolean;
}

/**
 * One row of a breakdown by stakeholder group. Only groups of at least 3 people, and the pool of
 * the smaller ones (`pooled`) when it has 3 or more: the domain's anonymity rule, applied before
 * the report is built, so no renderer can show a smaller group.
 */
export interface ReportGroupFigures extends ReportFigures {
  group: ReportGroup | null;
  pooled: boolean;
}

export interface ReportItem {
  id: string;
  name: string;
  description: string;
  /** Null in a report made from a snapshot, which does not hold it. */
  kind: ItemKind | null;
  sphere: Sphere | null;
  areas: { name: string; kind: AreaKind; cbsCode: string | null }[];
  /** Built-in theme keys (translated when shown) or the workspace's own words. */
  themes: string[];
  carriedBy: Carrier | null;
  funding: string;
  reach: string;
  updatedAt: string | null;
  /** Null without scores. */
  figures: ReportFigures | null;
  /** 0..1; null without scores. */
  disagreement: number | null;
  groups: ReportGroupFigures[];
  decision: { decision: Decision; reason: string; decidedAt: string | null } | null;
}

export interface ReportCriterion {
  key: string;
  set: CriterionSet;
  /** Null: the catalogue's default wording for `key`, in the reader's language. */
  label: string | null;
  explanation: string | null;
  weight: number;
  version: number;
}

/** The realism ratings of an expectation (or of one group), without who gave them. */
export interface ReportRealism {
  n: number;
  median: OrdinalRealismRating | null;
  counts: Record<OrdinalRealismRating, number>;
  unknown: number;
  /** Share of the ratings on the scale that say "unrealistic"; null when n = 0. */
  unrealisticShare: number | null;
  insufficient: boolean;
}

export interface ReportExpectation {
  id: string;
  /** Set for the national library: its summaries come from the library in the reader's language. */
  nationalKey: string | null;
  title: string;
  source: string;
  page: string;
  /** Null for a national expectation (see `nationalKey`). */
  expects: string | null;
  purpose: string | null;
  spheres: Sphere[];
  forces: Force[];
  relievesFormalCare: boolean;
  itemIds: string[];
  /** Null in a report made from a snapshot that holds only the median. */
  realism: ReportRealism | null;
  /** The median alone, for reports from a snapshot. */
  realismMedian: OrdinalRealismRating | null;
  ratings: number;
  realismGroups: (ReportRealism & { group: ReportGroup | null; pooled: boolean })[];
}

export interface ReportAction {
  id: string;
  title: string;
  description: string;
  spheres: Sphere[];
  owner: string;
  /** Whole euros. */
  budget: number | null;
  from: string | null;
  until: string | null;
  status: ActionStatus;
  itemIds: string[];
}

export interface ReportIndicator {
  id: string;
  name: string;
  unit: string;
  direction: Direction | null;
  source: string;
  measurements: { date: string; value: number; note: string }[];
  trend: Trend;
}

export interface ReportRoles {
  sphere: Sphere;
  roles: RoleKey[];
  explanation: string;
  isDefault: boolean;
}

/**
 * Everything a report shows, built once from a workspace (or a snapshot of it) and rendered to
 * every format, so Word, the print page, Excel, CSV and open data never disagree. Language-free:
 * keys stay keys until a renderer translates them.
 */
export interface Report {
  workspace: { slug: string; name: string };
  generatedAt: string;
  /** Where the figures come from. */
  source: { kind: "workspace" } | { kind: "snapshot"; id: string; label: string; takenAt: string };
  /** Set when only one live session's votes are counted. */
  session: { id: string; title: string; date: string } | null;
  thresholds: { lower: number; upper: number };
  /** Empty in a report from a snapshot. */
  criteria: ReportCriterion[];
  /** Distinct people who scored; null in a report from a snapshot. */
  scorers: number | null;
  /** Current items, by name. */
  items: ReportItem[];
  expectations: ReportExpectation[];
  warnings: LoadWarning[];
  roles: ReportRoles[];
  actions: ReportAction[];
  budget: { rows: { sphere: Sphere | null; budget: number; actions: number }[]; total: number };
  indicators: ReportIndicator[];
  comparison: { label: string; takenAt: string; changes: SnapshotChange[] } | null;
}

/** Items with scores, where views differ most first (ties by name); only those with 3+ scores. */
export function topDifferences(report: Report, count = differencesShown): ReportItem[] {
  return report.items
    .filter((item) => item.figures && !item.figures.insufficient && item.disagreement !== null)
    .sort(
      (a, b) => (b.disagreement ?? 0) - (a.disagreement ?? 0) || a.name.localeCompare(b.name, "nl"),
    )
    .slice(0, count);
}
