import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/app.ts";
import {
  addMember,
  buildTeam,
  buildUser,
  buildWorkspace,
  loginAs,
  type workspaceApi,
} from "../../../../test/factories.ts";

let t: TestApp;
let _slug: string;
let ownerCookie: string;
const cookies: string[] = [];
let itemId: string;
let otherItemId: string;
let criteria: { id: string; key: string; versionId: string }[];
let groups: { id: string; key: string | null }[];

let api: ReturnType<typeof workspaceApi>;

beforeAll(async () => {
  t = await createTestApp();
  const team = await buildTeam(t, 4);
  _slug = team.workspace.slug;
  ({ api, ownerCookie } = team);
  cookies.push(...team.memberCookies);
  const create = async (name: string) =>
    (
      await api("POST", "/items", ownerCookie, { name, kind: "activity", carriedBy: "volunteers" })
    ).json().id;
  itemId = await create("Buurtmaaltijd");
  otherItemId = await create("Repair café");
  criteria = (await api("GET", "/criteria", ownerCookie)).json().criteria;
  groups = (await api("GET", "/stakeholder-groups", ownerCookie)).json().groups;
});
afterAll(() => t.close());

function allAnswers(answer: string) {
  return Object.fromEntries(criteria.map((c) => [c.versionId, answer]));
}

describe("criteria", () => {
  it("starts with the ten default criteria in their first version", () => {
    expect(criteria.map((c) => c.key)).toEqual([
      "C1",
      "C2",
      "C3",
      "C4",
      "A",
      "B",
      "C",
      "D",
      "E",
      "F",
    ]);
  });
});

describe("scoring and the delimitation", () => {
  it("keeps one latest score per person per item, and refuses unknown criteria", async () => {
    const first = await api("PUT", `/items/${itemId}/my-score`, cookies[0]!, {
      answers: allAnswers("no"),
      overall: "rather_not",
    });
    expect(first.statusCode, first.body).toBe(200);
    const second = await api("PUT", `/items/${itemId}/my-score`, cookies[0]!, {
      answers: allAnswers("yes"),
      overall: "rather_yes",
      sphere: "communal",
      comment: "Iedereen welkom",
    });
    expect(second.json().score).toMatchObject({ overall: "rather_yes", sphere: "communal" });
    const bad = await api("PUT", `/items/${itemId}/my-score`, cookies[0]!, {
      answers: { "00000000-0000-4000-8000-000000000000": "yes" },
    });
    expect(bad.statusCode).toBe(400);
    const mine = (await api("GET", `/items/${itemId}/my-score`, cookies[0]!)).json().score;
    expect(mine.answers[criteria[0]!.versionId]).toBe("yes");
  });

  it("orders items by disagreement and grades the outcome", async () => {
    // Item 1: two agree yes, one says no → disagreement. Item 2: all agree yes.
    await api("PUT", `/items/${itemId}/my-score`, cookies[1]!, {
      answers: allAnswers("no"),
      overall: "rather_not",
    });
    await api("PUT", `/items/${itemId}/my-score`, cookies[2]!, {
      answers: allAnswers("yes"),
      overall: "rather_yes",
    });
    for (const cookie of cookies.slice(0, 3)) {
      await api("PUT", `/items/${otherItemId}/my-score`, cookie, {
        answers: allAnswers("yes"),
        overall: "rather_yes",
      });
    }
    const overview = (await api("GET", "/delimitation", ownerCookie)).json();
    expect(overview.items.map((i: { name: string }) => i.name)).toEqual([
      "Buurtmaaltijd",
      "Repair café",
    ]);
    const [disputed, agreed] = overview.items;
    expect(disputed.disagreement).toBeGreaterThan(agreed.disagreement);
    expect(agreed).toMatchObject({ scorers: 3, degree: 1, outcome: "rather_in", disagreement: 0 });
    expect(disputed.degree).toBeCloseTo(2 / 3);
    expect(disputed.outcome).toBe("rather_in");
  });

  it("never shows a stakeholder group of fewer than 3 on its own", async () => {
    const municipality = groups.find((g) => g.key === "municipality")!;
    const residents = groups.find((g) => g.key === "residents")!;
    for (const [i, cookie] of cookies.entries()) {
      const group = i < 3 ? municipality : residents;
      await api("PUT", "/membership/group", cookie, { groupId: group.id });
      await api("PUT", `/items/${otherItemId}/my-score`, cookie, { answers: allAnswers("partly") });
    }
    const figures = (await api("GET", `/delimitation/items/${otherItemId}`, ownerCookie)).json();
    // Showing municipality (3) would reveal the one resident as the total minus municipality.
    const shown = figures.result.groups.map((g: { group: string | null; scorers: number }) => [
      g.group,
      g.scorers,
    ]);
    expect(shown).toEqual([[null, 4]]);
    expect(figures.result.groups[0].groups.sort()).toEqual([municipality.id, residents.id].sort());
  });

  it("records decisions with history; members may score but not decide", async () => {
    const denied = await api("POST", `/items/${itemId}/decisions`, cookies[0]!, { decision: "in" });
    expect(denied.statusCode).toBe(403);
    await api("POST", `/items/${itemId}/decisions`, ownerCookie, {
      decision: "edge",
      reason: "Nog twijfel",
    });
    await api("POST", `/items/${itemId}/decisions`, ownerCookie, {
      decision: "in",
      reason: "Na gesprek: iedereen welkom",
    });
    const figures = (await api("GET", `/delimitation/items/${itemId}`, ownerCookie)).json();
    expect(figures.decisions.map((d: { decision: string }) => d.decision)).toEqual(["in", "edge"]);
    expect(figures.comments).toEqual(["Iedereen welkom"]);
    const summary = (await api("GET", "/summary", ownerCookie)).json();
    expect(
      summary.items.find((i: { itemId: string }) => i.itemId === itemId).decision,
    ).toMatchObject({
      decision: "in",
      reason: "Na gesprek: iedereen welkom",
    });
  });

  it("rewording a criterion makes a new version; old answers stay tied to the old one", async () => {
    const c1 = criteria[0]!;
    const updated = await api("PATCH", `/criteria/${c1.id}`, ownerCookie, {
      label: "meer ontmoeting tussen buurtbewoners",
    });
    expect(updated.json()).toMatchObject({
      version: 2,
      label: "meer ontmoeting tussen buurtbewoners",
    });
    expect(updated.json().versionId).not.toBe(c1.versionId);
    const weightOnly = await api("PATCH", `/criteria/${c1.id}`, ownerCookie, { weight: 3 });
    expect(weightOnly.json()).toMatchObject({ version: 2, weight: 3 });
    const figures = (await api("GET", `/delimitation/items/${itemId}`, ownerCookie)).json();
    const first = figures.result.criteria[0];
    expect(first.versionId).toBe(updated.json().versionId);
    expect(first.n).toBe(0);
    expect(figures.olderAnswers).toBe(3);
    const stale = await api("PUT", `/items/${itemId}/my-score`, cookies[0]!, {
      answers: { [c1.versionId]: "yes" },
    });
    expect(stale.statusCode).toBe(400);
  });

  it("refuses an empty score, which would count a scorer who said nothing", async () => {
    const before = (await api("GET", `/items/${itemId}/my-score`, cookies[3]!)).json().score;
    const empty = await api("PUT", `/items/${itemId}/my-score`, cookies[3]!, {
      answers: {},
      comment: "alleen een opmerking",
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors.map((e: { path: string }) => e.path)).toEqual(["body.answers"]);
    expect((await api("GET", `/items/${itemId}/my-score`, cookies[3]!)).json().score).toEqual(
      before,
    );
  });

  it("a viewer can read the delimitation but not score", async () => {
    const viewer = await buildUser(t);
    const ws = (await api("GET", "", ownerCookie)).json().workspace;
    await addMember(t, ws, viewer, "viewer");
    const viewerCookie = await loginAs(t, viewer);
    expect((await api("GET", "/delimitation", viewerCookie)).statusCode).toBe(200);
    const score = await api("PUT", `/items/${itemId}/my-score`, viewerCookie, { answers: {} });
    expect(score.statusCode).toBe(403);
  });

  it("sees at once a score saved here and one written by another process", async () => {
    const overallCounts = async () =>
      (await api("GET", `/delimitation/items/${otherItemId}`, ownerCookie)).json().result?.overall
        .counts;
    const before = await overallCounts();
    const current = (await api("GET", "/criteria", ownerCookie)).json().criteria as typeof criteria;
    const saved = await api("PUT", `/items/${otherItemId}/my-score`, cookies[3]!, {
      answers: Object.fromEntries(current.map((c) => [c.versionId, "partly"])),
      overall: "rather_not",
    });
    expect(saved.statusCode).toBe(200);
    const afterSave = await overallCounts();
    expect(afterSave.rather_not).toBe((before?.rather_not ?? 0) + 1);
    // Another server process (or the demo reset) writes straight to the database.
    await t.database.db.execute(
      sql`update scores set overall = 'rather_yes' where item_id = ${otherItemId}`,
    );
    const afterOther = await overallCounts();
    expect(afterOther.rather_not).toBe(0);
    expect(afterOther.rather_yes).toBeGreaterThan(0);
  });
});

describe("stakeholder groups", () => {
  it("an editor adds, renames and removes a group; a name is not used twice", async () => {
    const added = await api("POST", "/stakeholder-groups", ownerCookie, { name: "Ondernemers" });
    expect(added.statusCode, added.body).toBe(201);
    const group = added.json();
    expect(group).toMatchObject({ key: null, name: "Ondernemers" });
    const twice = await api("POST", "/stakeholder-groups", ownerCookie, { name: "ondernemers" });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().errors).toEqual([
      { path: "body.name", message: "a group with this name exists" },
    ]);
    // Nor the name a built-in group is shown with, in either language.
    for (const name of ["Inwoners", "residents"]) {
      const shown = await api("POST", "/stakeholder-groups", ownerCookie, { name });
      expect(shown.statusCode, name).toBe(400);
    }

    const builtIn = groups.find((g) => g.key === "education")!;
    const renamed = await api("PATCH", `/stakeholder-groups/${builtIn.id}`, ownerCookie, {
      name: "Scholen en kinderopvang",
    });
    expect(renamed.json()).toMatchObject({ key: "education", name: "Scholen en kinderopvang" });

    const list = (await api("GET", "/stakeholder-groups", ownerCookie)).json().groups;
    expect(list.at(-1)).toMatchObject({ name: "Ondernemers" });
    expect(list).toHaveLength(groups.length + 1);

    expect((await api("DELETE", `/stakeholder-groups/${group.id}`, ownerCookie)).statusCode).toBe(
      204,
    );
    expect((await api("DELETE", `/stakeholder-groups/${group.id}`, ownerCookie)).statusCode).toBe(
      404,
    );
  });

  it("refuses to remove a group members score for, and changes nothing", async () => {
    const used = groups.find((g) => g.key === "residents")!;
    expect(
      (await api("PUT", "/membership/group", cookies[1]!, { groupId: used.id })).statusCode,
    ).toBe(204);
    const refused = await api("DELETE", `/stakeholder-groups/${used.id}`, ownerCookie);
    expect(refused.statusCode).toBe(409);
    expect(refused.headers["content-type"]).toContain("application/problem+json");
    expect(refused.json().code).toBe("group_in_use");
    const list = (await api("GET", "/stakeholder-groups", ownerCookie)).json().groups;
    expect(list.map((g: { id: string }) => g.id)).toContain(used.id);
  });

  it("members cannot edit the list; another workspace's group is not found", async () => {
    const member = await api("POST", "/stakeholder-groups", cookies[0]!, { name: "Kerken" });
    expect(member.statusCode).toBe(403);
    const stranger = await buildUser(t);
    const other = await buildWorkspace(t, stranger);
    const strangerCookie = await loginAs(t, stranger);
    const theirs = (
      await t.app.inject({
        method: "GET",
        url: `/api/v1/workspaces/${other.slug}/stakeholder-groups`,
        headers: { cookie: strangerCookie },
      })
    ).json().groups[0];
    const cross = await api("DELETE", `/stakeholder-groups/${theirs.id}`, ownerCookie);
    expect(cross.statusCode).toBe(404);
    const renameCross = await api("PATCH", `/stakeholder-groups/${theirs.id}`, ownerCookie, {
      name: "Overgenomen",
    });
    expect(renameCross.statusCode).toBe(404);
  });
});
