import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { en } from "../i18n/en.ts";
import { nl } from "../i18n/nl.ts";
import {
  answerSchemas,
  foreignJoinCodeCharacter,
  formatJoinCode,
  gespreksmodelTemplate,
  joinCodeAlphabet,
  joinCodeLength,
  newJoinCode,
  normaliseJoinCode,
  stepInputSchema,
  stepTargets,
} from "./index.ts";
import { participantMessageSchema } from "./protocol.ts";

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

describe("join codes", () => {
  it("are 8 characters without look-alikes, from any random source", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (bytes) => {
        let calls = 0;
        const code = newJoinCode((n) => (calls++ === 0 ? bytes : new Uint8Array(n).fill(7)));
        expect(code).toHaveLength(joinCodeLength);
        for (const c of code) expect(joinCodeAlphabet).toContain(c);
      }),
    );
    for (const lookAlike of "0O1IL5S2Z8B") expect(joinCodeAlphabet).not.toContain(lookAlike);
  });

  it("are read back however they are typed", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...joinCodeAlphabet), minLength: 8, maxLength: 8 }),
        (code) => {
          expect(normaliseJoinCode(code)).toBe(code);
          expect(normaliseJoinCode(` ${formatJoinCode(code).toLowerCase()} `)).toBe(code);
        },
      ),
    );
    expect(normaliseJoinCode("QH7K-3MT")).toBeNull();
    expect(normaliseJoinCode("QH7K-3MT0")).toBeNull();
  });

  it("name the first character no code holds, so the message can say what to check", () => {
    expect(foreignJoinCodeCharacter("abcd-efgh")).toBe("B");
    expect(foreignJoinCodeCharacter("QH7K-3MT0")).toBe("0");
    expect(foreignJoinCodeCharacter(" qh7k-3mtx ")).toBeNull();
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...joinCodeAlphabet) }), (code) => {
        expect(foreignJoinCodeCharacter(code)).toBeNull();
      }),
    );
  });

  it("use every character about equally often", () => {
    const counts = new Map<string, number>();
    let seed = 1;
    const random = (n: number) =>
      Uint8Array.from({ length: n }, () => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        return seed >> 16;
      });
    for (let i = 0; i < 5000; i++) {
      for (const c of newJoinCode(random)) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    const expected = (5000 * joinCodeLength) / joinCodeAlphabet.length;
    for (const c of joinCodeAlphabet) {
      expect(Math.abs((counts.get(c) ?? 0) - expected) / expected).toBeLessThan(0.1);
    }
  });
});

describe("the 90-minute template", () => {
  it("fills 90 minutes with valid steps and notes, in both languages", () => {
    for (const catalogue of [nl, en]) {
      const steps = gespreksmodelTemplate(catalogue.live.template, {
        itemIds: [uuid(1), uuid(2)],
        expectationIds: [uuid(3)],
      }).map((step) => stepInputSchema.parse(step));
      expect(steps.reduce((sum, s) => sum + s.minutes, 0)).toBe(90);
      expect(new Set(steps.map((s) => s.kind)).size).toBe(6);
      for (const step of steps) expect(step.notes.length).toBeGreaterThan(100);
    }
  });

  it("leaves out steps that would have nothing to ask about", () => {
    const steps = gespreksmodelTemplate(nl.live.template, { itemIds: [], expectationIds: [] });
    expect(steps.map((s) => s.kind)).toEqual(["open_question", "discuss", "open_question"]);
  });
});

describe("steps and answers", () => {
  it("need targets that fit their kind", () => {
    expect(stepInputSchema.safeParse({ kind: "quick_vote", title: "Snel" }).success).toBe(false);
    expect(
      stepInputSchema.safeParse({ kind: "expectation_realism", title: "R", itemIds: [uuid(1)] })
        .success,
    ).toBe(false);
    expect(stepInputSchema.safeParse({ kind: "open_question", title: "Vraag" }).success).toBe(
      false,
    );
    const open = stepInputSchema.parse({ kind: "open_question", title: "V", question: "Wat?" });
    expect(stepTargets({ ...open, id: uuid(9) })).toEqual([uuid(9)]);
  });

  it("accept only the answer of the step's kind", () => {
    expect(answerSchemas.quick_vote.safeParse({ overall: "doubt" }).success).toBe(true);
    expect(answerSchemas.quick_vote.safeParse({ sphere: "personal" }).success).toBe(false);
    expect(answerSchemas.score_items.safeParse({ answers: {} }).success).toBe(false);
    expect(answerSchemas.open_question.safeParse({ text: " " }).success).toBe(false);
    expect(answerSchemas.open_question.safeParse({ text: "x".repeat(501) }).success).toBe(false);
  });

  it("parse only well-formed participant messages", () => {
    const vote = { type: "vote", id: "abcdefgh", stepId: uuid(1), target: uuid(2), answer: {} };
    expect(participantMessageSchema.safeParse(vote).success).toBe(true);
    expect(participantMessageSchema.safeParse({ ...vote, id: "short" }).success).toBe(false);
    expect(participantMessageSchema.safeParse({ ...vote, extra: 1 }).success).toBe(false);
    expect(
      participantMessageSchema.safeParse({ type: "hello", token: "x".repeat(43) }).success,
    ).toBe(false);
  });
});
