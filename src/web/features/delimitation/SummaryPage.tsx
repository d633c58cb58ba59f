import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { decisionValues } from "../../../domain/delimitation.schemas.ts";
import { spheres } from "../../../domain/spheres.ts";
import { Heading2, PageTitle, Paragraph } from "../../components/ui.tsx";
import { useCurrentWorkspace } from "../../components/workspace.ts";
import { useCriterionText, useSummary } from "./api.ts";

/** "Onze sociale basis": the local delimitation the talk asks for. */
export function SummaryPage() {
  const { t } = useTranslation();
  const { data: workspace } = useCurrentWorkspace();
  const slug = workspace?.workspace.slug ?? "";
  const summary = useSummary(slug);
  const text = useCriterionText();
  if (!summary.data) return <Paragraph>{t("app.loading")}</Paragraph>;
  const { criteria, items } = summary.data;
  const title = `${t("delimitation.summaryTitle")} — ${workspace?.workspace.name}`;

  return (
    <div className="sb-readable">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={`/w/${slug}/afbakening`}>
          ← {t("nav.delimitation")}
        </Link>
      </p>
      <PageTitle title={title}>{title}</PageTitle>
      <Paragraph lead>{t("delimitation.summaryIntro")}</Paragraph>
      <Heading2>{t("delimitation.criteriaUsed")}</Heading2>
      {(["contributes", "characteristic"] as const).map((set) => (
        <div key={set}>
          <p className="utrecht-paragraph">
            <strong>{t(`criteria.sets.${set}`)}</strong>
          </p>
          <ul>
            {criteria
              .filter((c) => c.set === set)
              .map((c) => (
                <li key={c.id}>
                  {c.key}. {text(c).label}
                  {c.weight !== 1 && ` (${t("delimitation.weight", { weight: c.weight })})`}
                </li>
              ))}
          </ul>
        </div>
      ))}
      {[...spheres, null].map((sphere) => {
        const inSphere = items.filter((i) => i.sphere === sphere);
        if (inSphere.length === 0) return null;
        return (
          <section key={sphere ?? "unplaced"} className="sb-sphere-section">
            <Heading2>{t(`model.spheres.${sphere ?? "unplaced"}`)}</Heading2>
            {[...decisionValues, null].map((decision) => {
              const group = inSphere.filter((i) => (i.decision?.decision ?? null) === decision);
              if (group.length === 0) return null;
              return (
                <div key={decision ?? "undecided"}>
                  <h3 className="utrecht-heading-3">
                    {decision
                      ? t(`delimitation.decisions.${decision}`)
                      : t("delimitation.undecided")}
                  </h3>
                  <ul>
                    {group.map((i) => (
                      <li key={i.itemId}>
                        {i.name}
                        {i.decision?.reason && ` — ${i.decision.reason}`}
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
