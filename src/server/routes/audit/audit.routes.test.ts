import { sql } from "drizzle-orm";
import type { LightMyRequestResponse, RouteOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, sessionCookieFrom, type TestApp } from "../../../../test/app.ts";
import { addMember, buildUser, buildWorkspace, loginAs } from "../../../../test/factories.ts";
import { type AuditPage, auditActions } from "../../../domain/audit.ts";
import { catalogues } from "../../../domain/i18n/index.ts";
import type { WorkspaceSummary } from "../../../domain/workspaces.schemas.ts";
import { notRecorded } from "../../http/audit.ts";

type User = Awaited<ReturnType<typeof buildUser>>;
interface AuditRow {
  id: string;
  workspace_id: string | null;
  user_id: string | null;
  method: string;
  route: string;
  target_id: string | null;
  status: number;
}

let t: TestApp;
let workspace: WorkspaceSummary;
let owner: User;
let member: User;
let leaver: User;
let removed: User;
let newcomer: User;
const cookies: Record<string, string> = {};
/** Ids the examples create and later ones use. */
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  owner = await buildUser(t, { displayName: "Olga Eigenaar" });
  member = await buildUser(t, { displayName: "Mats Lid" });
  leaver = await buildUser(t);
  removed = await buildUser(t);
  newcomer = await buildUser(t);
  workspace = await buildWorkspace(t, owner);
  await addMember(t, workspace, member, "member");
  await addMember(t, workspace, leaver, "member");
  await addMember(t, workspace, removed, "viewer");
  cookies.owner = await loginAs(t, owner);
  cookies.member = await loginAs(t, member);
  cookies.leaver = await loginAs(t, leaver);
  cookies.newcomer = await loginAs(t, newcomer);
});
afterAll(() => t.close());

const w = (path: string) => `/api/v1/workspaces/${workspace.slug}${path}`;

async function auditRows(): Promise<AuditRow[]> {
  const { rows } = (await t.database.db.execute(
    sql`select id, workspace_id, user_id, method, route, target_id, status from audit_events`,
  )) as unknown as { rows: AuditRow[] };
  return rows;
}

function mutatingRoutes(routes: RouteOptions[]) {
  const found = new Set<string>();
  for (const route of routes) {
    for (const method of ([] as string[]).concat(route.method)) {
      if (["POST", "PUT", "PATCH", "DELETE"].includes(method)) found.add(`${method} ${route.url}`);
    }
  }
  return found;
}

type Actor = "owner" | "member" | "leaver" | "newcomer" | "login" | "anonymous";

interface Example {
  as: Actor;
  request: () => { url: string; payload?: object } | Promise<{ url: string; payload?: object }>;
  status: number;
  /** Keeps what later examples need. */
  after?: (response: LightMyRequestResponse) => void | Promise<void>;
  /** The workspace the entry is for: this test's one unless said otherwise. */
  workspaceId?: (response: LightMyRequestResponse) => string | null;
  /** The user the entry names, when not the actor (null: none). */
  userId?: () => string | null;
}

const csv = Buffer.from("name,sphere,kind\nBuurtkamer Oost,communal,place\n").toString("base64");

/**
 * One valid request per mutating route, in an order where each finds what it needs. A route
 * added to the server without an example here fails the first test, so the audit log of every
 * new mutation is checked without anyone remembering.
 */
const examples: Record<string, Example> = {
  "POST /api/v1/auth/login": {
    as: "anonymous",
    request: () => ({
      url: "/api/v1/auth/login",
      payload: { email: owner.email, password: owner.password },
    }),
    status: 200,
    after: (response) => {
      cookies.login = sessionCookieFrom(response);
    },
    workspaceId: () => null,
    userId: () => owner.id,
  },
  "POST /api/v1/auth/logout": {
    as: "login",
    request: () => ({ url: "/api/v1/auth/logout" }),
    status: 204,
    workspaceId: () => null,
    userId: () => owner.id,
  },
  "POST /api/v1/workspaces": {
    as: "owner",
    request: () => ({ url: "/api/v1/workspaces", payload: { name: "Gemeente Logboek Twee" } }),
    status: 201,
    workspaceId: (response) => response.json().workspace.id,
  },
  "POST /api/v1/workspaces/:slug/invites": {
    as: "owner",
    request: () => ({ url: w("/invites"), payload: { role: "member" } }),
    status: 201,
    after: (response) => {
      ids.inviteToken = response.json().token;
      ids.invite = response.json().invite.id;
    },
  },
  "POST /api/v1/invites/:token/accept": {
    as: "newcomer",
    request: () => ({ url: `/api/v1/invites/${ids.inviteToken}/accept`, payload: {} }),
    status: 200,
  },
  "DELETE /api/v1/workspaces/:slug/invites/:inviteId": {
    as: "owner",
    request: async () => {
      const response = await t.app.inject({
        method: "POST",
        url: w("/invites"),
        headers: { cookie: cookies.owner! },
        payload: { role: "viewer" },
      });
      return { url: w(`/invites/${response.json().invite.id}`) };
    },
    status: 204,
  },
  "PATCH /api/v1/workspaces/:slug/members/:userId": {
    as: "owner",
    request: () => ({ url: w(`/members/${newcomer.id}`), payload: { role: "editor" } }),
    status: 204,
  },
  "DELETE /api/v1/workspaces/:slug/members/:userId": {
    as: "owner",
    request: () => ({ url: w(`/members/${removed.id}`) }),
    status: 204,
  },
  "DELETE /api/v1/workspaces/:slug/membership": {
    as: "leaver",
    request: () => ({ url: w("/membership") }),
    status: 204,
  },
  "POST /api/v1/workspaces/:slug/items": {
    as: "owner",
    request: () => ({
      url: w("/items"),
      payload: { name: "Burenhulp", kind: "activity", carriedBy: "volunteers" },
    }),
    status: 201,
    after: (response) => {
      ids.item = response.json().id;
    },
  },
  "PATCH /api/v1/workspaces/:slug/items/:itemId": {
    as: "owner",
    request: () => ({ url: w(`/items/${ids.item}`), payload: { reach: "40 huishoudens" } }),
    status: 200,
  },
  "PUT /api/v1/workspaces/:slug/items/:itemId/sphere": {
    as: "owner",
    request: () => ({ url: w(`/items/${ids.item}/sphere`), payload: { sphere: "communal" } }),
    status: 200,
  },
  "POST /api/v1/workspaces/:slug/items/:itemId/archive": {
    as: "owner",
    request: () => ({ url: w(`/items/${ids.item}/archive`) }),
    status: 200,
  },
  "POST /api/v1/workspaces/:slug/items/:itemId/restore": {
    as: "owner",
    request: () => ({ url: w(`/items/${ids.item}/restore`) }),
    status: 200,
  },
  "POST /api/v1/workspaces/:slug/areas": {
    as: "owner",
    request: () => ({ url: w("/areas"), payload: { name: "Noord", kind: "wijk" } }),
    status: 201,
    after: (response) => {
      ids.area = response.json().id;
    },
  },
  "PUT /api/v1/workspaces/:slug/areas/:areaId": {
    as: "owner",
    request: () => ({ url: w(`/areas/${ids.area}`), payload: { name: "Noordwest", kind: "wijk" } }),
    status: 200,
  },
  "DELETE /api/v1/workspaces/:slug/areas/:areaId": {
    as: "owner",
    request: () => ({ url: w(`/areas/${ids.area}`) }),
    status: 204,
  },
  "POST /api/v1/workspaces/:slug/imports/preview": {
    as: "owner",
    request: () => ({ url: w("/imports/preview"), payload: { content: csv } }),
    status: 200,
  },
  "POST /api/v1/workspaces/:slug/imports": {
    as: "owner",
    request: () => ({ url: w("/imports"), payload: { content: csv } }),
    status: 201,
  },
  "POST /api/v1/workspaces/:slug/criteria": {
    as: "owner",
    request: () => ({
      url: w("/criteria"),
      payload: { set: "contributes", label: "meer ontmoeting" },
    }),
    status: 201,
    after: (response) => {
      ids.criterion = response.json().id;
    },
  },
  "PATCH /api/v1/workspaces/:slug/criteria/:criterionId": {
    as: "owner",
    request: () => ({ url: w(`/criteria/${ids.criterion}`), payload: { weight: 2 } }),
    status: 200,
  },
  "PUT /api/v1/workspaces/:slug/items/:itemId/my-score": {
    as: "member",
    request: () => ({
      url: w(`/items/${ids.item}/my-score`),
      payload: { answers: {}, overall: "rather_yes" },
    }),
    status: 200,
  },
  "POST /api/v1/workspaces/:slug/items/:itemId/decisions": {
    as: "owner",
    request: () => ({
      url: w(`/items/${ids.item}/decisions`),
      payload: { decision: "in", reason: "Iedereen welkom" },
    }),
    status: 201,
  },
  "PUT /api/v1/workspaces/:slug/thresholds": {
    as: "owner",
    request: () => ({ url: w("/thresholds"), payload: { lower: 0.3, upper: 0.7 } }),
    status: 204,
  },
  "POST /api/v1/workspaces/:slug/stakeholder-groups": {
    as: "owner",
    request: () => ({ url: w("/stakeholder-groups"), payload: { name: "Ondernemers" } }),
    status: 201,
    after: (response) => {
      ids.group = response.json().id;
    },
  },
  "PATCH /api/v1/workspaces/:slug/stakeholder-groups/:groupId": {
    as: "owner",
    request: () => ({
      url: w(`/stakeholder-groups/${ids.group}`),
      payload: { name: "Winkeliers" },
    }),
    status: 200,
  },
  "PUT /api/v1/workspaces/:slug/membership/group": {
    as: "member",
    request: () => ({ url: w("/membership/group"), payload: { groupId: null } }),
    status: 204,
  },
  "DELETE /api/v1/workspaces/:slug/stakeholder-groups/:groupId": {
    as: "owner",
    request: () => ({ url: w(`/stakeholder-groups/${ids.group}`) }),
    status: 204,
  },
  "POST /api/v1/workspaces/:slug/expectations": {
    as: "owner",
    request: () => ({
      url: w("/expectations"),
      payload: { title: "Coalitieakkoord", expects: "Buren helpen elkaar." },
    }),
    status: 201,
    after: (response) => {
      ids.expectation = response.json().id;
    },
  },
  "PATCH /api/v1/workspaces/:slug/expectations/:expectationId": {
    as: "owner",
    request: () => ({
      url: w(`/expectations/${ids.expectation}`),
      payload: { spheres: ["personal"] },
    }),
    status: 200,
  },
  "PUT /api/v1/workspaces/:slug/expectations/:expectationId/my-rating": {
    as: "member",
    request: () => ({
      url: w(`/expectations/${ids.expectation}/my-rating`),
      payload: { rating: "partly" },
    }),
    status: 200,
  },
  "DELETE /api/v1/workspaces/:slug/expectations/:expectationId": {
    as: "owner",
    request: () => ({ url: w(`/expectations/${ids.expectation}`) }),
    status: 204,
  },
  "POST /api/v1/workspaces/:slug/sessions": {
    as: "owner",
    request: () => ({ url: w("/sessions"), payload: { title: "Wijkavond", date: "2026-12-01" } }),
    status: 201,
    after: (response) => {
      const session = response.json();
      ids.session = session.id;
      ids.sessionCode = session.code;
      ids.openStep = session.steps.find((s: { kind: string }) => s.kind === "open_question").id;
    },
  },
  "PATCH /api/v1/workspaces/:slug/sessions/:sessionId": {
    as: "owner",
    request: () => ({ url: w(`/sessions/${ids.session}`), payload: { title: "Wijkavond Oost" } }),
    status: 200,
  },
  "POST /api/v1/workspaces/:slug/sessions/:sessionId/control": {
    as: "owner",
    request: () => ({ url: w(`/sessions/${ids.session}/control`), payload: { action: "start" } }),
    status: 200,
  },
  "POST /api/v1/live/join": {
    as: "anonymous",
    request: () => ({ url: "/api/v1/live/join", payload: { code: ids.sessionCode } }),
    status: 201,
    after: async (response) => {
      // An open answer as a participant's phone leaves it, for the moderation example.
      const participantId = response.json().participantId;
      const { rows } = (await t.database.db.execute(
        sql`insert into live_open_answers (session_id, step_id, participant_id, text)
            values (${ids.session}, ${ids.openStep}, ${participantId}, 'Meer bankjes') returning id`,
      )) as unknown as { rows: { id: string }[] };
      ids.answer = rows[0]!.id;
    },
  },
  "PATCH /api/v1/workspaces/:slug/sessions/:sessionId/open-answers/:answerId": {
    as: "owner",
    request: () => ({
      url: w(`/sessions/${ids.session}/open-answers/${ids.answer}`),
      payload: { status: "approved" },
    }),
    status: 204,
  },
  "DELETE /api/v1/workspaces/:slug/sessions/:sessionId": {
    as: "owner",
    request: () => ({ url: w(`/sessions/${ids.session}`) }),
    status: 204,
  },
  "PUT /api/v1/workspaces/:slug/roles/:sphere": {
    as: "owner",
    request: () => ({
      url: w("/roles/communal"),
      payload: { roles: ["connect"], explanation: "Wij verbinden." },
    }),
    status: 200,
  },
  "POST /api/v1/workspaces/:slug/actions": {
    as: "owner",
    request: () => ({ url: w("/actions"), payload: { title: "Vrijwilligerspunt" } }),
    status: 201,
    after: (response) => {
      ids.action = response.json().id;
    },
  },
  "PUT /api/v1/workspaces/:slug/actions/:id": {
    as: "owner",
    request: () => ({ url: w(`/actions/${ids.action}`), payload: { title: "Vrijwilligerspunt+" } }),
    status: 200,
  },
  "DELETE /api/v1/workspaces/:slug/actions/:id": {
    as: "owner",
    request: () => ({ url: w(`/actions/${ids.action}`) }),
    status: 204,
  },
  "POST /api/v1/workspaces/:slug/indicators": {
    as: "owner",
    request: () => ({ url: w("/indicators"), payload: { name: "Eenzaamheid", unit: "%" } }),
    status: 201,
    after: (response) => {
      ids.indicator = response.json().id;
    },
  },
  "PATCH /api/v1/workspaces/:slug/indicators/:id": {
    as: "owner",
    request: () => ({ url: w(`/indicators/${ids.indicator}`), payload: { unit: "procent" } }),
    status: 200,
  },
  "POST /api/v1/workspaces/:slug/indicators/:id/measurements": {
    as: "owner",
    request: () => ({
      url: w(`/indicators/${ids.indicator}/measurements`),
      payload: { date: "2026-06-01", value: 12 },
    }),
    status: 201,
    after: (response) => {
      ids.measurement = response.json().measurements[0].id;
    },
  },
  "DELETE /api/v1/workspaces/:slug/indicators/:id/measurements/:measurementId": {
    as: "owner",
    request: () => ({ url: w(`/indicators/${ids.indicator}/measurements/${ids.measurement}`) }),
    status: 204,
  },
  "DELETE /api/v1/workspaces/:slug/indicators/:id": {
    as: "owner",
    request: () => ({ url: w(`/indicators/${ids.indicator}`) }),
    status: 204,
  },
  "POST /api/v1/workspaces/:slug/snapshots": {
    as: "owner",
    request: () => ({ url: w("/snapshots"), payload: { label: "Raadsvoorstel" } }),
    status: 201,
    after: (response) => {
      ids.snapshot = response.json().id;
    },
  },
  "DELETE /api/v1/workspaces/:slug/snapshots/:id": {
    as: "owner",
    request: () => ({ url: w(`/snapshots/${ids.snapshot}`) }),
    status: 204,
  },
  "PUT /api/v1/workspaces/:slug/session-retention": {
    as: "owner",
    request: () => ({ url: w("/session-retention"), payload: { days: 30 } }),
    status: 200,
  },
  "PUT /api/v1/workspaces/:slug/theme": {
    as: "owner",
    request: () => ({ url: w("/theme"), payload: { colors: { primary: "#1f4e79" } } }),
    status: 200,
  },
  "PATCH /api/v1/account": {
    as: "newcomer",
    request: () => ({ url: "/api/v1/account", payload: { displayName: "Nieuwe Naam" } }),
    status: 200,
    workspaceId: () => null,
  },
  "PUT /api/v1/account/password": {
    as: "newcomer",
    request: () => {
      const currentPassword = newcomer.password;
      newcomer.password = "een heel nieuw wachtwoord";
      return {
        url: "/api/v1/account/password",
        payload: { currentPassword, newPassword: newcomer.password },
      };
    },
    status: 204,
    workspaceId: () => null,
  },
  // Last: the newcomer's account is gone afterwards, and so is their name on the entry.
  "DELETE /api/v1/account": {
    as: "newcomer",
    request: () => ({ url: "/api/v1/account", payload: { password: newcomer.password } }),
    status: 204,
    workspaceId: () => null,
    userId: () => null,
  },
};

function actorId(actor: Actor): string | null {
  const users: Record<Actor, User | null> = {
    owner,
    member,
    leaver,
    newcomer,
    login: owner,
    anonymous: null,
  };
  return users[actor]?.id ?? null;
}

/** The last id in the URL where the pattern has a parameter (slug and token excepted). */
function expectedTarget(pattern: string, url: string): string | null {
  const names = pattern.split("/");
  const values = url.split("/");
  let target: string | null = null;
  names.forEach((name, i) => {
    if (name.startsWith(":") && name !== ":slug" && name !== ":token") target = values[i]!;
  });
  return target;
}

describe("audit log: every mutating route", () => {
  it("has an example request for every mutating route the server registers, and none stale", () => {
    const registered = mutatingRoutes(t.app.registeredRoutes);
    expect(registered.size).toBeGreaterThan(40);
    const missing = [...registered].filter((signature) => !(signature in examples));
    const stale = Object.keys(examples).filter((signature) => !registered.has(signature));
    expect(missing, "add an example request for these routes").toEqual([]);
    expect(stale, "these routes no longer exist").toEqual([]);
  });

  it("has a readable label for every mutating route", () => {
    const registered = mutatingRoutes(t.app.registeredRoutes);
    const unlabelled = [...registered].filter((signature) => !auditActions[signature]);
    const stale = Object.keys(auditActions).filter((signature) => !registered.has(signature));
    expect(unlabelled, "add these routes to auditActions in src/domain/audit.ts").toEqual([]);
    expect(stale).toEqual([]);
    for (const { key } of Object.values(auditActions)) {
      for (const catalogue of Object.values(catalogues)) {
        expect((catalogue.audit.actions as Record<string, string>)[key], key).toBeTruthy();
      }
    }
  });

  it("records who, which workspace, what and the result for a valid request to each", async () => {
    let checked = 0;
    for (const [signature, example] of Object.entries(examples)) {
      const [method, pattern] = signature.split(" ") as [string, string];
      const { url, payload } = await example.request();
      const before = new Set((await auditRows()).map((row) => row.id));
      const cookie = example.as === "anonymous" ? undefined : cookies[example.as];
      const response = await t.app.inject({
        method: method as "POST",
        url,
        headers: cookie ? { cookie } : {},
        ...(payload ? { payload } : {}),
      });
      expect(response.statusCode, `${signature}: ${response.body}`).toBe(example.status);
      const added = (await auditRows()).filter((row) => !before.has(row.id));
      if (notRecorded.has(signature)) {
        expect(added, `${signature} is not recorded`).toEqual([]);
      } else {
        expect(added, signature).toEqual([
          {
            id: expect.any(String),
            workspace_id: example.workspaceId ? example.workspaceId(response) : workspace.id,
            user_id: example.userId ? example.userId() : actorId(example.as),
            method,
            route: pattern,
            target_id: expectedTarget(pattern, url) ?? added[0]?.target_id ?? null,
            status: example.status,
          },
        ]);
        if (example.status === 201 && /"id"/.test(response.body)) {
          // What a creation made is named, so the log says which item was added.
          expect(added[0]!.target_id, signature).toBeTruthy();
          expect(response.body, signature).toContain(added[0]!.target_id);
        }
        checked++;
      }
      await example.after?.(response);
    }
    expect(checked).toBe(Object.keys(examples).length - notRecorded.size);
  });
});

describe("audit log: timing and failure", () => {
  it("writes the entry before the response is sent, even when the write is slow", async () => {
    const original = t.services.audit.record;
    t.services.audit.record = async (entry) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      return original(entry);
    };
    try {
      const before = new Set((await auditRows()).map((row) => row.id));
      const response = await t.app.inject({
        method: "POST",
        url: w("/snapshots"),
        headers: { cookie: cookies.owner! },
        payload: { label: "Traag" },
      });
      expect(response.statusCode).toBe(201);
      const added = (await auditRows()).filter((row) => !before.has(row.id));
      expect(added.map((row) => row.route)).toEqual(["/api/v1/workspaces/:slug/snapshots"]);
    } finally {
      t.services.audit.record = original;
    }
  });

  it("still answers a committed change when the entry cannot be written", async () => {
    const original = t.services.audit.record;
    t.services.audit.record = async () => {
      throw new Error("audit table unavailable");
    };
    try {
      const response = await t.app.inject({
        method: "POST",
        url: w("/snapshots"),
        headers: { cookie: cookies.owner! },
        payload: { label: "Zonder logboek" },
      });
      expect(response.statusCode).toBe(201);
      expect(response.json().label).toBe("Zonder logboek");
    } finally {
      t.services.audit.record = original;
    }
  });
});

describe("audit log: refused attempts", () => {
  it("records a member's refused change and an editor's invalid one in the workspace", async () => {
    const before = new Set((await auditRows()).map((row) => row.id));
    const refused = await t.app.inject({
      method: "POST",
      url: w("/items"),
      headers: { cookie: cookies.member! },
      payload: { name: "Niet van mij", kind: "activity", carriedBy: "volunteers" },
    });
    expect(refused.statusCode).toBe(403);
    const invalid = await t.app.inject({
      method: "POST",
      url: w("/items"),
      headers: { cookie: cookies.owner! },
      payload: { name: "" },
    });
    expect(invalid.statusCode).toBe(400);
    const added = (await auditRows()).filter((row) => !before.has(row.id));
    expect(added.map((r) => [r.user_id, r.workspace_id, r.status])).toEqual([
      [member.id, workspace.id, 403],
      [owner.id, workspace.id, 400],
    ]);
  });

  it("records an outsider's attempt outside the workspace, and nothing for anonymous callers", async () => {
    const outsider = await buildUser(t);
    const outsiderCookie = await loginAs(t, outsider);
    const before = new Set((await auditRows()).map((row) => row.id));
    const probe = await t.app.inject({
      method: "DELETE",
      url: w(`/members/${owner.id}`),
      headers: { cookie: outsiderCookie },
    });
    expect(probe.statusCode).toBe(404);
    const anonymous = await t.app.inject({ method: "DELETE", url: w(`/members/${owner.id}`) });
    expect(anonymous.statusCode).toBe(401);
    const added = (await auditRows()).filter((row) => !before.has(row.id));
    expect(added.map((r) => [r.user_id, r.workspace_id, r.status])).toEqual([
      [outsider.id, null, 404],
    ]);
  });

  it("records a failed login without a user", async () => {
    const before = new Set((await auditRows()).map((row) => row.id));
    const failed = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: owner.email, password: "not the password" },
    });
    expect(failed.statusCode).toBe(401);
    const added = (await auditRows()).filter((row) => !before.has(row.id));
    expect(added.map((r) => [r.user_id, r.workspace_id, r.route, r.status])).toEqual([
      [null, null, "/api/v1/auth/login", 401],
    ]);
  });
});

describe("reading the audit log", () => {
  let team: { ws: WorkspaceSummary; cookies: Record<string, string>; users: Record<string, User> };

  beforeAll(async () => {
    const users: Record<string, User> = {
      owner: await buildUser(t, { displayName: "Anna Eigenaar" }),
      editor: await buildUser(t, { displayName: "Bram Redacteur" }),
      member: await buildUser(t),
      viewer: await buildUser(t),
      outsider: await buildUser(t),
      gone: await buildUser(t, { displayName: "Weg Gegaan" }),
    };
    const ws = await buildWorkspace(t, users.owner!);
    for (const role of ["editor", "member", "viewer"] as const) {
      await addMember(t, ws, users[role]!, role);
    }
    await addMember(t, ws, users.gone!, "editor");
    const teamCookies: Record<string, string> = {};
    for (const [name, user] of Object.entries(users)) teamCookies[name] = await loginAs(t, user);
    team = { ws, cookies: teamCookies, users };
  });

  const read = (cookie: string | undefined, query = "") =>
    t.app.inject({
      url: `/api/v1/workspaces/${team.ws.slug}/audit${query}`,
      headers: cookie ? { cookie } : {},
    });
  const post = (who: string, path: string, payload: object) =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/workspaces/${team.ws.slug}${path}`,
      headers: { cookie: team.cookies[who]! },
      payload,
    });

  it("is for owners only: 403 for editors, members and viewers, 404 for outsiders", async () => {
    expect((await read(team.cookies.owner)).statusCode).toBe(200);
    for (const role of ["editor", "member", "viewer"]) {
      const response = await read(team.cookies[role]);
      expect(response.statusCode, role).toBe(403);
      expect(response.headers["content-type"]).toContain("application/problem+json");
    }
    const outsider = await read(team.cookies.outsider);
    expect(outsider.statusCode).toBe(404);
    expect(outsider.body).not.toContain(team.ws.name);
    expect((await read(undefined)).statusCode).toBe(401);
  });

  it("pages newest first with a cursor, filters by member and kind, and names deleted accounts null", async () => {
    for (let i = 0; i < 5; i++) {
      await post("editor", "/items", { name: `Item ${i}`, kind: "activity", carriedBy: "mixed" });
    }
    await post("gone", "/areas", { name: "Zuid", kind: "wijk" });
    await post("owner", "/snapshots", { label: "Begin" });
    await t.database.db.execute(sql`delete from users where id = ${team.users.gone!.id}`);

    const all = (await read(team.cookies.owner, "?limit=200")).json();
    expect(all.events.length).toBe(7);
    expect(all.nextCursor).toBeNull();
    expect(all.events[0]).toMatchObject({
      method: "POST",
      route: "/api/v1/workspaces/:slug/snapshots",
      status: 201,
      user: { id: team.users.owner!.id, displayName: "Anna Eigenaar" },
    });
    const area = all.events.find((e: { route: string }) => e.route.endsWith("/areas"));
    expect(area.user).toBeNull();
    expect(all.people.map((p: { displayName: string }) => p.displayName)).toEqual([
      "Anna Eigenaar",
      "Bram Redacteur",
    ]);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: AuditPage = (
        await read(team.cookies.owner, `?limit=3${cursor ? `&cursor=${cursor}` : ""}`)
      ).json();
      expect(page.events.length).toBeLessThanOrEqual(3);
      seen.push(...page.events.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.events.map((e: { id: string }) => e.id));

    const editor = (await read(team.cookies.owner, `?userId=${team.users.editor!.id}`)).json();
    expect(editor.events.length).toBe(5);
    const strengthening = (await read(team.cookies.owner, "?kind=strengthening")).json();
    expect(strengthening.events.map((e: { route: string }) => e.route)).toEqual([
      "/api/v1/workspaces/:slug/snapshots",
    ]);
  });

  it("takes only whitelisted query keys and values", async () => {
    for (const query of [
      "?kind=passwords",
      "?limit=0",
      "?limit=100000",
      "?cursor=1;drop table audit_events",
      "?sort=created_at",
      "?userId=' or 1=1 --",
    ]) {
      const response = await read(team.cookies.owner, query);
      expect(response.statusCode, query).toBe(400);
      expect(response.headers["content-type"]).toContain("application/problem+json");
    }
  });

  it("does not show another workspace's events, even with its event as cursor", async () => {
    const other = await buildWorkspace(t, team.users.owner!);
    await t.app.inject({
      method: "POST",
      url: `/api/v1/workspaces/${other.slug}/snapshots`,
      headers: { cookie: team.cookies.owner! },
      payload: { label: "Elders" },
    });
    const theirs = (
      await t.app.inject({
        url: `/api/v1/workspaces/${other.slug}/audit`,
        headers: { cookie: team.cookies.owner! },
      })
    ).json().events;
    expect(theirs).toHaveLength(1);
    const mine = (await read(team.cookies.owner, `?cursor=${theirs[0].id}`)).json();
    expect(mine.events).toEqual([]);
    const all = (await read(team.cookies.owner, "?limit=200")).json();
    expect(all.events.map((e: { id: string }) => e.id)).not.toContain(theirs[0].id);
  });
});
