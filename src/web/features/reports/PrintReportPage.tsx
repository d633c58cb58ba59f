import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type Language, languages } from "../../../domain/i18n/index.ts";
import { type ReportBlock, reportFormat, reportOutline } from "../../../domain/reports/index.ts";
import { TableScroller } from "../../components/DataTable.tsx";
import { useErrorMessage } from "../../components/errors.ts";
import { Alert, Button, PageTitle, Paragraph } from "../../components/ui.tsx";
import { useCurrentWorkspace } from "../../components/workspace.ts";
import { choiceQuery, useReport } from "./api.ts";
import { useReportChoice } from "./choice.ts";
import { ReportChart } from "./ReportChart.tsx";
import "./reports.css";

function Block({ block, language }: { block: ReportBlock; language: Language }) {
  const f = reportFormat(language);
  switch (block.kind) {
    case "title":
      return <PageTitle title={block.text}>{block.text}</PageTitle>;
    case "heading":
      return block.level === 2 ? (
        <h2 className="utrecht-heading-2">{block.text}</h2>
      ) : (
        <h3 className="utrecht-heading-3">{block.text}</h3>
      );
    case "paragraph":
      return (
        <p className={`utrecht-paragraph ${block.note ? "sb-report__note" : ""}`}>{block.text}</p>
      );
    case "list":
      return (
        <ul className="utrecht-unordered-list">
          {block.items.map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: list items are positional
            <li key={i} className="utrecht-unordered-list__item">
              {item}
            </li>
          ))}
        </ul>
      );
    case "table": {
      const numeric = new Set(block.numeric ?? []);
      return (
        <TableScroller caption={block.caption}>
          <table className="utrecht-table utrecht-table--html-table sb-table sb-report__table">
            <caption className="utrecht-table__caption sb-report__caption">{block.caption}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                {block.columns.map((column, i) => (
                  <th
                    // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                    key={i}
                    scope="col"
                    className={`utrecht-table__header-cell ${numeric.has(i) ? "sb-report__number" : ""}`}
                  >
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {block.rows.map((row, r) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional
                <tr key={r} className="utrecht-table__row">
                  {row.map((cell, i) =>
                    i === 0 ? (
                      // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                      <th key={i} scope="row" className="utrecht-table__header-cell sb-table__name">
                        {cell}
                      </th>
                    ) : (
                      <td
                        // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                        key={i}
                        className={`utrecht-table__cell ${numeric.has(i) ? "sb-report__number" : ""}`}
                      >
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      );
    }
    case "chart":
      return (
        <ReportChart
          caption={block.caption}
          measurements={block.measurements}
          formatValue={f.number}
          formatDate={f.shortDate}
        />
      );
  }
}

/**
 * The whole report as one page, the same outline as the Word file, with a print stylesheet:
 * the browser's "Print → Save as PDF" makes the PDF.
 */
export function PrintReportPage() {
  const { t, i18n } = useTranslation();
  const { data: overview } = useCurrentWorkspace();
  const slug = overview?.workspace.slug ?? "";
  const [choice] = useReportChoice();
  const report = useReport(slug, choice);
  const errorMessage = useErrorMessage();
  const language: Language = (languages as readonly string[]).includes(i18n.language)
    ? (i18n.language as Language)
    : "nl";
  const back = choiceQuery(choice).toString();

  const toolbar = (
    <div className="sb-report__toolbar">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={`/w/${slug}/rapporten${back ? `?${back}` : ""}`}>
          ← {t("reports.print.back")}
        </Link>
      </p>
      <Button appearance="primary" onClick={() => window.print()}>
        {t("reports.print.printButton")}
      </Button>
      <p className="utrecht-paragraph sb-report__note">{t("reports.print.printHint")}</p>
    </div>
  );
  if (report.isError) {
    return (
      <>
        {toolbar}
        <Alert type="error">{errorMessage(report.error)}</Alert>
      </>
    );
  }
  if (!report.data) return <Paragraph>{t("app.loading")}</Paragraph>;
  const blocks = reportOutline(report.data, (key, values) => t(key, values) as string, language);
  // The title first (it takes focus after navigating), then the toolbar, then the report.
  const [title, ...rest] = blocks;
  return (
    <article className="sb-report" lang={language}>
      {title && <Block block={title} language={language} />}
      {toolbar}
      {rest.map((block, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the outline is rendered whole
        <Fragment key={i}>
          <Block block={block} language={language} />
        </Fragment>
      ))}
    </article>
  );
}
