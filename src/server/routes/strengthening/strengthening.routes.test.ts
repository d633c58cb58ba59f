import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/app.ts";
import { buildTeam, type workspaceApi } from "../../../../test/factories.ts";

let t: TestApp;
let api: ReturnType<typeof workspaceApi>;
let ownerCookie: string;
let memberCookie: string;
let itemId: string;

beforeAll(async () => {
  t = await createTestApp();
  const team = await buildTeam(t, 1);
  ({ api, ownerCookie } = team);
  memberCookie = team.memberCookies[0]!;
  const item = await api("POST", "/items", ownerCookie, {
    name: "Burenhulp",
    kind: "activity",
    carriedBy: "volunteers",
    sphere: "communal",
  });
  itemId = item.json().id;
});
afterAll(() => t.close());

describe("strengthening", () => {
  it("shows default roles per sphere until the workspace chooses, and only editors choose", async () => {
    const before = (await api("GET", "/roles", memberCookie)).json();
    expect(before.spheres.map((s: { isDefault: boolean }) => s.isDefault)).toEqual([
      true,
      true,
      true,
    ]);
    const body = { roles: ["connect", "appreciate"], explanation: "Wij verbinden en waarderen." };
    expect((await api("PUT", "/roles/communal", memberCookie, body)).statusCode).toBe(403);
    const bad = await api("PUT", "/roles/communal", ownerCookie, {
      roles: ["rule"],
      explanation: "",
    });
    expect(bad.statusCode).toBe(400);
    const after = (await api("PUT", "/roles/communal", ownerCookie, body)).json();
    expect(after.spheres[1]).toEqual({ sphere: "communal", ...body, isDefault: false });
  });

  it("keeps an action plan with budgets per sphere, and refuses links to things that do not exist", async () => {
    const created = await api("POST", "/actions", ownerCookie, {
      title: "Vrijwilligerspunt uitbreiden",
      spheres: ["communal"],
      itemIds: [itemId],
      owner: "Welzijn Noord",
      budget: 25000,
      from: "2027-01",
      until: "2027-12",
      status: "planned",
    });
    expect(created.statusCode, created.body).toBe(201);
    await api("POST", "/actions", ownerCookie, {
      title: "Buurthuis open",
      spheres: ["institutional"],
      budget: 10000,
    });
    const unknown = await api("POST", "/actions", ownerCookie, {
      title: "x",
      itemIds: ["00000000-0000-4000-8000-000000000000"],
    });
    expect(unknown.statusCode).toBe(400);
    const plan = (await api("GET", "/actions", memberCookie)).json();
    expect(plan.actions).toHaveLength(2);
    expect(plan.budget.total).toBe(35000);
    expect(plan.budget.rows.find((r: { sphere: string }) => r.sphere === "communal").budget).toBe(
      25000,
    );
    const changed = await api("PUT", `/actions/${created.json().id}`, ownerCookie, {
      ...created.json(),
      id: undefined,
      updatedAt: undefined,
      status: "running",
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().status).toBe("running");
  });

  it("records indicator measurements and reads the trend in the indicator's direction", async () => {
    const indicator = await api("POST", "/indicators", ownerCookie, {
      name: "Inwoners die zich eenzaam voelen",
      unit: "%",
      direction: "lower_is_better",
      libraryKey: "loneliness",
    });
    expect(indicator.statusCode).toBe(201);
    const id = indicator.json().id;
    await api("POST", `/indicators/${id}/measurements`, ownerCookie, {
      date: "2025-06-01",
      value: 12,
    });
    const second = await api("POST", `/indicators/${id}/measurements`, ownerCookie, {
      date: "2026-06-01",
      value: 10.5,
    });
    expect(second.json()).toMatchObject({
      trend: "better",
      measurements: [{ value: 12 }, { value: 10.5 }],
    });
    const bad = await api("POST", `/indicators/${id}/measurements`, ownerCookie, {
      date: "2026-13-01",
      value: 1,
    });
    expect(bad.statusCode).toBe(400);
  });

  it("compares a snapshot with today in readable changes", async () => {
    const snapshot = await api("POST", "/snapshots", ownerCookie, { label: "Raadsvoorstel 2026" });
    expect(snapshot.statusCode).toBe(201);
    const id = snapshot.json().id;
    expect(
      (await api("GET", `/snapshots/compare?from=${id}`, memberCookie)).json().changes,
    ).toEqual([]);

    await api("PATCH", `/items/${itemId}`, ownerCookie, { sphere: "personal" });
    await api("PUT", "/roles/institutional", ownerCookie, {
      roles: ["fund"],
      explanation: "Alleen betalen.",
    });
    await api("POST", "/actions", ownerCookie, { title: "Nieuwe actie", budget: 500 });
    const changes = (await api("GET", `/snapshots/compare?from=${id}&to=now`, memberCookie)).json()
      .changes;
    expect(changes).toEqual([
      { kind: "item_moved", name: "Burenhulp", from: "communal", to: "personal" },
      {
        kind: "roles_changed",
        sphere: "institutional",
        added: [],
        removed: ["commission", "connect"],
        explanationChanged: true,
      },
      { kind: "action_added", title: "Nieuwe actie", status: "idea", budget: 500 },
    ]);
    const listed = (await api("GET", "/snapshots", memberCookie)).json().snapshots;
    expect(listed.map((s: { label: string }) => s.label)).toEqual(["Raadsvoorstel 2026"]);
  });

  it("keeps workspaces apart", async () => {
    const other = await buildTeam(t, 0);
    const snapshot = (await api("POST", "/snapshots", ownerCookie, { label: "Eigen" })).json();
    const foreign = await other.api(
      "GET",
      `/snapshots/compare?from=${snapshot.id}`,
      other.ownerCookie,
    );
    expect(foreign.statusCode).toBe(404);
    const plan = (await api("GET", "/actions", ownerCookie)).json();
    const del = await other.api("DELETE", `/actions/${plan.actions[0].id}`, other.ownerCookie);
    expect(del.statusCode).toBe(404);
  });
});
