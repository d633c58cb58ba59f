import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/app.ts";
import { addMember, buildUser, buildWorkspace, loginAs } from "../../../../test/factories.ts";
import { workspaces } from "../../db/schema.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const png = `data:image/png;base64,${Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).toString("base64")}`;
const accessible = {
  colors: {
    primary: "#006B3F",
    primaryText: "#ffffff",
    link: "#005a9c",
    focus: "#000000",
    headerBackground: "#1d1d1b",
    headerText: "#ffffff",
  },
  logo: png,
};
/** Yellow with white text, a light-grey link and a pale focus outline: four pairs fail. */
const inaccessible = {
  colors: { primary: "#ffdd00", primaryText: "#ffffff", link: "#aaaaaa", focus: "#dddddd" },
  logo: null,
};

async function setup() {
  const owner = await buildUser(t);
  const workspace = await buildWorkspace(t, owner);
  const cookie = await loginAs(t, owner);
  const put = (payload: object, headers: Record<string, string> = {}, who = cookie) =>
    t.app.inject({
      method: "PUT",
      url: `/api/v1/workspaces/${workspace.slug}/theme`,
      headers: { cookie: who, ...headers },
      payload,
    });
  const get = (who = cookie) =>
    t.app.inject({ url: `/api/v1/workspaces/${workspace.slug}/theme`, headers: { cookie: who } });
  const stored = async () =>
    (await t.database.db.select().from(workspaces).where(eq(workspaces.id, workspace.id)))[0]!
      .theme;
  return { owner, workspace, cookie, put, get, stored };
}

describe("workspace theme", () => {
  it("starts as the default theme; an owner saves an accessible one, stored in lower case", async () => {
    const { get, put, stored } = await setup();
    expect((await get()).json()).toEqual({ theme: { colors: {}, logo: null } });
    const saved = await put(accessible);
    expect(saved.statusCode, saved.body).toBe(200);
    const expected = {
      colors: { ...accessible.colors, primary: "#006b3f" },
      logo: png,
    };
    expect(saved.json().theme).toEqual(expected);
    expect((await get()).json().theme).toEqual(expected);
    expect(await stored()).toEqual(expected);
  });

  it("refuses a theme that breaks AA with every failing pair, in the request's language, and changes nothing", async () => {
    const { put, stored } = await setup();
    await put(accessible);
    const before = await stored();
    const refused = await put(inaccessible, { "accept-language": "nl" });
    expect(refused.statusCode).toBe(422);
    expect(refused.headers["content-type"]).toMatch(/application\/problem\+json/);
    const body = refused.json();
    expect(body.code).toBe("theme_inaccessible");
    expect(body.title).toBe("Niet verwerkt");
    expect(body.detail).toMatch(/niet opgeslagen/);
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      "colors.focus",
      "colors.link",
      "colors.primary",
      "colors.primaryText",
    ]);
    const textPair = body.errors.find((e: { path: string }) => e.path === "colors.primaryText");
    expect(textPair.message).toMatch(
      /^Tekst op de primaire kleur: contrast 1,\d\d:1, minimaal 4,5:1 nodig \(#ffffff op #ffdd00\)\.$/,
    );
    expect(await stored()).toEqual(before);

    const english = await put(inaccessible, { "accept-language": "en" });
    expect(
      english.json().errors.find((e: { path: string }) => e.path === "colors.focus").message,
    ).toMatch(/^Focus outline on the white page: contrast 1\.\d\d:1, needs at least 3:1/);
    expect(await stored()).toEqual(before);
  });

  it("checks a partial theme together with the defaults it keeps", async () => {
    const { put } = await setup();
    // White header text stays the default: a white header background breaks it.
    const refused = await put({ colors: { headerBackground: "#ffffff" } });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors.map((e: { path: string }) => e.path)).toEqual([
      "colors.headerText",
    ]);
    expect(
      (await put({ colors: { headerBackground: "#ffffff", headerText: "#000000" } })).statusCode,
    ).toBe(200);
  });

  it("accepts only #rrggbb colours and known tokens, so nothing can inject CSS", async () => {
    const { put, stored } = await setup();
    const attempts: object[] = [
      { colors: { primary: "red" } },
      { colors: { primary: "#fff" } },
      { colors: { primary: "#000000;}body{display:none" } },
      { colors: { link: "var(--utrecht-color-red-40)" } },
      { colors: { link: "url(https://evil.example/x)" } },
      { colors: { background: "#000000" } },
      { colors: {}, logo: null, css: "body{}" },
      { colors: { primary: 0x000000 } },
    ];
    for (const attempt of attempts) {
      const response = await put(attempt);
      expect(response.statusCode, JSON.stringify(attempt)).toBe(400);
      expect(response.json().code).toBe("validation_failed");
    }
    expect(await stored()).toBeNull();
  });

  it("refuses an SVG logo, a disguised one and one that is too large", async () => {
    const { put, stored } = await setup();
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    const tooLarge = Buffer.alloc(100 * 1024 + 3);
    Buffer.from(png.split(",")[1]!, "base64").copy(tooLarge);
    for (const logo of [
      `data:image/svg+xml;base64,${svg.toString("base64")}`,
      `data:image/png;base64,${svg.toString("base64")}`,
      `data:image/png;base64,${tooLarge.toString("base64")}`,
      "https://evil.example/logo.png",
    ]) {
      const response = await put({ colors: {}, logo });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].path).toMatch(/logo/);
    }
    expect(await stored()).toBeNull();
  });

  it("only owners change it; every member reads it; others get 404", async () => {
    const { workspace, put, get } = await setup();
    const editor = await buildUser(t);
    await addMember(t, workspace, editor, "editor");
    const viewer = await buildUser(t);
    await addMember(t, workspace, viewer, "viewer");
    const stranger = await buildUser(t);
    const editorCookie = await loginAs(t, editor);
    expect((await put(accessible, {}, editorCookie)).statusCode).toBe(403);
    expect((await get(await loginAs(t, viewer))).statusCode).toBe(200);
    const strangerCookie = await loginAs(t, stranger);
    expect((await get(strangerCookie)).statusCode).toBe(404);
    expect((await put(accessible, {}, strangerCookie)).statusCode).toBe(404);
    const anonymous = await t.app.inject({ url: `/api/v1/workspaces/${workspace.slug}/theme` });
    expect(anonymous.statusCode).toBe(401);
  });

  it("resets to the default theme (stored as null)", async () => {
    const { put, get, stored } = await setup();
    await put(accessible);
    const reset = await put({ colors: {}, logo: null });
    expect(reset.statusCode).toBe(200);
    expect(await stored()).toBeNull();
    expect((await get()).json().theme).toEqual({ colors: {}, logo: null });
  });

  it("reads a stored theme that no longer passes the schema as the default", async () => {
    const { workspace, get } = await setup();
    await t.database.db
      .update(workspaces)
      .set({ theme: { colors: { primary: "expression(alert(1))" } } })
      .where(eq(workspaces.id, workspace.id));
    expect((await get()).json().theme).toEqual({ colors: {}, logo: null });
  });

  it("reaches participants with the session's join information", async () => {
    const { workspace, cookie, put } = await setup();
    await put(accessible);
    const created = await t.app.inject({
      method: "POST",
      url: `/api/v1/workspaces/${workspace.slug}/sessions`,
      headers: { cookie },
      payload: { title: "Wijkavond", date: "2026-12-01" },
    });
    expect(created.statusCode, created.body).toBe(201);
    const info = await t.app.inject({ url: `/api/v1/live/sessions/${created.json().code}` });
    expect(info.statusCode).toBe(200);
    expect(info.json().theme.colors.primary).toBe("#006b3f");
    expect(info.json().theme.logo).toBe(png);
    expect(info.json().workspaceName).toBe(workspace.name);
  });

  it("goes into a backup and comes back with a restore", async () => {
    const { workspace, put, get } = await setup();
    await put(accessible);
    const { file, data } = await t.services.backup.backup(workspace.id);
    expect(data.workspace.theme).toEqual({
      colors: { ...accessible.colors, primary: "#006b3f" },
      logo: png,
    });
    await t.database.db.delete(workspaces).where(eq(workspaces.id, workspace.id));
    expect((await get()).statusCode).toBe(404);
    await t.services.backup.restore(file);
    expect((await get()).json().theme).toEqual(data.workspace.theme);
  });
});
