import { z } from "zod";
import { type Sphere, spheres } from "../spheres.ts";

export const actionStatuses = ["idea", "planned", "running", "done", "stopped"] as const;
export type ActionStatus = (typeof actionStatuses)[number];

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "yyyy-mm");

export const actionInputSchema = z
  .strictObject({
    title: z.string().trim().min(1).max(200),
    description: z.string().trim().max(4000).default(""),
    spheres: z.array(z.enum(spheres)).max(3).default([]),
    itemIds: z.array(z.uuid()).max(200).default([]),
    expectationIds: z.array(z.uuid()).max(100).default([]),
    indicatorIds: z.array(z.uuid()).max(50).default([]),
    /** The organisation that carries the action. */
    owner: z.string().trim().max(200).default(""),
    /** Whole euros; null when not budgeted. */
    budget: z.number().int().min(0).max(1_000_000_000).nullable().default(null),
    from: month.nullable().default(null),
    until: month.nullable().default(null),
    status: z.enum(actionStatuses).default("idea"),
  })
  .refine((a) => !a.from || !a.until || a.from <= a.until, {
    path: ["until"],
    message: "until earlier than start",
  });
export type ActionInput = z.input<typeof actionInputSchema>;
export type ActionFields = z.output<typeof actionInputSchema>;

export interface BudgetPerSphere {
  sphere: Sphere | null;
  /** Sum of the budgets of actions linked to this sphere (null: actions without a sphere). */
  budget: number;
  actions: number;
}

/**
 * Budget per sphere. An action linked to several spheres is counted in each of them (the
 * overview shows where money goes, not a sum that adds up), so `total` is given apart. Stopped
 * actions are left out.
 */
export function budgetPerSphere(
  actions: readonly Pick<ActionFields, "spheres" | "budget" | "status">[],
): { rows: BudgetPerSphere[]; total: number } {
  const rows: BudgetPerSphere[] = [...spheres, null].map((sphere) => ({
    sphere,
    budget: 0,
    actions: 0,
  }));
  let total = 0;
  for (const action of actions) {
    if (action.status === "stopped") continue;
    const budget = action.budget ?? 0;
    total += budget;
    const targets = action.spheres.length ? action.spheres : [null];
    for (const sphere of targets) {
      const row = rows.find((r) => r.sphere === sphere)!;
      row.budget += budget;
      row.actions += 1;
    }
  }
  return { rows, total };
}
