import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import type { RealismRating } from "../../../domain/expectations/index.ts";
import type { AnsweringStepKind, Step } from "../../../domain/live/index.ts";
import type { Answer, Overall } from "../../../domain/scoring/index.ts";
import type { Sphere } from "../../../domain/spheres.ts";
import type { Database } from "../../db/client.ts";
import {
  criteria,
  criterionVersions,
  expectations,
  items,
  liveOpenAnswers,
  liveParticipants,
  liveSessions,
  liveSteps,
  liveVoteReceipts,
  realismRatings,
  scoreAnswers,
  scores,
  stakeholderGroups,
} from "../../db/schema.ts";
import { type LiveEvent, notifyLive } from "./live-events.ts";

export type SessionRow = typeof liveSessions.$inferSelect;
export type StepRow = typeof liveSteps.$inferSelect;
export type ParticipantRow = typeof liveParticipants.$inferSelect;

/** A vote checked against its step's kind, ready to be written. */
export type VoteToWrite = {
  participantId: string;
  clientId: string;
  sessionId: string;
  workspaceId: string;
  stepId: string;
  group: string | null;
} & (
  | {
      kind: "item";
      target: string;
      answers?: Record<string, Answer>;
      overall?: Overall;
      sphere?: Sphere;
    }
  | { kind: "realism"; target: string; rating: RealismRating }
  | { kind: "open"; target: string; text: string }
);

export type VoteOutcome = "committed" | "duplicate" | "step_not_open";

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

/** NOTIFY payloads must stay under 8000 bytes. */
const maxPayloadBytes = 7000;

function chunkEvents(sessionId: string, votes: LiveEvent & { t: "votes" }): LiveEvent[] {
  const chunks: LiveEvent[] = [];
  let current: typeof votes.v = [];
  let size = 0;
  for (const v of votes.v) {
    const bytes = Buffer.byteLength(JSON.stringify(v));
    if (current.length && size + bytes > maxPayloadBytes) {
      chunks.push({ s: sessionId, t: "votes", v: current });
      current = [];
      size = 0;
    }
    current.push(v);
    size += bytes + 1;
  }
  if (current.length) chunks.push({ s: sessionId, t: "votes", v: current });
  return chunks;
}

export function createLiveRepository(db: Database) {
  return {
    async createSession(
      values: { workspaceId: string; title: string; date: string; code: string; createdBy: string },
      steps: Step[],
    ): Promise<SessionRow | undefined> {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(liveSessions)
          .values(values)
          .onConflictDoNothing({ target: liveSessions.code })
          .returning();
        if (!row) return undefined;
        await insertSteps(tx, row.id, steps);
        return row;
      });
    },

    async listSessions(workspaceId: string) {
      return db
        .select({
          session: liveSessions,
          participants: sql<number>`(select count(*)::int from ${liveParticipants} where ${liveParticipants.sessionId} = ${liveSessions.id})`,
        })
        .from(liveSessions)
        .where(eq(liveSessions.workspaceId, workspaceId))
        .orderBy(sql`${liveSessions.date} desc`, sql`${liveSessions.createdAt} desc`);
    },

    async findSession(workspaceId: string, id: string): Promise<SessionRow | undefined> {
      const [row] = await db
        .select()
        .from(liveSessions)
        .where(and(eq(liveSessions.workspaceId, workspaceId), eq(liveSessions.id, id)));
      return row;
    },

    async findSessionById(id: string): Promise<SessionRow | undefined> {
      const [row] = await db.select().from(liveSessions).where(eq(liveSessions.id, id));
      return row;
    },

    async findSessionByCode(code: string): Promise<SessionRow | undefined> {
      const [row] = await db.select().from(liveSessions).where(eq(liveSessions.code, code));
      return row;
    },

    steps(sessionId: string): Promise<StepRow[]> {
      return db
        .select()
        .from(liveSteps)
        .where(eq(liveSteps.sessionId, sessionId))
        .orderBy(asc(liveSteps.position));
    },

    async updateSession(
      sessionId: string,
      values: { title?: string; date?: string },
      steps: Step[] | undefined,
    ) {
      await db.transaction(async (tx) => {
        if (Object.keys(values).length) {
          await tx.update(liveSessions).set(values).where(eq(liveSessions.id, sessionId));
        }
        if (steps) {
          await tx
            .update(liveSessions)
            .set({ currentStepId: null })
            .where(eq(liveSessions.id, sessionId));
          await tx.delete(liveSteps).where(eq(liveSteps.sessionId, sessionId));
          await insertSteps(tx, sessionId, steps);
        }
        await notifyLive(tx, { s: sessionId, t: "state" });
      });
    },

    async deleteSession(sessionId: string) {
      await db.transaction(async (tx) => {
        await tx.delete(liveSessions).where(eq(liveSessions.id, sessionId));
        await notifyLive(tx, { s: sessionId, t: "state" });
      });
    },

    /** Applies a control change in one transaction and tells every process. */
    async control(
      sessionId: string,
      change: {
        status?: SessionRow["status"];
        currentStepId?: string | null;
        /** Steps to set to a state. */
        states?: { stepIds: string[]; state: StepRow["state"] }[];
        /** Close every open step (before another opens, or at the end). */
        closeOpen?: boolean;
      },
    ) {
      await db.transaction(async (tx) => {
        if (change.closeOpen) {
          await tx
            .update(liveSteps)
            .set({ state: "closed" })
            .where(and(eq(liveSteps.sessionId, sessionId), eq(liveSteps.state, "open")));
        }
        for (const { stepIds, state } of change.states ?? []) {
          if (!stepIds.length) continue;
          await tx
            .update(liveSteps)
            .set({ state })
            .where(and(eq(liveSteps.sessionId, sessionId), inArray(liveSteps.id, stepIds)));
        }
        const session: Partial<SessionRow> = {};
        if (change.status) session.status = change.status;
        if (change.currentStepId !== undefined) session.currentStepId = change.currentStepId;
        if (Object.keys(session).length) {
          await tx.update(liveSessions).set(session).where(eq(liveSessions.id, sessionId));
        }
        await notifyLive(tx, { s: sessionId, t: "state" });
      });
    },

    async insertParticipant(values: {
      sessionId: string;
      tokenHash: string;
      stakeholderGroupId: string | null;
      nickname: string;
    }): Promise<ParticipantRow> {
      return db.transaction(async (tx) => {
        const [row] = await tx.insert(liveParticipants).values(values).returning();
        await notifyLive(tx, { s: values.sessionId, t: "joined" });
        return row!;
      });
    },

    async findParticipant(tokenHash: string) {
      const [row] = await db
        .select({ participant: liveParticipants, session: liveSessions })
        .from(liveParticipants)
        .innerJoin(liveSessions, eq(liveSessions.id, liveParticipants.sessionId))
        .where(eq(liveParticipants.tokenHash, tokenHash));
      return row;
    },

    async participantCount(sessionId: string): Promise<number> {
      const [row] = await db
        .select({ n: count() })
        .from(liveParticipants)
        .where(eq(liveParticipants.sessionId, sessionId));
      return row?.n ?? 0;
    },

    groups(workspaceId: string) {
      return db
        .select({
          id: stakeholderGroups.id,
          key: stakeholderGroups.key,
          name: stakeholderGroups.name,
        })
        .from(stakeholderGroups)
        .where(eq(stakeholderGroups.workspaceId, workspaceId))
        .orderBy(asc(stakeholderGroups.position));
    },

    /** Every wording of the workspace's criteria (answers may be to an earlier one). */
    criteriaVersions(workspaceId: string) {
      return db
        .select({
          versionId: criterionVersions.id,
          key: criteria.key,
          label: criterionVersions.label,
        })
        .from(criterionVersions)
        .innerJoin(criteria, eq(criteria.id, criterionVersions.criterionId))
        .where(eq(criteria.workspaceId, workspaceId));
    },

    itemsByIds(workspaceId: string, ids: string[]) {
      if (!ids.length) return Promise.resolve([]);
      return db
        .select({ id: items.id, name: items.name, description: items.description })
        .from(items)
        .where(and(eq(items.workspaceId, workspaceId), inArray(items.id, ids)));
    },

    expectationsByIds(workspaceId: string, ids: string[]) {
      if (!ids.length) return Promise.resolve([]);
      return db
        .select({
          id: expectations.id,
          title: expectations.title,
          nationalKey: expectations.nationalKey,
          expects: expectations.expects,
        })
        .from(expectations)
        .where(and(eq(expectations.workspaceId, workspaceId), inArray(expectations.id, ids)));
    },

    /** What a template asks about when the facilitator chose nothing: a few current items and expectations. */
    async defaultTargets(workspaceId: string) {
      const itemRows = await db
        .select({ id: items.id })
        .from(items)
        .where(and(eq(items.workspaceId, workspaceId), sql`${items.archivedAt} is null`))
        .orderBy(asc(items.name))
        .limit(8);
      const expectationRows = await db
        .select({ id: expectations.id })
        .from(expectations)
        .where(eq(expectations.workspaceId, workspaceId))
        .orderBy(asc(expectations.createdAt))
        .limit(5);
      return {
        itemIds: itemRows.map((r) => r.id),
        expectationIds: expectationRows.map((r) => r.id),
      };
    },

    /**
     * The session's realism ratings, open answers, receipts and participants, as the room needs
     * them; its scores come from the delimitation repository (`allScores` of the session).
     */
    async sessionVotes(sessionId: string) {
      return db.transaction(
        async (tx) => {
          const realism = await tx
            .select({
              expectationId: realismRatings.expectationId,
              participantId: realismRatings.participantId,
              group: realismRatings.stakeholderGroupId,
              rating: realismRatings.rating,
            })
            .from(realismRatings)
            .where(eq(realismRatings.sessionId, sessionId));
          const open = await tx
            .select({
              id: liveOpenAnswers.id,
              stepId: liveOpenAnswers.stepId,
              participantId: liveOpenAnswers.participantId,
              text: liveOpenAnswers.text,
              status: liveOpenAnswers.status,
            })
            .from(liveOpenAnswers)
            .where(eq(liveOpenAnswers.sessionId, sessionId))
            .orderBy(asc(liveOpenAnswers.createdAt));
          const receipts = await tx
            .selectDistinct({
              stepId: liveVoteReceipts.stepId,
              participantId: liveVoteReceipts.participantId,
              target: liveVoteReceipts.target,
            })
            .from(liveVoteReceipts)
            .innerJoin(liveSteps, eq(liveSteps.id, liveVoteReceipts.stepId))
            .where(eq(liveSteps.sessionId, sessionId));
          const joined = await tx
            .select({ n: count() })
            .from(liveParticipants)
            .where(eq(liveParticipants.sessionId, sessionId));
          return {
            realism,
            open,
            receipts,
            joined: joined[0]?.n ?? 0,
          };
        },
        { isolationLevel: "repeatable read", accessMode: "read only" },
      );
    },

    /** One participant's committed answers, to restore their screen after a reload. */
    async participantVotes(participantId: string) {
      const scoreRows = await db
        .select({
          id: scores.id,
          itemId: scores.itemId,
          overall: scores.overall,
          sphere: scores.sphere,
        })
        .from(scores)
        .where(eq(scores.participantId, participantId));
      const answerRows = scoreRows.length
        ? await db
            .select({
              scoreId: scoreAnswers.scoreId,
              versionId: scoreAnswers.criterionVersionId,
              answer: scoreAnswers.answer,
            })
            .from(scoreAnswers)
            .where(
              inArray(
                scoreAnswers.scoreId,
                scoreRows.map((r) => r.id),
              ),
            )
        : [];
      const realism = await db
        .select({ expectationId: realismRatings.expectationId, rating: realismRatings.rating })
        .from(realismRatings)
        .where(eq(realismRatings.participantId, participantId));
      const open = await db
        .select({ stepId: liveOpenAnswers.stepId, text: liveOpenAnswers.text })
        .from(liveOpenAnswers)
        .where(eq(liveOpenAnswers.participantId, participantId))
        .orderBy(asc(liveOpenAnswers.createdAt));
      return { scores: scoreRows, answers: answerRows, realism, open };
    },

    notify: (event: LiveEvent) => notifyLive(db, event),

    async moderate(sessionId: string, answerId: string, status: "pending" | "approved" | "hidden") {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .update(liveOpenAnswers)
          .set({ status })
          .where(and(eq(liveOpenAnswers.sessionId, sessionId), eq(liveOpenAnswers.id, answerId)))
          .returning({ id: liveOpenAnswers.id, stepId: liveOpenAnswers.stepId });
        if (row) {
          await notifyLive(tx, { s: sessionId, t: "moderated", id: row.id, status });
        }
        return row;
      });
    },

    /**
     * Writes a batch of votes in one transaction (group commit): receipts first, so a vote sent
     * twice is written once; then scores, realism ratings and open answers; then one NOTIFY per
     * session so every process applies them in commit order. Returns each vote's outcome, in
     * the order given.
     */
    async writeVotes(votes: VoteToWrite[]): Promise<VoteOutcome[]> {
      return db.transaction(async (tx) => {
        const outcomes: VoteOutcome[] = votes.map(() => "committed");
        const stepIds = [...new Set(votes.map((v) => v.stepId))];
        const openSteps = new Set(
          (
            await tx
              .select({ id: liveSteps.id })
              .from(liveSteps)
              .where(and(inArray(liveSteps.id, stepIds), eq(liveSteps.state, "open")))
          ).map((r) => r.id),
        );
        const candidates: number[] = [];
        votes.forEach((v, i) => {
          if (openSteps.has(v.stepId)) candidates.push(i);
          else outcomes[i] = "step_not_open";
        });
        if (!candidates.length) return outcomes;
        const receipts = await rowsOf<{ participant_id: string; client_id: string }>(
          tx,
          sql`insert into live_vote_receipts (participant_id, client_id, step_id, target)
            select participant_id, client_id, step_id, target
            from jsonb_to_recordset(${recordset(
              candidates.map((i) => ({
                participant_id: votes[i]!.participantId,
                client_id: votes[i]!.clientId,
                step_id: votes[i]!.stepId,
                target: votes[i]!.target,
              })),
            )}) as x(participant_id uuid, client_id text, step_id uuid, target uuid)
            on conflict do nothing
            returning participant_id, client_id`,
        );
        const fresh = new Set(receipts.map((r) => `${r.participant_id}/${r.client_id}`));
        const written: VoteToWrite[] = [];
        for (const i of candidates) {
          const v = votes[i]!;
          const key = `${v.participantId}/${v.clientId}`;
          if (fresh.delete(key)) written.push(v);
          else outcomes[i] = "duplicate";
        }
        const events = await writeFresh(tx, written);
        for (const [sessionId, v] of events) {
          for (const event of chunkEvents(sessionId, { s: sessionId, t: "votes", v })) {
            await notifyLive(tx, event);
          }
        }
        return outcomes;
      });
    },
  };
}
export type LiveRepository = ReturnType<typeof createLiveRepository>;

async function insertSteps(tx: Tx, sessionId: string, steps: Step[]) {
  if (!steps.length) return;
  await tx.insert(liveSteps).values(
    steps.map((step, position) => ({
      sessionId,
      position,
      kind: step.kind,
      title: step.title,
      notes: step.notes,
      minutes: step.minutes,
      question: step.question,
      itemIds: step.itemIds,
      expectationIds: step.expectationIds,
    })),
  );
}

/**
 * Rows as one JSON parameter, read back with `jsonb_to_recordset`: one fixed statement per batch
 * whatever its size, instead of a parameter per value (which costs query building and memory per
 * vote under load).
 */
function recordset(rows: readonly object[]) {
  return sql`${JSON.stringify(rows)}::jsonb`;
}

async function rowsOf<T>(tx: Tx, query: ReturnType<typeof sql>): Promise<T[]> {
  // Both drivers answer `execute` with `{ rows }`.
  return ((await tx.execute(query)) as unknown as { rows: T[] }).rows;
}

type VoteEvent = (LiveEvent & { t: "votes" })["v"][number];

/** Writes the fresh votes of a batch; returns the events to announce, per session. */
async function writeFresh(tx: Tx, votes: VoteToWrite[]): Promise<Map<string, VoteEvent[]>> {
  const events = new Map<string, VoteEvent[]>();
  const announce = (sessionId: string, event: VoteEvent) => {
    const list = events.get(sessionId) ?? [];
    list.push(event);
    events.set(sessionId, list);
  };

  // Item votes: merged per participant and item (later fields win), one upsert.
  const itemVotes = new Map<string, VoteToWrite & { kind: "item" }>();
  for (const v of votes) {
    if (v.kind !== "item") continue;
    const key = `${v.participantId}/${v.target}`;
    const before = itemVotes.get(key);
    itemVotes.set(
      key,
      before
        ? {
            ...before,
            ...v,
            answers: before.answers || v.answers ? { ...before.answers, ...v.answers } : undefined,
            overall: v.overall ?? before.overall,
            sphere: v.sphere ?? before.sphere,
          }
        : v,
    );
  }
  if (itemVotes.size) {
    const merged = [...itemVotes.values()];
    const rows = await rowsOf<{
      id: string;
      item_id: string;
      participant_id: string;
      overall: Overall | null;
      sphere: Sphere | null;
    }>(
      tx,
      sql`insert into scores
          (workspace_id, item_id, participant_id, session_id, stakeholder_group_id, overall, sphere, updated_at)
        select workspace_id, item_id, participant_id, session_id, stakeholder_group_id, overall, sphere, now()
        from jsonb_to_recordset(${recordset(
          merged.map((v) => ({
            workspace_id: v.workspaceId,
            item_id: v.target,
            participant_id: v.participantId,
            session_id: v.sessionId,
            stakeholder_group_id: v.group,
            overall: v.overall ?? null,
            sphere: v.sphere ?? null,
          })),
        )}) as x(workspace_id uuid, item_id uuid, participant_id uuid, session_id uuid,
                 stakeholder_group_id uuid, overall text, sphere text)
        on conflict (item_id, participant_id) do update set
          overall = coalesce(excluded.overall, scores.overall),
          sphere = coalesce(excluded.sphere, scores.sphere),
          updated_at = excluded.updated_at
        returning id, item_id, participant_id, overall, sphere`,
    );
    const byKey = new Map(rows.map((r) => [`${r.participant_id}/${r.item_id}`, r]));
    const answerRows = merged.flatMap((v) => {
      const row = byKey.get(`${v.participantId}/${v.target}`)!;
      return Object.entries(v.answers ?? {}).map(([criterion_version_id, answer]) => ({
        score_id: row.id,
        criterion_version_id,
        answer,
      }));
    });
    if (answerRows.length) {
      await tx.execute(
        sql`insert into score_answers (score_id, criterion_version_id, answer)
          select score_id, criterion_version_id, answer
          from jsonb_to_recordset(${recordset(answerRows)})
            as x(score_id uuid, criterion_version_id uuid, answer text)
          on conflict (score_id, criterion_version_id) do update set answer = excluded.answer`,
      );
    }
    for (const v of merged) {
      const row = byKey.get(`${v.participantId}/${v.target}`)!;
      announce(v.sessionId, {
        k: "item",
        p: v.participantId,
        g: v.group,
        st: v.stepId,
        i: v.target,
        ...(v.answers ? { a: v.answers } : {}),
        o: row.overall,
        sp: row.sphere,
      });
    }
  }

  const realismVotes = new Map<string, VoteToWrite & { kind: "realism" }>();
  for (const v of votes) {
    if (v.kind === "realism") realismVotes.set(`${v.participantId}/${v.target}`, v);
  }
  if (realismVotes.size) {
    await tx.execute(
      sql`insert into realism_ratings
          (workspace_id, expectation_id, participant_id, session_id, stakeholder_group_id, rating, updated_at)
        select workspace_id, expectation_id, participant_id, session_id, stakeholder_group_id, rating, now()
        from jsonb_to_recordset(${recordset(
          [...realismVotes.values()].map((v) => ({
            workspace_id: v.workspaceId,
            expectation_id: v.target,
            participant_id: v.participantId,
            session_id: v.sessionId,
            stakeholder_group_id: v.group,
            rating: v.rating,
          })),
        )}) as x(workspace_id uuid, expectation_id uuid, participant_id uuid, session_id uuid,
                 stakeholder_group_id uuid, rating text)
        on conflict (expectation_id, participant_id) do update set
          rating = excluded.rating, updated_at = excluded.updated_at`,
    );
    for (const v of realismVotes.values()) {
      announce(v.sessionId, {
        k: "realism",
        p: v.participantId,
        g: v.group,
        st: v.stepId,
        e: v.target,
        r: v.rating,
      });
    }
  }

  const openVotes = votes.filter((v): v is VoteToWrite & { kind: "open" } => v.kind === "open");
  if (openVotes.length) {
    const rows = await tx
      .insert(liveOpenAnswers)
      .values(
        openVotes.map((v) => ({
          sessionId: v.sessionId,
          stepId: v.stepId,
          participantId: v.participantId,
          text: v.text,
        })),
      )
      .returning({ id: liveOpenAnswers.id });
    openVotes.forEach((v, i) => {
      announce(v.sessionId, {
        k: "open",
        p: v.participantId,
        st: v.stepId,
        id: rows[i]!.id,
        x: v.text,
      });
    });
  }
  return events;
}

export type { AnsweringStepKind };
