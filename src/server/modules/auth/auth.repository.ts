import { and, eq, lt, ne, or } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { databaseCode, uniqueViolation } from "../../db/errors.ts";
import { authSessions, memberships, users, workspaces } from "../../db/schema.ts";

export type UserRow = typeof users.$inferSelect;

export function createAuthRepository(db: Database) {
  return {
    async findUserByEmail(email: string): Promise<UserRow | undefined> {
      const [row] = await db.select().from(users).where(eq(users.email, email));
      return row;
    },

    async findUserById(id: string): Promise<UserRow | undefined> {
      const [row] = await db.select().from(users).where(eq(users.id, id));
      return row;
    },

    async insertUser(values: {
      email: string;
      displayName: string;
      passwordHash: string;
    }): Promise<UserRow | undefined> {
      const [row] = await db.insert(users).values(values).onConflictDoNothing().returning();
      return row;
    },

    /**
     * Sets the password and, in the same transaction, ends the user's login sessions except the
     * one with `keepTokenHash`: an old session must not outlive the password it was opened with.
     */
    async setPassword(userId: string, passwordHash: string, keepTokenHash?: string) {
      await db.transaction(async (tx) => {
        await tx.update(users).set({ passwordHash }).where(eq(users.id, userId));
        await tx
          .delete(authSessions)
          .where(
            and(
              eq(authSessions.userId, userId),
              keepTokenHash ? ne(authSessions.tokenHash, keepTokenHash) : undefined,
            ),
          );
      });
    },

    /** Undefined when the new e-mail address belongs to another account. */
    async updateUser(
      userId: string,
      values: { email?: string; displayName?: string },
    ): Promise<UserRow | undefined> {
      try {
        const [row] = await db.update(users).set(values).where(eq(users.id, userId)).returning();
        return row;
      } catch (error) {
        if (databaseCode(error) === uniqueViolation) return undefined;
        throw error;
      }
    },

    async insertSession(values: {
      tokenHash: string;
      userId: string;
      startedAt: Date;
      expiresAt: Date;
    }) {
      const { startedAt, ...rest } = values;
      await db
        .insert(authSessions)
        .values({ ...rest, createdAt: startedAt, lastSeenAt: startedAt });
    },

    async findSession(tokenHash: string) {
      const [row] = await db
        .select({ session: authSessions, user: users })
        .from(authSessions)
        .innerJoin(users, eq(users.id, authSessions.userId))
        .where(eq(authSessions.tokenHash, tokenHash));
      return row;
    },

    /**
     * The session, its user and the user's membership of the workspace `slug` in one statement:
     * a workspace route needs all three, and this lookup runs on every such request.
     * `membership` is null when the workspace does not exist or the user is not a member.
     */
    async findSessionInWorkspace(tokenHash: string, slug: string) {
      const [row] = await db
        .select({
          session: authSessions,
          user: users,
          workspace: { id: workspaces.id, slug: workspaces.slug, name: workspaces.name },
          role: memberships.role,
        })
        .from(authSessions)
        .innerJoin(users, eq(users.id, authSessions.userId))
        .leftJoin(workspaces, eq(workspaces.slug, slug))
        .leftJoin(
          memberships,
          and(eq(memberships.workspaceId, workspaces.id), eq(memberships.userId, users.id)),
        )
        .where(eq(authSessions.tokenHash, tokenHash));
      if (!row) return undefined;
      const { workspace, role, ...found } = row;
      return { ...found, membership: workspace && role ? { ...workspace, role } : null };
    },

    async touchSession(tokenHash: string, at: Date): Promise<void> {
      await db
        .update(authSessions)
        .set({ lastSeenAt: at })
        .where(eq(authSessions.tokenHash, tokenHash));
    },

    async deleteSession(tokenHash: string): Promise<void> {
      await db.delete(authSessions).where(eq(authSessions.tokenHash, tokenHash));
    },

    async deleteExpiredSessions(now: Date, idleBefore: Date): Promise<void> {
      await db
        .delete(authSessions)
        .where(or(lt(authSessions.expiresAt, now), lt(authSessions.lastSeenAt, idleBefore)));
    },
  };
}
export type AuthRepository = ReturnType<typeof createAuthRepository>;
