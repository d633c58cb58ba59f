import { useTranslation } from "react-i18next";
import type { Decision } from "../../../domain/delimitation.schemas.ts";
import type { Outcome } from "../../../domain/scoring/index.ts";

export function OutcomeBadge({ outcome }: { outcome: Outcome | null }) {
  const { t } = useTranslation();
  return (
    <span className={`sb-badge sb-badge--${outcome ?? "none"}`}>
      {outcome ? t(`delimitation.outcomes.${outcome}`) : t("delimitation.noScores")}
    </span>
  );
}

export function DecisionBadge({ decision }: { decision: Decision | null }) {
  const { t } = useTranslation();
  return (
    <span className={`sb-badge sb-badge--${decision ?? "none"}`}>
      {decision ? t(`delimitation.decisions.${decision}`) : t("delimitation.noDecision")}
    </span>
  );
}
