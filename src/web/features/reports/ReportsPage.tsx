import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatJoinCode } from "../../../domain/live/join-code.ts";
import { reportEntities } from "../../../domain/reports/index.ts";
import { Heading2, PageTitle, Paragraph, SelectField } from "../../components/ui.tsx";
import { useCurrentWorkspace } from "../../components/workspace.ts";
import {
  backupUrl,
  choiceQuery,
  downloadUrl,
  sessionResultsUrl,
  useReportSessions,
  useReportSnapshots,
} from "./api.ts";
import { useReportChoice } from "./choice.ts";
import "./reports.css";

/** Rapporten: the report of the workspace in every format, and the backup. */
export function ReportsPage() {
  const { t, i18n } = useTranslation();
  const { data: overview } = useCurrentWorkspace();
  const slug = overview?.workspace.slug ?? "";
  const isOwner = overview?.workspace.role === "owner";
  const sessions = useReportSessions(slug).data?.sessions ?? [];
  const snapshots = useReportSnapshots(slug).data?.snapshots ?? [];
  const [choice, setChoice] = useReportChoice();
  const language = i18n.language?.startsWith("en") ? "en" : "nl";
  const locale = language === "en" ? "en-GB" : "nl-NL";
  const day = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(
      new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso),
    );
  const p = (key: string, values?: Record<string, string>) => t(`reports.page.${key}`, values);
  const url = (
    format: Parameters<typeof downloadUrl>[2],
    entity?: (typeof reportEntities)[number],
  ) => downloadUrl(slug, choice, format, language, entity);
  const printQuery = choiceQuery(choice).toString();
  const session = sessions.find((s) => s.id === choice.session);

  return (
    <div className="sb-readable sb-reports">
      <PageTitle title={p("title")}>{p("title")}</PageTitle>
      <Paragraph lead>{p("intro")}</Paragraph>

      <section aria-labelledby="report-options" className="sb-section">
        <Heading2 id="report-options">{p("optionsTitle")}</Heading2>
        <Paragraph>{p("optionsIntro")}</Paragraph>
        <div className="sb-form">
          <SelectField
            label={p("snapshot")}
            description={p("snapshotHint")}
            value={choice.snapshot}
            onChange={(e) => setChoice({ snapshot: e.target.value })}
          >
            <option value="">{p("now")}</option>
            {snapshots.map((s) => (
              <option key={s.id} value={s.id}>
                {p("snapshotOption", { label: s.label, date: day(s.takenAt) })}
              </option>
            ))}
          </SelectField>
          {!choice.snapshot && (
            <SelectField
              label={p("session")}
              description={p("sessionHint")}
              value={choice.session}
              onChange={(e) => setChoice({ session: e.target.value })}
            >
              <option value="">{p("allVotes")}</option>
              {sessions.map((s) => (
                <option key={s.id} value={s.id}>
                  {p("sessionOption", {
                    title: s.title,
                    date: day(s.date),
                    code: formatJoinCode(s.code),
                  })}
                </option>
              ))}
            </SelectField>
          )}
          <SelectField
            label={p("compare")}
            description={p("compareHint")}
            value={choice.compare}
            onChange={(e) => setChoice({ compare: e.target.value })}
          >
            <option value="">{p("noCompare")}</option>
            {snapshots
              .filter((s) => s.id !== choice.snapshot)
              .map((s) => (
                <option key={s.id} value={s.id}>
                  {p("snapshotOption", { label: s.label, date: day(s.takenAt) })}
                </option>
              ))}
          </SelectField>
        </div>
      </section>

      <section aria-labelledby="report-downloads" className="sb-section">
        <Heading2 id="report-downloads">{p("downloadsTitle")}</Heading2>
        <ul className="sb-download-list">
          <li>
            <a className="utrecht-link" href={url("docx")} download>
              {p("docx")}
            </a>
            <span className="sb-download-list__hint">{p("docxHint")}</span>
          </li>
          <li>
            <Link
              className="utrecht-link"
              to={`/w/${slug}/rapporten/afdrukken${printQuery ? `?${printQuery}` : ""}`}
            >
              {p("print")}
            </Link>
            <span className="sb-download-list__hint">{p("printHint")}</span>
          </li>
          <li>
            <a className="utrecht-link" href={url("xlsx")} download>
              {p("xlsx")}
            </a>
            <span className="sb-download-list__hint">{p("xlsxHint")}</span>
          </li>
          <li>
            <span>{p("csvTitle")}</span>
            <span className="sb-download-list__hint">{p("csvHint")}</span>
            <ul className="sb-download-list__sub">
              {reportEntities.map((entity) => (
                <li key={entity}>
                  <a className="utrecht-link" href={url("csv", entity)} download>
                    {p("csvLink", { entity: t(`reports.sheets.${entity}`) })}
                  </a>
                </li>
              ))}
            </ul>
          </li>
          {session && (
            <li>
              <a className="utrecht-link" href={sessionResultsUrl(slug, session.id)} download>
                {p("sessionCsv")}
              </a>
            </li>
          )}
          <li>
            <a className="utrecht-link" href={url("hsds")} download>
              {p("hsds")}
            </a>
            <span className="sb-download-list__hint">{p("hsdsHint")}</span>
          </li>
          <li>
            <a className="utrecht-link" href={url("json")} download>
              {p("json")}
            </a>
            <span className="sb-download-list__hint">{p("jsonHint")}</span>
          </li>
        </ul>
      </section>

      <section aria-labelledby="report-backup" className="sb-section">
        <Heading2 id="report-backup">{p("backupTitle")}</Heading2>
        <Paragraph>{p("backupIntro")}</Paragraph>
        {isOwner ? (
          <p className="utrecht-paragraph">
            <a className="utrecht-link" href={backupUrl(slug)} download>
              {p("backup")}
            </a>
          </p>
        ) : (
          <Paragraph>{p("backupOwnerOnly")}</Paragraph>
        )}
        <Paragraph>{p("restoreHint")}</Paragraph>
      </section>
    </div>
  );
}
