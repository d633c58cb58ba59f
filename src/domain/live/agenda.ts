import { z } from "zod";
import { realismRatings } from "../expectations/index.ts";
import { answers, overalls } from "../scoring/scales.ts";
import { spheres } from "../spheres.ts";

/**
 * What participants do in a step. `discuss` asks nothing of them: the room talks about the
 * results of earlier steps (the presenter shows the disagreement order).
 */
export const stepKinds = [
  "score_items",
  "quick_vote",
  "sphere_placement",
  "expectation_realism",
  "open_question",
  "discuss",
] as const;
export type StepKind = (typeof stepKinds)[number];

/** A step is pending until opened; participants answer while it is open; results show once revealed. */
export const stepStates = ["pending", "open", "closed", "revealed"] as const;
export type StepState = (typeof stepStates)[number];

export const sessionStatuses = ["planned", "running", "ended"] as const;
export type SessionStatus = (typeof sessionStatuses)[number];

export const liveLimits = {
  titleMax: 200,
  notesMax: 4000,
  questionMax: 500,
  stepsMax: 30,
  targetsMax: 50,
  nicknameMax: 40,
  openAnswerMax: 500,
  minutesMax: 240,
} as const;

/** Which step kinds ask about items, and which about expectations. */
export const itemStepKinds: readonly StepKind[] = ["score_items", "quick_vote", "sphere_placement"];
export const expectationStepKinds: readonly StepKind[] = ["expectation_realism"];

const title = z.string().trim().min(1).max(liveLimits.titleMax);

export const stepInputSchema = z
  .strictObject({
    kind: z.enum(stepKinds),
    title,
    notes: z.string().trim().max(liveLimits.notesMax).default(""),
    minutes: z.number().int().min(0).max(liveLimits.minutesMax).default(10),
    itemIds: z.array(z.uuid()).max(liveLimits.targetsMax).default([]),
    expectationIds: z.array(z.uuid()).max(liveLimits.targetsMax).default([]),
    question: z.string().trim().max(liveLimits.questionMax).default(""),
  })
  .superRefine((step, ctx) => {
    if (itemStepKinds.includes(step.kind) && step.itemIds.length === 0) {
      ctx.addIssue({ code: "custom", path: ["itemIds"], message: "choose at least one item" });
    }
    if (expectationStepKinds.includes(step.kind) && step.expectationIds.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["expectationIds"],
        message: "choose at least one expectation",
      });
    }
    if (step.kind === "open_question" && step.question.length === 0) {
      ctx.addIssue({ code: "custom", path: ["question"], message: "ask a question" });
    }
  });
export type StepInput = z.input<typeof stepInputSchema>;
export type Step = z.output<typeof stepInputSchema>;

export const sessionTemplates = ["gespreksmodel-90", "empty"] as const;
export type SessionTemplate = (typeof sessionTemplates)[number];

export const createSessionSchema = z.strictObject({
  title,
  /** ISO date (yyyy-mm-dd) of the meeting. */
  date: z.iso.date(),
  template: z.enum(sessionTemplates).default("gespreksmodel-90"),
  /** Items for the template's item steps; default: up to 8 of the workspace's items. */
  itemIds: z.array(z.uuid()).max(liveLimits.targetsMax).optional(),
  expectationIds: z.array(z.uuid()).max(liveLimits.targetsMax).optional(),
});
export type CreateSessionInput = z.infer<typeof createSessionSchema>;

export const updateSessionSchema = z
  .strictObject({
    title,
    date: z.iso.date(),
    steps: z.array(stepInputSchema).min(1).max(liveLimits.stepsMax),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, "empty change");
export type UpdateSessionInput = z.infer<typeof updateSessionSchema>;

/** What the facilitator can do to the session; each action is one request. */
export const controlSchema = z.discriminatedUnion("action", [
  z.strictObject({ action: z.literal("start") }),
  z.strictObject({ action: z.literal("end") }),
  z.strictObject({ action: z.literal("goto"), stepId: z.uuid() }),
  z.strictObject({ action: z.literal("open"), stepId: z.uuid() }),
  z.strictObject({ action: z.literal("close"), stepId: z.uuid() }),
  z.strictObject({ action: z.literal("reveal"), stepId: z.uuid() }),
  z.strictObject({ action: z.literal("hide"), stepId: z.uuid() }),
]);
export type ControlInput = z.infer<typeof controlSchema>;

export const openAnswerStatuses = ["pending", "approved", "hidden"] as const;
export type OpenAnswerStatus = (typeof openAnswerStatuses)[number];

export const moderateSchema = z.strictObject({ status: z.enum(openAnswerStatuses) });

export const joinSchema = z.strictObject({
  code: z.string().trim().min(1).max(40),
  groupId: z.uuid().nullable().default(null),
  nickname: z.string().trim().max(liveLimits.nicknameMax).default(""),
});
export type JoinInput = z.infer<typeof joinSchema>;

/** The answer a participant gives in a step of each kind. */
export const answerSchemas = {
  score_items: z.strictObject({
    answers: z.record(z.uuid(), z.enum(answers)).refine((a) => Object.keys(a).length > 0, "empty"),
  }),
  quick_vote: z.strictObject({ overall: z.enum(overalls) }),
  sphere_placement: z.strictObject({ sphere: z.enum(spheres) }),
  expectation_realism: z.strictObject({ rating: z.enum(realismRatings) }),
  open_question: z.strictObject({
    text: z.string().trim().min(1).max(liveLimits.openAnswerMax),
  }),
} as const;
export type AnsweringStepKind = keyof typeof answerSchemas;
export type AnswerOf<K extends AnsweringStepKind> = z.infer<(typeof answerSchemas)[K]>;
export type LiveAnswer = { [K in AnsweringStepKind]: AnswerOf<K> }[AnsweringStepKind];

/** True when the step asks participants something. */
export function isAnswering(kind: StepKind): kind is AnsweringStepKind {
  return kind in answerSchemas;
}

/** The targets (item or expectation ids) a step asks about; an open question has one target, the step. */
export function stepTargets(step: {
  id: string;
  kind: StepKind;
  itemIds: readonly string[];
  expectationIds: readonly string[];
}): readonly string[] {
  if (itemStepKinds.includes(step.kind)) return step.itemIds;
  if (expectationStepKinds.includes(step.kind)) return step.expectationIds;
  if (step.kind === "open_question") return [step.id];
  return [];
}
