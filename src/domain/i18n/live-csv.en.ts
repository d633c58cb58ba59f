import type { liveCsvNl } from "./live-csv.nl.ts";

/** Texts of the session results CSV; the same keys as the Dutch. */
export const liveCsvEn: typeof liveCsvNl = {
  columns: {
    step: "Step",
    stepTitle: "Step (title)",
    participant: "Participant",
    group: "Group",
    target: "Subject",
    question: "Question",
    value: "Answer",
    otherGroup: "other (groups smaller than 3)",
    overall: "Quick check",
    sphere: "Sphere",
    realism: "Realistic?",
    answer: "Answer",
  },
  values: {
    rather_yes: "rather yes",
    doubt: "in doubt",
    rather_not: "rather not",
    personal: "personal",
    communal: "communal",
    institutional: "institutional",
    yes: "yes",
    partly: "partly",
    no: "no",
    unknown: "don't know",
    realistic: "realistic",
    unrealistic: "unrealistic",
  },
};
