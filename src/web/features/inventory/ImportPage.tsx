import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import {
  type ColumnMapping,
  type ImportField,
  importFields,
} from "../../../domain/import/index.ts";
import { useAnnounce } from "../../components/announcer.tsx";
import { ApiError, api } from "../../components/api-client.ts";
import { TableScroller } from "../../components/DataTable.tsx";
import { useErrorMessage } from "../../components/errors.ts";
import { Alert, Button, Heading2, PageTitle, Paragraph } from "../../components/ui.tsx";
import { useCurrentWorkspace } from "../../components/workspace.ts";

interface Preview {
  format: string;
  encoding: string | null;
  delimiter: string | null;
  header: string[];
  mapping: ColumnMapping;
  unknownColumns: { index: number; header: string }[];
  rowCount: number;
  itemCount: number;
  items: { line: number; name: string; sphere: string | null; kind: string; areas: string[] }[];
  problems: { path: string; message: string }[];
  newAreas: string[];
  duplicates: { line: number; name: string }[];
}

const fieldLabelKey: Record<ImportField, string> = {
  name: "inventory.name",
  description: "inventory.description",
  kind: "inventory.kind",
  sphere: "inventory.sphere",
  areas: "inventory.areas",
  themes: "inventory.themes",
  carriedBy: "inventory.carriedBy",
  funding: "inventory.funding",
  reach: "inventory.reach",
};

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export function ImportPage() {
  const { t } = useTranslation();
  const { data: overview } = useCurrentWorkspace();
  const slug = overview?.workspace.slug ?? "";
  const navigate = useNavigate();
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const fileId = useId();
  const [file, setFile] = useState<File>();
  const [mapping, setMapping] = useState<ColumnMapping>();

  const preview = useMutation({
    mutationFn: async (input: { file: File; mapping?: ColumnMapping }) =>
      api<Preview>(`/workspaces/${slug}/imports/preview`, {
        method: "POST",
        body: {
          content: await toBase64(input.file),
          ...(input.mapping ? { mapping: input.mapping } : {}),
        },
      }),
    onSuccess: (result) => setMapping(result.mapping),
  });
  const commit = useMutation({
    mutationFn: async (input: { file: File; mapping?: ColumnMapping }) =>
      api<{ created: number; areasCreated: number }>(`/workspaces/${slug}/imports`, {
        method: "POST",
        body: {
          content: await toBase64(input.file),
          ...(input.mapping ? { mapping: input.mapping } : {}),
        },
      }),
    onSuccess: (result) => {
      announce(t("importPage.done", { created: result.created, areas: result.areasCreated }));
      navigate(`/w/${slug}/inventaris`);
    },
  });

  function read(event: FormEvent) {
    event.preventDefault();
    if (file) preview.mutate({ file });
  }

  function remap(field: ImportField, column: string) {
    if (!file || !mapping) return;
    const next: ColumnMapping = { ...mapping };
    if (column === "") delete next[field];
    else next[field] = Number(column);
    setMapping(next);
    preview.mutate({ file, mapping: next });
  }

  const p = preview.data;
  const commitProblems =
    commit.error instanceof ApiError ? (commit.error.problem.errors ?? []) : [];
  const problems = p?.problems.length ? p.problems : commitProblems;

  return (
    <div className="sb-readable">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={`/w/${slug}/inventaris`}>
          ← {t("nav.inventory")}
        </Link>
      </p>
      <PageTitle title={t("importPage.title")}>{t("importPage.title")}</PageTitle>
      <Paragraph>{t("importPage.intro")}</Paragraph>
      <form onSubmit={read} className="sb-form">
        <div className="utrecht-form-field">
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor={fileId}>
              {t("importPage.file")}
            </label>
          </div>
          <div className="utrecht-form-field-description" id={`${fileId}-hint`}>
            {t("importPage.fileHint")}
          </div>
          <input
            id={fileId}
            type="file"
            accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={`${fileId}-hint`}
            onChange={(e) => {
              setFile(e.target.files?.[0]);
              preview.reset();
              commit.reset();
            }}
          />
        </div>
        <Button type="submit" disabled={!file} busy={preview.isPending}>
          {preview.isPending ? t("importPage.reading") : t("importPage.read")}
        </Button>
      </form>

      {preview.isError && (
        <Alert type="error" focusOnMount>
          {errorMessage(preview.error)}
        </Alert>
      )}
      {p && (
        <section aria-labelledby="import-result" className="sb-section">
          <h2 id="import-result" className="utrecht-heading-2" tabIndex={-1}>
            {t("importPage.summary", {
              rows: p.rowCount,
              format: p.format.toUpperCase(),
              details: p.encoding ? `, ${p.encoding}, '${p.delimiter}'` : "",
            })}
          </h2>
          <Heading2>{t("importPage.mappingTitle")}</Heading2>
          <Paragraph>{t("importPage.mappingIntro")}</Paragraph>
          <div className="sb-filters">
            {importFields.map((field) => (
              <div key={field} className="utrecht-form-field">
                <label className="utrecht-form-label" htmlFor={`map-${field}`}>
                  {t(fieldLabelKey[field])}
                </label>
                <select
                  id={`map-${field}`}
                  className="utrecht-select utrecht-select--html-select"
                  value={mapping?.[field] ?? ""}
                  onChange={(e) => remap(field, e.target.value)}
                >
                  <option value="">{t("importPage.notUsed")}</option>
                  {p.header.map((h, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: columns are identified by position
                    <option key={index} value={index}>
                      {h || `#${index + 1}`}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          {p.unknownColumns.length > 0 && (
            <Paragraph>
              {t("importPage.ignored", {
                columns: p.unknownColumns.map((c) => c.header).join(", "),
              })}
            </Paragraph>
          )}
          {p.newAreas.length > 0 && (
            <Paragraph>{t("importPage.newAreas", { areas: p.newAreas.join(", ") })}</Paragraph>
          )}
          {p.duplicates.length > 0 && (
            <Alert type="warning">
              {t("importPage.duplicates", {
                lines: p.duplicates.map((d) => `${d.line} (${d.name})`).join(", "),
              })}
            </Alert>
          )}
        </section>
      )}
      {problems.length > 0 && (
        <Alert type="error">
          <h2 className="utrecht-heading-3">{t("importPage.problemsTitle")}</h2>
          <p className="utrecht-paragraph">{t("importPage.problemsIntro")}</p>
          <ul className="sb-problem-list">
            {problems.map((problem) => (
              <li key={problem.message}>{problem.message}</li>
            ))}
          </ul>
        </Alert>
      )}
      {p && p.items.length > 0 && (
        <section className="sb-section">
          <Heading2>{t("importPage.previewTitle", { count: p.items.length })}</Heading2>
          <TableScroller caption={t("importPage.problemsTitle")}>
            <table className="utrecht-table utrecht-table--html-table sb-table">
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">
                    {t("importPage.line")}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t("inventory.name")}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t("inventory.sphere")}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t("inventory.kind")}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t("inventory.areas")}
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {p.items.map((item) => (
                  <tr key={item.line} className="utrecht-table__row">
                    <td className="utrecht-table__cell">{item.line}</td>
                    <td className="utrecht-table__cell">{item.name}</td>
                    <td className="utrecht-table__cell">
                      {t(`model.spheres.${item.sphere ?? "unplaced"}`)}
                    </td>
                    <td className="utrecht-table__cell">{t(`model.kinds.${item.kind}`)}</td>
                    <td className="utrecht-table__cell">{item.areas.join(", ")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroller>
        </section>
      )}
      {p && p.problems.length === 0 && file && (
        <div className="sb-actions">
          {commit.isError && commitProblems.length === 0 && (
            <Alert type="error">{errorMessage(commit.error)}</Alert>
          )}
          <Button
            appearance="primary"
            busy={commit.isPending}
            onClick={() => commit.mutate({ file, mapping })}
          >
            {t("importPage.commit", { count: p.itemCount })}
          </Button>
        </div>
      )}
      <section aria-labelledby="export" className="sb-section">
        <h2 id="export" className="utrecht-heading-2">
          {t("importPage.exportTitle")}
        </h2>
        <Paragraph>{t("importPage.exportIntro")}</Paragraph>
        <div className="sb-actions">
          <a
            className="utrecht-link"
            href={`/api/v1/workspaces/${slug}/export?format=csv`}
            download
          >
            {t("importPage.exportCsv")}
          </a>
          <a
            className="utrecht-link"
            href={`/api/v1/workspaces/${slug}/export?format=xlsx`}
            download
          >
            {t("importPage.exportXlsx")}
          </a>
        </div>
      </section>
    </div>
  );
}
