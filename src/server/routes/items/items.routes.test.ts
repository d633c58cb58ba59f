import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/app.ts";
import { addMember, buildUser, buildWorkspace, loginAs } from "../../../../test/factories.ts";

let t: TestApp;
let slug: string;
let cookie: string;
let viewerCookie: string;

beforeAll(async () => {
  t = await createTestApp();
  const owner = await buildUser(t);
  const viewer = await buildUser(t);
  const workspace = await buildWorkspace(t, owner);
  await addMember(t, workspace, viewer, "viewer");
  slug = workspace.slug;
  cookie = await loginAs(t, owner);
  viewerCookie = await loginAs(t, viewer);
});
afterAll(() => t.close());

const api = (method: string, path: string, payload?: object, as = cookie) =>
  t.app.inject({
    method: method as "GET",
    url: `/api/v1/workspaces/${slug}${path}`,
    headers: { cookie: as },
    ...(payload ? { payload } : {}),
  });

async function createItem(overrides: object = {}) {
  const response = await api("POST", "/items", {
    name: "Taalmaatjes",
    kind: "role",
    carriedBy: "volunteers",
    ...overrides,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe("areas", () => {
  it("creates a wijk with a CBS code and a buurt inside it; refuses bad codes and nesting", async () => {
    const wijk = await api("POST", "/areas", { name: "Noord", kind: "wijk", cbsCode: "wk0363ab" });
    expect(wijk.statusCode).toBe(201);
    expect(wijk.json().cbsCode).toBe("WK0363AB");
    const buurt = await api("POST", "/areas", {
      name: "Vogelbuurt",
      kind: "buurt",
      cbsCode: "BU036300AB",
      parentId: wijk.json().id,
    });
    expect(buurt.statusCode).toBe(201);
    const twice = await api("POST", "/areas", { name: "noord", kind: "wijk" });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().errors.map((e: { path: string }) => e.path)).toEqual(["body.name"]);
    const badCode = await api("POST", "/areas", { name: "X", kind: "wijk", cbsCode: "WK12" });
    expect(badCode.statusCode).toBe(400);
    const wijkInBuurt = await api("POST", "/areas", {
      name: "Y",
      kind: "wijk",
      parentId: buurt.json().id,
    });
    expect(wijkInBuurt.statusCode).toBe(400);
    const wijkToBuurt = await api("PUT", `/areas/${wijk.json().id}`, {
      name: "Noord",
      kind: "buurt",
    });
    expect(wijkToBuurt.statusCode).toBe(400);
    const list = await api("GET", "/areas");
    expect(list.json().areas.map((a: { name: string }) => a.name)).toEqual(["Noord", "Vogelbuurt"]);
  });
});

describe("items", () => {
  it("creates, edits, archives and restores an item, keeping who and when", async () => {
    const item = await createItem({ description: "Oefenen met Nederlands praten" });
    const edited = await api("PATCH", `/items/${item.id}`, {
      sphere: "communal",
      reach: "30 koppels",
    });
    expect(edited.json()).toMatchObject({ sphere: "communal", reach: "30 koppels" });
    expect((await api("POST", `/items/${item.id}/archive`)).json().archivedAt).not.toBeNull();
    const listed = await api("GET", "/items?q=taalmaatje");
    expect(listed.json().items.map((i: { id: string }) => i.id)).not.toContain(item.id);
    const archived = await api("GET", "/items?archived=only");
    expect(archived.json().items.map((i: { id: string }) => i.id)).toContain(item.id);
    const archivedAt = (await api("GET", `/items/${item.id}`)).json().archivedAt;
    expect((await api("POST", `/items/${item.id}/archive`)).json().archivedAt).toBe(archivedAt);
    expect((await api("POST", `/items/${item.id}/restore`)).json().archivedAt).toBeNull();
    expect((await api("POST", `/items/${item.id}/restore`)).statusCode).toBe(200);

    const history = (await api("GET", `/items/${item.id}/history`)).json().changes;
    expect(history.map((c: { action: string }) => c.action)).toEqual([
      "restored",
      "archived",
      "updated",
      "created",
    ]);
    expect(history[2].changes).toEqual({
      sphere: { from: null, to: "communal" },
      reach: { from: "", to: "30 koppels" },
    });
    expect(history[0].by).toBe("Test User");

    const area = (await api("GET", "/areas")).json().areas[0];
    await api("PATCH", `/items/${item.id}`, { areaIds: [area.id] });
    const latest = (await api("GET", `/items/${item.id}/history`)).json().changes[0];
    expect(latest.changes.areas).toEqual({ from: [], to: [area.name] });
  });

  it("moves an item between spheres and back to unplaced", async () => {
    const item = await createItem({ name: "Buurtvaders" });
    const moved = await api("PUT", `/items/${item.id}/sphere`, { sphere: "institutional" });
    expect(moved.json().sphere).toBe("institutional");
    const back = await api("PUT", `/items/${item.id}/sphere`, { sphere: null });
    expect(back.json().sphere).toBeNull();
    expect((await api("GET", `/items/${item.id}`)).json().sphere).toBeNull();
  });

  it("refuses areas of another workspace and changes nothing", async () => {
    const other = await buildUser(t);
    const foreign = await buildWorkspace(t, other);
    const foreignArea = await t.services.items.createArea(foreign.id, {
      name: "Elders",
      kind: "wijk",
      cbsCode: null,
      parentId: null,
    });
    const before = (await api("GET", "/items")).json().total;
    const response = await api("POST", "/items", {
      name: "Sluiproute",
      kind: "place",
      carriedBy: "mixed",
      areaIds: [foreignArea.id],
    });
    expect(response.statusCode).toBe(400);
    expect((await api("GET", "/items")).json().total).toBe(before);
  });

  it("lets a viewer read but not write", async () => {
    expect((await api("GET", "/items", undefined, viewerCookie)).statusCode).toBe(200);
    const write = await api(
      "POST",
      "/items",
      { name: "X", kind: "place", carriedBy: "mixed" },
      viewerCookie,
    );
    expect(write.statusCode).toBe(403);
  });

  it("only takes whitelisted sort and filter values", async () => {
    for (const query of [
      "sort=name;drop table items",
      "sort=password_hash",
      "direction=sideways",
      "sphere=hemel",
      "pageSize=100000",
      "kind[$ne]=1",
    ]) {
      const response = await api("GET", `/items?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().code).toBe("validation_failed");
    }
  });
});

describe("inventory search and filters", () => {
  beforeAll(async () => {
    const owner = await buildUser(t);
    slug = (await buildWorkspace(t, owner)).slug;
    cookie = await loginAs(t, owner);
    await createItem({
      name: "Mantelzorg voor een naaste",
      kind: "role",
      themes: ["informal_care"],
    });
    await createItem({
      name: "Mantelzorgondersteuning",
      kind: "organisation",
      carriedBy: "professionals",
      sphere: "institutional",
    });
    await createItem({
      name: "Taalcafé De Brug",
      kind: "activity",
      sphere: "communal",
      themes: ["meeting"],
    });
    await createItem({ name: "Buurthuis De Schakel", kind: "place", sphere: "communal" });
  });

  const names = async (query: string) =>
    (await api("GET", `/items?${query}`)).json().items.map((i: { name: string }) => i.name);

  it("finds plural and accent variants through Dutch full-text search", async () => {
    expect(await names("q=mantelzorgers")).toEqual([
      "Mantelzorg voor een naaste",
      "Mantelzorgondersteuning",
    ]);
    expect(await names("q=cafe")).toEqual(["Taalcafé De Brug"]);
    expect(await names("q=TAALCAFE")).toEqual(["Taalcafé De Brug"]);
    expect(await names("q=buurthuizen")).toEqual(["Buurthuis De Schakel"]);
    expect(await names("q=mantelzorg%20ondersteuning")).toEqual(["Mantelzorgondersteuning"]);
    expect(await names("q=mantelzorg%20fiets")).toEqual([]);
    expect(await names("q=%27%3B%20drop%20table%20items%3B%20--")).toEqual([]);
  });

  it("filters by sphere (including unplaced), kind, carrier and theme, and sorts and pages", async () => {
    expect(await names("sphere=communal&sort=name")).toEqual([
      "Buurthuis De Schakel",
      "Taalcafé De Brug",
    ]);
    expect(await names("sphere=unplaced")).toEqual(["Mantelzorg voor een naaste"]);
    expect(await names("carriedBy=professionals")).toEqual(["Mantelzorgondersteuning"]);
    expect(await names("theme=meeting,informal_care")).toEqual([
      "Mantelzorg voor een naaste",
      "Taalcafé De Brug",
    ]);
    const page = (await api("GET", "/items?pageSize=3&page=2&sort=name&direction=desc")).json();
    expect(page).toMatchObject({ page: 2, pageSize: 3, total: 4 });
    expect(page.items.map((i: { name: string }) => i.name)).toEqual(["Buurthuis De Schakel"]);
  });

  it("counts items per sphere", async () => {
    const counts = (await api("GET", "/sphere-counts")).json();
    expect(counts.communal).toBe(2);
    expect(counts.institutional).toBe(1);
    expect(counts.unplaced).toBe(1);
  });
});
