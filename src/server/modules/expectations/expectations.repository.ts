import { and, asc, desc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import {
  type NationalExpectationKey,
  nationalExpectations,
  type RealismRating,
} from "../../../domain/expectations/index.ts";
import type { Database } from "../../db/client.ts";
import {
  decisions,
  expectationItems,
  expectations,
  items,
  memberships,
  realismRatings,
} from "../../db/schema.ts";

export type ExpectationRow = typeof expectations.$inferSelect;
type ExpectationValues = Partial<
  Pick<
    ExpectationRow,
    | "title"
    | "source"
    | "page"
    | "expects"
    | "purpose"
    | "themes"
    | "forces"
    | "relievesFormalCare"
    | "spheres"
  >
>;

export function createExpectationsRepository(db: Database) {
  async function replaceItems(
    tx: Pick<Database, "delete" | "insert">,
    expectationId: string,
    itemIds: readonly string[],
  ) {
    await tx.delete(expectationItems).where(eq(expectationItems.expectationId, expectationId));
    if (itemIds.length) {
      await tx
        .insert(expectationItems)
        .values(itemIds.map((itemId) => ({ expectationId, itemId })));
    }
  }

  return {
    /** Makes the workspace's rows for the national library, with the library's own reading. */
    async ensureNational(workspaceId: string) {
      const existing = await db
        .select({ key: expectations.nationalKey })
        .from(expectations)
        .where(and(eq(expectations.workspaceId, workspaceId), isNotNull(expectations.nationalKey)));
      if (existing.length >= nationalExpectations.length) return;
      await db
        .insert(expectations)
        .values(
          nationalExpectations.map((n) => ({
            workspaceId,
            nationalKey: n.key,
            themes: [...n.themes],
            forces: [...n.forces],
            relievesFormalCare: n.relievesFormalCare,
            spheres: [...n.spheres],
          })),
        )
        .onConflictDoNothing();
    },

    list(workspaceId: string) {
      return db
        .select()
        .from(expectations)
        .where(eq(expectations.workspaceId, workspaceId))
        .orderBy(sql`${expectations.nationalKey} is null`, asc(expectations.createdAt));
    },

    async find(workspaceId: string, id: string) {
      const [row] = await db
        .select()
        .from(expectations)
        .where(and(eq(expectations.workspaceId, workspaceId), eq(expectations.id, id)));
      return row ?? null;
    },

    async findNational(workspaceId: string, key: NationalExpectationKey) {
      const [row] = await db
        .select()
        .from(expectations)
        .where(and(eq(expectations.workspaceId, workspaceId), eq(expectations.nationalKey, key)));
      return row ?? null;
    },

    async itemLinks(workspaceId: string) {
      return db
        .select({ expectationId: expectationItems.expectationId, itemId: expectationItems.itemId })
        .from(expectationItems)
        .innerJoin(expectations, eq(expectations.id, expectationItems.expectationId))
        .where(eq(expectations.workspaceId, workspaceId));
    },

    /** The ids among `itemIds` that are current items of the workspace. */
    async currentItemIds(workspaceId: string, itemIds: readonly string[]) {
      if (!itemIds.length) return new Set<string>();
      const rows = await db
        .select({ id: items.id })
        .from(items)
        .where(
          and(
            eq(items.workspaceId, workspaceId),
            inArray(items.id, [...itemIds]),
            sql`${items.archivedAt} is null`,
          ),
        );
      return new Set(rows.map((r) => r.id));
    },

    create(workspaceId: string, values: ExpectationValues, itemIds: readonly string[], by: string) {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(expectations)
          .values({ workspaceId, ...values, createdBy: by })
          .returning();
        await replaceItems(tx, row!.id, itemIds);
        return row!;
      });
    },

    update(id: string, values: ExpectationValues, itemIds: readonly string[] | undefined) {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .update(expectations)
          .set({ ...values, updatedAt: new Date() })
          .where(eq(expectations.id, id))
          .returning();
        if (itemIds) await replaceItems(tx, id, itemIds);
        return row!;
      });
    },

    async remove(id: string) {
      await db.delete(expectations).where(eq(expectations.id, id));
    },

    ratings(workspaceId: string) {
      return db
        .select({
          expectationId: realismRatings.expectationId,
          userId: realismRatings.userId,
          rating: realismRatings.rating,
          needed: realismRatings.needed,
          group: realismRatings.stakeholderGroupId,
        })
        .from(realismRatings)
        .where(eq(realismRatings.workspaceId, workspaceId))
        .orderBy(desc(realismRatings.updatedAt));
    },

    async putRating(
      workspaceId: string,
      expectationId: string,
      userId: string,
      rating: RealismRating,
      needed: string,
    ) {
      const [member] = await db
        .select({ group: memberships.stakeholderGroupId })
        .from(memberships)
        .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
      const values = {
        rating,
        needed,
        stakeholderGroupId: member?.group ?? null,
        updatedAt: new Date(),
      };
      await db
        .insert(realismRatings)
        .values({ workspaceId, expectationId, userId, ...values })
        .onConflictDoUpdate({
          target: [realismRatings.expectationId, realismRatings.userId],
          set: values,
        });
    },

    /** Current items with their latest decision, for the load analysis. */
    async itemsWithDecision(workspaceId: string) {
      const latest = db
        .selectDistinctOn([decisions.itemId], {
          itemId: decisions.itemId,
          decision: decisions.decision,
        })
        .from(decisions)
        .where(eq(decisions.workspaceId, workspaceId))
        .orderBy(decisions.itemId, desc(decisions.decidedAt), desc(decisions.id))
        .as("latest");
      return db
        .select({
          id: items.id,
          name: items.name,
          sphere: items.sphere,
          carriedBy: items.carriedBy,
          decision: latest.decision,
        })
        .from(items)
        .leftJoin(latest, eq(latest.itemId, items.id))
        .where(and(eq(items.workspaceId, workspaceId), sql`${items.archivedAt} is null`))
        .orderBy(asc(items.name));
    },
  };
}
export type ExpectationsRepository = ReturnType<typeof createExpectationsRepository>;
