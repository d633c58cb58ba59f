import type { DecisionInput, MyScore, ScoreInput } from "../../../domain/delimitation.schemas.ts";
import { catalogues, languages } from "../../../domain/i18n/index.ts";
import { errors } from "../../errors.ts";
import type { DelimitationRepository } from "./delimitation.repository.ts";
import type { ScoreBookCache } from "./score-book.cache.ts";

export function createScoresService(repo: DelimitationRepository, books: ScoreBookCache) {
  async function assertItem(workspaceId: string, itemId: string) {
    if (!(await repo.itemExists(workspaceId, itemId))) throw errors.notFound();
  }

  /** A group's name may not be that of another group, also not a built-in one's as shown. */
  async function assertNameFree(workspaceId: string, name: string, exceptId?: string) {
    const wanted = name.toLocaleLowerCase("nl");
    const shownAs = (g: { key: string | null; name: string | null }) =>
      g.name !== null
        ? [g.name]
        : languages.map((l) => (catalogues[l].stakeholders as Record<string, string>)[g.key ?? ""]);
    const taken = (await repo.listStakeholderGroups(workspaceId)).some(
      (g) =>
        g.id !== exceptId && shownAs(g).some((shown) => shown?.toLocaleLowerCase("nl") === wanted),
    );
    if (taken) {
      throw errors.validation([{ path: "body.name", message: "a group with this name exists" }]);
    }
  }

  return {
    async mine(workspaceId: string, itemId: string, userId: string): Promise<MyScore> {
      await assertItem(workspaceId, itemId);
      const score = await repo.findScore(workspaceId, itemId, userId);
      if (!score) return null;
      return {
        answers: Object.fromEntries(score.answers.map((a) => [a.versionId, a.answer])),
        overall: score.overall,
        sphere: score.sphere,
        comment: score.comment,
        stakeholderGroupId: score.stakeholderGroupId,
        updatedAt: score.updatedAt.toISOString(),
      };
    },

    /** Saves the user's judgement of an item; only the current wording of enabled criteria. */
    async put(workspaceId: string, itemId: string, userId: string, input: ScoreInput) {
      await assertItem(workspaceId, itemId);
      // An empty score would count as a scorer who said nothing.
      if (!Object.keys(input.answers).length && !input.overall && !input.sphere) {
        throw errors.validation([
          { path: "body.answers", message: "answer a criterion, or give an overall judgement" },
        ]);
      }
      const current = new Set(
        (await repo.listCriteria(workspaceId)).filter((c) => c.enabled).map((c) => c.versionId),
      );
      const unknown = Object.keys(input.answers).filter((id) => !current.has(id));
      if (unknown.length) {
        throw errors.validation(
          unknown.map((id) => ({ path: `body.answers.${id}`, message: "not a current criterion" })),
        );
      }
      const group = await repo.memberGroup(workspaceId, userId);
      const { version } = await repo.putScore(
        workspaceId,
        itemId,
        userId,
        {
          stakeholderGroupId: group,
          overall: input.overall,
          sphere: input.sphere,
          comment: input.comment,
        },
        Object.entries(input.answers).map(([versionId, answer]) => ({ versionId, answer })),
      );
      books.applied(workspaceId, version, {
        scorerId: userId,
        itemId,
        group,
        answers: input.answers,
        overall: input.overall,
        sphere: input.sphere,
      });
      return this.mine(workspaceId, itemId, userId);
    },

    async decide(workspaceId: string, itemId: string, input: DecisionInput, by: string) {
      await assertItem(workspaceId, itemId);
      await repo.recordDecision(workspaceId, itemId, input, by);
    },

    async decisionHistory(workspaceId: string, itemId: string) {
      await assertItem(workspaceId, itemId);
      const rows = await repo.decisionHistory(workspaceId, [itemId]);
      return rows.map(({ itemId: _, ...r }) => ({ ...r, decidedAt: r.decidedAt.toISOString() }));
    },

    stakeholderGroups: (workspaceId: string) => repo.listStakeholderGroups(workspaceId),

    async addGroup(workspaceId: string, name: string) {
      await assertNameFree(workspaceId, name);
      return repo.createStakeholderGroup(workspaceId, name);
    },

    async renameGroup(workspaceId: string, groupId: string, name: string) {
      await assertNameFree(workspaceId, name, groupId);
      const group = await repo.renameStakeholderGroup(workspaceId, groupId, name);
      if (!group) throw errors.notFound();
      return group;
    },

    async removeGroup(workspaceId: string, groupId: string) {
      const outcome = await repo.deleteStakeholderGroup(workspaceId, groupId);
      if (outcome === "not_found") throw errors.notFound();
      if (outcome === "in_use") throw errors.groupInUse();
    },

    async setMyGroup(workspaceId: string, userId: string, groupId: string | null) {
      if (groupId) {
        const groups = await repo.listStakeholderGroups(workspaceId);
        if (!groups.some((g) => g.id === groupId)) {
          throw errors.validation([{ path: "body.groupId", message: "unknown group" }]);
        }
      }
      await repo.setMemberGroup(workspaceId, userId, groupId);
    },

    myGroup: (workspaceId: string, userId: string) => repo.memberGroup(workspaceId, userId),
  };
}
export type ScoresService = ReturnType<typeof createScoresService>;
