import type {
  CreateCriterionInput,
  Criterion,
  UpdateCriterionInput,
} from "../../../domain/delimitation.schemas.ts";
import { errors } from "../../errors.ts";
import type { DelimitationRepository } from "./delimitation.repository.ts";

export function createCriteriaService(repo: DelimitationRepository) {
  return {
    list: (workspaceId: string): Promise<Criterion[]> => repo.listCriteria(workspaceId),

    /** A criterion of the workspace's own; keys L1, L2… ("lokaal"). */
    async create(workspaceId: string, input: CreateCriterionInput, by: string): Promise<Criterion> {
      const existing = await repo.listCriteria(workspaceId);
      const localNumbers = existing
        .map((c) => /^L(\d+)$/.exec(c.key)?.[1])
        .filter(Boolean)
        .map(Number);
      const key = `L${Math.max(0, ...localNumbers) + 1}`;
      const position = Math.max(-1, ...existing.map((c) => c.position)) + 1;
      const id = await repo.createCriterion(
        workspaceId,
        { key, set: input.set, weight: input.weight, position },
        { label: input.label, explanation: input.explanation },
        by,
      );
      return (await repo.listCriteria(workspaceId)).find((c) => c.id === id)!;
    },

    /**
     * Changes weight or enabled in place. A new label or explanation makes a new version:
     * scores given under the old wording stay tied to it and no longer count for the new one.
     */
    async update(
      workspaceId: string,
      id: string,
      input: UpdateCriterionInput,
      by: string,
    ): Promise<Criterion> {
      const current = (await repo.listCriteria(workspaceId)).find((c) => c.id === id);
      if (!current) throw errors.notFound();
      const label = input.label ?? current.label;
      const explanation = input.explanation ?? current.explanation;
      const reworded = label !== current.label || explanation !== current.explanation;
      await repo.updateCriterion(
        workspaceId,
        id,
        { weight: input.weight, enabled: input.enabled },
        reworded ? { label, explanation, version: current.version + 1 } : null,
        by,
      );
      return (await repo.listCriteria(workspaceId)).find((c) => c.id === id)!;
    },
  };
}
export type CriteriaService = ReturnType<typeof createCriteriaService>;
