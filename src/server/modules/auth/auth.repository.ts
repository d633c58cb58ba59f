import { eq, lt, or } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { authSessions, users } from "../../db/schema.ts";

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

    async setPassword(userId: string, passwordHash: string): Promise<void> {
      await db.update(users).set({ passwordHash }).where(eq(users.id, userId));
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

    async touchSession(tokenHash: string, at: Date): Promise<void> {
      await db
        .update(authSessions)
        .set({ lastSeenAt: at })
        .where(eq(authSessions.tokenHash, tokenHash));
    },

    async deleteSession(tokenHash: string): Promise<void> {
      await db.delete(authSessions).where(eq(authSessions.tokenHash, tokenHash));
    },

    async deleteUserSessions(userId: string): Promise<void> {
      await db.delete(authSessions).where(eq(authSessions.userId, userId));
    },

    async deleteExpiredSessions(now: Date, idleBefore: Date): Promise<void> {
      await db
        .delete(authSessions)
        .where(or(lt(authSessions.expiresAt, now), lt(authSessions.lastSeenAt, idleBefore)));
    },
  };
}
export type AuthRepository = ReturnType<typeof createAuthRepository>;
