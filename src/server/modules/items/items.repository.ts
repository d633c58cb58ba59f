import { and, asc, desc, eq, inArray, isNotNull, isNull, or, type SQL, sql } from "drizzle-orm";
import type { ListItemsQuery } from "../../../domain/items.schemas.ts";
import { searchVariants, searchWords } from "../../../domain/search.ts";
import type { Database } from "../../db/client.ts";
import { areas, itemAreas, itemChanges, itemDataVersions, items, users } from "../../db/schema.ts";

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

/** True when the query narrows the inventory beyond current/archived. */
function isFiltered(query: Partial<Filters>): boolean {
  return Boolean(
    query.q ||
      query.sphere?.length ||
      query.kind?.length ||
      query.carriedBy?.length ||
      query.area?.length ||
      query.theme?.length,
  );
}

export type ItemListRow = Pick<
  ItemRow,
  | "id"
  | "name"
  | "description"
  | "kind"
  | "sphere"
  | "themes"
  | "carriedBy"
  | "funding"
  | "reach"
  | "archivedAt"
  | "updatedAt"
>;
export type ItemListRowWithAreas = ItemListRow & { areas: { id: string; name: string }[] };

/** A page row as the database returns it (it.* is null when the page is empty). */
type PageRow = {
  total: number | string;
  id: string | null;
  name: string;
  description: string;
  kind: ItemRow["kind"];
  sphere: ItemRow["sphere"];
  themes: string[];
  carried_by: ItemRow["carriedBy"];
  funding: string;
  reach: string;
  archived_at: string | Date | null;
  updated_at: string | Date;
  areas: { id: string; name: string }[] | string;
};

const pageColumns = sql.raw(`it.id, it.name, it.description, it.kind, it.sphere, it.themes,
  it.carried_by, it.funding, it.reach, it.archived_at, it.updated_at,
  (select coalesce(json_agg(json_build_object('id', a.id, 'name', a.name) order by a.name), '[]'::json)
     from item_areas ia join areas a on a.id = ia.area_id where ia.item_id = it.id) as areas`);

/** As drizzle maps a timestamptz column (both drivers return the text form). */
const toDate = (value: string | Date) => (value instanceof Date ? value : new Date(value));

function fromPageRow(row: PageRow): ItemListRowWithAreas {
  return {
    id: row.id!,
    name: row.name,
    description: row.description,
    kind: row.kind,
    sphere: row.sphere,
    themes: row.themes,
    carriedBy: row.carried_by,
    funding: row.funding,
    reach: row.reach,
    archivedAt: row.archived_at === null ? null : toDate(row.archived_at),
    updatedAt: toDate(row.updated_at),
    areas: typeof row.areas === "string" ? JSON.parse(row.areas) : row.areas,
  };
}

export function createItemsRepository(db: Database) {
  // Asked before every list request: built once, and a named prepared statement on PostgreSQL.
  const dataVersionQuery = db
    .select({ version: itemDataVersions.version })
    .from(itemDataVersions)
    .where(eq(itemDataVersions.workspaceId, sql.placeholder("workspaceId")))
    .prepare("item_data_version");

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

    /**
     * One page of the inventory and the number of matches, in one round trip. With filters,
     * the matches are found once through the filter indexes (a materialised CTE, so the planner
     * cannot merge it into the ordered query) and both counted and sorted from there. Without
     * filters, walking the name index in order and stopping after one page is fastest; the count
     * is then an index-only scan. A caller that already knows the total (it counted this filter
     * before, at the same data version) passes it and the count is skipped.
     */
    async list(
      workspaceId: string,
      query: ListItemsQuery,
      knownTotal?: number,
    ): Promise<{ rows: ItemListRowWithAreas[]; total: number }> {
      const where = whereFor(workspaceId, query);
      const direction = query.direction === "desc" ? sql`desc` : sql`asc`;
      const sortColumn = sortColumns[query.sort];
      const filtered = isFiltered(query);
      const limit = sql`limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`;
      const matches = sql`select ${items.id} as id, ${sortColumn} as sort_key, ${items.name} as name from ${items} where ${where}`;
      const counted = (from: SQL) =>
        knownTotal === undefined
          ? sql`(select count(*) from ${from})::int`
          : sql`${knownTotal}::int`;
      const statement = filtered
        ? sql`with matches as materialized (${matches})
            select t.total, ${pageColumns}
            from (select ${counted(sql`matches`)} as total) t
            left join lateral (
              select m.id, m.sort_key, m.name from matches m
              order by m.sort_key ${direction} nulls last, m.name asc, m.id asc ${limit}
            ) p on true
            left join ${items} it on it.id = p.id
            order by p.sort_key ${direction} nulls last, p.name asc, p.id asc`
        : sql`select t.total, ${pageColumns}
            from (select ${counted(sql`${items} where ${where}`)} as total) t
            left join lateral (
              ${matches} order by ${sortColumn} ${direction} nulls last, ${items.name} asc, ${items.id} asc ${limit}
            ) p on true
            left join ${items} it on it.id = p.id
            order by p.sort_key ${direction} nulls last, p.name asc, p.id asc`;
      // Both drivers (node-postgres, PGlite) return { rows }.
      const { rows } = (await db.execute(statement)) as unknown as { rows: PageRow[] };
      return {
        total: Number(rows[0]?.total ?? 0),
        rows: rows.filter((row) => row.id !== null).map(fromPageRow),
      };
    },

    /** The workspace's item data version (see itemDataVersions): raised by every write. */
    async dataVersion(workspaceId: string): Promise<number> {
      const [row] = await dataVersionQuery.execute({ workspaceId });
      return row?.version ?? 0;
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
