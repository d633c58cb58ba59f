import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/app.ts";
import { buildUser, buildWorkspace, loginAs } from "../../../../test/factories.ts";

// The inventory list is cached per workspace and item data version (items.cache.ts). These tests
// prove that every kind of write is visible to the very next list request, whichever path wrote.

let t: TestApp;
let cookie: string;
let owner: Awaited<ReturnType<typeof buildUser>>;

beforeAll(async () => {
  t = await createTestApp();
  owner = await buildUser(t);
  cookie = await loginAs(t, owner);
});
afterAll(() => t.close());

interface ListedItem {
  id: string;
  name: string;
  sphere: string | null;
  areas: { id: string; name: string }[];
  archivedAt: string | null;
}

async function setup() {
  const workspace = await buildWorkspace(t, owner);
  const api = async (method: string, path: string, payload?: object) => {
    const response = await t.app.inject({
      method: method as "GET",
      url: `/api/v1/workspaces/${workspace.slug}${path}`,
      headers: { cookie },
      ...(payload ? { payload } : {}),
    });
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response.statusCode === 204 ? undefined : response.json();
  };
  /** Lists twice: the second request must come from the cache; returns that page. */
  const list = async (query = "") => {
    const first = (await api("GET", `/items${query}`)) as { items: ListedItem[]; total: number };
    const hits = t.services.items.listCacheStats()!.hits;
    const second = await api("GET", `/items${query}`);
    expect(t.services.items.listCacheStats()!.hits).toBe(hits + 1);
    expect(second).toEqual(first);
    return first;
  };
  const names = async (query = "") => (await list(query)).items.map((i) => i.name);
  return { workspace, api, list, names };
}

describe("inventory list cache", () => {
  it("is on in the server", () => {
    expect(t.services.items.listCacheStats()).toBeDefined();
  });

  it("shows created, edited, moved, archived and restored items at once", async () => {
    const { api, list, names } = await setup();
    expect(await names()).toEqual([]);

    const item = await api("POST", "/items", {
      name: "Taalcafé",
      kind: "activity",
      carriedBy: "volunteers",
    });
    expect(await names()).toEqual(["Taalcafé"]);
    expect(await names("?q=cafe")).toEqual(["Taalcafé"]);

    await api("PATCH", `/items/${item.id}`, { name: "Mantelzorgcafé" });
    expect(await names()).toEqual(["Mantelzorgcafé"]);
    expect(await names("?q=mantelzorgers")).toEqual(["Mantelzorgcafé"]);

    expect(await names("?sphere=communal")).toEqual([]);
    await api("PUT", `/items/${item.id}/sphere`, { sphere: "communal" });
    expect(await names("?sphere=communal")).toEqual(["Mantelzorgcafé"]);
    expect((await list()).items[0]!.sphere).toBe("communal");

    await api("POST", `/items/${item.id}/archive`);
    expect(await list()).toMatchObject({ items: [], total: 0 });
    expect(await names("?archived=only")).toEqual(["Mantelzorgcafé"]);

    await api("POST", `/items/${item.id}/restore`);
    expect(await list()).toMatchObject({ total: 1, items: [{ archivedAt: null }] });
    expect(await names("?archived=only")).toEqual([]);
  });

  it("shows area changes at once: linking, renaming and deleting an area", async () => {
    const { api, list } = await setup();
    const area = await api("POST", "/areas", { name: "Noord", kind: "wijk" });
    const item = await api("POST", "/items", {
      name: "Buurthuis",
      kind: "place",
      carriedBy: "mixed",
    });
    expect((await list(`?area=${area.id}`)).total).toBe(0);

    await api("PATCH", `/items/${item.id}`, { areaIds: [area.id] });
    expect((await list(`?area=${area.id}`)).items[0]!.areas).toEqual([
      { id: area.id, name: "Noord" },
    ]);

    await api("PUT", `/areas/${area.id}`, { name: "Noord-Oost", kind: "wijk" });
    expect((await list()).items[0]!.areas).toEqual([{ id: area.id, name: "Noord-Oost" }]);

    await api("DELETE", `/areas/${area.id}`);
    expect((await list()).items[0]!.areas).toEqual([]);
  });

  it("shows imported items at once, with the right total on every page", async () => {
    const { api, list } = await setup();
    const rows = Array.from(
      { length: 30 },
      (_, i) => `Repair Café ${i};;activiteit;;Zuid;;gemengd`,
    );
    const csv = ["naam;omschrijving;soort;sfeer;gebied;thema's;gedragen door", ...rows].join(
      "\r\n",
    );
    expect((await list("?page=2&pageSize=10")).total).toBe(0);
    await api("POST", "/imports", { content: Buffer.from(csv).toString("base64") });
    const page2 = await list("?page=2&pageSize=10");
    expect(page2.total).toBe(30);
    expect(page2.items).toHaveLength(10);
    expect((await list("?q=cafe&page=3&pageSize=10")).total).toBe(30);
  });

  it("shows a write made outside the items service (another module or process) at once", async () => {
    const { workspace, api, names } = await setup();
    await api("POST", "/items", { name: "Sportclub", kind: "organisation", carriedBy: "mixed" });
    expect(await names()).toEqual(["Sportclub"]);
    await t.database.db.execute(
      sql`update items set name = 'Voetbalclub' where workspace_id = ${workspace.id}`,
    );
    expect(await names()).toEqual(["Voetbalclub"]);
    await t.database.db.execute(sql`delete from items where workspace_id = ${workspace.id}`);
    expect(await names()).toEqual([]);
  });

  it("keeps a workspace's cached results when another workspace changes", async () => {
    const a = await setup();
    const b = await setup();
    await a.api("POST", "/items", { name: "Wijkteam", kind: "network", carriedBy: "mixed" });
    expect(await a.names()).toEqual(["Wijkteam"]);
    await b.api("POST", "/items", { name: "Bibliotheek", kind: "place", carriedBy: "mixed" });
    const hits = t.services.items.listCacheStats()!.hits;
    expect(await a.api("GET", "/items")).toMatchObject({ total: 1 });
    expect(t.services.items.listCacheStats()!.hits).toBe(hits + 1);
  });

  it("lets a workspace with items be deleted (the version row goes with it)", async () => {
    const { workspace, api } = await setup();
    await api("POST", "/items", { name: "Zelfhulpgroep", kind: "network", carriedBy: "mixed" });
    await t.database.db.execute(sql`delete from workspaces where id = ${workspace.id}`);
    const left = await t.database.db.execute(
      sql`select count(*)::int as n from item_data_versions where workspace_id = ${workspace.id}`,
    );
    expect((left as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(0);
  });
});
