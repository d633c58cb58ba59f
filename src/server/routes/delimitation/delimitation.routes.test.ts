import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/app.ts";
import { addMember, buildUser, buildWorkspace, loginAs } from "../../../../test/factories.ts";

let t: TestApp;
let slug: string;
let ownerCookie: string;
const cookies: string[] = [];
let itemId: string;
let otherItemId: string;
let criteria: { id: string; key: string; versionId: string }[];
let groups: { id: string; key: string | null }[];

const api = (method: string, path: string, cookie: string, payload?: object) =>
  t.app.inject({
    method: method as "GET",
    url: `/api/v1/workspaces/${slug}${path}`,
    headers: { cookie },
    ...(payload ? { payload } : {}),
  });

beforeAll(async () => {
  t = await createTestApp();
  const owner = await buildUser(t);
  const workspace = await buildWorkspace(t, owner);
  slug = workspace.slug;
  ownerCookie = await loginAs(t, owner);
  for (let i = 0; i < 4; i++) {
    const user = await buildUser(t);
    await addMember(t, workspace, user, "member");
    cookies.push(await loginAs(t, user));
  }
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
    const shown = figures.result.groups.map((g: { group: string | null }) => g.group);
    expect(shown).toEqual([municipality.id]);
    expect(JSON.stringify(figures)).not.toContain(residents.id);
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

  it("a viewer can read the delimitation but not score", async () => {
    const viewer = await buildUser(t);
    const ws = (await api("GET", "", ownerCookie)).json().workspace;
    await addMember(t, ws, viewer, "viewer");
    const viewerCookie = await loginAs(t, viewer);
    expect((await api("GET", "/delimitation", viewerCookie)).statusCode).toBe(200);
    const score = await api("PUT", `/items/${itemId}/my-score`, viewerCookie, { answers: {} });
    expect(score.statusCode).toBe(403);
  });
});
