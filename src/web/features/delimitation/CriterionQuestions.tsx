import { useTranslation } from "react-i18next";
import type { Criterion } from "../../../domain/delimitation.schemas.ts";
import { type Answer, answers } from "../../../domain/scoring/index.ts";
import { RadioGroup } from "../../components/ui.tsx";
import { useCriterionText } from "./api.ts";

/** One question per criterion: nee / deels / ja / weet niet, with the criterion's explanation. */
export function CriterionQuestions({
  criteria,
  answersGiven,
  onAnswer,
  name,
}: {
  criteria: Criterion[];
  answersGiven: Record<string, Answer | undefined>;
  onAnswer: (versionId: string, answer: Answer) => void;
  /** Prefix of the radio groups' names, unique on the page. */
  name: string;
}) {
  const { t } = useTranslation();
  const text = useCriterionText();
  return (
    <>
      {criteria.map((criterion) => {
        const { label, explanation } = text(criterion);
        return (
          <div key={criterion.id} className="sb-criterion">
            <RadioGroup
              legend={`${criterion.key}. ${label}`}
              description={explanation}
              name={`${name}-${criterion.versionId}`}
              inline
              options={answers.map((a) => ({ value: a, label: t(`delimitation.answers.${a}`) }))}
              value={answersGiven[criterion.versionId] ?? null}
              onChange={(answer) => onAnswer(criterion.versionId, answer)}
            />
          </div>
        );
      })}
    </>
  );
}
