import type { CSSProperties } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { LoadWarning } from "../../../domain/expectations/index.ts";
import { spheres } from "../../../domain/spheres.ts";
import { DataTable } from "../../components/DataTable.tsx";
import { useErrorMessage } from "../../components/errors.ts";
import { Alert, Heading2, PageTitle, Paragraph } from "../../components/ui.tsx";
import { useCurrentWorkspace } from "../../components/workspace.ts";
import { useExpectations, useExpectationText, useLoad } from "./api.ts";

/** Heat-map shading behind a number that is always written in the cell too. */
function heat(value: number, max: number): CSSProperties | undefined {
  if (!value || !max) return undefined;
  return { "--sb-heat": String(Math.round((value / max) * 100) / 100) } as CSSProperties;
}

/** How much the expectations lean on each sphere and item, and the talk's warnings. */
export function LoadPage() {
  const { t } = useTranslation();
  const { data: workspace } = useCurrentWorkspace();
  const slug = workspace?.workspace.slug ?? "";
  const load = useLoad(slug);
  const list = useExpectations(slug);
  const text = useExpectationText();
  const errorMessage = useErrorMessage();

  const titleOf = (id: string) => {
    const e = list.data?.find((x) => x.id === id);
    return e ? text(e).title : "";
  };
  const itemName = (id: string) => load.data?.items.items.find((i) => i.itemId === id)?.name ?? "";
  const sphereName = (s: string) => t(`model.spheres.${s}`);

  function reasonOf(w: LoadWarning): string {
    const expectation = titleOf(w.expectationIds[0] ?? "");
    switch (w.code) {
      case "leans_on_items_decided_out":
        return t("expectations.load.warnings.leans_on_items_decided_out", {
          expectation,
          count: w.itemsDecidedOut,
          linked: w.linkedItems,
          items: w.itemIds.map(itemName).join(", "),
        });
      case "volunteer_item_leaned_on_by_many":
        return t("expectations.load.warnings.volunteer_item_leaned_on_by_many", {
          item: itemName(w.itemIds[0] ?? ""),
          count: w.expectations,
          threshold: w.threshold,
        });
      case "sphere_with_few_items":
        return t("expectations.load.warnings.sphere_with_few_items", {
          sphere: sphereName(w.spheres[0] ?? "").toLocaleLowerCase(),
          count: w.expectationIds.length,
          available: w.availableItems,
        });
      case "formal_care_relief_mainly_personal":
        return t("expectations.load.warnings.formal_care_relief_mainly_personal", {
          expectation,
          personal: w.personalLinks,
          total: w.totalLinks,
        });
      case "rated_unrealistic_by_most":
        return t("expectations.load.warnings.rated_unrealistic_by_most", {
          expectation,
          unrealistic: w.unrealistic,
          n: w.n,
        });
    }
  }

  const matrix = load.data?.spheres;
  const maxCell = Math.max(
    0,
    ...(matrix?.rows.flatMap((r) => spheres.map((s) => r.cells[s].links)) ?? []),
  );
  const leaned = [...(load.data?.items.items ?? [])]
    .filter((i) => i.expectations > 0)
    .sort((a, b) => b.expectations - a.expectations || a.name.localeCompare(b.name, "nl"));
  const maxItem = leaned[0]?.expectations ?? 0;

  return (
    <>
      <p>
        <Link className="utrecht-link" to="..">
          ← {t("expectations.back")}
        </Link>
      </p>
      <PageTitle title={t("expectations.load.title")}>{t("expectations.load.title")}</PageTitle>
      <Paragraph>{t("expectations.load.intro")}</Paragraph>
      {load.isError && <Alert type="error">{errorMessage(load.error)}</Alert>}
      {load.data && list.data && (
        <>
          <section aria-labelledby="warnings-heading" className="sb-section">
            <Heading2 id="warnings-heading">{t("expectations.load.warningsTitle")}</Heading2>
            {load.data.warnings.length === 0 ? (
              <Paragraph>{t("expectations.load.noWarnings")}</Paragraph>
            ) : (
              <ul className="sb-warnings">
                {load.data.warnings.map((w) => (
                  <li
                    key={`${w.code}-${w.expectationIds.join()}-${w.itemIds.join()}-${w.spheres.join()}`}
                  >
                    {reasonOf(w)}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="matrix-heading" className="sb-section">
            <Heading2 id="matrix-heading">{t("expectations.load.matrixTitle")}</Heading2>
            <DataTable
              caption={t("expectations.load.matrixCaption")}
              captionVisible
              className="sb-heat-table"
              columns={[
                t("expectations.load.expectation"),
                ...spheres.map(sphereName),
                t("expectations.load.unplaced"),
                t("expectations.load.total"),
              ]}
              rows={(matrix?.rows ?? []).map((row) => ({
                key: row.expectationId,
                header: (
                  <Link className="utrecht-link" to={`../${row.expectationId}`}>
                    {titleOf(row.expectationId)}
                  </Link>
                ),
                cells: [
                  ...spheres.map((s) => ({
                    content: row.cells[s].links,
                    className: "sb-heat",
                    style: heat(row.cells[s].links, maxCell),
                  })),
                  row.unplacedItems,
                  row.total,
                ],
              }))}
              footer={{
                key: "total",
                header: t("expectations.load.total"),
                cells: [
                  ...spheres.map((s) => matrix?.totals[s].links),
                  matrix?.rows.reduce((sum, r) => sum + r.unplacedItems, 0),
                  matrix?.total,
                ],
              }}
            />
          </section>

          <section aria-labelledby="items-heading" className="sb-section">
            <Heading2 id="items-heading">{t("expectations.load.itemsTitle")}</Heading2>
            <DataTable
              caption={t("expectations.load.itemsCaption")}
              captionVisible
              className="sb-heat-table"
              columns={[
                t("expectations.load.item"),
                t("expectations.load.leanedOnBy"),
                t("expectations.load.carriedBy"),
                t("expectations.load.decision"),
              ]}
              rows={leaned.map((i) => ({
                key: i.itemId,
                header: i.name,
                cells: [
                  {
                    content: i.expectations,
                    className: "sb-heat",
                    style: heat(i.expectations, maxItem),
                  },
                  t(`model.carriers.${i.carriedBy}`),
                  i.decision
                    ? t(`delimitation.decisions.${i.decision}`)
                    : t("expectations.load.noDecision"),
                ],
              }))}
            />
          </section>
        </>
      )}
    </>
  );
}
