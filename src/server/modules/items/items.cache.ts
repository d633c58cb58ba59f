/**
 * Results of inventory list requests, per workspace, valid for one item data version.
 *
 * The database raises a workspace's version in the same transaction as every write to its
 * items, their areas or its areas (statement triggers, migration 0004), whichever code path
 * wrote: the items service, an import, the demo, a migration, another server process. A request
 * first reads the current version; a cached result made at an older version is never served.
 * So a write is visible to the first request that starts after it committed.
 *
 * Why that is safe: a request that reads version V runs its query after that read, so the
 * query sees every write committed up to V (and maybe later ones, which is fine). Requests that
 * read V share one result (also while it is still being computed, so 20 identical requests cost
 * one query). A request that reads an older version than the cache holds (a write committed
 * between its version read and another request's) neither reads nor fills the cache.
 */
export interface ItemListCacheLimits {
  /**
   * Cached items per workspace (the sum of the cached pages' page sizes); least recently used
   * pages go first. Bounds the memory a workspace can take: 5,000 items is 200 pages of 25.
   */
  itemsPerWorkspace: number;
  /** Cached totals (one per filter, whatever the page and sort) per workspace. */
  totalsPerWorkspace: number;
  /** Workspaces with cached results; least recently used go first. */
  workspaces: number;
}

const defaultLimits: ItemListCacheLimits = {
  itemsPerWorkspace: 5_000,
  totalsPerWorkspace: 500,
  workspaces: 20,
};

interface WorkspaceEntry<T> {
  version: number;
  pages: Map<string, { result: Promise<T>; weight: number }>;
  /** The sum of the cached pages' weights. */
  weight: number;
  totals: Map<string, number>;
}

export interface ItemListCacheStats {
  hits: number;
  misses: number;
  bypassed: number;
}

export class ItemListCache<T> {
  readonly #limits: ItemListCacheLimits;
  readonly #workspaces = new Map<string, WorkspaceEntry<T>>();
  readonly stats: ItemListCacheStats = { hits: 0, misses: 0, bypassed: 0 };

  constructor(limits: Partial<ItemListCacheLimits> = {}) {
    this.#limits = { ...defaultLimits, ...limits };
  }

  /**
   * The cached result for `key` at `version`, or `compute(knownTotal)`'s, which is then cached.
   * `knownTotal` is this filter's total when an earlier request counted it at this version.
   */
  async get(
    workspaceId: string,
    version: number,
    key: { page: string; filter: string; weight: number },
    compute: (knownTotal: number | undefined) => Promise<{ result: T; total: number }>,
  ): Promise<T> {
    const entry = this.#entry(workspaceId, version);
    if (!entry) {
      this.stats.bypassed++;
      return (await compute(undefined)).result;
    }
    const cached = entry.pages.get(key.page);
    if (cached) {
      this.stats.hits++;
      touch(entry.pages, key.page, cached);
      return cached.result;
    }
    this.stats.misses++;
    const knownTotal = entry.totals.get(key.filter);
    const pending = compute(knownTotal).then(({ result, total }) => {
      if (knownTotal === undefined && this.#workspaces.get(workspaceId) === entry) {
        remember(entry.totals, key.filter, total, this.#limits.totalsPerWorkspace);
      }
      return result;
    });
    const page = { result: pending, weight: Math.max(1, key.weight) };
    entry.pages.set(key.page, page);
    entry.weight += page.weight;
    while (entry.weight > this.#limits.itemsPerWorkspace && entry.pages.size > 1) {
      const [oldest, evicted] = entry.pages.entries().next().value as [string, { weight: number }];
      entry.pages.delete(oldest);
      entry.weight -= evicted.weight;
    }
    pending.catch(() => {
      if (entry.pages.get(key.page) === page) {
        entry.pages.delete(key.page);
        entry.weight -= page.weight;
      }
    });
    return pending;
  }

  /** The workspace's entry for `version`; undefined when the cache already holds a newer one. */
  #entry(workspaceId: string, version: number): WorkspaceEntry<T> | undefined {
    const entry = this.#workspaces.get(workspaceId);
    if (entry && entry.version > version) return undefined;
    if (entry && entry.version === version) {
      touch(this.#workspaces, workspaceId, entry);
      return entry;
    }
    const fresh: WorkspaceEntry<T> = { version, pages: new Map(), weight: 0, totals: new Map() };
    remember(this.#workspaces, workspaceId, fresh, this.#limits.workspaces);
    return fresh;
  }
}

/** Marks a key as most recently used (a Map iterates in insertion order). */
function touch<K, V>(map: Map<K, V>, key: K, value: V) {
  map.delete(key);
  map.set(key, value);
}

function remember<K, V>(map: Map<K, V>, key: K, value: V, limit: number) {
  map.delete(key);
  map.set(key, value);
  while (map.size > limit) map.delete(map.keys().next().value as K);
}
