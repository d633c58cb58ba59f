import { type NationalExpectationKey, nationalExpectation } from "../expectations/index.ts";
import type { LoadWarning } from "../expectations/load.ts";
import type { Language } from "../i18n/index.ts";
import type { Sphere } from "../spheres.ts";
import type { SnapshotChange } from "../strengthening/index.ts";
import { builtInThemes } from "../themes.ts";
import type { ReportFormatter, Translate } from "./format.ts";
import type { Report, ReportFigures, ReportGroup, ReportRealism } from "./model.ts";

/** The words every renderer of a report uses, in one language. */
export function reportText(report: Report, t: Translate, f: ReportFormatter, language: Language) {
  const d = (key: string, values?: Record<string, string | number>) =>
    t(`reports.document.${key}`, values);
  const itemNames = new Map(report.items.map((i) => [i.id, i.name]));
  const expectationTitles = new Map(report.expectations.map((e) => [e.id, e.title]));

  const sphere = (s: Sphere | null) => t(`model.spheres.${s ?? "unplaced"}`);
  const group = (g: ReportGroup | null, pooled: boolean) => {
    if (pooled) return t("delimitation.pooled");
    if (!g || (g.key === null && g.name === null)) return t("delimitation.unknownGroup");
    return g.name ?? t(`stakeholders.${g.key}`);
  };
  const outcome = (figures: ReportFigures | null) => {
    if (!figures || figures.scorers === 0) return d("noScores");
    if (figures.insufficient || figures.outcome === null || figures.degree === null) {
      return d("tooFew");
    }
    return d("outcomeCell", {
      outcome: t(`delimitation.outcomes.${figures.outcome}`),
      degree: f.percent(figures.degree),
    });
  };
  const realism = (r: ReportRealism | null, median: string | null, ratings: number) => {
    if (r) {
      if (r.n === 0 || r.median === null) return d("notRated");
      return d("realismCell", {
        median: t(`expectations.ratings.${r.median}`),
        n: r.n,
        share: f.percent(r.unrealisticShare ?? 0),
      });
    }
    if (median === null) return d("notRated");
    return d("realismMedian", { median: t(`expectations.ratings.${median}`), n: ratings });
  };
  const theme = (key: string) =>
    (builtInThemes as readonly string[]).includes(key) ? t(`model.themes.${key}`) : key;
  const expects = (e: Report["expectations"][number]) =>
    e.nationalKey
      ? nationalExpectation(e.nationalKey as NationalExpectationKey).expects[language]
      : (e.expects ?? "");
  const purpose = (e: Report["expectations"][number]) =>
    e.nationalKey
      ? nationalExpectation(e.nationalKey as NationalExpectationKey).purpose[language]
      : (e.purpose ?? "");

  function warning(w: LoadWarning): string {
    const expectation = expectationTitles.get(w.expectationIds[0] ?? "") ?? "";
    const key = `expectations.load.warnings.${w.code}`;
    switch (w.code) {
      case "leans_on_items_decided_out":
        return t(key, {
          expectation,
          count: w.itemsDecidedOut,
          linked: w.linkedItems,
          items: w.itemIds.map((id) => itemNames.get(id) ?? "").join(", "),
        });
      case "volunteer_item_leaned_on_by_many":
        return t(key, {
          item: itemNames.get(w.itemIds[0] ?? "") ?? "",
          count: w.expectations,
          threshold: w.threshold,
        });
      case "sphere_with_few_items":
        return t(key, {
          sphere: sphere(w.spheres[0] ?? null).toLocaleLowerCase(),
          count: w.expectationIds.length,
          available: w.availableItems,
        });
      case "formal_care_relief_mainly_personal":
        return t(key, { expectation, personal: w.personalLinks, total: w.totalLinks });
      case "rated_unrealistic_by_most":
        return t(key, { expectation, unrealistic: w.unrealistic, n: w.n });
    }
  }

  function change(c: SnapshotChange): string {
    const k = "strengthening.changes";
    const place = (s: Sphere | null) => (s ? t(`model.spheres.${s}`) : t(`${k}.unplaced`));
    const status = (s: string) => t(`strengthening.statuses.${s}`).toLocaleLowerCase();
    const budget = (b: number | null) => (b === null ? t(`${k}.noBudget`) : f.euro(b));
    const decision = (x: string | null) => (x ? t(`delimitation.decisions.${x}`) : t(`${k}.none`));
    const rating = (r: string | null) => (r ? t(`expectations.ratings.${r}`) : t(`${k}.notRated`));
    const roles = (list: readonly string[]) =>
      list.map((r) => t(`strengthening.roles.${r}.name`)).join(", ");
    switch (c.kind) {
      case "item_added":
        return t(`${k}.item_added`, { name: c.name, sphere: place(c.sphere) });
      case "item_removed":
        return t(`${k}.item_removed`, { name: c.name });
      case "item_moved":
        return t(`${k}.item_moved`, { name: c.name, from: place(c.from), to: place(c.to) });
      case "decision_changed":
        return [
          t(`${k}.decision_changed`, {
            name: c.name,
            from: decision(c.from),
            to: decision(c.to),
          }),
          c.reason ? t("strengthening.snapshots.reason", { reason: c.reason }) : "",
        ]
          .filter(Boolean)
          .join(" ");
      case "expectation_added":
        return t(`${k}.expectation_added`, { title: c.title });
      case "expectation_removed":
        return t(`${k}.expectation_removed`, { title: c.title });
      case "expectation_rerated":
        return t(`${k}.expectation_rerated`, {
          title: c.title,
          from: rating(c.from),
          to: rating(c.to),
          ratings: c.ratings,
        });
      case "roles_changed":
        return [
          t(`${k}.roles_changed`, { sphere: t(`strengthening.sphereAdjectives.${c.sphere}`) }),
          c.added.length ? t(`${k}.rolesAdded`, { roles: roles(c.added) }) : "",
          c.removed.length ? t(`${k}.rolesRemoved`, { roles: roles(c.removed) }) : "",
          c.explanationChanged ? t(`${k}.explanationChanged`) : "",
        ]
          .filter(Boolean)
          .join(" ");
      case "action_added":
        return t(`${k}.action_added`, {
          title: c.title,
          status: status(c.status),
          budget: budget(c.budget),
        });
      case "action_removed":
        return t(`${k}.action_removed`, { title: c.title });
      case "action_status":
        return t(`${k}.action_status`, { title: c.title, from: status(c.from), to: status(c.to) });
      case "action_budget":
        return t(`${k}.action_budget`, { title: c.title, from: budget(c.from), to: budget(c.to) });
      case "indicator_added":
        return t(`${k}.indicator_added`, { name: c.name });
      case "indicator_removed":
        return t(`${k}.indicator_removed`, { name: c.name });
      case "indicator_changed": {
        const measured = (m: { date: string; value: number } | null) =>
          m
            ? t("strengthening.snapshots.measured", {
                value: c.unit ? `${f.number(m.value)} ${c.unit}` : f.number(m.value),
                date: f.date(m.date),
              })
            : t(`${k}.notMeasured`);
        return t(`${k}.indicator_changed`, {
          name: c.name,
          from: measured(c.from),
          to: measured(c.to),
        });
      }
    }
  }

  return {
    d,
    sphere,
    group,
    outcome,
    realism,
    theme,
    expects,
    purpose,
    warning,
    change,
    itemName: (id: string) => itemNames.get(id) ?? "",
    decision: (x: string | null) =>
      x ? t(`delimitation.decisions.${x}`) : t("delimitation.undecided"),
    overall: (x: string | null) => (x ? t(`delimitation.overall.${x}`) : d("empty")),
    yesNo: (x: boolean) => d(x ? "yes" : "no"),
    title: d("title", { workspace: report.workspace.name }),
  };
}
export type ReportText = ReturnType<typeof reportText>;
