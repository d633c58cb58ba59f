/**
 * Workspace isolation, attacked from every route the server registered. Two workspaces, A and
 * B, each full of real data. Six actors — anonymous, a logged-in user without a workspace, and
 * A's owner, editor, member and viewer — call every /api/v1 route and WebSocket with B's slug
 * and ids in the path, with A's slug and B's ids, and with A's own path but B's ids in the body
 * or query. None of these may read or write B: never a 2xx, nothing of B's in the answer that
 * the request did not contain, and B's rows (and every row pointing at them) unchanged.
 * A's invitation, join code and participant token are then used against B.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../test/app.ts";
import {
  type Actor,
  type ApiRoute,
  changedTables,
  fillPath,
  fingerprint,
  idsOfWorkspace,
  paramValue,
  problemShapeError,
  registeredApiRoutes,
  reportCases,
  setUpAttackTarget,
  takesBody,
  validBody,
  validQuery,
  type WorkspaceFixture,
} from "../../../test/hardening.ts";
import { TestSocket } from "../../../test/live-clients.ts";

let t: TestApp;
let A: WorkspaceFixture;
let B: WorkspaceFixture;
let bIds: string[];
let bSecrets: string[];
let base: string;
let actors: Actor[];
/** A workspace that does not exist: ids nobody has. */
let nobody: WorkspaceFixture;

beforeAll(async () => {
  ({
    t,
    workspaces: [A, B],
    actors,
  } = await setUpAttackTarget(["Alfa", "Bravo"]));
  bIds = await idsOfWorkspace(t.database.db, B.workspace.id);
  bSecrets = [...B.texts, ...bIds];
  nobody = {
    ...B,
    ids: Object.fromEntries(Object.keys(B.ids).map((key) => [key, randomUUID()])) as never,
  };
  const address = await t.app.listen({ port: 0, host: "127.0.0.1" });
  base = address.replace("http", "ws");
}, 120_000);
afterAll(() => t.close());

/** Which workspace fills each part of a request. */
interface Variant {
  name: string;
  slug: WorkspaceFixture;
  ids: WorkspaceFixture;
  refs: WorkspaceFixture;
}

function variantsOf(route: ApiRoute): Variant[] {
  const hasSlug = route.params.includes("slug");
  const otherParams = route.params.filter((p) => p !== "slug" && p !== "sphere");
  const variants: Variant[] = [];
  if (hasSlug) variants.push({ name: "B's slug", slug: B, ids: B, refs: B });
  if (hasSlug && otherParams.length > 0) {
    variants.push({ name: "A's slug, B's ids", slug: A, ids: B, refs: A });
  }
  const refersToRows = (refs: WorkspaceFixture) =>
    JSON.stringify([
      takesBody(route) ? validBody(route.key, refs.ids, { joinCode: A.joinCode }) : null,
      validQuery(route.key, refs.ids) ?? null,
    ]);
  if (refersToRows(A) !== refersToRows(B)) {
    variants.push({ name: "A's path, B's ids in body or query", slug: A, ids: A, refs: B });
  }
  if (!hasSlug && variants.length === 0 && (route.method === "GET" || route.method === "HEAD")) {
    // Invitation and join pages, the user's own workspaces: with A's token or code, they must
    // show nothing of B. (Logging in or out, creating a workspace or accepting A's invitation
    // names nothing of B; the invitation test below accepts one.)
    variants.push({ name: "A's capabilities", slug: A, ids: A, refs: A });
  }
  return variants;
}

function crosses(variant: Variant) {
  return variant.slug === B || variant.ids === B || variant.refs === B;
}

/** B's texts and ids in `body` that the request did not itself contain. */
function leaked(body: string, request: string): string[] {
  return bSecrets.filter((secret) => body.includes(secret) && !request.includes(secret));
}

async function httpAttempt(route: ApiRoute, variant: Variant, cookie: string | undefined) {
  const url = fillPath(route, (name) =>
    paramValue(name, route.url, name === "slug" ? variant.slug.ids : variant.ids.ids, {
      workspace: name === "slug" ? variant.slug.workspace : variant.ids.workspace,
      inviteToken: variant.ids.inviteToken,
      joinCode: variant.ids.joinCode,
    }),
  );
  const query = validQuery(route.key, variant.refs.ids);
  const payload = takesBody(route)
    ? validBody(route.key, variant.refs.ids, { label: "Aanval", joinCode: A.joinCode })
    : undefined;
  const response = await t.app.inject({
    method: route.method as "GET",
    url,
    ...(query ? { query } : {}),
    headers: cookie ? { cookie } : {},
    ...(payload !== undefined ? { payload: payload as object } : {}),
    remoteAddress: "10.1.1.1",
  });
  const request = `${url} ${JSON.stringify(query ?? {})} ${JSON.stringify(payload ?? {})}`;
  return { response, request };
}

async function socketAttempt(route: ApiRoute, variant: Variant, cookie: string | undefined) {
  const url = fillPath(route, (name) =>
    paramValue(name, route.url, name === "slug" ? variant.slug.ids : variant.ids.ids, {
      workspace: name === "slug" ? variant.slug.workspace : variant.ids.workspace,
      inviteToken: variant.ids.inviteToken,
      joinCode: variant.ids.joinCode,
    }),
  );
  const socket = await TestSocket.open(`${base}${url}`, cookie ? { cookie } : {}).catch(
    (error: Error) => error,
  );
  if (socket instanceof Error) return { refused: socket.message, messages: [], request: url };
  if (url.endsWith("/live/ws")) {
    // A's participant, voting in B's step about B's item.
    socket.send({ type: "hello", token: A.participantToken, protocol: 1 });
    await socket.next((m) => m.type === "welcome");
    socket.send({
      type: "vote",
      id: "cross-vote-1",
      stepId: B.ids.stepId,
      target: B.ids.itemId,
      answer: { overall: "doubt" },
    });
    socket.send({
      type: "vote",
      id: "cross-vote-2",
      stepId: A.ids.stepId,
      target: B.ids.itemId,
      answer: { overall: "doubt" },
    });
    await socket.next((m) => m.type === "rejected" && m.id === "cross-vote-2");
  } else {
    await Promise.race([socket.closed, new Promise((resolve) => setTimeout(resolve, 1500))]);
  }
  socket.ws.close();
  const closed = await socket.closed;
  return { refused: undefined, closed: closed.code, messages: socket.messages, request: url };
}

/**
 * A member's own data download lists their audit entries, whose targets are ids that member sent
 * in earlier attempts (this test's, at B): an echo of their own requests, not B's data. Only those
 * target ids are left out of the scan; anything else of B's in the entries still counts.
 */
function ownRecordOmitted(routeKey: string, body: string): string {
  if (routeKey !== "GET /api/v1/account/data") return body;
  const data = JSON.parse(body) as { auditEvents?: Record<string, unknown>[] };
  const auditEvents = (data.auditEvents ?? []).map((entry) => ({ ...entry, targetId: null }));
  return JSON.stringify({ ...data, auditEvents });
}

describe("workspace isolation", () => {
  it("no route lets any actor read or write another workspace", async () => {
    const routes = registeredApiRoutes(t.app.registeredRoutes);
    expect(routes.length).toBeGreaterThan(100);
    let baseline = await fingerprint(t.database.db, bIds);
    const failures: string[] = [];
    let attempts = 0;
    let sockets = 0;
    for (const route of routes) {
      for (const variant of variantsOf(route)) {
        for (const actor of actors) {
          attempts++;
          const what = `${route.key} [${variant.name}] as ${actor.name}`;
          if (route.websocket) {
            if (route.method === "HEAD") continue;
            sockets++;
            const result = await socketAttempt(route, variant, actor.cookie);
            const text = JSON.stringify(result.messages);
            const leaks = leaked(text, result.request);
            if (leaks.length) failures.push(`${what}: sent ${leaks.join(", ")}`);
            if (route.url.endsWith("/live/ws")) {
              const refusals = result.messages.filter((m) => m.type === "rejected");
              if (refusals.length !== 2 || result.messages.some((m) => m.type === "ack")) {
                failures.push(`${what}: cross-workspace votes not both refused: ${text}`);
              }
            } else if (
              crosses(variant) &&
              (result.messages.length > 0 ||
                (result.refused === undefined && result.closed !== 4404))
            ) {
              failures.push(`${what}: socket opened (${result.closed}) with ${text}`);
            }
            continue;
          }
          const { response, request } = await httpAttempt(route, variant, actor.cookie);
          const status = response.statusCode;
          if (crosses(variant) && status < 400) {
            // A filter naming B's row may answer, if exactly as for a row that does not exist.
            const filter =
              variant.refs === B && (route.method === "GET" || route.method === "HEAD");
            const ghost = filter
              ? await httpAttempt(route, { ...variant, refs: nobody }, actor.cookie)
              : undefined;
            if (ghost?.response.statusCode !== status || ghost.response.body !== response.body) {
              failures.push(`${what}: ${status} ${response.body.slice(0, 200)}`);
            }
          }
          if (crosses(variant) && variant.refs !== B && ![401, 403, 404].includes(status)) {
            failures.push(`${what}: ${status} instead of 401/403/404`);
          }
          if (status >= 500) failures.push(`${what}: ${status} ${response.body.slice(0, 200)}`);
          const shape = problemShapeError(response);
          if (shape) failures.push(`${what}: ${shape}`);
          const leaks = leaked(ownRecordOmitted(route.key, response.body), request);
          if (leaks.length) failures.push(`${what}: answer contains ${leaks.join(", ")}`);
        }
      }
      const after = await fingerprint(t.database.db, bIds);
      const changed = changedTables(baseline, after);
      if (changed.length) failures.push(`${route.key}: B's rows changed in ${changed.join(", ")}`);
      baseline = after;
    }
    reportCases(
      `isolation: ${routes.length} routes × ${actors.length} actors, ${attempts} attempts (${sockets} over WebSocket)`,
    );
    expect(failures).toEqual([]);
  }, 300_000);

  it("an invitation of A opens A only", async () => {
    const invite = (
      await t.app.inject({
        method: "POST",
        url: `/api/v1/workspaces/${A.workspace.slug}/invites`,
        headers: { cookie: A.cookies.owner },
        payload: { role: "editor" },
      })
    ).json();
    const before = await fingerprint(t.database.db, bIds);
    const preview = await t.app.inject({ url: `/api/v1/invites/${invite.token}` });
    expect(preview.json().workspaceName).toBe(A.workspace.name);
    expect(leaked(preview.body, "")).toEqual([]);
    const accepted = await t.app.inject({
      method: "POST",
      url: `/api/v1/invites/${invite.token}/accept`,
      payload: { account: { email: "invited@example.org", password: "lang genoeg wachtwoord" } },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().workspace.slug).toBe(A.workspace.slug);
    const cookie = accepted.cookies.find((c) => c.name === "sb_session")!;
    const inB = await t.app.inject({
      url: `/api/v1/workspaces/${B.workspace.slug}/items`,
      headers: { cookie: `sb_session=${cookie.value}` },
    });
    expect(inB.statusCode).toBe(404);
    // B's own token is bound to B: accepting it does not reach into A (and spent, it opens nothing).
    const again = await t.app.inject({
      method: "POST",
      url: `/api/v1/invites/${invite.token}/accept`,
      headers: { cookie: B.cookies.viewer },
      payload: {},
    });
    expect(again.statusCode).toBeGreaterThanOrEqual(400);
    expect(changedTables(before, await fingerprint(t.database.db, bIds))).toEqual([]);
  });

  it("A's join code and participant token open nothing in B", async () => {
    const before = await fingerprint(t.database.db, bIds);
    const info = await t.app.inject({
      url: `/api/v1/live/sessions/${A.joinCode}`,
      remoteAddress: "10.2.2.2",
    });
    expect(info.statusCode).toBe(200);
    expect(info.json().id).toBe(A.ids.sessionId);
    expect(leaked(info.body, "")).toEqual([]);
    const join = await t.app.inject({
      method: "POST",
      url: "/api/v1/live/join",
      payload: { code: A.joinCode, groupId: B.ids.groupId },
      remoteAddress: "10.2.2.2",
    });
    expect(join.statusCode).toBe(400);
    expect(leaked(join.body, B.ids.groupId)).toEqual([]);

    // A's participant, on A's socket, answering B's open question and B's revealed step.
    const socket = await TestSocket.open(`${base}/api/v1/live/ws`);
    socket.send({ type: "hello", token: A.participantToken, protocol: 1 });
    const welcome = await socket.next((m) => m.type === "welcome");
    expect(JSON.stringify(welcome)).toContain(A.ids.sessionId);
    expect(leaked(JSON.stringify(welcome), "")).toEqual([]);
    const votes = [
      { stepId: B.ids.openStepId, target: B.ids.openStepId, answer: { text: "Ingebroken" } },
      { stepId: B.ids.stepId, target: B.ids.itemId, answer: { overall: "doubt" } },
      { stepId: A.ids.stepId, target: B.ids.itemId, answer: { overall: "doubt" } },
      { stepId: A.ids.openStepId, target: B.ids.openStepId, answer: { text: "Ingebroken" } },
    ];
    for (const [i, vote] of votes.entries()) {
      socket.send({ type: "vote", id: `cross-${i}-vote`, ...vote });
    }
    for (let i = 0; i < votes.length; i++) {
      const answer = await socket.next((m) => m.id === `cross-${i}-vote`);
      expect(answer.type, JSON.stringify(answer)).toBe("rejected");
    }
    socket.ws.close();

    // A's facilitator (A's editor) at B's session, through A's slug and through B's.
    for (const slug of [A.workspace.slug, B.workspace.slug]) {
      const url = `${base}/api/v1/workspaces/${slug}/sessions/${B.ids.sessionId}/ws`;
      const watcher = await TestSocket.open(url, { cookie: A.cookies.editor }).catch(
        (error: Error) => error,
      );
      if (watcher instanceof Error) {
        expect(watcher.message).toMatch(/40[134]/);
        continue;
      }
      expect((await watcher.closed).code).toBe(4404);
      expect(watcher.messages).toEqual([]);
    }
    expect(changedTables(before, await fingerprint(t.database.db, bIds))).toEqual([]);
  });

  it("meets a route parameter it cannot fill with a loud failure, not a silent skip", () => {
    const route = { url: "/api/v1/workspaces/:slug/widgets/:widgetId" };
    expect(() => fillPath(route, (name) => paramValue(name, route.url, A.ids, A))).toThrow(
      /cannot fill :widgetId/,
    );
    expect(() => validBody("POST /api/v1/workspaces/:slug/widgets", A.ids)).toThrow(
      /no valid body/,
    );
  });
});
