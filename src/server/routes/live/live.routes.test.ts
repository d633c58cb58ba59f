import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/app.ts";
import { buildTeam, type workspaceApi } from "../../../../test/factories.ts";
import { TestSocket } from "../../../../test/live-clients.ts";
import type { FacilitatorSessionView } from "../../../domain/live/index.ts";

/** A message as parsed JSON; the tests check its shape. */
type Loose = ReturnType<JSON["parse"]>;

let t: TestApp;
let api: ReturnType<typeof workspaceApi>;
let ownerCookie: string;
let memberCookie: string;
let slug: string;
let base: string;
let itemIds: string[];
let groups: { id: string; key: string | null }[];
let criteria: { versionId: string }[];
/** Notifications reach the app this much later than they commit (a busy LISTEN connection). */
let notificationDelayMs = 0;

beforeAll(async () => {
  t = await createTestApp({}, undefined, (database) => ({
    ...database,
    listen: (channel, onMessage, onReconnect) =>
      database.listen(
        channel,
        (payload) => {
          if (notificationDelayMs) setTimeout(() => onMessage(payload), notificationDelayMs);
          else onMessage(payload);
        },
        onReconnect,
      ),
  }));
  const team = await buildTeam(t, 1);
  ({ api, ownerCookie } = team);
  memberCookie = team.memberCookies[0]!;
  slug = team.workspace.slug;
  itemIds = [];
  for (const name of ["Burenhulp", "Repair café", "Taalmaatjes"]) {
    const response = await api("POST", "/items", ownerCookie, {
      name,
      kind: "activity",
      carriedBy: "volunteers",
    });
    itemIds.push(response.json().id);
  }
  groups = (await api("GET", "/stakeholder-groups", ownerCookie)).json().groups;
  criteria = (await api("GET", "/criteria", ownerCookie))
    .json()
    .criteria.filter((c: { enabled: boolean }) => c.enabled);
  await api("GET", "/expectations", ownerCookie);
  const address = await t.app.listen({ port: 0, host: "127.0.0.1" });
  base = address.replace("http", "ws");
});
afterAll(() => t.close());

async function createSession(): Promise<FacilitatorSessionView> {
  const response = await api("POST", "/sessions", ownerCookie, {
    title: "Wijkavond Noord",
    date: "2026-12-01",
  });
  expect(response.statusCode).toBe(201);
  return response.json();
}

async function control(sessionId: string, body: object) {
  const response = await api("POST", `/sessions/${sessionId}/control`, ownerCookie, body);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as FacilitatorSessionView;
}

async function join(code: string, groupId: string | null) {
  const response = await t.app.inject({
    method: "POST",
    url: "/api/v1/live/join",
    payload: { code, groupId },
    remoteAddress: "10.0.0.1",
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { token: string; participantId: string };
}

async function participantSocket(token: string) {
  const socket = await TestSocket.open(`${base}/api/v1/live/ws`);
  socket.send({ type: "hello", token, protocol: 1 });
  const welcome = await socket.next((m) => m.type === "welcome");
  return { socket, welcome: welcome as Loose };
}

describe("live sessions", () => {
  it("creates a session from the 90-minute template with every kind of step", async () => {
    const session = await createSession();
    expect(session.code).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{8}$/);
    expect(session.status).toBe("planned");
    expect(session.steps.map((s) => s.kind)).toEqual([
      "open_question",
      "quick_vote",
      "score_items",
      "discuss",
      "sphere_placement",
      "expectation_realism",
      "open_question",
    ]);
    expect(session.steps.every((s) => s.notes.length > 50)).toBe(true);
    expect(session.steps[1]!.itemIds.sort()).toEqual([...itemIds].sort());
    const listed = (await api("GET", "/sessions", memberCookie)).json().sessions;
    expect(listed.map((s: { id: string }) => s.id)).toContain(session.id);
  });

  it("lets only editors and owners create and control sessions", async () => {
    const session = await createSession();
    const create = await api("POST", "/sessions", memberCookie, { title: "x", date: "2026-12-01" });
    expect(create.statusCode).toBe(403);
    const start = await api("POST", `/sessions/${session.id}/control`, memberCookie, {
      action: "start",
    });
    expect(start.statusCode).toBe(403);
  });

  it("refuses an agenda change once the session runs, and a session of another workspace", async () => {
    const session = await createSession();
    await control(session.id, { action: "start" });
    const change = await api("PATCH", `/sessions/${session.id}`, ownerCookie, {
      steps: [{ kind: "discuss", title: "Alleen praten" }],
    });
    expect(change.statusCode).toBe(409);
    expect(change.json().code).toBe("agenda_locked");
    const other = await buildTeam(t, 0);
    const foreign = await other.api("GET", `/sessions/${session.id}`, other.ownerCookie);
    expect(foreign.statusCode).toBe(404);
  });

  it("joins by code without an account, with the code typed loosely", async () => {
    const session = await createSession();
    const loose = `${session.code.slice(0, 4).toLowerCase()}-${session.code.slice(4)} `;
    const info = await t.app.inject({
      method: "GET",
      url: `/api/v1/live/sessions/${encodeURIComponent(loose)}`,
    });
    expect(info.statusCode).toBe(200);
    expect(info.json().title).toBe("Wijkavond Noord");
    expect(info.json().groups.length).toBeGreaterThan(0);
    const joined = await join(loose, groups[0]!.id);
    expect(joined.token.length).toBeGreaterThan(30);
    const badGroup = await t.app.inject({
      method: "POST",
      url: "/api/v1/live/join",
      payload: { code: session.code, groupId: "00000000-0000-4000-8000-000000000000" },
    });
    expect(badGroup.statusCode).toBe(400);
  });

  it("throttles guessing of join codes per address, hits included", async () => {
    const session = await createSession();
    const lookup = (code: string) =>
      t.app.inject({
        method: "GET",
        url: `/api/v1/live/sessions/${code}`,
        remoteAddress: "10.9.9.9",
      });
    for (let i = 0; i < 20; i++) expect((await lookup("AAAAAAAA")).statusCode).toBe(404);
    const blocked = await lookup(session.code);
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0);
  });

  it("acknowledges a vote after it is stored, counts a resent vote once, and restores answers", async () => {
    const session = await createSession();
    const quick = session.steps.find((s) => s.kind === "quick_vote")!;
    const { token } = await join(session.code, groups[0]!.id);
    const { socket, welcome } = await participantSocket(token);
    expect(welcome.session.step).toBeNull();

    const early = {
      type: "vote",
      id: "vote-early-1",
      stepId: quick.id,
      target: itemIds[0],
      answer: { overall: "rather_yes" },
    };
    socket.send(early);
    expect(await socket.next((m) => m.id === "vote-early-1")).toMatchObject({
      type: "rejected",
      code: "step_not_open",
    });

    const seen = socket.messages.length;
    await control(session.id, { action: "open", stepId: quick.id });
    const update = await socket.next<Loose>((m) => m.type === "session", 5000, seen);
    expect(update.session.step).toMatchObject({ id: quick.id, kind: "quick_vote", state: "open" });
    expect(update.session.step.targets).toHaveLength(3);

    const vote = { ...early, id: "vote-1-abcdef" };
    socket.send(vote);
    expect(await socket.next((m) => m.id === "vote-1-abcdef")).toMatchObject({ type: "ack" });
    const acks = socket.messages.length;
    socket.send({ ...vote, answer: { overall: "rather_not" } });
    await socket.next((m) => m.type === "ack" && m.id === "vote-1-abcdef", 5000, acks);

    const { rows } = (await t.database.db.execute(
      sql`select overall, count(*)::int as n from scores where session_id = ${session.id} group by overall`,
    )) as unknown as { rows: { overall: string; n: number }[] };
    expect(rows).toEqual([{ overall: "rather_yes", n: 1 }]);

    socket.send({
      type: "vote",
      id: "vote-bad-target",
      stepId: quick.id,
      target: quick.id,
      answer: { overall: "doubt" },
    });
    expect(await socket.next((m) => m.id === "vote-bad-target")).toMatchObject({
      code: "unknown_target",
    });
    socket.send({
      type: "vote",
      id: "vote-bad-answer",
      stepId: quick.id,
      target: itemIds[1],
      answer: { overall: "maybe" },
    });
    expect(await socket.next((m) => m.id === "vote-bad-answer")).toMatchObject({
      code: "invalid_answer",
    });
    socket.close();

    const again = await participantSocket(token);
    expect(again.welcome.answers[quick.id]).toEqual({ [itemIds[0]!]: { overall: "rather_yes" } });
    again.socket.close();
  });

  it("closes the socket of an unknown participant token", async () => {
    const socket = await TestSocket.open(`${base}/api/v1/live/ws`);
    socket.send({ type: "hello", token: "x".repeat(43), protocol: 1 });
    expect((await socket.closed).code).toBe(4401);
  });

  it("refuses a presenter socket to a non-member and from another site", async () => {
    const session = await createSession();
    const url = `${base}/api/v1/workspaces/${slug}/sessions/${session.id}/ws`;
    await expect(TestSocket.open(url)).rejects.toThrow(/401/);
    await expect(
      TestSocket.open(url, { cookie: ownerCookie, origin: "https://evil.example" }),
    ).rejects.toThrow(/403/);
    const other = await buildTeam(t, 0);
    await expect(TestSocket.open(url, { cookie: other.ownerCookie })).rejects.toThrow(/404/);
  });

  it("shows results to the presenter only when revealed, never a group of fewer than 3", async () => {
    const session = await createSession();
    const score = session.steps.find((s) => s.kind === "score_items")!;
    const scorersBefore = async () =>
      (await api("GET", "/delimitation", ownerCookie))
        .json()
        .items.find((i: { itemId: string }) => i.itemId === itemIds[0]).scorers as number;
    const before = await scorersBefore();
    await control(session.id, { action: "open", stepId: score.id });
    const presenter = await TestSocket.open(
      `${base}/api/v1/workspaces/${slug}/sessions/${session.id}/ws`,
      { cookie: memberCookie },
    );
    await presenter.next((m) => m.type === "session");
    // Three, three and one: the one is pooled, and so is one group of three, or the pool
    // (total minus the shown groups) would reveal the one (domain/scoring/anonymity.ts).
    const people = [0, 0, 0, 1, 1, 1, 2].map((g) => groups[g]!.id);
    const sockets = [];
    for (const [i, group] of people.entries()) {
      const { token } = await join(session.code, group);
      const { socket } = await participantSocket(token);
      sockets.push(socket);
      const answers = Object.fromEntries(criteria.map((c) => [c.versionId, i % 2 ? "yes" : "no"]));
      socket.send({
        type: "vote",
        id: `score-${i}-xxxxxx`,
        stepId: score.id,
        target: itemIds[0],
        answer: { answers },
      });
      await socket.next((m) => m.type === "ack");
    }
    const progress = await presenter.next<Loose>((m) => m.type === "progress" && m.answered === 7);
    expect(progress).toMatchObject({ stepId: score.id, votes: 7 });
    expect(presenter.messages.filter((m) => m.type === "results" && m.results !== null)).toEqual(
      [],
    );

    await control(session.id, { action: "close", stepId: score.id });
    await control(session.id, { action: "reveal", stepId: score.id });
    const revealed = await presenter.next<Loose>((m) => m.type === "results" && m.results !== null);
    const first = revealed.results.items.find((i: { itemId: string }) => i.itemId === itemIds[0]);
    expect(first.scorers).toBe(7);
    expect(first.disagreement.index).toBeGreaterThan(0);
    const shownGroups = first.groups.filter((g: { pooled: boolean }) => !g.pooled);
    expect(shownGroups).toHaveLength(1);
    expect([groups[0]!.id, groups[1]!.id]).toContain(shownGroups[0].group);
    expect(shownGroups[0].scorers).toBe(3);
    for (const socket of sockets) socket.close();
    presenter.close();

    // The session's scores are the workspace's scores: the Afbakening overview counts them.
    expect(await scorersBefore()).toBe(before + 7);
    // …and the page can show this session's votes alone.
    const ofSession = (await api("GET", `/delimitation?session=${session.id}`, ownerCookie)).json();
    const counted = ofSession.items.filter((i: { scorers: number }) => i.scorers > 0);
    expect(counted).toEqual([expect.objectContaining({ itemId: itemIds[0], scorers: 7 })]);

    const csv = await api("GET", `/sessions/${session.id}/votes`, ownerCookie);
    expect(csv.statusCode).toBe(200);
    const lines = csv.body.trim().split("\n");
    expect(lines.length).toBe(1 + 7 * criteria.length);
    // The group of one is not named; "other" stands in for it.
    const groupColumn = lines.slice(1).map((line) => line.split(";")[3]);
    expect(groupColumn.filter((g) => g?.startsWith("overig"))).toHaveLength(criteria.length);
  });

  it("counts in each step's results only what that step asked: a quick vote is no criteria score", async () => {
    const session = await createSession();
    const quick = session.steps.find((s) => s.kind === "quick_vote")!;
    const score = session.steps.find((s) => s.kind === "score_items")!;
    const [voted, scored] = quick.itemIds.filter((id) => score.itemIds.includes(id));
    expect(scored, "the template scores an item it also puts to the quick vote").toBeDefined();
    const people = [];
    for (const i of [0, 1, 2]) {
      const { token } = await join(session.code, groups[i]!.id);
      people.push((await participantSocket(token)).socket);
    }
    const vote = async (socket: TestSocket, body: object, id: string) => {
      socket.send({ type: "vote", id, ...body });
      expect(await socket.next((m) => m.id === id)).toMatchObject({ type: "ack" });
    };
    await control(session.id, { action: "open", stepId: quick.id });
    for (const [i, socket] of people.entries()) {
      for (const target of [voted, scored]) {
        const answer = { overall: i ? "rather_yes" : "rather_not" };
        await vote(socket, { stepId: quick.id, target, answer }, `quick-${i}-${target}`);
      }
    }
    await control(session.id, { action: "open", stepId: score.id });
    const answers = Object.fromEntries(criteria.map((c) => [c.versionId, "yes"]));
    await vote(
      people[0]!,
      { stepId: score.id, target: scored, answer: { answers } },
      "criteria-vote-0",
    );

    const results = async (stepId: string) => {
      const body = (
        await api("GET", `/sessions/${session.id}/results/${stepId}`, ownerCookie)
      ).json();
      return new Map<string, { scorers: number; disagreement: { criteria: number | null } }>(
        body.items.map((i: { itemId: string }) => [i.itemId, i]),
      );
    };
    const ofScoring = await results(score.id);
    expect(ofScoring.get(scored!)).toMatchObject({ scorers: 1 });
    if (voted !== scored) expect(ofScoring.get(voted!)).toMatchObject({ scorers: 0 });
    const ofQuickVote = await results(quick.id);
    expect(ofQuickVote.get(scored!)).toMatchObject({ scorers: 3 });
    // A discussion step weighs all of it: three scorers, one of them with criteria answers.
    const discuss = session.steps.find((s) => s.kind === "discuss")!;
    const ofDiscussion = (await results(discuss.id)).get(scored!);
    expect(ofDiscussion).toMatchObject({ scorers: 3 });
    expect(ofDiscussion?.disagreement.criteria).toBeNull();
    expect(ofDiscussion).toHaveProperty("overall.n", 3);
    for (const socket of people) socket.close();
  });

  it("stores sphere votes, realism ratings and moderated open answers as the workspace's own", async () => {
    const session = await createSession();
    const byKind = (kind: string) => session.steps.find((s) => s.kind === kind)!;
    const { token } = await join(session.code, groups[0]!.id);
    const { socket } = await participantSocket(token);
    const vote = async (stepId: string, target: string, answer: object, id: string) => {
      socket.send({ type: "vote", id, stepId, target, answer });
      expect(await socket.next((m) => m.id === id)).toMatchObject({ type: "ack" });
    };
    const spheresStep = byKind("sphere_placement");
    await control(session.id, { action: "open", stepId: spheresStep.id });
    await vote(spheresStep.id, itemIds[1]!, { sphere: "communal" }, "sphere-vote-1");
    const realism = byKind("expectation_realism");
    await control(session.id, { action: "open", stepId: realism.id });
    const expectationId = realism.expectationIds[0]!;
    await vote(realism.id, expectationId, { rating: "unrealistic" }, "realism-vote-1");
    await vote(realism.id, expectationId, { rating: "partly" }, "realism-vote-2");
    const open = session.steps.find((s) => s.kind === "open_question")!;
    await control(session.id, { action: "open", stepId: open.id });
    await vote(open.id, open.id, { text: "Meer ontmoetingsplekken" }, "open-answer-1");

    const { rows } = (await t.database.db.execute(
      sql`select (select count(*)::int from realism_ratings where session_id = ${session.id}) as ratings,
                 (select rating from realism_ratings where session_id = ${session.id}) as rating,
                 (select sphere from scores where session_id = ${session.id}) as sphere`,
    )) as unknown as { rows: { ratings: number; rating: string; sphere: string }[] };
    expect(rows[0]).toEqual({ ratings: 1, rating: "partly", sphere: "communal" });

    // The participant's rating counts in the workspace's expectations.
    const expectations = (await api("GET", "/expectations", ownerCookie)).json().expectations;
    const rated = expectations.find((e: { id: string }) => e.id === expectationId);
    expect(rated.realism.counts.partly).toBeGreaterThanOrEqual(1);

    // Open answers are seen by nobody until approved.
    await control(session.id, { action: "close", stepId: open.id });
    await control(session.id, { action: "reveal", stepId: open.id });
    const before = (
      await api("GET", `/sessions/${session.id}/results/${open.id}`, memberCookie)
    ).json();
    expect(before).toEqual({ kind: "open", answers: [] });
    const all = (
      await api("GET", `/sessions/${session.id}/results/${open.id}`, ownerCookie)
    ).json();
    expect(all.answers).toEqual([]);
    const presenter = await TestSocket.open(
      `${base}/api/v1/workspaces/${slug}/sessions/${session.id}/ws`,
      { cookie: ownerCookie },
    );
    const pending = await presenter.next<Loose>((m) => m.type === "open_answers");
    expect(pending.answers).toEqual([
      { id: expect.any(String), text: "Meer ontmoetingsplekken", status: "pending" },
    ]);
    // A read right after the write sees it, even when the notification is slow to arrive
    // (PostgreSQL delivers it after the commit, on its own connection).
    notificationDelayMs = 300;
    const moderated = await api(
      "PATCH",
      `/sessions/${session.id}/open-answers/${pending.answers[0].id}`,
      ownerCookie,
      { status: "approved" },
    );
    expect(moderated.statusCode).toBe(204);
    const after = (
      await api("GET", `/sessions/${session.id}/results/${open.id}`, memberCookie)
    ).json();
    notificationDelayMs = 0;
    expect(after.answers.map((a: { text: string }) => a.text)).toEqual(["Meer ontmoetingsplekken"]);
    presenter.close();
    socket.close();
  });

  it("takes no votes and no joins after the session ended", async () => {
    const session = await createSession();
    const quick = session.steps.find((s) => s.kind === "quick_vote")!;
    await control(session.id, { action: "open", stepId: quick.id });
    const { token } = await join(session.code, null);
    const { socket } = await participantSocket(token);
    await control(session.id, { action: "end" });
    socket.send({
      type: "vote",
      id: "late-vote-1",
      stepId: quick.id,
      target: itemIds[0],
      answer: { overall: "doubt" },
    });
    expect(await socket.next((m) => m.id === "late-vote-1")).toMatchObject({
      code: "step_not_open",
    });
    const late = await t.app.inject({
      method: "POST",
      url: "/api/v1/live/join",
      payload: { code: session.code },
    });
    expect(late.statusCode).toBe(404);
    socket.close();
  });
});
