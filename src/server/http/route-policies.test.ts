import type { RouteOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { addMember, buildUser, buildWorkspace, loginAs } from "../../../test/factories.ts";
import { isPolicy } from "./policy.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

function methodsOf(route: RouteOptions): string[] {
  return ([] as string[]).concat(route.method);
}

describe("route policies", () => {
  it("every registered route declares a valid authorisation policy", () => {
    const routes = t.app.registeredRoutes;
    expect(routes.length).toBeGreaterThan(10);
    const missing = routes
      .filter((route) => !isPolicy(route.config?.policy))
      .map((route) => `${methodsOf(route).join(",")} ${route.url}`);
    expect(missing).toEqual([]);
  });

  it("refuses a route that was registered without a policy", async () => {
    // A deliberately unguarded route, added the way a careless change would add one.
    const bare = await createTestApp({}, (app) => {
      app.get("/api/v1/unguarded", async () => ({ secret: true }));
    });
    const response = await bare.app.inject({ url: "/api/v1/unguarded" });
    const unguarded = bare.app.registeredRoutes.filter((r) => !isPolicy(r.config?.policy));
    await bare.close();
    expect(response.statusCode).toBe(403);
    expect(response.body).not.toContain("secret");
    expect([...new Set(unguarded.map((r) => r.url))]).toEqual(["/api/v1/unguarded"]);
  });
});

describe("workspace isolation", () => {
  it("a member of workspace A gets 404 for every workspace route of workspace B", async () => {
    const alice = await buildUser(t);
    const bob = await buildUser(t);
    await buildWorkspace(t, alice, { slug: "gemeente-a", name: "Gemeente A" });
    const b = await buildWorkspace(t, bob, { slug: "gemeente-b", name: "Gemeente B" });
    const cookie = await loginAs(t, alice);
    const workspaceRoutes = t.app.registeredRoutes.filter((route) => route.url.includes(":slug"));
    expect(workspaceRoutes.length).toBeGreaterThan(5);
    for (const route of workspaceRoutes) {
      for (const method of methodsOf(route)) {
        const url = route.url
          .replace(":slug", b.slug)
          .replace(/:\w+Id\b/g, "00000000-0000-4000-8000-000000000000");
        const response = await t.app.inject({
          method: method as "GET",
          url,
          headers: { cookie },
          ...(method === "GET" || method === "HEAD" || method === "DELETE" ? {} : { payload: {} }),
        });
        expect(response.statusCode, `${method} ${url}`).toBe(404);
        expect(response.body).not.toContain("Gemeente B");
        expect(response.body).not.toContain(bob.email);
      }
    }
  });

  it("a member sees their own workspace, and an unknown slug looks the same as a foreign one", async () => {
    const carol = await buildUser(t);
    const own = await buildWorkspace(t, carol);
    const cookie = await loginAs(t, carol);
    const mine = await t.app.inject({ url: `/api/v1/workspaces/${own.slug}`, headers: { cookie } });
    expect(mine.statusCode).toBe(200);
    const unknown = await t.app.inject({
      url: "/api/v1/workspaces/bestaat-niet",
      headers: { cookie },
    });
    const foreign = await t.app.inject({
      url: "/api/v1/workspaces/gemeente-b",
      headers: { cookie },
    });
    expect(unknown.statusCode).toBe(404);
    expect(foreign.json()).toEqual(unknown.json());
  });

  it("roles: a viewer cannot invite, a member cannot change roles, an owner can", async () => {
    const owner = await buildUser(t);
    const viewer = await buildUser(t);
    const member = await buildUser(t);
    const workspace = await buildWorkspace(t, owner);
    await addMember(t, workspace, viewer, "viewer");
    await addMember(t, workspace, member, "member");
    const viewerCookie = await loginAs(t, viewer);
    const memberCookie = await loginAs(t, member);
    const ownerCookie = await loginAs(t, owner);
    const invite = (cookie: string) =>
      t.app.inject({
        method: "POST",
        url: `/api/v1/workspaces/${workspace.slug}/invites`,
        headers: { cookie },
        payload: { role: "member" },
      });
    expect((await invite(viewerCookie)).statusCode).toBe(403);
    const promote = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/workspaces/${workspace.slug}/members/${member.id}`,
      headers: { cookie: memberCookie },
      payload: { role: "owner" },
    });
    expect(promote.statusCode).toBe(403);
    expect((await invite(ownerCookie)).statusCode).toBe(201);
  });
});
