/**
 * Shared by the attack tests (isolation, authorisation, hostile input): a workspace full of
 * real data, a fingerprint of the database, the routes the server registered, and the values
 * that fill their path parameters and bodies. A route whose parameter or body this file cannot
 * fill makes those tests fail loudly, so a new route is never silently left out.
 */

import { sql } from "drizzle-orm";
import type { FastifyInstance, LightMyRequestResponse, RouteOptions } from "fastify";
import type { User } from "../src/domain/auth.schemas.ts";
import type { WorkspaceRole } from "../src/domain/roles.ts";
import type { WorkspaceSummary } from "../src/domain/workspaces.schemas.ts";
import type { Database } from "../src/server/db/client.ts";
import type { Policy } from "../src/server/http/policy.ts";
import { createTestApp, type TestApp } from "./app.ts";
import { addMember, buildUser, buildWorkspace, loginAs } from "./factories.ts";

export type Role = WorkspaceRole;

/** One line in the test output: how many cases an attack test tried. */
export function reportCases(line: string) {
  process.stdout.write(`${line}\n`);
}
export const rolesLowToHigh: readonly Role[] = ["viewer", "member", "editor", "owner"];

/** The ids of one workspace's rows that routes take as parameters or in bodies. */
export interface WorkspaceIds {
  workspaceId: string;
  itemId: string;
  item2Id: string;
  areaId: string;
  criterionId: string;
  criterionVersionId: string;
  groupId: string;
  expectationId: string;
  sessionId: string;
  plannedSessionId: string;
  stepId: string;
  openStepId: string;
  answerId: string;
  participantId: string;
  actionId: string;
  indicatorId: string;
  measurementId: string;
  snapshotId: string;
  inviteId: string;
  /** A member whose role the owner may change or who may be removed. */
  extraUserId: string;
}

export interface WorkspaceFixture {
  label: string;
  workspace: WorkspaceSummary;
  users: Record<Role | "extra", User & { password: string }>;
  cookies: Record<Role, string>;
  ids: WorkspaceIds;
  inviteToken: string;
  joinCode: string;
  participantToken: string;
  /** Every distinctive text of the workspace: names, titles, comments, e-mail addresses. */
  texts: string[];
}

function expectStatus(response: LightMyRequestResponse, status: number, what: string) {
  if (response.statusCode !== status) {
    throw new Error(`seeding: ${what} answered ${response.statusCode}: ${response.body}`);
  }
  return response.body ? response.json() : null;
}

/**
 * A workspace with an owner, an editor, a member, a viewer and one extra member, and data of
 * every kind: areas, items, a criterion, a stakeholder group, a score, a decision, a local
 * expectation with a realism rating, an indicator with a measurement, an action, sphere roles,
 * a running session with a participant, a vote, an open answer and a revealed step, a planned
 * session, a snapshot and an open invitation. Every text carries `label`.
 */
export async function seedWorkspace(t: TestApp, label: string): Promise<WorkspaceFixture> {
  const slugLabel = label.toLowerCase();
  const users = {} as WorkspaceFixture["users"];
  for (const role of ["owner", "editor", "member", "viewer", "extra"] as const) {
    users[role] = await buildUser(t, {
      email: `${role}-${slugLabel}@example.org`,
      displayName: `${role} ${label}`,
    });
  }
  const workspace = await buildWorkspace(t, users.owner, {
    name: `Gemeente ${label}`,
    slug: `gemeente-${slugLabel}`,
  });
  for (const role of ["editor", "member", "viewer"] as const) {
    await addMember(t, workspace, users[role], role);
  }
  await addMember(t, workspace, users.extra, "member");
  const cookies = {} as WorkspaceFixture["cookies"];
  for (const role of rolesLowToHigh) cookies[role] = await loginAs(t, users[role]);

  const call = (method: string, path: string, payload?: object, role: Role = "owner") =>
    t.app.inject({
      method: method as "GET",
      url: `/api/v1/workspaces/${workspace.slug}${path}`,
      headers: { cookie: cookies[role] },
      ...(payload ? { payload } : {}),
    });

  const area = expectStatus(
    await call("POST", "/areas", { name: `Wijk ${label}`, kind: "wijk" }),
    201,
    "area",
  );
  const item = expectStatus(
    await call("POST", "/items", {
      name: `Buurthuis ${label}`,
      description: `Beschrijving ${label}`,
      kind: "place",
      carriedBy: "volunteers",
      areaIds: [area.id],
      themes: [`Thema ${label}`],
    }),
    201,
    "item",
  );
  const item2 = expectStatus(
    await call("POST", "/items", {
      name: `Taalcafé ${label}`,
      kind: "activity",
      carriedBy: "mixed",
    }),
    201,
    "second item",
  );
  const group = expectStatus(
    await call("POST", "/stakeholder-groups", { name: `Groep ${label}` }),
    201,
    "group",
  );
  expectStatus(
    await call("PUT", "/membership/group", { groupId: group.id }, "member"),
    204,
    "my group",
  );
  const criterion = expectStatus(
    await call("POST", "/criteria", { set: "contributes", label: `Criterium ${label}` }),
    201,
    "criterion",
  );
  expectStatus(
    await call(
      "PUT",
      `/items/${item.id}/my-score`,
      {
        answers: { [criterion.versionId]: "yes" },
        overall: "rather_yes",
        sphere: "communal",
        comment: `Opmerking ${label}`,
      },
      "member",
    ),
    200,
    "score",
  );
  expectStatus(
    await call("POST", `/items/${item.id}/decisions`, { decision: "in", reason: `Reden ${label}` }),
    201,
    "decision",
  );
  expectStatus(await call("GET", "/expectations"), 200, "expectations");
  const expectation = expectStatus(
    await call("POST", "/expectations", {
      title: `Verwachting ${label}`,
      expects: `Verwacht ${label}`,
      itemIds: [item.id],
    }),
    201,
    "expectation",
  );
  expectStatus(
    await call(
      "PUT",
      `/expectations/${expectation.id}/my-rating`,
      { rating: "realistic", needed: `Nodig ${label}` },
      "member",
    ),
    200,
    "rating",
  );
  const indicator = expectStatus(
    await call("POST", "/indicators", { name: `Indicator ${label}`, source: `Bron ${label}` }),
    201,
    "indicator",
  );
  const measured = expectStatus(
    await call("POST", `/indicators/${indicator.id}/measurements`, {
      date: "2026-01-01",
      value: 3,
      note: `Meting ${label}`,
    }),
    201,
    "measurement",
  );
  const action = expectStatus(
    await call("POST", "/actions", {
      title: `Actie ${label}`,
      description: `Actieplan ${label}`,
      owner: `Drager ${label}`,
      itemIds: [item.id],
      expectationIds: [expectation.id],
      indicatorIds: [indicator.id],
    }),
    201,
    "action",
  );
  expectStatus(
    await call("PUT", "/roles/communal", { roles: ["facilitate"], explanation: `Uitleg ${label}` }),
    200,
    "roles",
  );

  const session = expectStatus(
    await call("POST", "/sessions", {
      title: `Bijeenkomst ${label}`,
      date: "2026-12-01",
      itemIds: [item.id, item2.id],
      expectationIds: [expectation.id],
    }),
    201,
    "session",
  );
  const planned = expectStatus(
    await call("POST", "/sessions", { title: `Planning ${label}`, date: "2026-12-02" }),
    201,
    "planned session",
  );
  const stepOf = (kind: string) =>
    (session.steps as { id: string; kind: string }[]).find((s) => s.kind === kind)!.id;
  const openStepId = stepOf("open_question");
  const quickStepId = stepOf("quick_vote");
  const control = async (body: object) =>
    expectStatus(await call("POST", `/sessions/${session.id}/control`, body), 200, "control");
  await control({ action: "start" });
  const joined = expectStatus(
    await t.app.inject({
      method: "POST",
      url: "/api/v1/live/join",
      payload: { code: session.code, groupId: group.id, nickname: `Deelnemer ${label}` },
      remoteAddress: `10.9.${label.length}.1`,
    }),
    201,
    "join",
  );
  const found = await t.services.live.participant(joined.token);
  if (!found) throw new Error("seeding: participant not found");
  const vote = async (stepId: string, target: string, answer: Record<string, unknown>) => {
    const room = await t.services.liveHub.room(session.id);
    try {
      for (let attempt = 0; ; attempt++) {
        const outcome = await t.services.liveHub.submit(room, found.participant, {
          type: "vote",
          id: `seed-${stepId.slice(0, 8)}-${attempt}`,
          stepId,
          target,
          answer,
        });
        if (outcome === "committed") return;
        // The room learns that a step opened from the database's notification: wait for it.
        if (attempt > 50) throw new Error(`seeding: vote ${outcome}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      t.services.liveHub.release(room);
    }
  };
  await control({ action: "open", stepId: openStepId });
  await vote(openStepId, openStepId, { text: `Antwoord ${label}` });
  await control({ action: "open", stepId: quickStepId });
  await vote(quickStepId, item.id, { overall: "doubt" });
  await control({ action: "close", stepId: quickStepId });
  await control({ action: "reveal", stepId: quickStepId });
  const { rows } = (await t.database.db.execute(
    sql`select id from live_open_answers where session_id = ${session.id}`,
  )) as unknown as { rows: { id: string }[] };
  if (!rows[0]) throw new Error("seeding: no open answer");

  const snapshot = expectStatus(
    await call("POST", "/snapshots", { label: `Momentopname ${label}` }),
    201,
    "snapshot",
  );
  const invite = expectStatus(await call("POST", "/invites", { role: "member" }), 201, "invite");

  const ids: WorkspaceIds = {
    workspaceId: workspace.id,
    itemId: item.id,
    item2Id: item2.id,
    areaId: area.id,
    criterionId: criterion.id,
    criterionVersionId: criterion.versionId,
    groupId: group.id,
    expectationId: expectation.id,
    sessionId: session.id,
    plannedSessionId: planned.id,
    stepId: quickStepId,
    openStepId,
    answerId: rows[0].id,
    participantId: joined.participantId,
    actionId: action.id,
    indicatorId: indicator.id,
    measurementId: measured.measurements[0].id,
    snapshotId: snapshot.id,
    inviteId: invite.invite.id,
    extraUserId: users.extra.id,
  };
  const texts = [
    workspace.name,
    workspace.slug,
    ...[
      "Wijk",
      "Buurthuis",
      "Beschrijving",
      "Thema",
      "Taalcafé",
      "Groep",
      "Criterium",
      "Opmerking",
      "Reden",
      "Verwachting",
      "Verwacht",
      "Nodig",
      "Indicator",
      "Bron",
      "Meting",
      "Actie",
      "Actieplan",
      "Drager",
      "Uitleg",
      "Bijeenkomst",
      "Planning",
      "Deelnemer",
      "Antwoord",
      "Momentopname",
    ].map((word) => `${word} ${label}`),
    ...Object.values(users).flatMap((u) => [u.email, u.displayName]),
    session.code,
    planned.code,
    invite.token,
    joined.token,
  ];
  return {
    label,
    workspace,
    users,
    cookies,
    ids,
    inviteToken: invite.token,
    joinCode: session.code,
    participantToken: joined.token,
    texts,
  };
}

/** Someone who calls the API: anonymous (no cookie), or logged in with a session cookie. */
export interface Actor {
  name: string;
  /** Their role in the first seeded workspace; none for anonymous and the outsider. */
  role?: Role;
  cookie?: string;
  /** Who to log in again as, after an attack ended the session (logout); none for anonymous. */
  user?: User & { password: string };
}

export interface AttackTarget<Labels extends readonly string[] = readonly string[]> {
  t: TestApp;
  /** The seeded workspaces, in the order of their labels. */
  workspaces: { [K in keyof Labels]: WorkspaceFixture };
  /**
   * Anonymous, a logged-in user who belongs to no workspace ("outsider"), and the first
   * workspace's viewer, member, editor and owner, lowest first.
   */
  actors: Actor[];
}

/**
 * The setup the attack tests share: the whole app on a fresh database, one seeded workspace per
 * label (see seedWorkspace), and the actors who attack them. `beforeReady` may add hooks to the
 * app before it starts. Call `t.close()` in afterAll.
 */
export async function setUpAttackTarget<const Labels extends readonly [string, ...string[]]>(
  labels: Labels,
  beforeReady?: (app: FastifyInstance) => void,
): Promise<AttackTarget<Labels>> {
  const t = await createTestApp({}, beforeReady);
  const workspaces: WorkspaceFixture[] = [];
  for (const label of labels) workspaces.push(await seedWorkspace(t, label));
  const first = workspaces[0]!;
  const outsider = await buildUser(t, { email: "outsider@example.org" });
  const actors: Actor[] = [
    { name: "anonymous" },
    { name: "outsider", cookie: await loginAs(t, outsider), user: outsider },
    ...rolesLowToHigh.map((role) => ({
      name: role,
      role,
      cookie: first.cookies[role],
      user: first.users[role],
    })),
  ];
  return { t, workspaces: workspaces as AttackTarget<Labels>["workspaces"], actors };
}

/**
 * Tables a request may change without changing anything anyone owns: `auth_sessions` records
 * when a session was last used (idle expiry) on every authenticated request, and `audit_events`
 * records refused attempts by known callers on purpose (decision 009).
 */
const volatileTables = new Set(["auth_sessions", "audit_events"]);

let tableNames: string[] | undefined;

async function publicTables(db: Database): Promise<string[]> {
  if (!tableNames) {
    const { rows } = (await db.execute(
      sql`select table_name from information_schema.tables
          where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
    )) as unknown as { rows: { table_name: string }[] };
    tableNames = rows.map((r) => r.table_name).filter((name) => !volatileTables.has(name));
    if (tableNames.length < 20) throw new Error(`only ${tableNames.length} tables found`);
  }
  return tableNames;
}

/**
 * Row count and a hash of the rows of every table, in one query; with `onlyRowsMentioning`,
 * only the rows whose text contains one of those ids (a workspace's rows and any row that
 * points at them).
 */
export async function fingerprint(
  db: Database,
  onlyRowsMentioning?: readonly string[],
): Promise<Record<string, string>> {
  const tables = await publicTables(db);
  let filter = "";
  if (onlyRowsMentioning) {
    for (const id of onlyRowsMentioning) {
      if (!/^[0-9a-f-]{36}$/.test(id)) throw new Error(`not an id: ${id}`);
    }
    filter = ` where x::text ~ '(${onlyRowsMentioning.join("|")})'`;
  }
  const query = tables
    .map(
      (table) =>
        `select '${table}' as t, count(*)::text || ':' || coalesce(md5(string_agg(x::text, '|' order by x::text)), '') as h from "${table}" x${filter}`,
    )
    .join(" union all ");
  const { rows } = (await db.execute(sql.raw(query))) as unknown as {
    rows: { t: string; h: string }[];
  };
  return Object.fromEntries(rows.map((r) => [r.t, r.h]));
}

/** The tables whose fingerprint differs, for a readable failure. */
export function changedTables(before: Record<string, string>, after: Record<string, string>) {
  return Object.keys({ ...before, ...after }).filter((table) => before[table] !== after[table]);
}

/**
 * Every id in a workspace's rows: the rows carrying its id, then the rows pointing at those
 * (answers of its scores, versions of its criteria, steps of its sessions…), and so on until
 * nothing new turns up.
 */
export async function idsOfWorkspace(db: Database, workspaceId: string): Promise<string[]> {
  const tables = await publicTables(db);
  const found = new Set([workspaceId]);
  for (let round = 0; round < 5; round++) {
    const pattern = [...found].join("|");
    const query = tables
      .map((table) => `select x::text as r from "${table}" x where x::text ~ '(${pattern})'`)
      .join(" union all ");
    const { rows } = (await db.execute(sql.raw(query))) as unknown as { rows: { r: string }[] };
    const before = found.size;
    for (const { r } of rows) {
      for (const id of r.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ??
        []) {
        found.add(id);
      }
    }
    if (found.size === before) break;
  }
  return [...found];
}

export interface ApiRoute {
  method: string;
  url: string;
  key: string;
  policy: Policy;
  websocket: boolean;
  schema: RouteOptions["schema"];
  params: string[];
}

/** Every route the app registered, one per method; `all` includes those outside /api/v1. */
export function registeredApiRoutes(routes: readonly RouteOptions[], all = false): ApiRoute[] {
  return routes
    .filter((route) => all || route.url.startsWith("/api/v1/"))
    .flatMap((route) =>
      ([] as string[]).concat(route.method).map((method) => ({
        method,
        url: route.url,
        key: `${method} ${route.url}`,
        policy: route.config?.policy as Policy,
        websocket: Boolean((route as { websocket?: boolean }).websocket),
        schema: route.schema,
        params: [...route.url.matchAll(/:(\w+)/g)].map((m) => m[1]!),
      })),
    );
}

/** The value that fills a path parameter, from the ids of one workspace. */
export function paramValue(
  name: string,
  url: string,
  ids: WorkspaceIds,
  fixture: Pick<WorkspaceFixture, "workspace" | "inviteToken" | "joinCode">,
): string {
  const previous = url.split(`/:${name}`)[0]!.split("/").pop();
  switch (name) {
    case "slug":
      return fixture.workspace.slug;
    case "userId":
      return ids.extraUserId;
    case "inviteId":
      return ids.inviteId;
    case "token":
      return fixture.inviteToken;
    case "code":
      return fixture.joinCode;
    case "itemId":
      return ids.itemId;
    case "areaId":
      return ids.areaId;
    case "criterionId":
      return ids.criterionId;
    case "groupId":
      return ids.groupId;
    case "expectationId":
      return ids.expectationId;
    case "sessionId":
      // The agenda can only be changed while the session is planned.
      return url === "/api/v1/workspaces/:slug/sessions/:sessionId"
        ? ids.plannedSessionId
        : ids.sessionId;
    case "answerId":
      return ids.answerId;
    case "stepId":
      return ids.stepId;
    case "measurementId":
      return ids.measurementId;
    case "sphere":
      return "communal";
    case "id":
      if (previous === "actions") return ids.actionId;
      if (previous === "indicators") return ids.indicatorId;
      if (previous === "snapshots") return ids.snapshotId;
      break;
  }
  throw new Error(
    `cannot fill :${name} in ${url}: add it to paramValue in test/hardening.ts, so the isolation, authorisation and hostile-input tests cover the route`,
  );
}

export function fillPath(route: Pick<ApiRoute, "url">, value: (name: string) => string): string {
  return route.url.replace(/:(\w+)/g, (_, name: string) => {
    const text = value(name);
    try {
      return encodeURIComponent(text);
    } catch {
      // A lone surrogate cannot be encoded as UTF-8: send the bytes it would have had.
      return "%ED%A0%80";
    }
  });
}

const csvFile = (label: string) =>
  Buffer.from(
    `naam;soort;gedragen door\nBuurtmoestuin ${label};activiteit;vrijwilligers\n`,
  ).toString("base64");

/**
 * A valid body for every route that takes one, referring to the rows in `refs` (so the same
 * body, given another workspace's ids, tries to link to that workspace). A route that takes a
 * body and is missing here fails the tests that use this table.
 */
export function validBody(
  key: string,
  refs: WorkspaceIds,
  { label = "Nieuw", joinCode = "NOSUCHCODE" }: { label?: string; joinCode?: string } = {},
): unknown {
  const bodies: Record<string, () => unknown> = {
    "POST /api/v1/auth/login": () => ({ email: "nobody@example.org", password: "wrong password" }),
    "POST /api/v1/workspaces": () => ({ name: `Werkruimte ${label}` }),
    "PATCH /api/v1/workspaces/:slug/members/:userId": () => ({ role: "viewer" }),
    "POST /api/v1/workspaces/:slug/invites": () => ({ role: "member" }),
    "POST /api/v1/invites/:token/accept": () => ({}),
    "POST /api/v1/workspaces/:slug/items": () => ({
      name: `Item ${label}`,
      kind: "activity",
      carriedBy: "volunteers",
      areaIds: [refs.areaId],
    }),
    "PATCH /api/v1/workspaces/:slug/items/:itemId": () => ({ areaIds: [refs.areaId] }),
    "PUT /api/v1/workspaces/:slug/items/:itemId/sphere": () => ({ sphere: "communal" }),
    "POST /api/v1/workspaces/:slug/areas": () => ({
      name: `Buurt ${label}`,
      kind: "buurt",
      parentId: refs.areaId,
    }),
    "PUT /api/v1/workspaces/:slug/areas/:areaId": () => ({ name: `Wijk ${label}`, kind: "wijk" }),
    "POST /api/v1/workspaces/:slug/imports/preview": () => ({ content: csvFile(label) }),
    "POST /api/v1/workspaces/:slug/imports": () => ({ content: csvFile(label) }),
    "POST /api/v1/workspaces/:slug/criteria": () => ({ set: "contributes", label: `C ${label}` }),
    "PATCH /api/v1/workspaces/:slug/criteria/:criterionId": () => ({ weight: 2 }),
    "PUT /api/v1/workspaces/:slug/items/:itemId/my-score": () => ({
      answers: { [refs.criterionVersionId]: "partly" },
    }),
    "POST /api/v1/workspaces/:slug/items/:itemId/decisions": () => ({ decision: "edge" }),
    "PUT /api/v1/workspaces/:slug/thresholds": () => ({ lower: 0.3, upper: 0.7 }),
    "POST /api/v1/workspaces/:slug/stakeholder-groups": () => ({ name: `Groep ${label}` }),
    "PATCH /api/v1/workspaces/:slug/stakeholder-groups/:groupId": () => ({
      name: `Groep ${label}`,
    }),
    "PUT /api/v1/workspaces/:slug/membership/group": () => ({ groupId: refs.groupId }),
    "POST /api/v1/workspaces/:slug/expectations": () => ({
      title: `Verwachting ${label}`,
      expects: "Iets",
      itemIds: [refs.itemId],
    }),
    "PATCH /api/v1/workspaces/:slug/expectations/:expectationId": () => ({
      itemIds: [refs.itemId, refs.item2Id],
    }),
    "PUT /api/v1/workspaces/:slug/expectations/:expectationId/my-rating": () => ({
      rating: "partly",
    }),
    "POST /api/v1/workspaces/:slug/sessions": () => ({
      title: `Sessie ${label}`,
      date: "2026-12-03",
      itemIds: [refs.itemId],
      expectationIds: [refs.expectationId],
    }),
    "PATCH /api/v1/workspaces/:slug/sessions/:sessionId": () => ({
      steps: [
        { kind: "quick_vote", title: `Stap ${label}`, itemIds: [refs.itemId] },
        { kind: "expectation_realism", title: "Stap 2", expectationIds: [refs.expectationId] },
      ],
    }),
    "POST /api/v1/workspaces/:slug/sessions/:sessionId/control": () => ({
      action: "goto",
      stepId: refs.stepId,
    }),
    "PATCH /api/v1/workspaces/:slug/sessions/:sessionId/open-answers/:answerId": () => ({
      status: "approved",
    }),
    "POST /api/v1/live/join": () => ({ code: joinCode, groupId: refs.groupId }),
    "PUT /api/v1/workspaces/:slug/roles/:sphere": () => ({ roles: ["fund"], explanation: label }),
    "POST /api/v1/workspaces/:slug/actions": () => ({
      title: `Actie ${label}`,
      itemIds: [refs.itemId],
      expectationIds: [refs.expectationId],
      indicatorIds: [refs.indicatorId],
    }),
    "PUT /api/v1/workspaces/:slug/actions/:id": () => ({
      title: `Actie ${label}`,
      itemIds: [refs.itemId],
      expectationIds: [refs.expectationId],
      indicatorIds: [refs.indicatorId],
    }),
    "POST /api/v1/workspaces/:slug/indicators": () => ({ name: `Indicator ${label}` }),
    "PATCH /api/v1/workspaces/:slug/indicators/:id": () => ({ unit: "personen" }),
    "POST /api/v1/workspaces/:slug/indicators/:id/measurements": () => ({
      date: "2026-02-01",
      value: 4,
    }),
    "POST /api/v1/workspaces/:slug/snapshots": () => ({ label: `Moment ${label}` }),
    "PUT /api/v1/workspaces/:slug/session-retention": () => ({ days: 30 }),
    "PUT /api/v1/workspaces/:slug/theme": () => ({ colors: { primary: "#1f4e79" } }),
    "PATCH /api/v1/account": () => ({ displayName: `Naam ${label}` }),
    // Well-formed, but no actor's password: an attack must not lock out or delete the actors.
    "PUT /api/v1/account/password": () => ({
      currentPassword: "niemands-wachtwoord",
      newPassword: "een heel nieuw wachtwoord",
    }),
    "DELETE /api/v1/account": () => ({ password: "niemands-wachtwoord" }),
  };
  const body = bodies[key];
  if (!body) {
    throw new Error(
      `no valid body for ${key}: add one to validBody in test/hardening.ts, so the attack tests cover the route`,
    );
  }
  return body();
}

/** A valid query for routes whose query string refers to other rows. */
export function validQuery(key: string, refs: WorkspaceIds): Record<string, string> | undefined {
  const queries: Record<string, () => Record<string, string>> = {
    "/api/v1/workspaces/:slug/items": () => ({ area: refs.areaId }),
    "/api/v1/workspaces/:slug/sphere-counts": () => ({ area: refs.areaId }),
    "/api/v1/workspaces/:slug/delimitation": () => ({ session: refs.sessionId }),
    "/api/v1/workspaces/:slug/snapshots/compare": () => ({ from: refs.snapshotId }),
    "/api/v1/workspaces/:slug/report": () => ({
      session: refs.sessionId,
      snapshot: refs.snapshotId,
    }),
    "/api/v1/workspaces/:slug/report/download": () => ({
      format: "json",
      session: refs.sessionId,
    }),
    "/api/v1/workspaces/:slug/export": () => ({ format: "csv" }),
  };
  return queries[key.replace(/^\w+ /, "")]?.();
}

/** True when a route reads a body (GET, HEAD and DELETE routes do not). */
export function takesBody(route: Pick<ApiRoute, "schema">): boolean {
  return Boolean((route.schema as { body?: unknown } | undefined)?.body);
}

/** A 4xx response is problem+json with the fields the API promises. */
export function problemShapeError(response: LightMyRequestResponse): string | undefined {
  if (response.statusCode < 400) return undefined;
  const type = String(response.headers["content-type"] ?? "");
  if (!type.startsWith("application/problem+json")) return `content-type ${type}`;
  if (response.body === "") return undefined; // HEAD
  let body: Record<string, unknown>;
  try {
    body = response.json();
  } catch {
    return `body is not JSON: ${response.body.slice(0, 200)}`;
  }
  for (const field of ["type", "title", "status", "detail", "code"]) {
    if (!(field in body)) return `no ${field} in ${response.body.slice(0, 300)}`;
  }
  if (body.status !== response.statusCode) return `status ${body.status} ≠ ${response.statusCode}`;
  return undefined;
}
