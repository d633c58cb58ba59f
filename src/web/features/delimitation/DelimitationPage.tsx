import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DataTable } from "../../components/DataTable.tsx";
import { useErrorMessage } from "../../components/errors.ts";
import { percent } from "../../components/format.ts";
import { Alert, PageTitle, Paragraph, SelectField } from "../../components/ui.tsx";
import { useCurrentWorkspace } from "../../components/workspace.ts";
import { useOverview, useSessionChoices } from "./api.ts";
import { DecisionBadge, OutcomeBadge } from "./OutcomeBadge.tsx";

/** All items, most disagreement first, with their outcome and decision. */
export function DelimitationPage() {
  const { t } = useTranslation();
  const { data: workspace } = useCurrentWorkspace();
  const slug = workspace?.workspace.slug ?? "";
  const [sessionId, setSessionId] = useState("");
  const overview = useOverview(slug, sessionId);
  const sessions = useSessionChoices(slug);
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
      {(sessions.data?.length ?? 0) > 0 && (
        <SelectField
          label={t("delimitation.sessionFilter")}
          description={t("delimitation.sessionFilterHint")}
          value={sessionId}
          onChange={(event) => setSessionId(event.target.value)}
        >
          <option value="">{t("delimitation.allScores")}</option>
          {sessions.data?.map((session) => (
            <option key={session.id} value={session.id}>
              {t("delimitation.sessionOption", { title: session.title, date: session.date })}
            </option>
          ))}
        </SelectField>
      )}
      {overview.isError && <Alert type="error">{errorMessage(overview.error)}</Alert>}
      {overview.data?.items.length === 0 && (
        <Paragraph>
          {t("delimitation.noItems")}{" "}
          <Link className="utrecht-link" to="../inventaris/nieuw">
            {t("delimitation.addFirstItem")}
          </Link>
        </Paragraph>
      )}
      {overview.data && overview.data.items.length > 0 && (
        <DataTable
          caption={t("delimitation.intro")}
          columns={["item", "disagreement", "outcome", "degree", "scorers", "decision"].map((key) =>
            t(`delimitation.${key}`),
          )}
          rows={overview.data.items.map((item) => ({
            key: item.itemId,
            header: (
              <Link className="utrecht-link" to={item.itemId}>
                {item.name}
              </Link>
            ),
            cells: [
              <>
                <span className="sb-meter" aria-hidden="true">
                  <span
                    className="sb-meter__fill"
                    style={{ width: `${Math.round(item.disagreement * 100)}%` }}
                  />
                </span>
                {item.scorers > 0 ? percent(item.disagreement) : "—"}
                {item.scorers > 0 && item.insufficient && ` (${t("delimitation.tooFew")})`}
              </>,
              <OutcomeBadge key="outcome" outcome={item.outcome} scored={item.scorers > 0} />,
              percent(item.degree),
              item.scorers,
              <DecisionBadge key="decision" decision={item.decision?.decision ?? null} />,
            ],
          }))}
        />
      )}
    </>
  );
}
