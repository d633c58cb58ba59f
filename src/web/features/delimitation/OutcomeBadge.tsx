import { useTranslation } from "react-i18next";
import type { Decision } from "../../../domain/delimitation.schemas.ts";
import type { Outcome } from "../../../domain/scoring/index.ts";

/** `scored`: someone scored the item, if only by a quick vote or a sphere, not on the criteria. */
export function OutcomeBadge({ outcome, scored }: { outcome: Outcome | null; scored?: boolean }) {
  const { t } = useTranslation();
  const none = scored ? t("delimitation.noCriteriaScores") : t("delimitation.noScores");
  return (
    <span className={`sb-badge sb-badge--${outcome ?? "none"}`}>
      {outcome ? t(`delimitation.outcomes.${outcome}`) : none}
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
