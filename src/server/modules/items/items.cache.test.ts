import { describe, expect, it } from "vitest";
import { ItemListCache } from "./items.cache.ts";

const key = (page: string, filter = "f") => ({ page, filter, weight: 10 });

describe("ItemListCache", () => {
  it("serves a result again while the version is unchanged, and recomputes after a bump", async () => {
    const cache = new ItemListCache<string>();
    let computed = 0;
    const compute = async () => ({ result: `r${++computed}`, total: 7 });
    expect(await cache.get("w", 1, key("a"), compute)).toBe("r1");
    expect(await cache.get("w", 1, key("a"), compute)).toBe("r1");
    expect(await cache.get("w", 2, key("a"), compute)).toBe("r2");
    expect(cache.stats).toMatchObject({ hits: 1, misses: 2 });
  });

  it("shares one computation between concurrent identical requests", async () => {
    const cache = new ItemListCache<string>();
    let computed = 0;
    const compute = async () => {
      computed++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { result: "r", total: 1 };
    };
    await Promise.all(Array.from({ length: 20 }, () => cache.get("w", 1, key("a"), compute)));
    expect(computed).toBe(1);
  });

  it("never serves or fills with a request that read an older version than the cache holds", async () => {
    const cache = new ItemListCache<string>();
    await cache.get("w", 5, key("a"), async () => ({ result: "v5", total: 1 }));
    expect(await cache.get("w", 4, key("a"), async () => ({ result: "v4", total: 1 }))).toBe("v4");
    expect(await cache.get("w", 5, key("a"), async () => ({ result: "again", total: 1 }))).toBe(
      "v5",
    );
    expect(cache.stats.bypassed).toBe(1);
  });

  it("passes the filter's known total to the next page, but not across versions", async () => {
    const cache = new ItemListCache<string>();
    const seen: (number | undefined)[] = [];
    const compute = async (knownTotal: number | undefined) => {
      seen.push(knownTotal);
      return { result: "r", total: 42 };
    };
    await cache.get("w", 1, key("page1"), compute);
    await cache.get("w", 1, key("page2"), compute);
    await cache.get("w", 1, key("other", "g"), compute);
    await cache.get("w", 2, key("page3"), compute);
    expect(seen).toEqual([undefined, 42, undefined, undefined]);
  });

  it("forgets a failed computation", async () => {
    const cache = new ItemListCache<string>();
    await expect(
      cache.get("w", 1, key("a"), async () => {
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await cache.get("w", 1, key("a"), async () => ({ result: "ok", total: 1 }))).toBe("ok");
  });

  it("keeps workspaces apart and bounds its size", async () => {
    const cache = new ItemListCache<string>({ itemsPerWorkspace: 20, workspaces: 2 });
    const compute = (result: string) => async () => ({ result, total: 1 });
    await cache.get("w1", 1, key("a"), compute("w1a"));
    await cache.get("w2", 1, key("a"), compute("w2a"));
    expect(await cache.get("w1", 1, key("a"), compute("x"))).toBe("w1a");
    await cache.get("w1", 1, key("b"), compute("w1b"));
    await cache.get("w1", 1, key("c"), compute("w1c"));
    // "a" was the least recently used page of w1 and made room for "c".
    expect(await cache.get("w1", 1, key("a"), compute("w1a again"))).toBe("w1a again");
    await cache.get("w3", 1, key("a"), compute("w3a"));
    // w2 was the least recently used workspace.
    expect(await cache.get("w2", 1, key("a"), compute("w2a again"))).toBe("w2a again");
  });
});
