import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import { defaultCriteria } from "../../../domain/criteria.ts";
import type { WorkspaceRole } from "../../../domain/roles.ts";
import { defaultStakeholderGroups } from "../../../domain/stakeholders.ts";
import type { Database } from "../../db/client.ts";
import {
  areas,
  criteria,
  criterionVersions,
  invites,
  items,
  memberships,
  stakeholderGroups,
  users,
  workspaces,
} from "../../db/schema.ts";

export type WorkspaceRow = typeof workspaces.$inferSelect;
type InviteRole = "editor" | "member" | "viewer";

export function createWorkspacesRepository(db: Database) {
  return {
    listForUser(userId: string) {
      return db
        .select({
          id: workspaces.id,
          slug: workspaces.slug,
          name: workspaces.name,
          role: memberships.role,
        })
        .from(memberships)
        .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
        .where(eq(memberships.userId, userId))
        .orderBy(asc(workspaces.name));
    },

    async findBySlug(slug: string) {
      const [row] = await db.select().from(workspaces).where(eq(workspaces.slug, slug));
      return row;
    },

    /** Creates a workspace with its owner, default stakeholder groups and default criteria. */
    create(values: { slug: string; name: string }, ownerId: string) {
      return db.transaction(async (tx) => {
        const [workspace] = await tx
          .insert(workspaces)
          .values(values)
          .onConflictDoNothing()
          .returning();
        if (!workspace) return undefined;
        await tx
          .insert(memberships)
          .values({ workspaceId: workspace.id, userId: ownerId, role: "owner" });
        await tx.insert(stakeholderGroups).values(
          defaultStakeholderGroups.map((key, position) => ({
            workspaceId: workspace.id,
            key,
            position,
          })),
        );
        const created = await tx
          .insert(criteria)
          .values(
            defaultCriteria.map((c, position) => ({
              workspaceId: workspace.id,
              key: c.key,
              set: c.set,
              position,
            })),
          )
          .returning({ id: criteria.id });
        const versions = await tx
          .insert(criterionVersions)
          .values(created.map((c) => ({ criterionId: c.id, version: 1 })))
          .returning({ id: criterionVersions.id, criterionId: criterionVersions.criterionId });
        for (const v of versions) {
          await tx
            .update(criteria)
            .set({ currentVersionId: v.id })
            .where(eq(criteria.id, v.criterionId));
        }
        return workspace;
      });
    },

    async counts(workspaceId: string) {
      const [row] = await db
        .select({
          items: sql<number>`(select count(*)::int from ${items} where ${items.workspaceId} = ${workspaceId} and ${items.archivedAt} is null)`,
          areas: sql<number>`(select count(*)::int from ${areas} where ${areas.workspaceId} = ${workspaceId})`,
          members: sql<number>`(select count(*)::int from ${memberships} where ${memberships.workspaceId} = ${workspaceId})`,
        })
        .from(workspaces)
        .where(eq(workspaces.id, workspaceId));
      return row ?? { items: 0, areas: 0, members: 0 };
    },

    async deleteWorkspace(id: string) {
      await db.delete(workspaces).where(eq(workspaces.id, id));
    },

    listMembers(workspaceId: string) {
      return db
        .select({
          userId: users.id,
          email: users.email,
          displayName: users.displayName,
          role: memberships.role,
          joinedAt: memberships.createdAt,
        })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(eq(memberships.workspaceId, workspaceId))
        .orderBy(asc(users.displayName));
    },

    async findMember(workspaceId: string, userId: string) {
      const [row] = await db
        .select()
        .from(memberships)
        .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
      return row;
    },

    async addMember(
      workspaceId: string,
      userId: string,
      role: WorkspaceRole,
      stakeholderGroupId: string | null = null,
    ): Promise<boolean> {
      const rows = await db
        .insert(memberships)
        .values({ workspaceId, userId, role, stakeholderGroupId })
        .onConflictDoNothing()
        .returning({ userId: memberships.userId });
      return rows.length > 0;
    },

    /**
     * Changes a role (or removes the member, with role null) unless that would leave the
     * workspace without an owner. The owners' rows are locked first, so two owners leaving at
     * the same moment cannot both succeed.
     */
    changeMembership(
      workspaceId: string,
      userId: string,
      role: WorkspaceRole | null,
    ): Promise<"done" | "not_found" | "last_owner"> {
      return db.transaction(async (tx) => {
        const owners = await tx
          .select({ userId: memberships.userId })
          .from(memberships)
          .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.role, "owner")))
          .for("update");
        const [member] = await tx
          .select({ role: memberships.role })
          .from(memberships)
          .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
        if (!member) return "not_found";
        if (member.role === "owner" && role !== "owner" && owners.length <= 1) return "last_owner";
        const target = and(
          eq(memberships.workspaceId, workspaceId),
          eq(memberships.userId, userId),
        );
        if (role) await tx.update(memberships).set({ role }).where(target);
        else await tx.delete(memberships).where(target);
        return "done";
      });
    },

    async stakeholderGroupId(workspaceId: string, key: string) {
      const [row] = await db
        .select({ id: stakeholderGroups.id })
        .from(stakeholderGroups)
        .where(and(eq(stakeholderGroups.workspaceId, workspaceId), eq(stakeholderGroups.key, key)));
      return row?.id ?? null;
    },

    async insertInvite(values: {
      workspaceId: string;
      tokenHash: string;
      role: InviteRole;
      createdBy: string;
      expiresAt: Date;
    }) {
      const [row] = await db.insert(invites).values(values).returning();
      return row!;
    },

    listOpenInvites(workspaceId: string, now: Date) {
      return db
        .select()
        .from(invites)
        .where(
          and(
            eq(invites.workspaceId, workspaceId),
            isNull(invites.acceptedAt),
            isNull(invites.revokedAt),
            gt(invites.expiresAt, now),
          ),
        )
        .orderBy(asc(invites.createdAt));
    },

    async revokeInvite(workspaceId: string, inviteId: string, now: Date): Promise<boolean> {
      const rows = await db
        .update(invites)
        .set({ revokedAt: now })
        .where(
          and(
            eq(invites.workspaceId, workspaceId),
            eq(invites.id, inviteId),
            isNull(invites.acceptedAt),
            isNull(invites.revokedAt),
          ),
        )
        .returning({ id: invites.id });
      return rows.length > 0;
    },

    async findInvite(tokenHash: string) {
      const [row] = await db
        .select({ invite: invites, workspace: workspaces })
        .from(invites)
        .innerJoin(workspaces, eq(workspaces.id, invites.workspaceId))
        .where(eq(invites.tokenHash, tokenHash));
      return row;
    },

    /** Marks the invite used and adds the member, atomically; false when it was used meanwhile. */
    acceptInvite(inviteId: string, userId: string, now: Date) {
      return db.transaction(async (tx) => {
        const [invite] = await tx
          .update(invites)
          .set({ acceptedAt: now, acceptedBy: userId })
          .where(
            and(
              eq(invites.id, inviteId),
              isNull(invites.acceptedAt),
              isNull(invites.revokedAt),
              gt(invites.expiresAt, now),
            ),
          )
          .returning();
        if (!invite) return false;
        await tx
          .insert(memberships)
          .values({ workspaceId: invite.workspaceId, userId, role: invite.role })
          .onConflictDoNothing();
        return true;
      });
    },
  };
}
export type WorkspacesRepository = ReturnType<typeof createWorkspacesRepository>;
