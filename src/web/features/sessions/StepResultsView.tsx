import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ItemStepResult, StepKind, StepResults } from "../../../domain/live/index.ts";
import { spheres } from "../../../domain/spheres.ts";
import { DataTable } from "../../components/DataTable.tsx";
import { percent, tally, withCount } from "../../components/format.ts";
import { Paragraph } from "../../components/ui.tsx";

const overallOrder = ["rather_yes", "doubt", "rather_not"] as const;
const realismOrder = ["realistic", "partly", "unrealistic", "unknown"] as const;

/** A stacked bar that repeats the counts in its row (hidden from assistive technology). */
function Bar({ parts }: { parts: { key: string; count: number; className: string }[] }) {
  const total = parts.reduce((sum, p) => sum + p.count, 0);
  return (
    <span className="sb-live-bar" aria-hidden="true">
      {total > 0 &&
        parts.map((part) =>
          part.count > 0 ? (
            <span
              key={part.key}
              className={`sb-live-bar__part ${part.className}`}
              style={{ width: `${(part.count / total) * 100}%` }}
            />
          ) : null,
        )}
    </span>
  );
}

function Legend({ entries }: { entries: Category[] }) {
  return (
    <ul className="sb-legend" aria-hidden="true">
      {entries.map((e) => (
        <li key={e.key}>
          <span className={`sb-live-swatch ${e.className}`} />
          {e.label}
        </li>
      ))}
    </ul>
  );
}

interface Category {
  key: string;
  label: string;
  className: string;
}

/**
 * Counts per answer for each row, as a legend, a stacked bar and the same counts in columns,
 * then the row's disagreement: the table of every choice step.
 */
function DistributionTable({
  caption,
  subject,
  categories,
  extraColumns = [],
  rows,
}: {
  caption: string;
  subject: string;
  categories: Category[];
  extraColumns?: string[];
  rows: {
    key: string;
    header: ReactNode;
    counts: Record<string, number>;
    extra?: ReactNode[];
    disagreement: ReactNode;
  }[];
}) {
  const { t } = useTranslation();
  return (
    <>
      <Legend entries={categories} />
      <DataTable
        caption={caption}
        className="sb-live-table"
        columns={[
          subject,
          t("live.results.distribution"),
          ...categories.map((c) => c.label),
          ...extraColumns,
          t("live.results.disagreement"),
        ]}
        rows={rows.map((row) => ({
          key: row.key,
          header: row.header,
          cells: [
            <Bar
              key="bar"
              parts={categories.map((c) => ({ ...c, count: row.counts[c.key] ?? 0 }))}
            />,
            ...categories.map((c) => row.counts[c.key] ?? 0),
            ...(row.extra ?? []),
            row.disagreement,
          ],
        }))}
      />
    </>
  );
}

/** The disagreement that belongs to what the step asked. */
function disagreementOf(kind: StepKind, item: ItemStepResult): number | null {
  if (kind === "quick_vote") return item.disagreement.overall;
  if (kind === "sphere_placement") return item.disagreement.sphere;
  return item.scorers > 0 ? item.disagreement.index : null;
}

function byDisagreement<T>(list: readonly T[], value: (x: T) => number | null): T[] {
  return [...list].sort((a, b) => (value(b) ?? -1) - (value(a) ?? -1));
}

/**
 * A step's revealed results: a table per result (every bar repeats the numbers in its row),
 * most disagreement first. With `decisionsFor` (the facilitator), each item links to the page
 * where the group's decision is recorded.
 */
export function StepResultsView({
  kind,
  title,
  results,
  decisionsFor,
}: {
  kind: StepKind;
  title: string;
  results: StepResults;
  decisionsFor?: string;
}) {
  const { t } = useTranslation();
  const caption = t("live.results.caption", { step: title });
  const disagreementCell = (value: number | null, insufficient: boolean) =>
    value === null
      ? "—"
      : `${percent(value)}${insufficient ? ` (${t("live.results.tooFew")})` : ""}`;

  if (results.kind === "open") {
    const answers = tally(results.answers.map((a) => a.text));
    if (answers.length === 0) return <Paragraph>{t("live.results.noOpen")}</Paragraph>;
    return (
      <ul className="sb-live-answers" aria-label={t("live.results.openTitle")}>
        {answers.map((a) => (
          <li key={a.text}>{withCount(a)}</li>
        ))}
      </ul>
    );
  }

  if (results.kind === "expectations") {
    const list = byDisagreement(results.expectations, (e) => e.result.disagreement);
    if (list.length === 0) return <Paragraph>{t("live.results.none")}</Paragraph>;
    const classes = {
      realistic: "sb-live--positive",
      partly: "sb-live--middle",
      unrealistic: "sb-live--negative",
      unknown: "sb-live--unknown",
    };
    return (
      <DistributionTable
        caption={caption}
        subject={t("live.results.expectation")}
        categories={realismOrder.map((r) => ({
          key: r,
          label: t(`expectations.ratings.${r}`),
          className: classes[r],
        }))}
        rows={list.map((e) => ({
          key: e.expectationId,
          header: e.title,
          counts: { ...e.result.counts, unknown: e.result.unknown },
          disagreement: disagreementCell(e.result.disagreement, e.result.insufficient),
        }))}
      />
    );
  }

  const items = byDisagreement(results.items, (i) => disagreementOf(kind, i));
  if (items.length === 0) return <Paragraph>{t("live.results.none")}</Paragraph>;
  const header = (item: ItemStepResult) =>
    decisionsFor ? (
      <>
        {item.name}{" "}
        <Link
          className="utrecht-link sb-live-decide"
          to={`/w/${decisionsFor}/afbakening/${item.itemId}`}
          aria-label={`${t("live.results.recordDecision")}: ${item.name}`}
        >
          {t("live.results.recordDecision")}
        </Link>
      </>
    ) : (
      item.name
    );

  if (kind === "quick_vote") {
    const classes = {
      rather_yes: "sb-live--positive",
      doubt: "sb-live--middle",
      rather_not: "sb-live--negative",
    };
    return (
      <DistributionTable
        caption={caption}
        subject={t("live.results.item")}
        categories={overallOrder.map((o) => ({
          key: o,
          label: t(`delimitation.overall.${o}`),
          className: classes[o],
        }))}
        rows={items.map((item) => ({
          key: item.itemId,
          header: header(item),
          counts: item.overall.counts,
          disagreement: disagreementCell(item.disagreement.overall, item.overall.insufficient),
        }))}
      />
    );
  }

  if (kind === "sphere_placement") {
    const classes = {
      personal: "sb-live--personal",
      communal: "sb-live--communal",
      institutional: "sb-live--institutional",
    };
    return (
      <DistributionTable
        caption={caption}
        subject={t("live.results.item")}
        categories={spheres.map((sphere) => ({
          key: sphere,
          label: t(`model.spheres.${sphere}`),
          className: classes[sphere],
        }))}
        extraColumns={[t("live.results.modal")]}
        rows={items.map((item) => ({
          key: item.itemId,
          header: header(item),
          counts: item.sphere.counts,
          extra: [item.sphere.modal ? t(`model.spheres.${item.sphere.modal}`) : "—"],
          disagreement: disagreementCell(item.disagreement.sphere, item.sphere.insufficient),
        }))}
      />
    );
  }

  // Scoring on the criteria, and a discussion of the items scored before it.
  return (
    <DataTable
      caption={caption}
      className="sb-live-table"
      columns={[
        t("live.results.item"),
        t("live.results.degree"),
        t("live.results.outcome"),
        t("live.results.disagreement"),
        t("live.results.people"),
      ]}
      rows={items.map((item) => ({
        key: item.itemId,
        header: header(item),
        cells: [
          <>
            <span className="sb-meter" aria-hidden="true">
              <span
                className="sb-meter__fill sb-live-degree"
                style={{ width: `${Math.round((item.degree.value ?? 0) * 100)}%` }}
              />
            </span>
            {percent(item.degree.value)}
          </>,
          item.degree.outcome ? t(`delimitation.outcomes.${item.degree.outcome}`) : "—",
          disagreementCell(disagreementOf(kind, item), item.disagreement.insufficient),
          item.scorers,
        ],
      }))}
    />
  );
}
