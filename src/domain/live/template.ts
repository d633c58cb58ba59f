import type { Catalogue } from "../i18n/nl.ts";
import type { StepInput } from "./agenda.ts";

type TemplateTexts = Catalogue["live"]["template"];

/**
 * "Gespreksmodel in 90 minuten": the agenda of the paper conversation model as live steps —
 * a warm-up question, a quick in/out vote, scoring on the criteria, talking where views differ,
 * placing items in the spheres, rating expectations, and what is needed next. Steps without
 * items or expectations to ask about are left out.
 */
export function gespreksmodelTemplate(
  texts: TemplateTexts,
  targets: { itemIds: readonly string[]; expectationIds: readonly string[] },
): StepInput[] {
  const itemIds = [...targets.itemIds];
  const expectationIds = [...targets.expectationIds];
  const s = texts.steps;
  const steps: (StepInput | null)[] = [
    { kind: "open_question", minutes: 10, ...s.welcome },
    itemIds.length ? { kind: "quick_vote", minutes: 10, itemIds, ...s.quickVote } : null,
    itemIds.length ? { kind: "score_items", minutes: 20, itemIds, ...s.score } : null,
    { kind: "discuss", minutes: 20, ...s.discuss },
    itemIds.length ? { kind: "sphere_placement", minutes: 10, itemIds, ...s.spheres } : null,
    expectationIds.length
      ? { kind: "expectation_realism", minutes: 15, expectationIds, ...s.realism }
      : null,
    { kind: "open_question", minutes: 5, ...s.needed },
  ];
  return steps.filter((step): step is StepInput => step !== null);
}
