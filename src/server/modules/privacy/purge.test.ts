import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/app.ts";
import { buildTeam, type workspaceApi } from "../../../../test/factories.ts";
import { TestSocket } from "../../../../test/live-clients.ts";
import { closeCodes, type FacilitatorSessionView } from "../../../domain/live/index.ts";

type Api = ReturnType<typeof workspaceApi>;

let t: TestApp;
let base: string;

/** What a participant's phone would give away if anything kept it. */
const probe = {
  ip: "203.0.113.77",
  forwardedFor: "198.51.100.23",
  userAgent: "PrivacyProbe/9.9 (probe-ua-5e1f)",
};

beforeAll(async () => {
  t = await createTestApp();
  const address = await t.app.listen({ port: 0, host: "127.0.0.1" });
  base = address.replace("http", "ws");
});
afterAll(() => t.close());

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await t.database.db.execute(query)) as unknown as { rows: T[] }).rows;
}

async function team() {
  const { api, ownerCookie, workspace } = await buildTeam(t, 0);
  const item = await api("POST", "/items", ownerCookie, {
    name: "Burenhulp",
    kind: "activity",
    carriedBy: "volunteers",
  });
  const groups = (await api("GET", "/stakeholder-groups", ownerCookie)).json().groups as {
    id: string;
  }[];
  return { api, ownerCookie, workspace, itemId: item.json().id as string, groups };
}

async function control(api: Api, cookie: string, sessionId: string, body: object) {
  const response = await api("POST", `/sessions/${sessionId}/control`, cookie, body);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as FacilitatorSessionView;
}

async function hello(token: string) {
  const socket = await TestSocket.open(`${base}/api/v1/live/ws`, {
    "user-agent": probe.userAgent,
    "x-forwarded-for": probe.forwardedFor,
  });
  socket.send({ type: "hello", token, protocol: 1 });
  return socket;
}

/**
 * Runs a session on `date`: three participants join with nicknames (from the probe's address
 * and browser), vote on the quick vote and each give an open answer; the first answer is
 * approved, the second hidden, the third left pending. Ends it unless `end` is false.
 */
async function runSession(w: Awaited<ReturnType<typeof team>>, date: string, { end = true } = {}) {
  const created = await w.api("POST", "/sessions", w.ownerCookie, { title: `Avond ${date}`, date });
  expect(created.statusCode, created.body).toBe(201);
  const session = created.json() as FacilitatorSessionView;
  const quick = session.steps.find((s) => s.kind === "quick_vote")!;
  const open = session.steps.find((s) => s.kind === "open_question")!;
  const tokens: string[] = [];
  const sockets: TestSocket[] = [];
  await control(w.api, w.ownerCookie, session.id, { action: "open", stepId: quick.id });
  for (let i = 0; i < 3; i++) {
    const joined = await t.app.inject({
      method: "POST",
      url: "/api/v1/live/join",
      payload: { code: session.code, groupId: w.groups[0]!.id, nickname: `Nick-${date}-${i}` },
      remoteAddress: probe.ip,
      headers: { "user-agent": probe.userAgent, "x-forwarded-for": probe.forwardedFor },
    });
    expect(joined.statusCode, joined.body).toBe(201);
    const { token } = joined.json();
    tokens.push(token);
    const socket = await hello(token);
    await socket.next((m) => m.type === "welcome");
    sockets.push(socket);
    socket.send({
      type: "vote",
      id: `quick-${i}-xxxxxx`,
      stepId: quick.id,
      target: w.itemId,
      answer: { overall: "rather_yes" },
    });
    expect(await socket.next((m) => m.id === `quick-${i}-xxxxxx`)).toMatchObject({ type: "ack" });
  }
  await control(w.api, w.ownerCookie, session.id, { action: "open", stepId: open.id });
  for (const [i, socket] of sockets.entries()) {
    socket.send({
      type: "vote",
      id: `open-${i}-xxxxxxx`,
      stepId: open.id,
      target: open.id,
      answer: { text: `answer-${date}-${i}` },
    });
    expect(await socket.next((m) => m.id === `open-${i}-xxxxxxx`)).toMatchObject({ type: "ack" });
  }
  const answers = await rows<{ id: string; text: string }>(
    sql`select id, text from live_open_answers where session_id = ${session.id} order by text`,
  );
  for (const [i, status] of [
    [0, "approved"],
    [1, "hidden"],
  ] as const) {
    const moderated = await w.api(
      "PATCH",
      `/sessions/${session.id}/open-answers/${answers[i]!.id}`,
      w.ownerCookie,
      { status },
    );
    expect(moderated.statusCode).toBe(204);
  }
  if (end) await control(w.api, w.ownerCookie, session.id, { action: "end" });
  for (const socket of sockets) socket.close();
  return { session, tokens };
}

async function rawData(sessionId: string) {
  const [row] = await rows<{
    tokens: number;
    nicknames: number;
    participants: number;
    receipts: number;
    answers: string[] | null;
    scores: number;
    purged: boolean;
  }>(sql`select
      (select count(token_hash)::int from live_participants where session_id = ${sessionId}) as tokens,
      (select count(*)::int from live_participants where session_id = ${sessionId} and nickname <> '') as nicknames,
      (select count(*)::int from live_participants where session_id = ${sessionId}) as participants,
      (select count(*)::int from live_vote_receipts r join live_participants p on p.id = r.participant_id
        where p.session_id = ${sessionId}) as receipts,
      (select array_agg(status || ':' || text order by text) from live_open_answers where session_id = ${sessionId}) as answers,
      (select count(*)::int from scores where session_id = ${sessionId}) as scores,
      (select purged_at is not null from live_sessions where id = ${sessionId}) as purged`);
  return row!;
}

describe("purging raw session data after the retention period", () => {
  it("purges only ended sessions past their workspace's retention, keeping the results", async () => {
    const w = await team();
    const untouched = await team();
    expect((await w.api("PUT", "/session-retention", w.ownerCookie, { days: 30 })).statusCode).toBe(
      200,
    );
    const old = await runSession(w, "2026-01-10");
    const recent = await runSession(w, "2026-02-01");
    const stillRunning = await runSession(w, "2026-01-05", { end: false });
    const keptForever = await runSession(untouched, "2025-01-10"); // retention null

    const before = await rawData(old.session.id);
    expect(before).toMatchObject({
      tokens: 3,
      nicknames: 3,
      receipts: 6,
      scores: 3,
      purged: false,
    });
    const sessionFigures = async () =>
      (await w.api("GET", `/delimitation?session=${old.session.id}`, w.ownerCookie)).json().items;
    const figuresBefore = await sessionFigures();
    const sessionCsv = async () => {
      const response = await w.api("GET", `/sessions/${old.session.id}/votes`, w.ownerCookie);
      expect(response.statusCode).toBe(200);
      return response.body;
    };
    const csvBefore = await sessionCsv();
    expect(csvBefore.split("\n").length).toBeGreaterThan(2);

    // Meeting date + 30 days is 9 February: not yet past on that day, past the day after.
    expect((await t.services.privacy.purge(new Date("2026-02-09T23:59:00Z"))).sessions).toBe(0);
    expect((await rawData(old.session.id)).purged).toBe(false);
    expect((await t.services.privacy.purge(new Date("2026-02-10T00:01:00Z"))).sessions).toBe(1);

    expect(await rawData(old.session.id)).toEqual({
      tokens: 0,
      nicknames: 0,
      participants: 3,
      receipts: 0,
      answers: ["approved:answer-2026-01-10-0"],
      scores: 3,
      purged: true,
    });
    for (const kept of [recent, stillRunning, keptForever]) {
      expect(await rawData(kept.session.id), kept.session.title).toMatchObject({
        tokens: 3,
        nicknames: 3,
        receipts: 6,
        purged: false,
      });
    }
    // The results are the same as before: scores and the approved answer stay, anonymous.
    expect(await sessionFigures()).toEqual(figuresBefore);
    const csvAfter = await sessionCsv();
    expect(csvAfter.split("\n").length).toBe(csvBefore.split("\n").length);
    expect(csvAfter).not.toMatch(/Nick-/);
    const open = old.session.steps.find((s) => s.kind === "open_question")!;
    const shown = (
      await w.api("GET", `/sessions/${old.session.id}/results/${open.id}`, w.ownerCookie)
    ).json();
    expect(shown.answers.map((a: { text: string }) => a.text)).toEqual(["answer-2026-01-10-0"]);
    const listed = (await w.api("GET", "/sessions", w.ownerCookie)).json().sessions;
    expect(listed.map((s: { date: string; purged: boolean }) => [s.date, s.purged]).sort()).toEqual(
      [
        ["2026-01-05", false],
        ["2026-01-10", true],
        ["2026-02-01", false],
      ],
    );

    // A backup of the workspace holds the purged session as it now is, and restores.
    const { file, data } = await t.services.backup.backup(w.workspace.id);
    expect(file.toString("utf8")).not.toContain("Nick-2026-01-10");
    expect(file.toString("utf8")).not.toContain("answer-2026-01-10-1");
    const target = await createTestApp();
    try {
      await target.services.backup.restore(file);
      const restored = await target.services.delimitation.results(w.workspace.id, old.session.id);
      expect(restored.scorers).toBe(3);
    } finally {
      await target.close();
    }
    expect(data.scores.length).toBeGreaterThan(0);

    // A purged participant's token opens nothing any more; before the purge it still named them.
    const before2 = await hello(recent.tokens[0]!);
    expect(await before2.next((m) => m.type === "error")).toMatchObject({ code: "session_ended" });
    const purged = await hello(old.tokens[0]!);
    expect(await purged.next((m) => m.type === "error")).toMatchObject({
      code: "unknown_participant",
    });
    expect((await purged.closed).code).toBe(closeCodes.unknownParticipant);

    // Running it again (another process, the next hour) changes nothing.
    expect((await t.services.privacy.purge(new Date("2026-03-05T00:00:00Z"))).sessions).toBe(1); // `recent` is due now
    expect((await t.services.privacy.purge(new Date("2026-03-05T00:00:00Z"))).sessions).toBe(0);
    expect((await rawData(stillRunning.session.id)).purged).toBe(false);
    expect((await rawData(keptForever.session.id)).purged).toBe(false);
  });
});

describe("audit entries outside workspaces", () => {
  it("are deleted after ACCOUNT_LOG_RETENTION_DAYS; a workspace's own entries stay with it", async () => {
    const w = await team();
    const user = (await rows<{ id: string }>(sql`select id from users limit 1`))[0]!.id;
    const insert = (workspaceId: string | null, createdAt: string, route: string) =>
      t.database.db.execute(sql`
        insert into audit_events (workspace_id, user_id, method, route, status, created_at)
        values (${workspaceId}, ${user}, 'POST', ${route}, 200, ${createdAt}::timestamptz)`);
    const now = new Date("2027-06-01T12:00:00Z");
    // The default retention is 365 days.
    await insert(null, "2026-05-31T11:00:00Z", "/probe/login-too-old");
    await insert(null, "2026-06-02T12:00:00Z", "/probe/login-recent");
    await insert(w.workspace.id, "2020-01-01T00:00:00Z", "/probe/workspace-old");
    const probes = () =>
      rows<{ route: string }>(
        sql`select route from audit_events where route like '/probe/%' order by route`,
      );

    const purged = await t.services.privacy.purge(now);
    expect(purged.accountLogEntries).toBeGreaterThanOrEqual(1);
    expect((await probes()).map((r) => r.route)).toEqual([
      "/probe/login-recent",
      "/probe/workspace-old",
    ]);
    expect((await t.services.privacy.purge(now)).accountLogEntries).toBe(0);
  });
});

describe("the server's purge timer", () => {
  it("purges at once when started, logs what it did, and stops cleanly", async () => {
    const w = await team();
    await w.api("PUT", "/session-retention", w.ownerCookie, { days: 0 });
    const { session } = await runSession(w, "2025-06-01");
    const logged: string[] = [];
    const log = {
      info: (_: object, message: string) => logged.push(message),
      error: (_: object, message: string) => logged.push(`error: ${message}`),
    };
    const stop = t.services.privacy.startPurging(log, 60_000);
    await stop();
    expect((await rawData(session.id)).purged).toBe(true);
    expect(logged).toEqual(["purged raw data of ended sessions past retention"]);
  });
});

describe("participants stay anonymous", () => {
  it("a participant row holds a group, a nickname, a token hash and a join time, nothing else", async () => {
    const columns = await rows<{ column_name: string }>(
      sql`select column_name from information_schema.columns
          where table_schema = 'public' and table_name = 'live_participants' order by column_name`,
    );
    expect(columns.map((c) => c.column_name)).toEqual([
      "id",
      "joined_at",
      "nickname",
      "session_id",
      "stakeholder_group_id",
      "token_hash",
    ]);
  });

  it("after a session run, no column of any table holds the participants' IP address or browser", async () => {
    const w = await team();
    const { tokens } = await runSession(w, "2026-03-03");
    // A logged-in member from the same browser, too.
    await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: "nobody@example.org", password: "wrong password" },
      remoteAddress: probe.ip,
      headers: { "user-agent": probe.userAgent },
    });
    expect(tokens).toHaveLength(3);
    const needles = [probe.ip, probe.forwardedFor, probe.userAgent, "probe-ua", "127.0.0.1"];
    const columns = await rows<{ table_name: string; column_name: string }>(
      sql`select c.table_name, c.column_name from information_schema.columns c
          join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
          where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
            and c.data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY', 'inet', 'cidr')`,
    );
    expect(columns.length).toBeGreaterThan(30);
    const hits: string[] = [];
    for (const { table_name, column_name } of columns) {
      const column = sql.identifier(column_name);
      const table = sql.identifier(table_name);
      const matches = sql.join(
        needles.map((n) => sql`${column}::text like ${`%${n}%`}`),
        sql` or `,
      );
      const [found] = await rows<{ n: number }>(
        sql`select count(*)::int as n from ${table} where ${matches}`,
      );
      if (found!.n) hits.push(`${table_name}.${column_name}`);
    }
    expect(hits).toEqual([]);
    // The scan can see: a nickname the participant typed is found where it is.
    const [nick] = await rows<{ n: number }>(
      sql`select count(*)::int as n from live_participants where nickname like 'Nick-2026-03-03-%'`,
    );
    expect(nick!.n).toBe(3);
  });
});
