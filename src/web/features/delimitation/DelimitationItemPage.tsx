import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import {
  type Decision,
  decisionValues,
  type ScoreInput,
} from "../../../domain/delimitation.schemas.ts";
import { roleSatisfies } from "../../../domain/roles.ts";
import {
  type Answer,
  type ItemResult,
  type Overall,
  overalls,
} from "../../../domain/scoring/index.ts";
import { type Sphere, spheres } from "../../../domain/spheres.ts";
import { useAnnounce } from "../../components/announcer.tsx";
import { DataTable, TableScroller } from "../../components/DataTable.tsx";
import { useErrorMessage } from "../../components/errors.ts";
import { percent, tally, withCount } from "../../components/format.ts";
import { useGroupName, useStakeholderGroups } from "../../components/stakeholder-groups.ts";
import {
  Alert,
  Button,
  ErrorPage,
  Heading2,
  PageTitle,
  Paragraph,
  RadioGroup,
  SelectField,
  TextArea,
} from "../../components/ui.tsx";
import { useCurrentWorkspace } from "../../components/workspace.ts";
import {
  useCriteria,
  useCriterionText,
  useDelimitationActions,
  useItemFigures,
  useMyScore,
  useOverview,
} from "./api.ts";
import { CriterionQuestions } from "./CriterionQuestions.tsx";
import { DecisionBadge, OutcomeBadge } from "./OutcomeBadge.tsx";

export function DelimitationItemPage() {
  const { t } = useTranslation();
  const itemId = useParams().itemId ?? "";
  const { data: workspace } = useCurrentWorkspace();
  const slug = workspace?.workspace.slug ?? "";
  const overview = useOverview(slug);
  const item = overview.data?.items.find((i) => i.itemId === itemId);
  if (!workspace) return null;
  if (!overview.data) return <Paragraph>{t("app.loading")}</Paragraph>;
  if (!item) {
    return <ErrorPage title={t("app.notFoundTitle")}>{t("app.notFoundBody")}</ErrorPage>;
  }
  const role = workspace.workspace.role;
  return (
    <div className="sb-readable">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={`/w/${slug}/afbakening`}>
          ← {t("nav.delimitation")}
        </Link>
      </p>
      <PageTitle title={item.name}>{item.name}</PageTitle>
      {roleSatisfies(role, "member") && <ScoreForm slug={slug} itemId={itemId} name={item.name} />}
      <Figures slug={slug} itemId={itemId} />
      <DecisionSection
        slug={slug}
        itemId={itemId}
        name={item.name}
        canDecide={roleSatisfies(role, "editor")}
      />
    </div>
  );
}

function ScoreForm({ slug, itemId, name }: { slug: string; itemId: string; name: string }) {
  const { t } = useTranslation();
  const criteria = useCriteria(slug);
  const groups = useStakeholderGroups(slug);
  const mine = useMyScore(slug, itemId, true);
  const { score, setGroup } = useDelimitationActions(slug);
  const groupName = useGroupName(groups.data?.groups);
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const [input, setInputNow] = useState<ScoreInput>({
    answers: {},
    overall: null,
    sphere: null,
    comment: "",
  });
  /** What the form last said below its button: saved, or nothing to save. */
  const [outcome, setOutcome] = useState<"saved" | "empty" | null>(null);
  const setInput = (change: (v: ScoreInput) => ScoreInput) => {
    setInputNow(change);
    setOutcome(null);
  };

  useEffect(() => {
    if (mine.data) {
      setInputNow({
        answers: mine.data.answers,
        overall: mine.data.overall,
        sphere: mine.data.sphere,
        comment: mine.data.comment,
      });
    }
  }, [mine.data]);

  const enabled = (criteria.data ?? []).filter((c) => c.enabled);

  function submit(event: FormEvent) {
    event.preventDefault();
    const current = new Set(enabled.map((c) => c.versionId));
    const answers = Object.fromEntries(
      Object.entries(input.answers).filter(([versionId]) => current.has(versionId)),
    );
    if (!Object.keys(answers).length && !input.overall && !input.sphere) {
      setOutcome("empty");
      return;
    }
    setOutcome(null);
    score.mutate(
      { itemId, input: { ...input, answers } },
      {
        onSuccess: () => {
          setOutcome("saved");
          announce(t("delimitation.scoreSaved", { name }));
        },
      },
    );
  }

  return (
    <section aria-labelledby="my-score" className="sb-section">
      <Heading2 id="my-score">{t("delimitation.scoreTitle")}</Heading2>
      <Paragraph>{t("delimitation.scoreIntro")}</Paragraph>
      {groups.data && (
        <SelectField
          label={t("delimitation.yourGroup")}
          value={groups.data.mine ?? ""}
          onChange={(e) => setGroup.mutate(e.target.value || null)}
        >
          <option value="">{t("delimitation.chooseGroup")}</option>
          {groups.data.groups.map((g) => (
            <option key={g.id} value={g.id}>
              {groupName(g.id)}
            </option>
          ))}
        </SelectField>
      )}
      <form onSubmit={submit} className="sb-form sb-score-form">
        <CriterionQuestions
          criteria={enabled}
          name="answer"
          answersGiven={input.answers as Record<string, Answer | undefined>}
          onAnswer={(versionId, answer) =>
            setInput((v) => ({ ...v, answers: { ...v.answers, [versionId]: answer } }))
          }
        />
        <RadioGroup
          legend={t("delimitation.overallQuestion")}
          name="overall"
          inline
          options={overalls.map((o) => ({
            value: o,
            label: t(`delimitation.overall.${o}`),
          }))}
          value={input.overall}
          onChange={(overall: Overall) => setInput((v) => ({ ...v, overall }))}
        />
        <SelectField
          label={t("delimitation.proposedSphere")}
          value={input.sphere ?? ""}
          onChange={(e) =>
            setInput((v) => ({ ...v, sphere: (e.target.value || null) as Sphere | null }))
          }
        >
          <option value="">{t("delimitation.noSphere")}</option>
          {spheres.map((s) => (
            <option key={s} value={s}>
              {t(`model.spheres.${s}`)}
            </option>
          ))}
        </SelectField>
        <TextArea
          label={t("delimitation.comment")}
          maxLength={2000}
          value={input.comment}
          onChange={(e) => setInput((v) => ({ ...v, comment: e.target.value }))}
        />
        {score.isError && <Alert type="error">{errorMessage(score.error)}</Alert>}
        {outcome === "empty" && (
          <Alert type="error" focusOnMount>
            {t("delimitation.scoreEmpty")}
          </Alert>
        )}
        {outcome === "saved" && <Alert type="ok">{t("delimitation.scoreSaved", { name })}</Alert>}
        <Button type="submit" appearance="primary" busy={score.isPending}>
          {t("delimitation.saveScore")}
        </Button>
      </form>
    </section>
  );
}

function Distribution({
  counts,
}: {
  counts: { no: number; partly: number; yes: number; unknown: number };
}) {
  const total = counts.no + counts.partly + counts.yes + counts.unknown;
  if (total === 0) return null;
  return (
    <span className="sb-stack" aria-hidden="true">
      {(["no", "partly", "yes", "unknown"] as const).map((a) =>
        counts[a] > 0 ? (
          <span
            key={a}
            className={`sb-stack__${a}`}
            style={{ width: `${(counts[a] / total) * 100}%` }}
          />
        ) : null,
      )}
    </span>
  );
}

function Figures({ slug, itemId }: { slug: string; itemId: string }) {
  const { t } = useTranslation();
  const figures = useItemFigures(slug, itemId);
  const criteria = useCriteria(slug);
  const groups = useStakeholderGroups(slug);
  const text = useCriterionText();
  const groupName = useGroupName(groups.data?.groups);
  const result: ItemResult | null | undefined = figures.data?.result;
  const byVersion = new Map((criteria.data ?? []).map((c) => [c.versionId, c]));

  return (
    <section aria-labelledby="results" className="sb-section">
      <Heading2 id="results">{t("delimitation.resultsTitle")}</Heading2>
      {!result && <Paragraph>{t("delimitation.noScores")}</Paragraph>}
      {result && (
        <>
          <p className="utrecht-paragraph">
            <OutcomeBadge outcome={result.degree.outcome} scored={result.scorers > 0} />{" "}
            {t("delimitation.resultSummary", {
              count: result.scorers,
              degree: percent(result.degree.value),
              outcome: result.degree.outcome
                ? t(`delimitation.outcomes.${result.degree.outcome}`)
                : "—",
              disagreement: percent(result.disagreement.index),
            })}
            {result.disagreement.insufficient && ` (${t("delimitation.tooFew")})`}
          </p>
          {figures.data && figures.data.olderAnswers > 0 && (
            <Alert type="info">
              {t("delimitation.olderAnswers", { count: figures.data.olderAnswers })}
            </Alert>
          )}
          <ul className="sb-legend" aria-hidden="true">
            {(["no", "partly", "yes", "unknown"] as const).map((a) => (
              <li key={a}>
                <span aria-hidden="true" className={`sb-stack__${a}`} />
                {t(`delimitation.answers.${a}`)}
              </li>
            ))}
          </ul>
          <TableScroller caption={t("delimitation.chartLabel")}>
            <table className="utrecht-table utrecht-table--html-table sb-table">
              <caption className="sb-visually-hidden">{t("delimitation.chartLabel")}</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">
                    {t("delimitation.criterion")}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    <span className="sb-visually-hidden">{t("delimitation.chartLabel")}</span>
                  </th>
                  {(["no", "partly", "yes", "unknown"] as const).map((a) => (
                    <th key={a} scope="col" className="utrecht-table__header-cell">
                      {t(`delimitation.answers.${a}`)}
                    </th>
                  ))}
                  <th scope="col" className="utrecht-table__header-cell">
                    {t("delimitation.agreement")}
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {result.criteria.map((c) => {
                  const criterion = byVersion.get(c.versionId);
                  return (
                    <tr key={c.versionId} className="utrecht-table__row">
                      <th scope="row" className="utrecht-table__header-cell sb-table__name">
                        {criterion ? `${criterion.key}. ${text(criterion).label}` : c.versionId}
                      </th>
                      <td className="utrecht-table__cell">
                        <Distribution counts={{ ...c.counts, unknown: c.unknown }} />
                      </td>
                      <td className="utrecht-table__cell">{c.counts.no}</td>
                      <td className="utrecht-table__cell">{c.counts.partly}</td>
                      <td className="utrecht-table__cell">{c.counts.yes}</td>
                      <td className="utrecht-table__cell">{c.unknown}</td>
                      <td className="utrecht-table__cell">
                        {percent(c.agreement)}
                        {c.insufficient && c.n > 0 && ` (${t("delimitation.tooFew")})`}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroller>
          <h3 className="utrecht-heading-3">{t("delimitation.groupsTitle")}</h3>
          <Paragraph>{t("delimitation.groupsIntro")}</Paragraph>
          {result.groups.length === 0 ? (
            <Paragraph>{t("delimitation.noGroups")}</Paragraph>
          ) : (
            <DataTable
              caption={t("delimitation.groupsTitle")}
              columns={[
                t("delimitation.group"),
                t("delimitation.scorers"),
                t("delimitation.degree"),
                t("delimitation.outcome"),
                ...overalls.map((value) => t(`delimitation.overall.${value}`)),
              ]}
              rows={result.groups.map((g) => ({
                key: g.pooled ? "pool" : (g.group ?? "none"),
                header: g.pooled ? t("delimitation.pooled") : groupName(g.group),
                cells: [
                  g.scorers,
                  percent(g.degree.value),
                  <OutcomeBadge key="outcome" outcome={g.degree.outcome} scored={g.scorers > 0} />,
                  ...overalls.map((value) => g.overall.counts[value]),
                ],
              }))}
            />
          )}
          {figures.data && figures.data.comments.length > 0 && (
            <>
              <h3 className="utrecht-heading-3">{t("delimitation.commentsTitle")}</h3>
              <ul>
                {tally(figures.data.comments).map((comment) => (
                  <li key={comment.text}>{withCount(comment)}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

function DecisionSection({
  slug,
  itemId,
  name,
  canDecide,
}: {
  slug: string;
  itemId: string;
  name: string;
  canDecide: boolean;
}) {
  const { t, i18n } = useTranslation();
  const figures = useItemFigures(slug, itemId);
  const { decide } = useDelimitationActions(slug);
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const [decision, setDecision] = useState<Decision | null>(null);
  const [reason, setReason] = useState("");
  const history = figures.data?.decisions ?? [];
  const dateFormat = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: "medium",
    timeStyle: "short",
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!decision) return;
    decide.mutate(
      { itemId, input: { decision, reason } },
      {
        onSuccess: () => {
          announce(t("delimitation.decisionSaved", { name }));
          setReason("");
        },
      },
    );
  }

  return (
    <section aria-labelledby="decision" className="sb-section">
      <Heading2 id="decision">{t("delimitation.decisionTitle")}</Heading2>
      <p className="utrecht-paragraph">
        <DecisionBadge decision={history[0]?.decision ?? null} />
        {history[0]?.reason && ` ${history[0].reason}`}
      </p>
      {canDecide && (
        <form onSubmit={submit} className="sb-form">
          <RadioGroup
            legend={t("delimitation.decisionLabel")}
            name="decision"
            inline
            options={decisionValues.map((d) => ({
              value: d,
              label: t(`delimitation.decisions.${d}`),
            }))}
            value={decision}
            onChange={setDecision}
          />
          <TextArea
            label={t("delimitation.reason")}
            value={reason}
            maxLength={2000}
            onChange={(e) => setReason(e.target.value)}
          />
          {decide.isError && <Alert type="error">{errorMessage(decide.error)}</Alert>}
          <Button type="submit" appearance="primary" disabled={!decision} busy={decide.isPending}>
            {t("delimitation.recordDecision")}
          </Button>
        </form>
      )}
      {history.length > 0 && (
        <>
          <h3 className="utrecht-heading-3">{t("delimitation.decisionHistory")}</h3>
          <ol className="sb-plain-list">
            {history.map((d) => (
              <li key={d.decidedAt} className="sb-row">
                <span>
                  {t("delimitation.decidedBy", {
                    decision: t(`delimitation.decisions.${d.decision}`),
                    date: dateFormat.format(new Date(d.decidedAt)),
                    who: d.decidedBy ?? t("inventory.unknownUser"),
                  })}
                  {d.reason && `: ${d.reason}`}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
