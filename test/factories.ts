import { randomBytes } from "node:crypto";
import type { User } from "../src/domain/auth.schemas.ts";
import type { WorkspaceRole } from "../src/domain/roles.ts";
import type { WorkspaceSummary } from "../src/domain/workspaces.schemas.ts";
import { createWorkspacesRepository } from "../src/server/modules/workspaces/workspaces.repository.ts";
import { sessionCookieFrom, type TestApp } from "./app.ts";

export const testPassword = "correct horse battery";

export async function buildUser(
  t: TestApp,
  overrides: Partial<{ email: string; password: string; displayName: string }> = {},
): Promise<User & { password: string }> {
  const password = overrides.password ?? testPassword;
  const user = await t.services.auth.createUser({
    email: overrides.email ?? `user-${randomBytes(4).toString("hex")}@example.org`,
    password,
    displayName: overrides.displayName ?? "Test User",
  });
  return { ...user, password };
}

export async function buildWorkspace(
  t: TestApp,
  owner: User,
  overrides: Partial<{ name: string; slug: string }> = {},
): Promise<WorkspaceSummary> {
  const suffix = randomBytes(3).toString("hex");
  return t.services.workspaces.create(
    { name: overrides.name ?? `Gemeente ${suffix}`, slug: overrides.slug ?? `gemeente-${suffix}` },
    owner.id,
  );
}

export async function addMember(
  t: TestApp,
  workspace: WorkspaceSummary,
  user: User,
  role: WorkspaceRole,
) {
  await createWorkspacesRepository(t.database.db).addMember(workspace.id, user.id, role);
}

/** Logs in through the API and returns the Cookie header for later requests. */
export async function loginAs(t: TestApp, user: { email: string; password: string }) {
  const response = await t.app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { email: user.email, password: user.password },
  });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`);
  return sessionCookieFrom(response);
}

/** Requests to one workspace's API as the user whose session cookie is given. */
export function workspaceApi(t: TestApp, slug: string) {
  return (method: string, path: string, cookie: string, payload?: object) =>
    t.app.inject({
      method: method as "GET",
      url: `/api/v1/workspaces/${slug}${path}`,
      headers: { cookie },
      ...(payload ? { payload } : {}),
    });
}

/**
 * A workspace with an owner and `members` members, all logged in, and a request helper for its
 * API: the usual start of a route test.
 */
export async function buildTeam(t: TestApp, members: number) {
  const owner = await buildUser(t);
  const workspace = await buildWorkspace(t, owner);
  const memberCookies: string[] = [];
  for (let i = 0; i < members; i++) {
    const user = await buildUser(t);
    await addMember(t, workspace, user, "member");
    memberCookies.push(await loginAs(t, user));
  }
  return {
    workspace,
    ownerCookie: await loginAs(t, owner),
    memberCookies,
    api: workspaceApi(t, workspace.slug),
  };
}
