import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import type { TestApp } from "./app.ts";
import { buildTeam } from "./factories.ts";

/** A comment and a nickname that must never appear in a report or in open data. */
export const secretComment = "Geheime toelichting over mevrouw Jansen";
export const secretNickname = "Fatima uit de Vogelbuurt";

/**
 * A workspace with something in every part, for the report and backup tests: items (one named
 * like a spreadsheet formula) in areas and themes, scores by six members (3 municipality, 2
 * residents, 1 without a group: the residents are never shown on their own), decisions with
 * reasons, expectations with links and realism, roles, an action plan, an indicator with
 * measurements, a snapshot with changes after it, and a live session with three participants'
 * votes.
 */
export async function buildReportWorkspace(t: TestApp) {
  const team = await buildTeam(t, 6);
  const { api, ownerCookie, memberCookies, workspace } = team;
  const call = async (method: string, path: string, cookie: string, body?: object) => {
    const response = await api(method, path, cookie, body);
    if (response.statusCode >= 300) {
      throw new Error(`${method} ${path}: ${response.statusCode} ${response.body}`);
    }
    return response.statusCode === 204 ? null : response.json();
  };

  const noord = await call("POST", "/areas", ownerCookie, {
    name: "Noord",
    kind: "wijk",
    cbsCode: "WK036301",
  });
  const dorp = await call("POST", "/areas", ownerCookie, { name: "Oosterwolde", kind: "dorp" });
  const item = (body: object) => call("POST", "/items", ownerCookie, body);
  const items = {
    meal: await item({
      name: "Buurtmaaltijd Noord",
      description: "Elke donderdag samen eten in het buurthuis.",
      kind: "activity",
      carriedBy: "volunteers",
      sphere: "communal",
      themes: ["meeting", "loneliness", "Samen koken"],
      areaIds: [noord.id],
      funding: "Subsidie gemeente",
      reach: "40 bezoekers per week",
    }),
    house: await item({
      name: "Buurthuis De Kom",
      kind: "place",
      carriedBy: "mixed",
      sphere: "institutional",
      areaIds: [noord.id, dorp.id],
    }),
    welfare: await item({
      name: "Welzijn Noord",
      description: "Welzijnsorganisatie met opbouwwerk en vrijwilligerspunt.",
      kind: "organisation",
      carriedBy: "professionals",
      sphere: "institutional",
    }),
    formula: await item({
      name: '=HYPERLINK("http://example.org";"klik")',
      kind: "activity",
      carriedBy: "volunteers",
    }),
    neighbours: await item({
      name: "Burenhulp",
      kind: "network",
      carriedBy: "volunteers",
      sphere: "personal",
      themes: ["informal_care"],
    }),
  };

  const criteria: { versionId: string }[] = (await call("GET", "/criteria", ownerCookie)).criteria;
  const groups: { id: string; key: string | null }[] = (
    await call("GET", "/stakeholder-groups", ownerCookie)
  ).groups;
  const group = (key: string) => groups.find((g) => g.key === key)!.id;
  const answers = (pick: (i: number) => string) =>
    Object.fromEntries(criteria.map((c, i) => [c.versionId, pick(i)]));
  const memberGroups = [
    group("municipality"),
    group("municipality"),
    group("municipality"),
    group("residents"),
    group("residents"),
    null,
  ];
  for (const [i, cookie] of memberCookies.entries()) {
    await call("PUT", "/membership/group", cookie, { groupId: memberGroups[i] });
    for (const [j, target] of [
      items.meal,
      items.house,
      items.welfare,
      items.neighbours,
    ].entries()) {
      const scale = ["no", "partly", "yes"];
      await call("PUT", `/items/${target.id}/my-score`, cookie, {
        answers: answers((k) => scale[(i + j + k) % 3]!),
        overall: ["rather_not", "doubt", "rather_yes"][(i + j) % 3],
        sphere: ["personal", "communal", "institutional"][(i * j) % 3],
        comment: i === 0 ? secretComment : "",
      });
    }
  }
  await call("POST", `/items/${items.meal.id}/decisions`, ownerCookie, {
    decision: "in",
    reason: "Iedereen welkom, draait op vrijwilligers.",
  });
  await call("POST", `/items/${items.welfare.id}/decisions`, ownerCookie, {
    decision: "edge",
    reason: "Professioneel, maar laagdrempelig.",
  });

  const expectations: { id: string; nationalKey: string | null }[] = await call(
    "GET",
    "/expectations",
    ownerCookie,
  ).then((r) => r.expectations ?? r);
  const national = expectations.find((e) => e.nationalKey === "mantelzorgagenda")!;
  await call("PATCH", `/expectations/${national.id}`, ownerCookie, {
    itemIds: [items.neighbours.id, items.meal.id],
  });
  for (const [i, cookie] of memberCookies.entries()) {
    await call("PUT", `/expectations/${national.id}/my-rating`, cookie, {
      rating: i < 4 ? "unrealistic" : "partly",
      needed: i === 0 ? secretComment : "",
    });
  }
  await call("POST", "/expectations", ownerCookie, {
    title: "Coalitieakkoord: iedereen doet mee",
    source: "Coalitieakkoord 2026",
    page: "12",
    expects: "Meer inwoners actief als vrijwilliger.",
    purpose: "Eenzaamheid verminderen.",
    themes: ["participation"],
    spheres: ["communal"],
    itemIds: [items.meal.id],
  });

  await call("PUT", "/roles/communal", ownerCookie, {
    roles: ["facilitate", "appreciate"],
    explanation: "Wij geven ruimte en waarderen wat bewoners doen.",
  });
  const indicator = await call("POST", "/indicators", ownerCookie, {
    name: "Actieve vrijwilligers",
    unit: "vrijwilligers",
    direction: "higher_is_better",
    source: "Vrijwilligerspunt",
  });
  for (const [date, value] of [
    ["2025-01-01", 120],
    ["2025-07-01", 135.5],
    ["2026-01-01", 150],
  ] as const) {
    await call("POST", `/indicators/${indicator.id}/measurements`, ownerCookie, { date, value });
  }
  await call("POST", "/actions", ownerCookie, {
    title: "Vrijwilligerspunt uitbreiden",
    spheres: ["communal"],
    itemIds: [items.meal.id],
    indicatorIds: [indicator.id],
    owner: "Welzijn Noord",
    budget: 25000,
    from: "2026-01",
    until: "2026-12",
    status: "planned",
  });
  const snapshot = await call("POST", "/snapshots", ownerCookie, { label: "Raadsvoorstel 2026" });
  await call("PATCH", `/items/${items.house.id}`, ownerCookie, { sphere: "communal" });
  await call("POST", "/actions", ownerCookie, {
    title: "Buurthuis langer open",
    spheres: ["institutional"],
    budget: 10000,
    status: "idea",
  });

  // A live session whose three participants scored the meal (written as the vote writer would).
  const session = await call("POST", "/sessions", ownerCookie, {
    title: "Wijkavond Noord",
    date: "2026-03-12",
    itemIds: [items.meal.id],
  });
  const { db } = t.database;
  for (let i = 0; i < 3; i++) {
    const participant = `00000000-0000-4000-8000-00000000000${i + 1}`;
    await db.execute(sql`insert into live_participants (id, session_id, token_hash, stakeholder_group_id, nickname)
      values (${participant}, ${session.id}, ${randomBytes(16).toString("hex")}, ${group("residents")}, ${i === 0 ? secretNickname : ""})`);
    const [score] = (
      (await db.execute(sql`insert into scores (workspace_id, item_id, participant_id, session_id, stakeholder_group_id, overall)
        values (${workspace.id}, ${items.meal.id}, ${participant}, ${session.id}, ${group("residents")}, 'rather_yes') returning id`)) as unknown as {
        rows: { id: string }[];
      }
    ).rows;
    for (const c of criteria) {
      await db.execute(sql`insert into score_answers (score_id, criterion_version_id, answer)
        values (${score!.id}, ${c.versionId}, 'yes')`);
    }
  }
  return { ...team, items, indicator, snapshot, session, national, groups };
}
