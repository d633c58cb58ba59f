import { areaNameTaken } from "../../../domain/areas.ts";
import type {
  Area,
  AreaInput,
  Item,
  ItemChange,
  ItemInput,
  ItemPage,
  ItemPatch,
  ListItemsQuery,
} from "../../../domain/items.schemas.ts";
import type { Sphere } from "../../../domain/spheres.ts";
import { errors } from "../../errors.ts";
import { ItemListCache } from "./items.cache.ts";
import type {
  ChangeAction,
  Changes,
  ItemListRow,
  ItemsRepository,
  ItemValues,
} from "./items.repository.ts";

const trackedFields = [
  "name",
  "description",
  "kind",
  "sphere",
  "themes",
  "carriedBy",
  "funding",
  "reach",
] as const;

function toItem(row: ItemListRow, areas: { id: string; name: string }[]): Item {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    kind: row.kind,
    sphere: row.sphere,
    areas,
    themes: row.themes,
    carriedBy: row.carriedBy,
    funding: row.funding,
    reach: row.reach,
    archivedAt: row.archivedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The cache keys of a list query: the whole query, and the filter alone (for its total). */
function cacheKeys(query: ListItemsQuery): { page: string; filter: string; weight: number } {
  // The order of values in a multi-value filter does not change the result.
  const sorted = (values: string[] | undefined) => (values ? [...values].sort() : null);
  const filter = JSON.stringify([
    query.q ?? null,
    sorted(query.sphere),
    sorted(query.kind),
    sorted(query.carriedBy),
    sorted(query.area),
    sorted(query.theme),
    query.archived,
  ]);
  const page = JSON.stringify([filter, query.sort, query.direction, query.page, query.pageSize]);
  return { page, filter, weight: query.pageSize };
}

/** Cached pages are shared between requests; freezing them keeps any caller from editing one. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function same(a: unknown, b: unknown) {
  return JSON.stringify(a) === JSON.stringify(b);
}

export interface ItemsServiceOptions {
  /**
   * Cache list results per workspace and item data version. On by default; the environment
   * variable ITEMS_LIST_CACHE=off turns it off (to measure the database alone).
   */
  listCache?: boolean;
}

export function createItemsService(repo: ItemsRepository, options: ItemsServiceOptions = {}) {
  const cache = (options.listCache ?? true) ? new ItemListCache<ItemPage>() : undefined;

  async function load(workspaceId: string, id: string): Promise<Item> {
    const row = await repo.find(workspaceId, id);
    if (!row) throw errors.notFound();
    return toItem(row, (await repo.areasOf([id])).get(id) ?? []);
  }

  async function checkAreas(workspaceId: string, areaIds: string[]) {
    const unique = [...new Set(areaIds)];
    const own = await repo.ownAreaIds(workspaceId, unique);
    if (own.length !== unique.length) {
      throw errors.validation([{ path: "body.areaIds", message: "unknown area" }]);
    }
    return unique;
  }

  async function change(
    workspaceId: string,
    id: string,
    values: Partial<ItemValues> & { archivedAt?: Date | null },
    areaIds: string[] | undefined,
    by: string,
    action: ChangeAction,
  ): Promise<Item> {
    const before = await load(workspaceId, id);
    const changes: Changes = {};
    for (const field of trackedFields) {
      if (field in values && !same(before[field], values[field])) {
        changes[field] = { from: before[field], to: values[field] };
      }
    }
    if (areaIds) {
      const beforeIds = before.areas.map((a) => a.id).sort();
      if (!same(beforeIds, [...areaIds].sort())) {
        const names = new Map((await repo.listAreas(workspaceId)).map((a) => [a.id, a.name]));
        changes.areas = {
          from: before.areas.map((a) => a.name),
          to: areaIds.map((id) => names.get(id) ?? id).sort((a, b) => a.localeCompare(b, "nl")),
        };
      }
    }
    if ("archivedAt" in values) {
      // Archiving twice keeps the first date; restoring a current item changes nothing.
      if (!!before.archivedAt === !!values.archivedAt) return before;
      changes.archived = { from: !!before.archivedAt, to: !!values.archivedAt };
    }
    if (Object.keys(changes).length === 0) return before;
    await repo.update(workspaceId, id, values, areaIds, { by, action, changes });
    return load(workspaceId, id);
  }

  return {
    /**
     * A page of the inventory. Served from the per-workspace cache while the workspace's item
     * data version is unchanged (see items.cache.ts); `listCache: false` always asks the
     * database.
     */
    async list(workspaceId: string, query: ListItemsQuery): Promise<ItemPage> {
      const compute = async (knownTotal: number | undefined) => {
        const { rows, total } = await repo.list(workspaceId, query, knownTotal);
        const page: ItemPage = {
          items: rows.map((row) => toItem(row, row.areas)),
          total,
          page: query.page,
          pageSize: query.pageSize,
        };
        return { result: deepFreeze(page), total };
      };
      if (!cache) return (await compute(undefined)).result;
      const version = await repo.dataVersion(workspaceId);
      return cache.get(workspaceId, version, cacheKeys(query), compute);
    },

    /** The list cache's hit/miss counts (tests, diagnostics). */
    listCacheStats: () => cache?.stats,

    get: load,

    async create(workspaceId: string, input: ItemInput, by: string): Promise<Item> {
      const areaIds = await checkAreas(workspaceId, input.areaIds);
      const { areaIds: _, ...values } = input;
      const row = await repo.insert(
        workspaceId,
        { ...values, createdBy: by, updatedBy: by },
        areaIds,
        { by, action: "created", changes: {} },
      );
      return load(workspaceId, row.id);
    },

    async update(workspaceId: string, id: string, patch: ItemPatch, by: string): Promise<Item> {
      const { areaIds, ...values } = patch;
      const checked = areaIds ? await checkAreas(workspaceId, areaIds) : undefined;
      return change(workspaceId, id, values, checked, by, "updated");
    },

    move(workspaceId: string, id: string, sphere: Sphere | null, by: string): Promise<Item> {
      return change(workspaceId, id, { sphere }, undefined, by, "moved");
    },

    archive(workspaceId: string, id: string, by: string): Promise<Item> {
      return change(workspaceId, id, { archivedAt: new Date() }, undefined, by, "archived");
    },

    restore(workspaceId: string, id: string, by: string): Promise<Item> {
      return change(workspaceId, id, { archivedAt: null }, undefined, by, "restored");
    },

    async history(workspaceId: string, id: string): Promise<ItemChange[]> {
      await load(workspaceId, id);
      const rows = await repo.history(workspaceId, id);
      return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
    },

    sphereCounts: repo.sphereCounts,
    themesInUse: repo.themesInUse,

    listAreas: (workspaceId: string): Promise<Area[]> => repo.listAreas(workspaceId),

    async createArea(workspaceId: string, input: AreaInput): Promise<Area> {
      await checkParent(workspaceId, input);
      await checkNameFree(workspaceId, input);
      return toArea(await repo.insertArea(workspaceId, input));
    },

    async updateArea(workspaceId: string, id: string, input: AreaInput): Promise<Area> {
      if (input.parentId === id)
        throw errors.validation([{ path: "body.parentId", message: "self" }]);
      await checkParent(workspaceId, input);
      await checkNameFree(workspaceId, input, id);
      if (input.kind !== "wijk" && (await repo.hasChildAreas(workspaceId, id))) {
        throw errors.validation([
          { path: "body.kind", message: "a wijk with buurten stays a wijk" },
        ]);
      }
      const row = await repo.updateArea(workspaceId, id, input);
      if (!row) throw errors.notFound();
      return toArea(row);
    },

    async deleteArea(workspaceId: string, id: string): Promise<void> {
      if (!(await repo.deleteArea(workspaceId, id))) throw errors.notFound();
    },
  };

  async function checkNameFree(workspaceId: string, input: AreaInput, exceptId?: string) {
    const wanted = { name: input.name, kind: input.kind, parentId: input.parentId ?? null };
    if (areaNameTaken(await repo.listAreas(workspaceId), wanted, exceptId)) {
      throw errors.validation([
        { path: "body.name", message: "an area of this kind has this name" },
      ]);
    }
  }

  /** A buurt sits in a wijk of the same workspace; a wijk or dorp has no parent. */
  async function checkParent(workspaceId: string, input: AreaInput) {
    if (!input.parentId) return;
    const parent = await repo.findArea(workspaceId, input.parentId);
    if (parent?.kind !== "wijk" || input.kind !== "buurt") {
      throw errors.validation([{ path: "body.parentId", message: "a buurt lies in a wijk" }]);
    }
  }
}
export type ItemsService = ReturnType<typeof createItemsService>;

function toArea(row: {
  id: string;
  name: string;
  kind: Area["kind"];
  cbsCode: string | null;
  parentId: string | null;
}): Area {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    cbsCode: row.cbsCode,
    parentId: row.parentId,
  };
}
