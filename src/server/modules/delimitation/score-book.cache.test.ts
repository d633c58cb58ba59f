import { describe, expect, it } from "vitest";
import type { Score } from "../../../domain/scoring/index.ts";
import { ScoreBookCache } from "./score-book.cache.ts";

const score = (scorerId: string, itemId: string, overall: Score["overall"]): Score => ({
  scorerId,
  itemId,
  group: null,
  answers: {},
  overall,
  sphere: null,
});

/** A stand-in for the database: a version per workspace and its scores. */
function fakeSource() {
  const data = new Map<string, { version: number; scores: Score[] }>();
  const source = {
    loads: 0,
    failNext: false,
    write(workspaceId: string, s: Score) {
      const entry = data.get(workspaceId) ?? { version: 0, scores: [] };
      entry.scores = entry.scores.filter(
        (x) => !(x.scorerId === s.scorerId && x.itemId === s.itemId),
      );
      entry.scores.push(s);
      entry.version++;
      data.set(workspaceId, entry);
      return entry.version;
    },
    version: async (workspaceId: string) => data.get(workspaceId)?.version ?? 0,
    scores: async (workspaceId: string) => {
      source.loads++;
      if (source.failNext) {
        source.failNext = false;
        throw new Error("database gone");
      }
      return [...(data.get(workspaceId)?.scores ?? [])];
    },
  };
  return source;
}

const overallOf = async (cache: ScoreBookCache, workspaceId: string, itemId: string) =>
  (await cache.book(workspaceId)).result(itemId, []).overall.counts;

describe("ScoreBookCache", () => {
  it("loads once per version and serves the same book while nothing changes", async () => {
    const source = fakeSource();
    source.write("w1", score("a", "i1", "doubt"));
    const cache = new ScoreBookCache(source);
    const [one, two] = await Promise.all([cache.book("w1"), cache.book("w1")]);
    expect(one).toBe(two);
    await cache.book("w1");
    expect(source.loads).toBe(1);
  });

  it("applies a score this process saved without loading again", async () => {
    const source = fakeSource();
    source.write("w1", score("a", "i1", "doubt"));
    const cache = new ScoreBookCache(source);
    await cache.book("w1");
    const next = score("b", "i1", "rather_yes");
    cache.applied("w1", source.write("w1", next), next);
    expect(await overallOf(cache, "w1", "i1")).toEqual({ rather_not: 0, doubt: 1, rather_yes: 1 });
    expect(source.loads).toBe(1);
  });

  it("loads again when another writer raised the version", async () => {
    const source = fakeSource();
    source.write("w1", score("a", "i1", "doubt"));
    const cache = new ScoreBookCache(source);
    await cache.book("w1");
    source.write("w1", score("a", "i1", "rather_not"));
    expect(await overallOf(cache, "w1", "i1")).toEqual({ rather_not: 1, doubt: 0, rather_yes: 0 });
    expect(source.loads).toBe(2);
  });

  it("does not apply a score when it missed one in between, and loads the truth instead", async () => {
    const source = fakeSource();
    const cache = new ScoreBookCache(source);
    await cache.book("w1");
    source.write("w1", score("x", "i1", "rather_not")); // another process
    const mine = score("a", "i1", "rather_yes");
    cache.applied("w1", source.write("w1", mine), mine);
    expect(await overallOf(cache, "w1", "i1")).toEqual({ rather_not: 1, doubt: 0, rather_yes: 1 });
    expect(source.loads).toBe(2);
  });

  it("forgets a failed load, so the next request tries again", async () => {
    const source = fakeSource();
    source.write("w1", score("a", "i1", "doubt"));
    const cache = new ScoreBookCache(source);
    source.failNext = true;
    await expect(cache.book("w1")).rejects.toThrow("database gone");
    expect((await cache.book("w1")).size).toBe(1);
  });

  it("keeps workspaces apart and drops the least recently used beyond its limit", async () => {
    const source = fakeSource();
    source.write("w1", score("a", "i1", "doubt"));
    source.write("w2", score("a", "i1", "rather_yes"));
    const cache = new ScoreBookCache(source, 1);
    expect(await overallOf(cache, "w1", "i1")).toEqual({ rather_not: 0, doubt: 1, rather_yes: 0 });
    expect(await overallOf(cache, "w2", "i1")).toEqual({ rather_not: 0, doubt: 0, rather_yes: 1 });
    await cache.book("w1");
    expect(source.loads).toBe(3);
  });
});
