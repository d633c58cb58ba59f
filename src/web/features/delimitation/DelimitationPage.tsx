import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useErrorMessage } from "../../components/errors.ts";
import { percent } from "../../components/format.ts";
import { Alert, PageTitle, Paragraph } from "../../components/ui.tsx";
import { useCurrentWorkspace } from "../../components/workspace.ts";
import { useOverview } from "./api.ts";
import { DecisionBadge, OutcomeBadge } from "./OutcomeBadge.tsx";

/** All items, most disagreement first, with their outcome and decision. */
export function DelimitationPage() {
  const { t } = useTranslation();
  const { data: workspace } = useCurrentWorkspace();
  const slug = workspace?.workspace.slug ?? "";
  const overview = useOverview(slug);
  const errorMessage = useErrorMessage();

  return (
    <>
      <PageTitle title={t("nav.delimitation")}>{t("nav.delimitation")}</PageTitle>
      <Paragraph>{t("delimitation.intro")}</Paragraph>
      <ul className="sb-actions sb-plain-list">
        <li>
          <Link className="utrecht-link sb-inline-link" to="onze-sociale-basis">
            {t("delimitation.links.summary")}
          </Link>
        </li>
        <li>
          <Link className="utrecht-link sb-inline-link" to="snelle-toets">
            {t("delimitation.links.quickCheck")}
          </Link>
        </li>
        <li>
          <Link className="utrecht-link sb-inline-link" to="criteria">
            {t("delimitation.links.criteria")}
          </Link>
        </li>
        <li>
          <Link className="utrecht-link sb-inline-link" to="instellingen">
            {t("delimitation.links.settings")}
          </Link>
        </li>
      </ul>
      {overview.isError && <Alert type="error">{errorMessage(overview.error)}</Alert>}
      {overview.data && (
        <div className="utrecht-table-container utrecht-table-container--overflow-inline">
          <table className="utrecht-table utrecht-table--html-table sb-table">
            <caption className="sb-visually-hidden">{t("delimitation.intro")}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                {["item", "disagreement", "outcome", "degree", "scorers", "decision"].map((key) => (
                  <th key={key} scope="col" className="utrecht-table__header-cell">
                    {t(`delimitation.${key}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {overview.data.items.map((item) => (
                <tr key={item.itemId} className="utrecht-table__row" data-item={item.name}>
                  <th scope="row" className="utrecht-table__header-cell sb-table__name">
                    <Link className="utrecht-link" to={item.itemId}>
                      {item.name}
                    </Link>
                  </th>
                  <td className="utrecht-table__cell">
                    <span className="sb-meter" aria-hidden="true">
                      <span
                        className="sb-meter__fill"
                        style={{ width: `${Math.round(item.disagreement * 100)}%` }}
                      />
                    </span>
                    {item.scorers > 0 ? percent(item.disagreement) : "—"}
                    {item.scorers > 0 && item.insufficient && ` (${t("delimitation.tooFew")})`}
                  </td>
                  <td className="utrecht-table__cell">
                    <OutcomeBadge outcome={item.outcome} />
                  </td>
                  <td className="utrecht-table__cell">{percent(item.degree)}</td>
                  <td className="utrecht-table__cell">{item.scorers}</td>
                  <td className="utrecht-table__cell">
                    <DecisionBadge decision={item.decision?.decision ?? null} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
