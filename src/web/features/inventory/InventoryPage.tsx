import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import type { itemSortFields } from "../../../domain/items.schemas.ts";
import { carriers, itemKinds } from "../../../domain/items.ts";
import { roleSatisfies } from "../../../domain/roles.ts";
import { spheres } from "../../../domain/spheres.ts";
import { TableScroller } from "../../components/DataTable.tsx";
import { useErrorMessage } from "../../components/errors.ts";
import { useAreas, useThemeLabel, useThemes } from "../../components/inventory-data.ts";
import {
  Alert,
  Button,
  CheckboxField,
  PageTitle,
  Paragraph,
  SelectField,
  TextField,
} from "../../components/ui.tsx";
import { useCurrentWorkspace } from "../../components/workspace.ts";
import { useItemPage } from "./api.ts";

type SortField = (typeof itemSortFields)[number];

const columns: { key: string; sort?: SortField }[] = [
  { key: "name", sort: "name" },
  { key: "sphere", sort: "sphere" },
  { key: "kind", sort: "kind" },
  { key: "areas" },
  { key: "themes" },
  { key: "carriedBy", sort: "carriedBy" },
  { key: "updatedAt", sort: "updatedAt" },
];

export function InventoryPage() {
  const { t, i18n } = useTranslation();
  const { data: overview } = useCurrentWorkspace();
  const slug = overview?.workspace.slug ?? "";
  const [params, setParams] = useSearchParams();
  const page = useItemPage(slug, params);
  const areas = useAreas(slug);
  const themes = useThemes(slug);
  const themeLabel = useThemeLabel();
  const errorMessage = useErrorMessage();
  const [search, setSearch] = useState(params.get("q") ?? "");

  const update = useCallback(
    (changes: Record<string, string | undefined>, resetPage = true) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          if (resetPage && !("page" in changes)) next.delete("page");
          return next.toString() === current.toString() ? current : next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  // Search as the user types, but not on every keystroke.
  useEffect(() => {
    const timer = setTimeout(() => update({ q: search.trim() || undefined }), 300);
    return () => clearTimeout(timer);
  }, [search, update]);

  if (!overview) return null;
  const canEdit = roleSatisfies(overview.workspace.role, "editor");
  const sort = (params.get("sort") as SortField | null) ?? "name";
  const direction = params.get("direction") === "desc" ? "desc" : "asc";
  const data = page.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium" });

  const filter = (key: string, label: string, options: { value: string; label: string }[]) => (
    <SelectField
      label={label}
      value={params.get(key) ?? ""}
      onChange={(e) => update({ [key]: e.target.value || undefined })}
    >
      <option value="">{t("inventory.all")}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </SelectField>
  );

  return (
    <>
      <PageTitle title={t("nav.inventory")}>{t("nav.inventory")}</PageTitle>
      <Paragraph>{t("inventory.intro")}</Paragraph>
      {canEdit && (
        <p className="utrecht-paragraph">
          <Link
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
            to="nieuw"
          >
            {t("inventory.add")}
          </Link>{" "}
          <Link className="utrecht-link sb-inline-link" to="importeren">
            {t("importPage.link")}
          </Link>{" "}
          <Link className="utrecht-link sb-inline-link" to="gebieden">
            {t("areasPage.link")}
          </Link>
        </p>
      )}
      <search className="sb-filters" aria-label={t("inventory.filters")}>
        <div className="sb-filters__wide">
          <TextField
            label={t("inventory.search")}
            description={t("inventory.searchHint")}
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        {filter("sphere", t("inventory.sphere"), [
          ...spheres.map((s) => ({ value: s, label: t(`model.spheres.${s}`) })),
          { value: "unplaced", label: t("model.spheres.unplaced") },
        ])}
        {filter(
          "area",
          t("inventory.area"),
          (areas.data ?? []).map((a) => ({ value: a.id, label: a.name })),
        )}
        {filter(
          "theme",
          t("inventory.theme"),
          [...(themes.data?.builtIn ?? []), ...(themes.data?.own ?? [])].map((th) => ({
            value: th,
            label: themeLabel(th),
          })),
        )}
        {filter(
          "kind",
          t("inventory.kind"),
          itemKinds.map((k) => ({ value: k, label: t(`model.kinds.${k}`) })),
        )}
        {filter(
          "carriedBy",
          t("inventory.carriedBy"),
          carriers.map((c) => ({ value: c, label: t(`model.carriers.${c}`) })),
        )}
        <CheckboxField
          id="show-archived"
          className="sb-filters__archived"
          label={t("inventory.showArchived")}
          checked={params.get("archived") === "only"}
          onChange={(checked) => update({ archived: checked ? "only" : undefined })}
        />
      </search>

      <p className="utrecht-paragraph sb-result-count" aria-live="polite">
        {data &&
          (data.total === 1
            ? t("inventory.resultsOne")
            : t("inventory.results", { count: data.total }))}
      </p>
      {page.isError && <Alert type="error">{errorMessage(page.error)}</Alert>}
      {data && data.total === 0 && <Paragraph>{t("inventory.noResults")}</Paragraph>}
      {data && data.total > 0 && (
        <TableScroller caption={t("nav.inventory")}>
          <table
            className="utrecht-table utrecht-table--html-table sb-table"
            aria-busy={page.isFetching}
          >
            <caption className="sb-visually-hidden">{t("nav.inventory")}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                {columns.map((column) => {
                  const label = t(`inventory.${column.key}`);
                  const active = column.sort === sort;
                  return (
                    <th
                      key={column.key}
                      scope="col"
                      className="utrecht-table__header-cell"
                      aria-sort={
                        active ? (direction === "asc" ? "ascending" : "descending") : undefined
                      }
                    >
                      {column.sort ? (
                        <button
                          type="button"
                          className="sb-sort-button"
                          onClick={() =>
                            update({
                              sort: column.sort,
                              direction: active && direction === "asc" ? "desc" : undefined,
                            })
                          }
                        >
                          {label}
                          <span aria-hidden="true">
                            {active ? (direction === "asc" ? " ▲" : " ▼") : ""}
                          </span>
                        </button>
                      ) : (
                        label
                      )}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {data.items.map((item) => (
                <tr key={item.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell sb-table__name">
                    <Link className="utrecht-link" to={item.id}>
                      {item.name}
                    </Link>
                  </th>
                  <td className="utrecht-table__cell">
                    {t(`model.spheres.${item.sphere ?? "unplaced"}`)}
                  </td>
                  <td className="utrecht-table__cell">{t(`model.kinds.${item.kind}`)}</td>
                  <td className="utrecht-table__cell">
                    {item.areas.map((a) => a.name).join(", ") || t("inventory.none")}
                  </td>
                  <td className="utrecht-table__cell">
                    {item.themes.map(themeLabel).join(", ") || t("inventory.none")}
                  </td>
                  <td className="utrecht-table__cell">{t(`model.carriers.${item.carriedBy}`)}</td>
                  <td className="utrecht-table__cell">
                    {dateFormat.format(new Date(item.updatedAt))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}
      {data && pages > 1 && (
        <nav aria-label={t("inventory.pagination")} className="sb-pagination">
          <Button
            disabled={data.page <= 1}
            onClick={() => update({ page: String(data.page - 1) }, false)}
          >
            {t("inventory.previous")}
          </Button>
          <span>{t("inventory.page", { page: data.page, pages })}</span>
          <Button
            disabled={data.page >= pages}
            onClick={() => update({ page: String(data.page + 1) }, false)}
          >
            {t("inventory.next")}
          </Button>
        </nav>
      )}
    </>
  );
}
