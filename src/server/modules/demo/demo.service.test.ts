import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/app.ts";
import { areas, criteria, items, memberships } from "../../db/schema.ts";
import { demoLogin, demoWorkspace } from "./demo.service.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function demoContents() {
  const { token } = await t.services.auth.login(demoLogin, "127.0.0.1");
  const workspace = (await t.services.auth.authenticateInWorkspace(token, demoWorkspace.slug))
    ?.membership;
  if (!workspace) throw new Error("demo workspace missing");
  const db = t.database.db;
  return {
    workspace,
    items: await db.select().from(items).where(eq(items.workspaceId, workspace.id)),
    areas: await db.select().from(areas).where(eq(areas.workspaceId, workspace.id)),
    criteria: await db.select().from(criteria).where(eq(criteria.workspaceId, workspace.id)),
    members: await db.select().from(memberships).where(eq(memberships.workspaceId, workspace.id)),
  };
}

describe("demo", () => {
  it("creates Voorbeeldgemeente with the talk's examples on first start only", async () => {
    expect(await t.services.demo.ensure()).toBe(true);
    expect(await t.services.demo.ensure()).toBe(false);
    const demo = await demoContents();
    expect(demo.workspace).toMatchObject({ name: "Voorbeeldgemeente", role: "owner" });
    expect(demo.items.length).toBeGreaterThanOrEqual(20);
    for (const sphere of ["personal", "communal", "institutional"]) {
      expect(demo.items.filter((i) => i.sphere === sphere).length).toBeGreaterThanOrEqual(3);
    }
    expect(demo.items.filter((i) => i.sphere === null).length).toBeGreaterThanOrEqual(2);
    expect(demo.items.every((i) => i.themes.length > 0)).toBe(true);
    expect(demo.areas.length).toBeGreaterThanOrEqual(4);
    expect(demo.areas.length).toBeLessThanOrEqual(5);
    expect(demo.criteria.map((c) => c.key)).toEqual(
      expect.arrayContaining(["C1", "C2", "C3", "C4", "A", "B", "C", "D", "E", "F"]),
    );
    const stakeholders = demo.members.filter((m) => m.stakeholderGroupId !== null);
    expect(stakeholders.length).toBeGreaterThanOrEqual(5);
  });

  it("reset puts the demo back as it was, discarding changes", async () => {
    const before = await demoContents();
    await t.database.db.delete(items).where(eq(items.workspaceId, before.workspace.id));
    await t.services.demo.reset();
    const after = await demoContents();
    expect(after.items).toHaveLength(before.items.length);
    expect(after.members).toHaveLength(before.members.length);
    expect(after.workspace.id).not.toBe(before.workspace.id);
  });
});
