import { and, asc, eq, inArray, isNotNull, isNull, lt, ne, or, sql } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import {
  auditEvents,
  authSessions,
  criteria,
  criterionVersions,
  decisions,
  expectations,
  invites,
  itemChanges,
  items,
  liveOpenAnswers,
  liveParticipants,
  liveSessions,
  liveVoteReceipts,
  memberships,
  realismRatings,
  scoreAnswers,
  scores,
  snapshots,
  stakeholderGroups,
  users,
  workspaces,
} from "../../db/schema.ts";

/** A workspace the user owns, with how many other members and other owners it has. */
export interface OwnedWorkspace {
  id: string;
  slug: string;
  name: string;
  otherMembers: number;
  otherOwners: number;
}

export function createPrivacyRepository(db: Database) {
  const workspaceRef = { id: workspaces.id, slug: workspaces.slug, name: workspaces.name };

  /** The workspaces the user owns, with their other members and other owners counted. */
  async function ownedWorkspaces(userId: string, tx: Pick<Database, "select">) {
    const mine = tx
      .select({ workspaceId: memberships.workspaceId })
      .from(memberships)
      .where(and(eq(memberships.userId, userId), eq(memberships.role, "owner")));
    return tx
      .select({
        ...workspaceRef,
        otherMembers: sql<number>`count(${memberships.userId}) filter (where ${memberships.userId} <> ${userId})`,
        otherOwners: sql<number>`count(${memberships.userId}) filter (where ${memberships.userId} <> ${userId} and ${memberships.role} = 'owner')`,
      })
      .from(workspaces)
      .innerJoin(memberships, eq(memberships.workspaceId, workspaces.id))
      .where(inArray(workspaces.id, mine))
      .groupBy(workspaces.id)
      .orderBy(asc(workspaces.name))
      .then((rows) =>
        rows.map(
          (r): OwnedWorkspace => ({
            ...r,
            otherMembers: Number(r.otherMembers),
            otherOwners: Number(r.otherOwners),
          }),
        ),
      );
  }

  return {
    /** Everything stored about one user, read row by row (the export is rare and small). */
    async accountData(userId: string) {
      const [profile] = await db
        .select({
          id: users.id,
          email: users.email,
          displayName: users.displayName,
          createdAt: users.createdAt,
        })
        .from(users)
        .where(eq(users.id, userId));
      if (!profile) return undefined;

      const [
        loginSessions,
        memberRows,
        scoreRows,
        answerRows,
        ratingRows,
        changeRows,
        createdItems,
        decisionRows,
        versionRows,
        expectationRows,
        sessionRows,
        snapshotRows,
        inviteRows,
        auditRows,
      ] = await Promise.all([
        db
          .select({
            createdAt: authSessions.createdAt,
            lastSeenAt: authSessions.lastSeenAt,
            expiresAt: authSessions.expiresAt,
          })
          .from(authSessions)
          .where(eq(authSessions.userId, userId))
          .orderBy(asc(authSessions.createdAt)),
        db
          .select({
            workspace: workspaceRef,
            role: memberships.role,
            groupKey: stakeholderGroups.key,
            groupName: stakeholderGroups.name,
            joinedAt: memberships.createdAt,
          })
          .from(memberships)
          .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
          .leftJoin(stakeholderGroups, eq(stakeholderGroups.id, memberships.stakeholderGroupId))
          .where(eq(memberships.userId, userId))
          .orderBy(asc(workspaces.name)),
        db
          .select({
            id: scores.id,
            workspace: workspaceRef,
            item: { id: items.id, name: items.name },
            groupKey: stakeholderGroups.key,
            groupName: stakeholderGroups.name,
            overall: scores.overall,
            sphere: scores.sphere,
            comment: scores.comment,
            createdAt: scores.createdAt,
            updatedAt: scores.updatedAt,
          })
          .from(scores)
          .innerJoin(workspaces, eq(workspaces.id, scores.workspaceId))
          .innerJoin(items, eq(items.id, scores.itemId))
          .leftJoin(stakeholderGroups, eq(stakeholderGroups.id, scores.stakeholderGroupId))
          .where(eq(scores.userId, userId))
          .orderBy(asc(scores.createdAt)),
        db
          .select({
            scoreId: scoreAnswers.scoreId,
            criterion: criteria.key,
            version: criterionVersions.version,
            label: criterionVersions.label,
            answer: scoreAnswers.answer,
          })
          .from(scoreAnswers)
          .innerJoin(scores, eq(scores.id, scoreAnswers.scoreId))
          .innerJoin(criterionVersions, eq(criterionVersions.id, scoreAnswers.criterionVersionId))
          .innerJoin(criteria, eq(criteria.id, criterionVersions.criterionId))
          .where(eq(scores.userId, userId))
          .orderBy(asc(criteria.position)),
        db
          .select({
            workspace: workspaceRef,
            expectation: {
              id: expectations.id,
              nationalKey: expectations.nationalKey,
              title: expectations.title,
            },
            rating: realismRatings.rating,
            needed: realismRatings.needed,
            updatedAt: realismRatings.updatedAt,
          })
          .from(realismRatings)
          .innerJoin(workspaces, eq(workspaces.id, realismRatings.workspaceId))
          .innerJoin(expectations, eq(expectations.id, realismRatings.expectationId))
          .where(eq(realismRatings.userId, userId))
          .orderBy(asc(realismRatings.updatedAt)),
        db
          .select({
            workspace: workspaceRef,
            item: { id: items.id, name: items.name },
            action: itemChanges.action,
            at: itemChanges.at,
            changes: itemChanges.changes,
          })
          .from(itemChanges)
          .innerJoin(workspaces, eq(workspaces.id, itemChanges.workspaceId))
          .innerJoin(items, eq(items.id, itemChanges.itemId))
          .where(eq(itemChanges.by, userId))
          .orderBy(asc(itemChanges.at)),
        db
          .select({
            workspace: workspaceRef,
            id: items.id,
            name: items.name,
            createdAt: items.createdAt,
            createdByMe: sql<boolean>`${items.createdBy} = ${userId}`,
            lastChangedByMe: sql<boolean>`${items.updatedBy} = ${userId}`,
            updatedAt: items.updatedAt,
          })
          .from(items)
          .innerJoin(workspaces, eq(workspaces.id, items.workspaceId))
          .where(or(eq(items.createdBy, userId), eq(items.updatedBy, userId)))
          .orderBy(asc(items.createdAt)),
        db
          .select({
            workspace: workspaceRef,
            item: { id: items.id, name: items.name },
            decision: decisions.decision,
            reason: decisions.reason,
            decidedAt: decisions.decidedAt,
          })
          .from(decisions)
          .innerJoin(workspaces, eq(workspaces.id, decisions.workspaceId))
          .innerJoin(items, eq(items.id, decisions.itemId))
          .where(eq(decisions.decidedBy, userId))
          .orderBy(asc(decisions.decidedAt)),
        db
          .select({
            workspace: workspaceRef,
            criterion: criteria.key,
            version: criterionVersions.version,
            label: criterionVersions.label,
            explanation: criterionVersions.explanation,
            createdAt: criterionVersions.createdAt,
          })
          .from(criterionVersions)
          .innerJoin(criteria, eq(criteria.id, criterionVersions.criterionId))
          .innerJoin(workspaces, eq(workspaces.id, criteria.workspaceId))
          .where(eq(criterionVersions.createdBy, userId))
          .orderBy(asc(criterionVersions.createdAt)),
        db
          .select({
            workspace: workspaceRef,
            id: expectations.id,
            title: expectations.title,
            createdAt: expectations.createdAt,
          })
          .from(expectations)
          .innerJoin(workspaces, eq(workspaces.id, expectations.workspaceId))
          .where(eq(expectations.createdBy, userId))
          .orderBy(asc(expectations.createdAt)),
        db
          .select({
            workspace: workspaceRef,
            id: liveSessions.id,
            title: liveSessions.title,
            date: liveSessions.date,
            status: liveSessions.status,
            createdAt: liveSessions.createdAt,
          })
          .from(liveSessions)
          .innerJoin(workspaces, eq(workspaces.id, liveSessions.workspaceId))
          .where(eq(liveSessions.createdBy, userId))
          .orderBy(asc(liveSessions.createdAt)),
        db
          .select({
            workspace: workspaceRef,
            id: snapshots.id,
            label: snapshots.label,
            takenAt: snapshots.takenAt,
          })
          .from(snapshots)
          .innerJoin(workspaces, eq(workspaces.id, snapshots.workspaceId))
          .where(eq(snapshots.takenBy, userId))
          .orderBy(asc(snapshots.takenAt)),
        db
          .select({
            workspace: workspaceRef,
            role: invites.role,
            createdByMe: sql<boolean>`${invites.createdBy} = ${userId}`,
            acceptedByMe: sql<boolean>`${invites.acceptedBy} = ${userId}`,
            createdAt: invites.createdAt,
            expiresAt: invites.expiresAt,
            acceptedAt: invites.acceptedAt,
            revokedAt: invites.revokedAt,
          })
          .from(invites)
          .innerJoin(workspaces, eq(workspaces.id, invites.workspaceId))
          .where(or(eq(invites.createdBy, userId), eq(invites.acceptedBy, userId)))
          .orderBy(asc(invites.createdAt)),
        db
          .select({
            workspace: { slug: workspaces.slug, name: workspaces.name },
            method: auditEvents.method,
            route: auditEvents.route,
            targetId: auditEvents.targetId,
            status: auditEvents.status,
            createdAt: auditEvents.createdAt,
          })
          .from(auditEvents)
          .leftJoin(workspaces, eq(workspaces.id, auditEvents.workspaceId))
          .where(eq(auditEvents.userId, userId))
          .orderBy(asc(auditEvents.createdAt)),
      ]);

      return {
        profile,
        loginSessions,
        memberRows,
        scoreRows,
        answerRows,
        ratingRows,
        changeRows,
        createdItems,
        decisionRows,
        versionRows,
        expectationRows,
        sessionRows,
        snapshotRows,
        inviteRows,
        auditRows,
      };
    },

    ownedWorkspaces: (userId: string) => ownedWorkspaces(userId, db),

    /**
     * Deletes the account in one transaction, unless it is meanwhile the last owner of a
     * workspace with other members (the owners' rows are locked, as when an owner leaves).
     * Workspaces where the user is the only member go with it. Everything else the user made
     * stays: the foreign keys set the user to null (scores and ratings become anonymous).
     */
    deleteAccount(
      userId: string,
    ): Promise<
      { deleted: true; workspaces: string[] } | { deleted: false; blocking: OwnedWorkspace[] }
    > {
      return db.transaction(async (tx) => {
        await tx
          .select({ userId: memberships.userId })
          .from(memberships)
          .where(
            and(
              eq(memberships.role, "owner"),
              inArray(
                memberships.workspaceId,
                tx
                  .select({ id: memberships.workspaceId })
                  .from(memberships)
                  .where(eq(memberships.userId, userId)),
              ),
            ),
          )
          .for("update");
        const owned = await ownedWorkspaces(userId, tx);
        const blocking = owned.filter((w) => w.otherMembers > 0 && w.otherOwners === 0);
        if (blocking.length) return { deleted: false, blocking };
        const alone = owned.filter((w) => w.otherMembers === 0).map((w) => w.id);
        if (alone.length) await tx.delete(workspaces).where(inArray(workspaces.id, alone));
        await tx.delete(users).where(eq(users.id, userId));
        return { deleted: true, workspaces: alone };
      });
    },

    async setRetention(workspaceId: string, days: number | null) {
      await db
        .update(workspaces)
        .set({ sessionRetentionDays: days })
        .where(eq(workspaces.id, workspaceId));
    },

    async retention(workspaceId: string): Promise<number | null> {
      const [row] = await db
        .select({ days: workspaces.sessionRetentionDays })
        .from(workspaces)
        .where(eq(workspaces.id, workspaceId));
      return row?.days ?? null;
    },

    /**
     * Purges the raw data of every ended session whose meeting date plus its workspace's
     * retention has passed (before `today`, yyyy-mm-dd): participants lose their token hash and
     * nickname, vote receipts and open answers never approved are deleted, and the session is
     * marked. Scores, ratings, approved answers and the participants' groups stay. Idempotent:
     * several processes may run it at once.
     */
    /** Deletes audit entries outside any workspace made before `before`; returns how many. */
    async purgeAccountLog(before: Date): Promise<number> {
      const deleted = await db
        .delete(auditEvents)
        .where(and(isNull(auditEvents.workspaceId), lt(auditEvents.createdAt, before)))
        .returning({ id: auditEvents.id });
      return deleted.length;
    },

    purgeExpiredSessions(today: string): Promise<{ id: string; workspaceId: string }[]> {
      return db.transaction(async (tx) => {
        const due = await tx
          .select({ id: liveSessions.id, workspaceId: liveSessions.workspaceId })
          .from(liveSessions)
          .innerJoin(workspaces, eq(workspaces.id, liveSessions.workspaceId))
          .where(
            and(
              eq(liveSessions.status, "ended"),
              isNull(liveSessions.purgedAt),
              isNotNull(workspaces.sessionRetentionDays),
              sql`(${liveSessions.date}::date + ${workspaces.sessionRetentionDays}) < ${today}::date`,
            ),
          )
          .for("update", { of: liveSessions, skipLocked: true });
        if (!due.length) return [];
        const ids = due.map((s) => s.id);
        const participants = tx
          .select({ id: liveParticipants.id })
          .from(liveParticipants)
          .where(inArray(liveParticipants.sessionId, ids));
        await tx
          .delete(liveVoteReceipts)
          .where(inArray(liveVoteReceipts.participantId, participants));
        await tx
          .delete(liveOpenAnswers)
          .where(
            and(inArray(liveOpenAnswers.sessionId, ids), ne(liveOpenAnswers.status, "approved")),
          );
        await tx
          .update(liveParticipants)
          .set({ tokenHash: null, nickname: "" })
          .where(inArray(liveParticipants.sessionId, ids));
        await tx
          .update(liveSessions)
          .set({ purgedAt: sql`now()` })
          .where(inArray(liveSessions.id, ids));
        return due;
      });
    },
  };
}
export type PrivacyRepository = ReturnType<typeof createPrivacyRepository>;
