/**
 * Authorisation per role inside one workspace. Every workspace route the server registered is
 * called by the workspace's viewer, member, editor and owner with real ids and a valid body:
 * below the route's role the answer is 403 and nothing changes; at or above it, never 403.
 * The role each route requires comes from its `config.policy`, and a hand-written table of the
 * routes that matter most pins that policy, so loosening one fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../test/app.ts";
import {
  type ApiRoute,
  changedTables,
  fillPath,
  fingerprint,
  paramValue,
  problemShapeError,
  registeredApiRoutes,
  reportCases,
  rolesLowToHigh,
  setUpAttackTarget,
  takesBody,
  validBody,
  validQuery,
  type WorkspaceFixture,
} from "../../../test/hardening.ts";
import { roleSatisfies, type WorkspaceRole } from "../../domain/roles.ts";

let t: TestApp;
let A: WorkspaceFixture;

beforeAll(async () => {
  ({
    t,
    workspaces: [A],
  } = await setUpAttackTarget(["Alfa"]));
}, 120_000);
afterAll(() => t.close());

/**
 * The role key routes require, written down by hand: viewers cannot write, members cannot
 * change criteria or decisions, only owners manage members, invitations and backups.
 */
const requiredRoles: Record<string, WorkspaceRole> = {
  "GET /api/v1/workspaces/:slug": "viewer",
  "GET /api/v1/workspaces/:slug/items": "viewer",
  "GET /api/v1/workspaces/:slug/report": "viewer",
  "PATCH /api/v1/workspaces/:slug/members/:userId": "owner",
  "DELETE /api/v1/workspaces/:slug/members/:userId": "owner",
  "GET /api/v1/workspaces/:slug/invites": "owner",
  "POST /api/v1/workspaces/:slug/invites": "owner",
  "DELETE /api/v1/workspaces/:slug/invites/:inviteId": "owner",
  "GET /api/v1/workspaces/:slug/backup": "owner",
  "POST /api/v1/workspaces/:slug/criteria": "editor",
  "PATCH /api/v1/workspaces/:slug/criteria/:criterionId": "editor",
  "POST /api/v1/workspaces/:slug/items/:itemId/decisions": "editor",
  "PUT /api/v1/workspaces/:slug/thresholds": "editor",
  "POST /api/v1/workspaces/:slug/stakeholder-groups": "editor",
  "DELETE /api/v1/workspaces/:slug/stakeholder-groups/:groupId": "editor",
  "POST /api/v1/workspaces/:slug/items": "editor",
  "PATCH /api/v1/workspaces/:slug/items/:itemId": "editor",
  "POST /api/v1/workspaces/:slug/items/:itemId/archive": "editor",
  "POST /api/v1/workspaces/:slug/imports": "editor",
  "POST /api/v1/workspaces/:slug/areas": "editor",
  "POST /api/v1/workspaces/:slug/expectations": "editor",
  "DELETE /api/v1/workspaces/:slug/expectations/:expectationId": "editor",
  "POST /api/v1/workspaces/:slug/sessions": "editor",
  "POST /api/v1/workspaces/:slug/sessions/:sessionId/control": "editor",
  "PATCH /api/v1/workspaces/:slug/sessions/:sessionId/open-answers/:answerId": "editor",
  "DELETE /api/v1/workspaces/:slug/sessions/:sessionId": "editor",
  "PUT /api/v1/workspaces/:slug/roles/:sphere": "editor",
  "POST /api/v1/workspaces/:slug/actions": "editor",
  "POST /api/v1/workspaces/:slug/snapshots": "editor",
  "PUT /api/v1/workspaces/:slug/items/:itemId/my-score": "member",
  "PUT /api/v1/workspaces/:slug/expectations/:expectationId/my-rating": "member",
};

/**
 * The only writes a viewer may make: about themself (leaving, saying which stakeholder group
 * they belong to). Any other viewer-level write fails the test.
 */
const viewerSelfService = new Set([
  "DELETE /api/v1/workspaces/:slug/membership",
  "PUT /api/v1/workspaces/:slug/membership/group",
]);

const reading = (method: string) => method === "GET" || method === "HEAD";

/**
 * Reads first, deletions last (a deleted row answers 404, which is still "not 403"), and
 * leaving the workspace at the very end: after it the actor is no member.
 */
function order(route: ApiRoute): number {
  if (route.key === "DELETE /api/v1/workspaces/:slug/membership") return 9;
  if (route.key === "DELETE /api/v1/workspaces/:slug/members/:userId") return 8;
  if (route.method === "DELETE") return route.url.includes("measurements") ? 6 : 7;
  return { GET: 0, HEAD: 0, POST: 2, PUT: 3, PATCH: 4 }[route.method] ?? 5;
}

describe("authorisation per role", () => {
  const workspaceRoutes = () =>
    registeredApiRoutes(t.app.registeredRoutes).filter((r) => r.policy.access === "workspace");

  it("the key routes keep the role written down for them", () => {
    const actual = Object.fromEntries(
      workspaceRoutes().map((r) => [r.key, r.policy.access === "workspace" && r.policy.role]),
    );
    for (const [key, role] of Object.entries(requiredRoles)) {
      expect(actual[key], `${key} is no longer registered`).toBeDefined();
      expect(actual[key], key).toBe(role);
    }
  });

  it("viewers may only write about themselves", () => {
    const viewerWrites = workspaceRoutes()
      .filter((r) => r.policy.access === "workspace" && r.policy.role === "viewer")
      .filter((r) => !reading(r.method) && !r.websocket)
      .map((r) => r.key);
    expect(viewerWrites.sort()).toEqual([...viewerSelfService].sort());
  });

  it("every workspace route refuses the roles below its own and serves the rest", async () => {
    const routes = workspaceRoutes()
      .filter((r) => !r.websocket)
      .sort((a, b) => order(a) - order(b));
    expect(routes.length).toBeGreaterThan(90);
    const failures: string[] = [];
    let attempts = 0;
    let refusals = 0;
    for (const route of routes) {
      if (route.policy.access !== "workspace") continue;
      const required = route.policy.role;
      for (const role of rolesLowToHigh) {
        attempts++;
        const url = fillPath(route, (name) => paramValue(name, route.url, A.ids, A));
        const query = validQuery(route.key, A.ids);
        const payload = takesBody(route) ? validBody(route.key, A.ids) : undefined;
        const before = roleSatisfies(role, required) ? undefined : await fingerprint(t.database.db);
        const response = await t.app.inject({
          method: route.method as "GET",
          url,
          ...(query ? { query } : {}),
          headers: { cookie: A.cookies[role] },
          ...(payload !== undefined ? { payload: payload as object } : {}),
        });
        const what = `${route.key} as ${role} (requires ${required})`;
        const status = response.statusCode;
        if (status >= 500) failures.push(`${what}: ${status} ${response.body.slice(0, 200)}`);
        const shape = problemShapeError(response);
        if (shape) failures.push(`${what}: ${shape}`);
        if (before) {
          refusals++;
          if (status !== 403) failures.push(`${what}: ${status} instead of 403`);
          const changed = changedTables(before, await fingerprint(t.database.db));
          if (changed.length) failures.push(`${what}: refused but changed ${changed.join(", ")}`);
        } else if (status === 401 || status === 403) {
          failures.push(`${what}: ${status} ${response.body.slice(0, 200)}`);
        }
      }
    }
    reportCases(
      `authorisation: ${routes.length} routes × ${rolesLowToHigh.length} roles, ${attempts} requests, ${refusals} of them below the route's role`,
    );
    expect(failures).toEqual([]);
  }, 300_000);
});
