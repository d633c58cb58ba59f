import type {
  Decision,
  DecisionRecord,
  OverviewItem,
} from "../../../domain/delimitation.schemas.ts";
import { type ItemResult, ScoreBook } from "../../../domain/scoring/index.ts";
import { errors } from "../../errors.ts";
import { anonymousScorerPrefix, type DelimitationRepository } from "./delimitation.repository.ts";
import type { ScoreBookCache } from "./score-book.cache.ts";

function toRecord(row: {
  decision: Decision;
  reason: string;
  decidedBy: string | null;
  decidedAt: Date;
}): DecisionRecord {
  return {
    decision: row.decision,
    reason: row.reason,
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt.toISOString(),
  };
}

/** The delimitation: everyone's scores aggregated per item, and the group's decisions. */
export function createDelimitationService(repo: DelimitationRepository, books: ScoreBookCache) {
  /** One session's scores only: read on demand (a session has at most thousands). */
  async function sessionBook(workspaceId: string, sessionId: string) {
    const book = new ScoreBook();
    for (const score of await repo.allScores(workspaceId, sessionId)) book.put(score);
    return book;
  }

  async function aggregate(workspaceId: string, sessionId?: string) {
    const [criteria, thresholds, book] = await Promise.all([
      repo.listCriteria(workspaceId),
      repo.thresholds(workspaceId),
      sessionId ? sessionBook(workspaceId, sessionId) : books.book(workspaceId),
    ]);
    const enabled = criteria.filter((c) => c.enabled);
    const weights = enabled.map((c) => ({ versionId: c.versionId, weight: c.weight }));
    // Stored as real: round away float noise such as 0.3499999940395355.
    const rounded = {
      lower: Math.round(thresholds.lower * 1000) / 1000,
      upper: Math.round(thresholds.upper * 1000) / 1000,
    };
    const current = new Set(enabled.map((c) => c.versionId));
    return {
      /**
       * People who scored at least one item. The scores of deleted accounts no longer say whose
       * they were: they count as the fewest people who could have given them (the most on any
       * one item), so one deleted account is still one person, not one per item.
       */
      scorers: () => {
        const people = new Set<string>();
        let anonymous = 0;
        for (const itemId of book.itemIds()) {
          let onItem = 0;
          for (const score of book.scoresOf(itemId)) {
            if (score.scorerId.startsWith(anonymousScorerPrefix)) onItem++;
            else people.add(score.scorerId);
          }
          anonymous = Math.max(anonymous, onItem);
        }
        return people.size + anonymous;
      },
      result: (itemId: string): ItemResult | undefined =>
        book.scoresOf(itemId).length ? book.result(itemId, weights, rounded) : undefined,
      /** Answers given under an earlier wording, which no longer count. */
      olderAnswers: (itemId: string) =>
        book
          .scoresOf(itemId)
          .reduce(
            (sum, score) =>
              sum + Object.keys(score.answers).filter((id) => !current.has(id)).length,
            0,
          ),
    };
  }

  async function latestDecisions(workspaceId: string): Promise<Map<string, DecisionRecord>> {
    const latest = await repo.latestDecisions(workspaceId);
    return new Map([...latest].map(([itemId, row]) => [itemId, toRecord(row)]));
  }

  return {
    /**
     * Every current item with its outcome, ordered so the talk starts where views differ; with
     * `sessionId`, counting only the votes of that live session.
     */
    async overview(workspaceId: string, sessionId?: string): Promise<OverviewItem[]> {
      const [{ result }, items, decisions] = await Promise.all([
        aggregate(workspaceId, sessionId),
        repo.activeItems(workspaceId),
        latestDecisions(workspaceId),
      ]);
      const overview = items.map((item): OverviewItem => {
        const r = result(item.id);
        return {
          itemId: item.id,
          name: item.name,
          sphere: item.sphere,
          scorers: r?.scorers ?? 0,
          degree: r?.degree.value ?? null,
          outcome: r?.degree.outcome ?? null,
          disagreement: r?.disagreement.index ?? 0,
          insufficient: r ? r.disagreement.insufficient : true,
          proposedSphere: r?.sphere.modal ?? null,
          decision: decisions.get(item.id) ?? null,
        };
      });
      return overview.sort(
        (a, b) =>
          Number(b.scorers > 0) - Number(a.scorers > 0) ||
          b.disagreement - a.disagreement ||
          a.name.localeCompare(b.name, "nl"),
      );
    },

    /** One item's figures: per criterion, overall, sphere, per stakeholder group; decisions. */
    async item(workspaceId: string, itemId: string) {
      if (!(await repo.itemExists(workspaceId, itemId))) throw errors.notFound();
      const [{ result, olderAnswers }, history, comments] = await Promise.all([
        aggregate(workspaceId),
        repo.decisionHistory(workspaceId, [itemId]),
        repo.commentsFor(workspaceId, itemId),
      ]);
      return {
        result: result(itemId) ?? null,
        olderAnswers: olderAnswers(itemId),
        decisions: history.map(toRecord),
        comments: comments.map((c) => c.comment),
      };
    },

    /** "Onze sociale basis": per sphere the items in, on the edge and out, with reasons. */
    async summary(workspaceId: string) {
      const [items, decisions, criteria] = await Promise.all([
        repo.activeItems(workspaceId),
        latestDecisions(workspaceId),
        repo.listCriteria(workspaceId),
      ]);
      return {
        criteria: criteria.filter((c) => c.enabled),
        items: items.map((item) => ({
          itemId: item.id,
          name: item.name,
          sphere: item.sphere,
          decision: decisions.get(item.id) ?? null,
        })),
      };
    },

    /**
     * Every item's figures (per criterion and per stakeholder group, small groups pooled) and
     * how many people scored; with `sessionId`, counting only that live session's votes.
     */
    async results(workspaceId: string, sessionId?: string) {
      const { result, scorers } = await aggregate(workspaceId, sessionId);
      return { result, scorers: scorers() };
    },

    thresholds: (workspaceId: string) => repo.thresholds(workspaceId),
    setThresholds: (workspaceId: string, lower: number, upper: number) =>
      repo.setThresholds(workspaceId, lower, upper),
  };
}
export type DelimitationService = ReturnType<typeof createDelimitationService>;
