import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type Answer, outcomeOf } from "../../../domain/scoring/index.ts";
import { percent } from "../../components/format.ts";
import { PageTitle, Paragraph, TextField } from "../../components/ui.tsx";
import { useCurrentWorkspace } from "../../components/workspace.ts";
import { useCriteria, useCriterionText, useOverview } from "./api.ts";
import { CriterionQuestions } from "./CriterionQuestions.tsx";
import { OutcomeBadge } from "./OutcomeBadge.tsx";

const value: Record<Answer, number | null> = { no: 0, partly: 0.5, yes: 1, unknown: null };

/** One person walks one item or idea through the criteria; nothing is saved. */
export function QuickCheckPage() {
  const { t } = useTranslation();
  const { data: workspace } = useCurrentWorkspace();
  const slug = workspace?.workspace.slug ?? "";
  const criteria = useCriteria(slug);
  const overview = useOverview(slug);
  const text = useCriterionText();
  const [subject, setSubject] = useState("");
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const enabled = (criteria.data ?? []).filter((c) => c.enabled);
  const thresholds = overview.data?.thresholds ?? { lower: 0.35, upper: 0.65 };
  const rounded = {
    lower: Math.round(thresholds.lower * 1000) / 1000,
    upper: Math.round(thresholds.upper * 1000) / 1000,
  };

  let weighted = 0;
  let weights = 0;
  for (const c of enabled) {
    const v = answers[c.versionId] ? value[answers[c.versionId]!] : null;
    if (v !== null) {
      weighted += v * c.weight;
      weights += c.weight;
    }
  }
  const degree = weights > 0 ? weighted / weights : null;
  const outcome = degree === null ? null : outcomeOf(degree, rounded);
  const listOf = (answer: Answer) =>
    enabled
      .filter((c) => answers[c.versionId] === answer)
      .map((c) => `${c.key} (${text(c).label})`)
      .join("; ");

  return (
    <div className="sb-readable">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={`/w/${slug}/afbakening`}>
          ← {t("nav.delimitation")}
        </Link>
      </p>
      <PageTitle title={t("delimitation.quickTitle")}>{t("delimitation.quickTitle")}</PageTitle>
      <Paragraph>{t("delimitation.quickIntro")}</Paragraph>
      <TextField
        label={t("delimitation.quickIdea")}
        value={subject}
        list="quick-items"
        onChange={(e) => setSubject(e.target.value)}
      />
      <datalist id="quick-items">
        {(overview.data?.items ?? []).map((i) => (
          <option key={i.itemId} value={i.name} />
        ))}
      </datalist>
      <CriterionQuestions
        criteria={enabled}
        name="quick"
        answersGiven={answers}
        onAnswer={(versionId, answer) => setAnswers((v) => ({ ...v, [versionId]: answer }))}
      />
      <section aria-live="polite" className="sb-section sb-card">
        {outcome === null ? (
          <Paragraph>{t("delimitation.quickNone")}</Paragraph>
        ) : (
          <>
            <p className="utrecht-paragraph">
              <OutcomeBadge outcome={outcome} />{" "}
              {t("delimitation.quickResult", {
                outcome: t(`delimitation.outcomes.${outcome}`),
                degree: percent(degree),
              })}
            </p>
            {listOf("yes") && (
              <Paragraph>{t("delimitation.quickFor", { list: listOf("yes") })}</Paragraph>
            )}
            {listOf("no") && (
              <Paragraph>{t("delimitation.quickAgainst", { list: listOf("no") })}</Paragraph>
            )}
            {listOf("partly") && (
              <Paragraph>{t("delimitation.quickPartly", { list: listOf("partly") })}</Paragraph>
            )}
            <Paragraph>
              {t("delimitation.quickThresholds", {
                lower: percent(rounded.lower),
                upper: percent(rounded.upper),
              })}
            </Paragraph>
          </>
        )}
      </section>
    </div>
  );
}
