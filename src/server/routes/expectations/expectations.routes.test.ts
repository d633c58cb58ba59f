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
const memberCookies: string[] = [];
let volunteerItem: string;

let api: ReturnType<typeof workspaceApi>;

beforeAll(async () => {
  t = await createTestApp();
  const team = await buildTeam(t, 3);
  _slug = team.workspace.slug;
  ({ api, ownerCookie } = team);
  memberCookies.push(...team.memberCookies);
  volunteerItem = (
    await api("POST", "/items", ownerCookie, {
      name: "Burenhulp",
      kind: "network",
      carriedBy: "volunteers",
      sphere: "personal",
    })
  ).json().id;
});
afterAll(() => t.close());

describe("expectations", () => {
  it("every workspace has the nine national sources, with their pages", async () => {
    const list = (await api("GET", "/expectations", ownerCookie)).json().expectations;
    const national = list.filter((e: { nationalKey: string | null }) => e.nationalKey);
    expect(national).toHaveLength(9);
    const wozo = national.find((e: { nationalKey: string }) => e.nationalKey === "wozo");
    expect(wozo.national.expects.pages.length).toBeGreaterThan(0);
    expect(wozo.national.expects.nl).toBeTruthy();
    expect(wozo.national.expects.en).toBeTruthy();
    // Reading the list twice does not add the library twice.
    const again = (await api("GET", "/expectations", ownerCookie)).json().expectations;
    expect(again).toHaveLength(list.length);
  });

  it("an editor adds a local expectation linked to an item; a foreign item is refused", async () => {
    const created = await api("POST", "/expectations", ownerCookie, {
      title: "Coalitieakkoord: iedereen doet mee",
      source: "Coalitieakkoord 2026-2030",
      page: "12",
      expects: "Buren helpen elkaar zodat ouderen langer thuis wonen.",
      purpose: "Minder vraag naar formele zorg.",
      themes: ["elderly"],
      forces: ["pyramid_layer"],
      relievesFormalCare: true,
      itemIds: [volunteerItem],
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ nationalKey: null, itemIds: [volunteerItem] });

    const foreign = await api("POST", "/expectations", ownerCookie, {
      title: "X",
      expects: "Y",
      itemIds: ["00000000-0000-4000-8000-000000000000"],
    });
    expect(foreign.statusCode).toBe(400);
    const count = (await api("GET", "/expectations", ownerCookie)).json().expectations.length;
    expect(count).toBe(10);
  });

  it("a national expectation takes links but keeps its texts; it cannot be removed", async () => {
    const list = (await api("GET", "/expectations", ownerCookie)).json().expectations;
    const iza = list.find((e: { nationalKey: string | null }) => e.nationalKey === "iza");
    const linked = await api("PATCH", `/expectations/${iza.id}`, ownerCookie, {
      itemIds: [volunteerItem],
      spheres: ["personal"],
    });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().itemIds).toEqual([volunteerItem]);
    const retitled = await api("PATCH", `/expectations/${iza.id}`, ownerCookie, { title: "X" });
    expect(retitled.statusCode).toBe(400);
    expect((await api("DELETE", `/expectations/${iza.id}`, ownerCookie)).statusCode).toBe(400);
  });

  it("members rate realism; the aggregate follows scoring's rules; viewers cannot rate", async () => {
    const list = (await api("GET", "/expectations", ownerCookie)).json().expectations;
    const target = list.find((e: { nationalKey: string | null }) => e.nationalKey === "iza");
    for (const [i, cookie] of memberCookies.entries()) {
      const rated = await api("PUT", `/expectations/${target.id}/my-rating`, cookie, {
        rating: i < 2 ? "unrealistic" : "partly",
        needed: i === 0 ? "Betaalde ondersteuning van vrijwilligers" : "",
      });
      expect(rated.statusCode, rated.body).toBe(200);
    }
    const view = (await api("GET", `/expectations/${target.id}`, memberCookies[0]!)).json();
    expect(view.realism).toMatchObject({ n: 3, ratedUnrealisticByMost: true });
    expect(view.needed).toEqual(["Betaalde ondersteuning van vrijwilligers"]);
    expect(view.myRating).toEqual({
      rating: "unrealistic",
      needed: "Betaalde ondersteuning van vrijwilligers",
    });

    const viewer = await buildUser(t);
    const ws = (await api("GET", "", ownerCookie)).json().workspace;
    await addMember(t, ws, viewer, "viewer");
    const viewerCookie = await loginAs(t, viewer);
    const refused = await api("PUT", `/expectations/${target.id}/my-rating`, viewerCookie, {
      rating: "realistic",
    });
    expect(refused.statusCode).toBe(403);
  });

  it("the load analysis warns where the data says so", async () => {
    const load = (await api("GET", "/expectations/load", ownerCookie)).json();
    const codes = load.warnings.map((w: { code: string }) => w.code);
    expect(codes).toContain("rated_unrealistic_by_most");
    expect(codes).toContain("formal_care_relief_mainly_personal");
    expect(codes).toContain("sphere_with_few_items");
    const column = load.items.items.find((i: { itemId: string }) => i.itemId === volunteerItem);
    expect(column.expectations).toBe(2);
  });

  it("another workspace's expectation is not found", async () => {
    const stranger = await buildUser(t);
    const other = await buildWorkspace(t, stranger);
    const strangerCookie = await loginAs(t, stranger);
    const theirs = (
      await t.app.inject({
        method: "GET",
        url: `/api/v1/workspaces/${other.slug}/expectations`,
        headers: { cookie: strangerCookie },
      })
    ).json().expectations[0];
    expect((await api("GET", `/expectations/${theirs.id}`, ownerCookie)).statusCode).toBe(404);
    expect(
      (await api("PATCH", `/expectations/${theirs.id}`, ownerCookie, { spheres: [] })).statusCode,
    ).toBe(404);
    expect(
      (
        await api("PUT", `/expectations/${theirs.id}/my-rating`, ownerCookie, {
          rating: "realistic",
        })
      ).statusCode,
    ).toBe(404);
  });
});
