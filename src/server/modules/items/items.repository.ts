import { and, asc, desc, eq, inArray, isNotNull, isNull, or, type SQL, sql } from "drizzle-orm";
import type { ListItemsQuery } from "../../../domain/items.schemas.ts";
import { searchVariants, searchWords } from "../../../domain/search.ts";
import type { Database } from "../../db/client.ts";
import { areas, itemAreas, itemChanges, items, users } from "../../db/schema.ts";

export type ItemRow = typeof items.$inferSelect;
export type ItemValues = Omit<
  typeof items.$inferInsert,
  "id" | "workspaceId" | "search" | "nameFolded" | "createdAt" | "updatedAt"
>;
export type ChangeAction = (typeof itemChanges.$inferInsert)["action"];
export type Changes = Record<string, { from: unknown; to: unknown }>;

const sortColumns = {
  name: items.name,
  sphere: items.sphere,
  kind: items.kind,
  carriedBy: items.carriedBy,
  updatedAt: items.updatedAt,
} as const;

/**
 * Every word must match: through full-text search with any of its Dutch variants as a prefix
 * ("mantelzorgers" finds "mantelzorg…"), or as part of the name, for compounds ("cafe" finds
 * "Taalcafé").
 */
function searchCondition(q: string): SQL | undefined {
  const words = searchWords(q);
  if (words.length === 0) return undefined;
  return and(
    ...words.map((word) => {
      const tsquery = searchVariants(word)
        .map((v) => `${v}:*`)
        .join(" | ");
      return or(
        sql`${items.search} @@ to_tsquery('sb_dutch', ${tsquery})`,
        sql`${items.nameFolded} like '%' || sb_fold(${word}) || '%'`,
      );
    }),
  );
}

type Filters = Omit<ListItemsQuery, "sort" | "direction" | "page" | "pageSize">;

function whereFor(workspaceId: string, f: Partial<Filters>): SQL {
  const conditions: (SQL | undefined)[] = [eq(items.workspaceId, workspaceId)];
  if (f.archived === "false" || f.archived === undefined) conditions.push(isNull(items.archivedAt));
  if (f.archived === "only") conditions.push(isNotNull(items.archivedAt));
  if (f.sphere?.length) {
    const placed = f.sphere.filter((s) => s !== "unplaced") as ItemRow["sphere"][];
    conditions.push(
      or(
        placed.length
          ? inArray(items.sphere, placed as NonNullable<ItemRow["sphere"]>[])
          : undefined,
        f.sphere.includes("unplaced") ? isNull(items.sphere) : undefined,
      ),
    );
  }
  if (f.kind?.length) conditions.push(inArray(items.kind, f.kind));
  if (f.carriedBy?.length) conditions.push(inArray(items.carriedBy, f.carriedBy));
  if (f.theme?.length) {
    conditions.push(
      sql`${items.themes} && ${sql`array[${sql.join(
        f.theme.map((t) => sql`${t}`),
        sql`, `,
      )}]::text[]`}`,
    );
  }
  if (f.area?.length) {
    conditions.push(
      sql`exists (select 1 from ${itemAreas} where ${itemAreas.itemId} = ${items.id} and ${inArray(itemAreas.areaId, f.area)})`,
    );
  }
  if (f.q) conditions.push(searchCondition(f.q));
  return and(...conditions)!;
}

const itemColumns = {
  id: items.id,
  name: items.name,
  description: items.description,
  kind: items.kind,
  sphere: items.sphere,
  themes: items.themes,
  carriedBy: items.carriedBy,
  funding: items.funding,
  reach: items.reach,
  archivedAt: items.archivedAt,
  updatedAt: items.updatedAt,
};
export type ItemListRow = {
  [K in keyof typeof itemColumns]: ItemRow[K extends keyof ItemRow ? K : never];
};

export function createItemsRepository(db: Database) {
  async function areasOf(itemIds: string[]) {
    if (itemIds.length === 0) return new Map<string, { id: string; name: string }[]>();
    const rows = await db
      .select({ itemId: itemAreas.itemId, id: areas.id, name: areas.name })
      .from(itemAreas)
      .innerJoin(areas, eq(areas.id, itemAreas.areaId))
      .where(inArray(itemAreas.itemId, itemIds))
      .orderBy(asc(areas.name));
    const byItem = new Map<string, { id: string; name: string }[]>();
    for (const row of rows) {
      const list = byItem.get(row.itemId) ?? [];
      list.push({ id: row.id, name: row.name });
      byItem.set(row.itemId, list);
    }
    return byItem;
  }

  return {
    areasOf,

    async list(workspaceId: string, query: ListItemsQuery) {
      const where = whereFor(workspaceId, query);
      const direction = query.direction === "desc" ? sql`desc` : sql`asc`;
      const filtered = Boolean(
        query.q || query.sphere || query.kind || query.carriedBy || query.area || query.theme,
      );
      // With filters, let the planner find the matches through the filter indexes first, then
      // sort the few that match: a LIMIT keeps the subquery from being merged into the outer,
      // ordered query (drizzle drops "offset 0", the usual fence). Without filters, walking the
      // name index in order and stopping after one page is fastest.
      const matches = db
        .select({
          id: items.id,
          sortKey: sql`${sortColumns[query.sort]}`.as("sort_key"),
          name: items.name,
        })
        .from(items)
        .where(where)
        .$dynamic();
      const source = (filtered ? matches.limit(1_000_000_000) : matches).as("matches");
      const pageIds = db
        .select({ id: source.id })
        .from(source)
        .orderBy(sql`${source.sortKey} ${direction} nulls last`, asc(source.name), asc(source.id))
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize);
      const [ids, [counted]] = await Promise.all([
        pageIds,
        db.select({ n: sql<number>`count(*)::int` }).from(items).where(where),
      ]);
      const order = new Map(ids.map((row, index) => [row.id, index]));
      const rows = ids.length
        ? await db
            .select(itemColumns)
            .from(items)
            .where(inArray(items.id, [...order.keys()]))
        : [];
      rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
      return { rows: rows as ItemListRow[], total: counted?.n ?? 0 };
    },

    async find(workspaceId: string, id: string): Promise<ItemRow | undefined> {
      const [row] = await db
        .select()
        .from(items)
        .where(and(eq(items.workspaceId, workspaceId), eq(items.id, id)));
      return row;
    },

    /** The ids among `areaIds` that belong to the workspace. */
    async ownAreaIds(workspaceId: string, areaIds: string[]): Promise<string[]> {
      if (areaIds.length === 0) return [];
      const rows = await db
        .select({ id: areas.id })
        .from(areas)
        .where(and(eq(areas.workspaceId, workspaceId), inArray(areas.id, areaIds)));
      return rows.map((r) => r.id);
    },

    insert(
      workspaceId: string,
      values: ItemValues,
      areaIds: string[],
      change: { by: string | null; action: ChangeAction; changes: Changes },
    ) {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(items)
          .values({ ...values, workspaceId })
          .returning();
        if (areaIds.length) {
          await tx.insert(itemAreas).values(areaIds.map((areaId) => ({ itemId: row!.id, areaId })));
        }
        await tx.insert(itemChanges).values({ workspaceId, itemId: row!.id, ...change });
        return row!;
      });
    },

    update(
      workspaceId: string,
      id: string,
      values: Partial<ItemValues> & { archivedAt?: Date | null },
      areaIds: string[] | undefined,
      change: { by: string | null; action: ChangeAction; changes: Changes },
    ) {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .update(items)
          .set({ ...values, updatedAt: new Date(), updatedBy: change.by })
          .where(and(eq(items.workspaceId, workspaceId), eq(items.id, id)))
          .returning();
        if (!row) return undefined;
        if (areaIds) {
          await tx.delete(itemAreas).where(eq(itemAreas.itemId, id));
          if (areaIds.length) {
            await tx.insert(itemAreas).values(areaIds.map((areaId) => ({ itemId: id, areaId })));
          }
        }
        await tx.insert(itemChanges).values({ workspaceId, itemId: id, ...change });
        return row;
      });
    },

    history(workspaceId: string, itemId: string) {
      return db
        .select({
          at: itemChanges.at,
          by: users.displayName,
          action: itemChanges.action,
          changes: itemChanges.changes,
        })
        .from(itemChanges)
        .leftJoin(users, eq(users.id, itemChanges.by))
        .where(and(eq(itemChanges.workspaceId, workspaceId), eq(itemChanges.itemId, itemId)))
        .orderBy(desc(itemChanges.at), desc(itemChanges.id));
    },

    async sphereCounts(workspaceId: string, filters: Partial<Filters>) {
      const rows = await db
        .select({ sphere: items.sphere, n: sql<number>`count(*)::int` })
        .from(items)
        .where(whereFor(workspaceId, { ...filters, archived: "false" }))
        .groupBy(items.sphere);
      const counts = { personal: 0, communal: 0, institutional: 0, unplaced: 0 };
      for (const row of rows) counts[row.sphere ?? "unplaced"] = row.n;
      return counts;
    },

    async themesInUse(workspaceId: string): Promise<string[]> {
      const rows = await db
        .selectDistinct({ theme: sql<string>`unnest(${items.themes})` })
        .from(items)
        .where(eq(items.workspaceId, workspaceId));
      return rows.map((r) => r.theme).sort((a, b) => a.localeCompare(b, "nl"));
    },

    listAreas(workspaceId: string) {
      return db
        .select({
          id: areas.id,
          name: areas.name,
          kind: areas.kind,
          cbsCode: areas.cbsCode,
          parentId: areas.parentId,
        })
        .from(areas)
        .where(eq(areas.workspaceId, workspaceId))
        .orderBy(asc(areas.name));
    },

    async findArea(workspaceId: string, id: string) {
      const [row] = await db
        .select()
        .from(areas)
        .where(and(eq(areas.workspaceId, workspaceId), eq(areas.id, id)));
      return row;
    },

    async insertArea(workspaceId: string, values: Omit<typeof areas.$inferInsert, "workspaceId">) {
      const [row] = await db
        .insert(areas)
        .values({ ...values, workspaceId })
        .returning();
      return row!;
    },

    async updateArea(
      workspaceId: string,
      id: string,
      values: Omit<typeof areas.$inferInsert, "workspaceId">,
    ) {
      const [row] = await db
        .update(areas)
        .set(values)
        .where(and(eq(areas.workspaceId, workspaceId), eq(areas.id, id)))
        .returning();
      return row;
    },

    async hasChildAreas(workspaceId: string, id: string): Promise<boolean> {
      const rows = await db
        .select({ id: areas.id })
        .from(areas)
        .where(and(eq(areas.workspaceId, workspaceId), eq(areas.parentId, id)))
        .limit(1);
      return rows.length > 0;
    },

    async deleteArea(workspaceId: string, id: string): Promise<boolean> {
      const rows = await db
        .delete(areas)
        .where(and(eq(areas.workspaceId, workspaceId), eq(areas.id, id)))
        .returning({ id: areas.id });
      return rows.length > 0;
    },
  };
}
export type ItemsRepository = ReturnType<typeof createItemsRepository>;
