import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Sphere } from "../../../domain/spheres.ts";
import type { ActionFields, IndicatorInput, RoleKey } from "../../../domain/strengthening/index.ts";
import type { Database } from "../../db/client.ts";
import {
  actionExpectations,
  actionIndicators,
  actionItems,
  actions,
  expectations,
  indicators,
  items,
  measurements,
  snapshots,
  sphereRoles,
} from "../../db/schema.ts";

export type ActionRow = typeof actions.$inferSelect;
export type IndicatorRow = typeof indicators.$inferSelect;
type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

export function createStrengtheningRepository(db: Database) {
  async function replaceLinks(tx: Tx, actionId: string, a: ActionFields) {
    await tx.delete(actionItems).where(eq(actionItems.actionId, actionId));
    await tx.delete(actionExpectations).where(eq(actionExpectations.actionId, actionId));
    await tx.delete(actionIndicators).where(eq(actionIndicators.actionId, actionId));
    if (a.itemIds.length) {
      await tx.insert(actionItems).values(a.itemIds.map((itemId) => ({ actionId, itemId })));
    }
    if (a.expectationIds.length) {
      await tx
        .insert(actionExpectations)
        .values(a.expectationIds.map((expectationId) => ({ actionId, expectationId })));
    }
    if (a.indicatorIds.length) {
      await tx
        .insert(actionIndicators)
        .values(a.indicatorIds.map((indicatorId) => ({ actionId, indicatorId })));
    }
  }

  function actionValues(a: ActionFields) {
    return {
      title: a.title,
      description: a.description,
      spheres: a.spheres,
      owner: a.owner,
      budget: a.budget,
      fromMonth: a.from,
      untilMonth: a.until,
      status: a.status,
    };
  }

  return {
    sphereRoles(workspaceId: string) {
      return db
        .select({
          sphere: sphereRoles.sphere,
          roles: sphereRoles.roles,
          explanation: sphereRoles.explanation,
        })
        .from(sphereRoles)
        .where(eq(sphereRoles.workspaceId, workspaceId)) as Promise<
        { sphere: Sphere; roles: RoleKey[]; explanation: string }[]
      >;
    },

    async putSphereRoles(
      workspaceId: string,
      sphere: Sphere,
      roles: RoleKey[],
      explanation: string,
    ) {
      const now = new Date();
      await db
        .insert(sphereRoles)
        .values({ workspaceId, sphere, roles, explanation, updatedAt: now })
        .onConflictDoUpdate({
          target: [sphereRoles.workspaceId, sphereRoles.sphere],
          set: { roles, explanation, updatedAt: now },
        });
    },

    /** Which of these ids are items, expectations and indicators of the workspace. */
    async knownIds(
      workspaceId: string,
      ids: { items: string[]; expectations: string[]; indicators: string[] },
    ) {
      const found = async (
        table: typeof items | typeof expectations | typeof indicators,
        list: string[],
      ) =>
        list.length
          ? new Set(
              (
                await db
                  .select({ id: table.id })
                  .from(table)
                  .where(and(eq(table.workspaceId, workspaceId), inArray(table.id, list)))
              ).map((r) => r.id),
            )
          : new Set<string>();
      return {
        items: await found(items, ids.items),
        expectations: await found(expectations, ids.expectations),
        indicators: await found(indicators, ids.indicators),
      };
    },

    async listActions(workspaceId: string) {
      const rows = await db
        .select()
        .from(actions)
        .where(eq(actions.workspaceId, workspaceId))
        .orderBy(asc(actions.createdAt));
      const ids = rows.map((r) => r.id);
      if (!ids.length) return [];
      const [itemLinks, expectationLinks, indicatorLinks] = await Promise.all([
        db.select().from(actionItems).where(inArray(actionItems.actionId, ids)),
        db.select().from(actionExpectations).where(inArray(actionExpectations.actionId, ids)),
        db.select().from(actionIndicators).where(inArray(actionIndicators.actionId, ids)),
      ]);
      return rows.map((row) => ({
        row,
        itemIds: itemLinks.filter((l) => l.actionId === row.id).map((l) => l.itemId),
        expectationIds: expectationLinks
          .filter((l) => l.actionId === row.id)
          .map((l) => l.expectationId),
        indicatorIds: indicatorLinks.filter((l) => l.actionId === row.id).map((l) => l.indicatorId),
      }));
    },

    async createAction(workspaceId: string, a: ActionFields): Promise<string> {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(actions)
          .values({ workspaceId, ...actionValues(a) })
          .returning({ id: actions.id });
        await replaceLinks(tx, row!.id, a);
        return row!.id;
      });
    },

    async updateAction(workspaceId: string, id: string, a: ActionFields): Promise<boolean> {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .update(actions)
          .set({ ...actionValues(a), updatedAt: new Date() })
          .where(and(eq(actions.workspaceId, workspaceId), eq(actions.id, id)))
          .returning({ id: actions.id });
        if (!row) return false;
        await replaceLinks(tx, id, a);
        return true;
      });
    },

    async deleteAction(workspaceId: string, id: string): Promise<boolean> {
      const rows = await db
        .delete(actions)
        .where(and(eq(actions.workspaceId, workspaceId), eq(actions.id, id)))
        .returning({ id: actions.id });
      return rows.length > 0;
    },

    async listIndicators(workspaceId: string) {
      const rows = await db
        .select()
        .from(indicators)
        .where(eq(indicators.workspaceId, workspaceId))
        .orderBy(asc(indicators.createdAt));
      const ids = rows.map((r) => r.id);
      const values = ids.length
        ? await db
            .select()
            .from(measurements)
            .where(inArray(measurements.indicatorId, ids))
            .orderBy(asc(measurements.date), asc(measurements.createdAt))
        : [];
      return rows.map((row) => ({
        row,
        measurements: values.filter((m) => m.indicatorId === row.id),
      }));
    },

    async createIndicator(workspaceId: string, input: Required<IndicatorInput>) {
      const [row] = await db
        .insert(indicators)
        .values({ workspaceId, ...input })
        .returning({ id: indicators.id });
      return row!.id;
    },

    async updateIndicator(workspaceId: string, id: string, input: Partial<IndicatorInput>) {
      const rows = await db
        .update(indicators)
        .set(input)
        .where(and(eq(indicators.workspaceId, workspaceId), eq(indicators.id, id)))
        .returning({ id: indicators.id });
      return rows.length > 0;
    },

    async deleteIndicator(workspaceId: string, id: string) {
      const rows = await db
        .delete(indicators)
        .where(and(eq(indicators.workspaceId, workspaceId), eq(indicators.id, id)))
        .returning({ id: indicators.id });
      return rows.length > 0;
    },

    async indicatorExists(workspaceId: string, id: string) {
      const [row] = await db
        .select({ id: indicators.id })
        .from(indicators)
        .where(and(eq(indicators.workspaceId, workspaceId), eq(indicators.id, id)));
      return Boolean(row);
    },

    async addMeasurement(indicatorId: string, m: { date: string; value: number; note: string }) {
      const [row] = await db
        .insert(measurements)
        .values({ indicatorId, ...m })
        .returning({ id: measurements.id });
      return row!.id;
    },

    async deleteMeasurement(indicatorId: string, id: string) {
      const rows = await db
        .delete(measurements)
        .where(and(eq(measurements.indicatorId, indicatorId), eq(measurements.id, id)))
        .returning({ id: measurements.id });
      return rows.length > 0;
    },

    listSnapshots(workspaceId: string) {
      return db
        .select({ id: snapshots.id, label: snapshots.label, takenAt: snapshots.takenAt })
        .from(snapshots)
        .where(eq(snapshots.workspaceId, workspaceId))
        .orderBy(desc(snapshots.takenAt));
    },

    async findSnapshot(workspaceId: string, id: string) {
      const [row] = await db
        .select()
        .from(snapshots)
        .where(and(eq(snapshots.workspaceId, workspaceId), eq(snapshots.id, id)));
      return row;
    },

    async createSnapshot(workspaceId: string, label: string, takenBy: string, content: unknown) {
      const [row] = await db
        .insert(snapshots)
        .values({ workspaceId, label, takenBy, content })
        .returning({ id: snapshots.id, label: snapshots.label, takenAt: snapshots.takenAt });
      return row!;
    },

    async deleteSnapshot(workspaceId: string, id: string) {
      const rows = await db
        .delete(snapshots)
        .where(and(eq(snapshots.workspaceId, workspaceId), eq(snapshots.id, id)))
        .returning({ id: snapshots.id });
      return rows.length > 0;
    },
  };
}
export type StrengtheningRepository = ReturnType<typeof createStrengtheningRepository>;
