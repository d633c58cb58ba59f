import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/app.ts";
import {
  addMember,
  buildUser,
  buildWorkspace,
  loginAs,
  workspaceApi,
} from "../../../../test/factories.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Api = ReturnType<typeof workspaceApi>;

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const result = await t.database.db.execute(query);
  return (result as unknown as { rows: T[] }).rows;
}

function deleteAccount(cookie: string, password: string) {
  return t.app.inject({
    method: "DELETE",
    url: "/api/v1/account",
    headers: { cookie },
    payload: { password },
  });
}

/**
 * A workspace with an owner and four members who all score the same two items and rate one
 * expectation, each with a comment of their own: enough people that groups are shown.
 */
async function scoredWorkspace() {
  const owner = await buildUser(t, { displayName: "Olga Owner" });
  const workspace = await buildWorkspace(t, owner);
  const api: Api = workspaceApi(t, workspace.slug);
  const ownerCookie = await loginAs(t, owner);
  const members = [];
  for (let i = 0; i < 4; i++) {
    const user = await buildUser(t, { displayName: `Member ${i}` });
    await addMember(t, workspace, user, "member");
    members.push({ user, cookie: await loginAs(t, user) });
  }
  const criteria = (await api("GET", "/criteria", ownerCookie)).json().criteria as {
    versionId: string;
    enabled: boolean;
  }[];
  const answers = Object.fromEntries(
    criteria.filter((c) => c.enabled).map((c) => [c.versionId, "yes"]),
  );
  const itemIds: string[] = [];
  for (const name of ["Buurtmaaltijd", "Repair café"]) {
    const created = await api("POST", "/items", ownerCookie, {
      name,
      kind: "activity",
      carriedBy: "volunteers",
    });
    itemIds.push(created.json().id);
  }
  const expectation = (await api("GET", "/expectations", ownerCookie))
    .json()
    .expectations.find((e: { nationalKey: string | null }) => e.nationalKey === "iza");
  for (const [i, { cookie }] of members.entries()) {
    for (const itemId of itemIds) {
      const scored = await api("PUT", `/items/${itemId}/my-score`, cookie, {
        answers,
        overall: i === 0 ? "rather_not" : "rather_yes",
        comment: `comment-of-member-${i}`,
      });
      expect(scored.statusCode, scored.body).toBe(200);
    }
    const rated = await api("PUT", `/expectations/${expectation.id}/my-rating`, cookie, {
      rating: "partly",
      needed: `needed-by-member-${i}`,
    });
    expect(rated.statusCode, rated.body).toBe(200);
  }
  return { owner, ownerCookie, workspace, api, members, itemIds, expectationId: expectation.id };
}

describe("download my data", () => {
  it("holds what the user made, and nothing of anyone else", async () => {
    const w = await scoredWorkspace();
    const me = w.members[0]!;
    const other = w.members[1]!;
    // Things the member made beyond scores: a decision needs an editor, so make them one.
    await t.app.inject({
      method: "PATCH",
      url: `/api/v1/workspaces/${w.workspace.slug}/members/${me.user.id}`,
      headers: { cookie: w.ownerCookie },
      payload: { role: "editor" },
    });
    const made = await w.api("POST", "/items", me.cookie, {
      name: "Item-made-by-me",
      kind: "place",
      carriedBy: "mixed",
    });
    expect(made.statusCode, made.body).toBe(201);
    const decided = await w.api("POST", `/items/${w.itemIds[0]}/decisions`, me.cookie, {
      decision: "edge",
      reason: "reason-by-me",
    });
    expect(decided.statusCode, decided.body).toBe(201);
    const session = await w.api("POST", "/sessions", me.cookie, {
      title: "Session-by-me",
      date: "2026-12-01",
    });
    expect(session.statusCode, session.body).toBe(201);
    // Others' things that must not show up.
    await w.api("POST", "/items", other.cookie, {
      name: "Item-made-by-other",
      kind: "place",
      carriedBy: "mixed",
    });
    await w.api("POST", "/snapshots", w.ownerCookie, { label: "Snapshot-by-owner" });

    const response = await t.app.inject({
      url: "/api/v1/account/data",
      headers: { cookie: me.cookie },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-disposition"]).toMatch(
      /^attachment; filename="mijn-gegevens-\d{4}-\d\d-\d\d\.json"$/,
    );
    expect(response.headers["cache-control"]).toBe("no-store");
    const data = response.json();
    expect(data).toMatchObject({ format: "sociale-basis-account-data", version: 1 });
    expect(data.profile).toEqual({
      id: me.user.id,
      email: me.user.email,
      displayName: "Member 0",
      createdAt: expect.any(String),
    });
    expect(data.memberships).toEqual([
      expect.objectContaining({
        role: "editor",
        workspace: expect.objectContaining({ slug: w.workspace.slug }),
      }),
    ]);
    expect(data.scores).toHaveLength(2);
    expect(data.scores[0]).toMatchObject({
      comment: "comment-of-member-0",
      overall: "rather_not",
      item: { name: "Buurtmaaltijd" },
    });
    expect(data.scores[0].answers.length).toBeGreaterThan(0);
    expect(data.scores[0].answers[0]).toMatchObject({ criterion: "C1", version: 1, answer: "yes" });
    expect(data.realismRatings).toEqual([
      expect.objectContaining({ rating: "partly", needed: "needed-by-member-0" }),
    ]);
    expect(data.items.map((i: { name: string }) => i.name)).toEqual(["Item-made-by-me"]);
    expect(data.itemChanges.map((c: { action: string }) => c.action)).toEqual(["created"]);
    expect(data.decisions).toEqual([
      expect.objectContaining({ decision: "edge", reason: "reason-by-me" }),
    ]);
    expect(data.sessions).toEqual([expect.objectContaining({ title: "Session-by-me" })]);
    expect(data.snapshots).toEqual([]);
    expect(data.loginSessions).toHaveLength(1);
    expect(Object.keys(data.loginSessions[0]).sort()).toEqual([
      "createdAt",
      "expiresAt",
      "lastSeenAt",
    ]);

    // Nothing of the others, and no secrets.
    const text = response.body;
    for (const foreign of [
      other.user.email,
      w.owner.email,
      "Member 1",
      "Olga Owner",
      "comment-of-member-1",
      "needed-by-member-2",
      "Item-made-by-other",
      "Snapshot-by-owner",
      other.user.id,
      w.owner.id,
    ]) {
      expect(text, foreign).not.toContain(foreign);
    }
    expect(text).not.toMatch(/password|token|\$argon2/i);
  });

  it("the owner's download lists the invites they made and the snapshot they took", async () => {
    const w = await scoredWorkspace();
    const invite = await w.api("POST", "/invites", w.ownerCookie, {
      role: "viewer",
      expiresInDays: 2,
    });
    expect(invite.statusCode).toBe(201);
    await w.api("POST", "/snapshots", w.ownerCookie, { label: "Raad 2026" });
    const data = (
      await t.app.inject({ url: "/api/v1/account/data", headers: { cookie: w.ownerCookie } })
    ).json();
    expect(data.invites).toEqual([
      expect.objectContaining({ role: "viewer", createdByMe: true, acceptedAt: null }),
    ]);
    expect(data.snapshots).toEqual([expect.objectContaining({ label: "Raad 2026" })]);
    expect(data.scores).toEqual([]);
    expect(JSON.stringify(data)).not.toContain(invite.json().token);
  });

  it("needs a login", async () => {
    const response = await t.app.inject({ url: "/api/v1/account/data" });
    expect(response.statusCode).toBe(401);
    expect(response.headers["content-type"]).toMatch(/problem\+json/);
  });
});

describe("delete my account", () => {
  it("refuses a wrong password and keeps the account", async () => {
    const user = await buildUser(t);
    const cookie = await loginAs(t, user);
    const refused = await deleteAccount(cookie, "not the password");
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe("wrong_password");
    expect(
      (await t.app.inject({ url: "/api/v1/auth/me", headers: { cookie } })).json().user,
    ).toMatchObject({ id: user.id });
  });

  it("counts wrong passwords like failed logins: guessing is throttled with Retry-After", async () => {
    const user = await buildUser(t);
    const cookie = await loginAs(t, user);
    // The default allows 5 attempts per account in the window.
    for (let i = 0; i < 5; i++) {
      expect((await deleteAccount(cookie, `guess ${i}`)).statusCode).toBe(403);
    }
    const throttled = await deleteAccount(cookie, user.password);
    expect(throttled.statusCode).toBe(429);
    expect(throttled.json().code).toBe("too_many_requests");
    expect(Number(throttled.headers["retry-after"])).toBeGreaterThan(0);
    expect(
      (await t.app.inject({ url: "/api/v1/auth/me", headers: { cookie } })).json().user,
    ).toMatchObject({ id: user.id });
  });

  it("refuses the last owner of a workspace others are in, naming it, until ownership is handed over", async () => {
    const w = await scoredWorkspace();
    const preview = await t.app.inject({
      url: "/api/v1/account/deletion",
      headers: { cookie: w.ownerCookie },
    });
    expect(preview.json()).toEqual({
      blocking: [{ slug: w.workspace.slug, name: w.workspace.name }],
      deletedWithAccount: [],
    });
    const refused = await deleteAccount(w.ownerCookie, w.owner.password);
    expect(refused.statusCode).toBe(409);
    expect(refused.headers["content-type"]).toMatch(/problem\+json/);
    expect(refused.json()).toMatchObject({
      code: "account_owns_workspace",
      errors: [{ path: `workspaces.${w.workspace.slug}`, message: w.workspace.name }],
    });
    expect(refused.json().detail).toMatch(/eigenaar/);
    await t.app.inject({
      method: "PATCH",
      url: `/api/v1/workspaces/${w.workspace.slug}/members/${w.members[1]!.user.id}`,
      headers: { cookie: w.ownerCookie },
      payload: { role: "owner" },
    });
    const deleted = await deleteAccount(w.ownerCookie, w.owner.password);
    expect(deleted.statusCode, deleted.body).toBe(204);
    const members = (await w.api("GET", "/members", w.members[1]!.cookie)).json().members;
    expect(members.map((m: { userId: string }) => m.userId)).not.toContain(w.owner.id);
  });

  it("deletes a workspace the user is the only member of, with the account", async () => {
    const user = await buildUser(t);
    const alone = await buildWorkspace(t, user);
    const shared = await buildWorkspace(t, await buildUser(t));
    await addMember(t, shared, user, "member");
    const cookie = await loginAs(t, user);
    const preview = (
      await t.app.inject({ url: "/api/v1/account/deletion", headers: { cookie } })
    ).json();
    expect(preview).toEqual({
      blocking: [],
      deletedWithAccount: [{ slug: alone.slug, name: alone.name }],
    });
    expect((await deleteAccount(cookie, user.password)).statusCode).toBe(204);
    const left = await rows<{ slug: string }>(
      sql`select slug from workspaces where slug in (${alone.slug}, ${shared.slug})`,
    );
    expect(left.map((r) => r.slug)).toEqual([shared.slug]);
  });

  it("ends every session, clears the cookie, and the login no longer works", async () => {
    const user = await buildUser(t);
    const cookie = await loginAs(t, user);
    const otherDevice = await loginAs(t, user);
    const deleted = await deleteAccount(cookie, user.password);
    expect(deleted.statusCode).toBe(204);
    const cleared = deleted.cookies.find((c) => c.name === "sb_session");
    expect(cleared?.value).toBe("");
    expect(cleared?.expires?.getTime()).toBeLessThan(Date.now());
    for (const c of [cookie, otherDevice]) {
      expect(
        (await t.app.inject({ url: "/api/v1/auth/me", headers: { cookie: c } })).json().user,
      ).toBeNull();
      expect(
        (await t.app.inject({ url: "/api/v1/account/data", headers: { cookie: c } })).statusCode,
      ).toBe(401);
    }
    const login = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: user.email, password: user.password },
    });
    expect(login.statusCode).toBe(401);
    const left = await rows<{ n: number }>(
      sql`select count(*)::int as n from users where id = ${user.id}`,
    );
    expect(left[0]!.n).toBe(0);
    const sessions = await rows<{ n: number }>(
      sql`select count(*)::int as n from auth_sessions where user_id = ${user.id}`,
    );
    expect(sessions[0]!.n).toBe(0);
  });

  it("keeps the scores and ratings, anonymised, and every figure stays the same", async () => {
    const w = await scoredWorkspace();
    const gone = [w.members[0]!, w.members[1]!];
    const figures = async () => {
      const overview = (await w.api("GET", "/delimitation", w.ownerCookie)).json();
      const items = await Promise.all(
        w.itemIds.map(async (id) =>
          (await w.api("GET", `/delimitation/items/${id}`, w.ownerCookie)).json(),
        ),
      );
      const expectation = (
        await w.api("GET", `/expectations/${w.expectationId}`, w.ownerCookie)
      ).json();
      const report = (await w.api("GET", "/report", w.ownerCookie)).json();
      // Who recorded a decision is the one thing that changes (to nobody): checked below.
      return JSON.parse(
        JSON.stringify(
          {
            overview: overview.items,
            items: items.map((i) => ({ result: i.result, comments: i.comments })),
            realism: expectation.realism,
            realismGroups: expectation.realismGroups,
            needed: [...expectation.needed].sort(),
            report: { ...report, generatedAt: null },
          },
          (key, value) => (key === "decidedBy" ? null : value),
        ),
      );
    };
    // One of them also decided on an item and added one: those stay, without their name.
    await t.app.inject({
      method: "PATCH",
      url: `/api/v1/workspaces/${w.workspace.slug}/members/${gone[0]!.user.id}`,
      headers: { cookie: w.ownerCookie },
      payload: { role: "editor" },
    });
    const decided = await w.api("POST", `/items/${w.itemIds[1]}/decisions`, gone[0]!.cookie, {
      decision: "in",
      reason: "reason-of-a-leaver",
    });
    expect(decided.statusCode, decided.body).toBe(201);
    const added = await w.api("POST", "/items", gone[0]!.cookie, {
      name: "Item-of-a-leaver",
      kind: "place",
      carriedBy: "mixed",
    });
    const before = await figures();
    expect(before.overview[0].scorers).toBe(4);
    for (const { user, cookie } of gone) {
      expect((await deleteAccount(cookie, user.password)).statusCode).toBe(204);
    }
    const anonymous = await rows<{ n: number }>(
      sql`select count(*)::int as n from scores where workspace_id = ${w.workspace.id} and user_id is null and participant_id is null`,
    );
    expect(anonymous[0]!.n).toBe(4);
    const anonymousRatings = await rows<{ n: number }>(
      sql`select count(*)::int as n from realism_ratings where workspace_id = ${w.workspace.id} and user_id is null`,
    );
    expect(anonymousRatings[0]!.n).toBe(2);
    const after = await figures();
    expect(after).toEqual(before);
    // Two people's scores on the same item stay two scores: they must not merge as "no one".
    expect(after.overview.map((i: { scorers: number }) => i.scorers)).toEqual([4, 4, 0]);
    expect(after.report.scorers).toBe(4);

    const decisions = (
      await w.api("GET", `/delimitation/items/${w.itemIds[1]}`, w.ownerCookie)
    ).json().decisions;
    expect(decisions).toEqual([
      expect.objectContaining({ decision: "in", reason: "reason-of-a-leaver", decidedBy: null }),
    ]);
    const history = await w.api("GET", `/items/${added.json().id}/history`, w.ownerCookie);
    expect(history.statusCode).toBe(200);
    expect(JSON.stringify(history.json())).not.toContain("Member 0");

    // A snapshot, a backup and its restore work with anonymous scores.
    const snapshot = await w.api("POST", "/snapshots", w.ownerCookie, { label: "Na vertrek" });
    expect(snapshot.statusCode, snapshot.body).toBe(201);
    for (const format of ["docx", "xlsx", "csv"]) {
      const download = await w.api("GET", `/report/download?format=${format}`, w.ownerCookie);
      expect(download.statusCode, `${format}: ${download.body.slice(0, 200)}`).toBe(200);
    }
    const backup = await w.api("GET", "/backup", w.ownerCookie);
    expect(backup.statusCode).toBe(200);
    const data = JSON.parse(backup.body).data;
    expect(
      data.scores.filter(
        (s: { scorer: unknown; participantId: unknown }) => !s.scorer && !s.participantId,
      ),
    ).toHaveLength(4);
    expect(backup.body).not.toContain(gone[0]!.user.email);
    const target = await createTestApp();
    try {
      await target.services.backup.restore(backup.rawPayload);
      const restored = await target.services.delimitation.results(w.workspace.id);
      expect(restored.scorers).toBe(4);
      const [count] = (
        (await target.database.db.execute(
          sql`select count(*)::int as n from scores where user_id is null and participant_id is null`,
        )) as unknown as { rows: { n: number }[] }
      ).rows;
      expect(count!.n).toBe(4);
    } finally {
      await target.close();
    }
  });
});

describe("session retention setting", () => {
  it("is read by members and set by owners only, within bounds", async () => {
    const w = await scoredWorkspace();
    const member = w.members[0]!.cookie;
    expect((await w.api("GET", "/session-retention", member)).json()).toEqual({ days: null });
    expect((await w.api("PUT", "/session-retention", member, { days: 30 })).statusCode).toBe(403);
    for (const days of [-1, 3651, 1.5, "30"]) {
      const bad = await w.api("PUT", "/session-retention", w.ownerCookie, { days });
      expect(bad.statusCode, String(days)).toBe(400);
    }
    const set = await w.api("PUT", "/session-retention", w.ownerCookie, { days: 30 });
    expect(set.json()).toEqual({ days: 30 });
    expect((await w.api("GET", "/session-retention", member)).json()).toEqual({ days: 30 });
    expect(
      (await w.api("PUT", "/session-retention", w.ownerCookie, { days: null })).json(),
    ).toEqual({ days: null });
  });
});
