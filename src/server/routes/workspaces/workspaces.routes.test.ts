import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, sessionCookieFrom, type TestApp } from "../../../../test/app.ts";
import { addMember, buildUser, buildWorkspace, loginAs } from "../../../../test/factories.ts";
import { invites, memberships } from "../../db/schema.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function ownerWithWorkspace() {
  const owner = await buildUser(t);
  const workspace = await buildWorkspace(t, owner);
  const cookie = await loginAs(t, owner);
  return { owner, workspace, cookie };
}

async function createInvite(slug: string, cookie: string, role = "member") {
  const response = await t.app.inject({
    method: "POST",
    url: `/api/v1/workspaces/${slug}/invites`,
    headers: { cookie },
    payload: { role, expiresInDays: 3 },
  });
  expect(response.statusCode).toBe(201);
  return response.json() as { token: string; url: string; invite: { id: string } };
}

describe("workspaces", () => {
  it("creates a workspace whose creator is owner, with default criteria", async () => {
    const user = await buildUser(t);
    const cookie = await loginAs(t, user);
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/workspaces",
      headers: { cookie },
      payload: { name: "Gemeente Súdwest-Fryslân" },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().workspace).toMatchObject({
      slug: "gemeente-sudwest-fryslan",
      role: "owner",
    });
    const list = await t.app.inject({ url: "/api/v1/workspaces", headers: { cookie } });
    expect(list.json().workspaces.map((w: { slug: string }) => w.slug)).toEqual([
      "gemeente-sudwest-fryslan",
    ]);
    const again = await t.app.inject({
      method: "POST",
      url: "/api/v1/workspaces",
      headers: { cookie },
      payload: { name: "Gemeente Sudwest Fryslan" },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("slug_taken");
  });

  it("keeps at least one owner", async () => {
    const { owner, workspace, cookie } = await ownerWithWorkspace();
    const leave = await t.app.inject({
      method: "DELETE",
      url: `/api/v1/workspaces/${workspace.slug}/membership`,
      headers: { cookie },
    });
    expect(leave.statusCode).toBe(409);
    expect(leave.json().code).toBe("last_owner");
    const demote = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/workspaces/${workspace.slug}/members/${owner.id}`,
      headers: { cookie },
      payload: { role: "viewer" },
    });
    expect(demote.json().code).toBe("last_owner");
  });

  it("two owners leaving at the same moment leave one owner behind", async () => {
    const { workspace, cookie } = await ownerWithWorkspace();
    const second = await buildUser(t);
    await addMember(t, workspace, second, "owner");
    const secondCookie = await loginAs(t, second);
    const leave = (c: string) =>
      t.app.inject({
        method: "DELETE",
        url: `/api/v1/workspaces/${workspace.slug}/membership`,
        headers: { cookie: c },
      });
    const statuses = (await Promise.all([leave(cookie), leave(secondCookie)]))
      .map((r) => r.statusCode)
      .sort();
    expect(statuses).toEqual([204, 409]);
    const owners = await t.services.workspaces.listMembers(workspace.id);
    expect(owners.filter((m) => m.role === "owner")).toHaveLength(1);
  });
});

describe("invites", () => {
  it("a new person joins through the link, creating an account on the way", async () => {
    const { workspace, cookie } = await ownerWithWorkspace();
    const { token, url } = await createInvite(workspace.slug, cookie, "editor");
    expect(url).toContain(`/uitnodiging/${token}`);

    const preview = await t.app.inject({ url: `/api/v1/invites/${token}` });
    expect(preview.json()).toMatchObject({ workspaceName: workspace.name, role: "editor" });

    const accept = await t.app.inject({
      method: "POST",
      url: `/api/v1/invites/${token}/accept`,
      payload: { account: { email: "nieuw@example.org", password: "een goed wachtwoord" } },
    });
    expect(accept.statusCode).toBe(200);
    expect(accept.json().workspace).toMatchObject({ slug: workspace.slug, role: "editor" });
    const newCookie = sessionCookieFrom(accept);
    const list = await t.app.inject({ url: "/api/v1/workspaces", headers: { cookie: newCookie } });
    expect(list.json().workspaces).toHaveLength(1);

    const reuse = await t.app.inject({ url: `/api/v1/invites/${token}` });
    expect(reuse.statusCode).toBe(410);
    expect(reuse.json().code).toBe("invite_used");
  });

  it("an expired invite is refused and changes nothing", async () => {
    const { workspace, cookie } = await ownerWithWorkspace();
    const { token, invite } = await createInvite(workspace.slug, cookie);
    const { eq } = await import("drizzle-orm");
    await t.database.db
      .update(invites)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invites.id, invite.id));
    const membersBefore = await t.database.db.select().from(memberships);
    const accept = await t.app.inject({
      method: "POST",
      url: `/api/v1/invites/${token}/accept`,
      payload: { account: { email: "te-laat@example.org", password: "een goed wachtwoord" } },
    });
    expect(accept.statusCode).toBe(410);
    expect(accept.json().code).toBe("invite_expired");
    expect(await t.database.db.select().from(memberships)).toHaveLength(membersBefore.length);
    const login = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: "te-laat@example.org", password: "een goed wachtwoord" },
    });
    expect(login.statusCode).toBe(401);
  });

  it("a logged-in user accepts; a revoked invite is gone", async () => {
    const { workspace, cookie } = await ownerWithWorkspace();
    const joiner = await buildUser(t);
    const joinerCookie = await loginAs(t, joiner);
    const first = await createInvite(workspace.slug, cookie, "viewer");
    const accept = await t.app.inject({
      method: "POST",
      url: `/api/v1/invites/${first.token}/accept`,
      headers: { cookie: joinerCookie },
      payload: {},
    });
    expect(accept.json().workspace.role).toBe("viewer");

    const second = await createInvite(workspace.slug, cookie);
    const open = await t.app.inject({
      url: `/api/v1/workspaces/${workspace.slug}/invites`,
      headers: { cookie },
    });
    expect(open.json().invites.map((i: { id: string }) => i.id)).toEqual([second.invite.id]);
    const revoke = await t.app.inject({
      method: "DELETE",
      url: `/api/v1/workspaces/${workspace.slug}/invites/${second.invite.id}`,
      headers: { cookie },
    });
    expect(revoke.statusCode).toBe(204);
    expect((await t.app.inject({ url: `/api/v1/invites/${second.token}` })).statusCode).toBe(404);
  });

  it("an owner removes a member, and a member can leave", async () => {
    const { workspace, cookie } = await ownerWithWorkspace();
    const a = await buildUser(t);
    const b = await buildUser(t);
    for (const person of [a, b]) {
      const { token } = await createInvite(workspace.slug, cookie);
      await t.app.inject({
        method: "POST",
        url: `/api/v1/invites/${token}/accept`,
        headers: { cookie: await loginAs(t, person) },
        payload: {},
      });
    }
    const remove = await t.app.inject({
      method: "DELETE",
      url: `/api/v1/workspaces/${workspace.slug}/members/${a.id}`,
      headers: { cookie },
    });
    expect(remove.statusCode).toBe(204);
    const leave = await t.app.inject({
      method: "DELETE",
      url: `/api/v1/workspaces/${workspace.slug}/membership`,
      headers: { cookie: await loginAs(t, b) },
    });
    expect(leave.statusCode).toBe(204);
    const members = await t.app.inject({
      url: `/api/v1/workspaces/${workspace.slug}/members`,
      headers: { cookie },
    });
    expect(members.json().members).toHaveLength(1);
  });
});
