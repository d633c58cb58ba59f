import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { addMember, buildUser, loginAs } from "../../../test/factories.ts";
import {
  buildReportWorkspace,
  secretComment,
  secretNickname,
} from "../../../test/report-workspace.ts";
import type { Report } from "../../domain/reports/index.ts";

let t: TestApp;
let w: Awaited<ReturnType<typeof buildReportWorkspace>>;
let viewerCookie: string;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildReportWorkspace(t);
  const viewer = await buildUser(t);
  await addMember(t, w.workspace, viewer, "viewer");
  viewerCookie = await loginAs(t, viewer);
}, 120_000);
afterAll(() => t.close());

const download = (query: string, cookie = viewerCookie) =>
  w.api("GET", `/report/download?${query}`, cookie);

async function model(query = ""): Promise<Report> {
  const response = await w.api("GET", `/report${query ? `?${query}` : ""}`, viewerCookie);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** Every text a renderer could show, to check what is never in a report. */
function forbiddenIn(text: string) {
  expect(text).not.toContain(secretComment);
  expect(text).not.toContain(secretNickname);
  expect(text).not.toMatch(/@example\.org/);
}

describe("the report model", () => {
  it("holds every current item with outcome, decision and reason, and pools groups under 3", async () => {
    const report = await model();
    expect(report.items.map((i) => i.name)).toEqual([
      '=HYPERLINK("http://example.org";"klik")',
      "Burenhulp",
      "Buurthuis De Kom",
      "Buurtmaaltijd Noord",
      "Welzijn Noord",
    ]);
    const meal = report.items.find((i) => i.id === w.items.meal.id)!;
    expect(meal.decision).toMatchObject({
      decision: "in",
      reason: expect.stringContaining("vrijwilligers"),
    });
    // Six members and three session participants scored it.
    expect(meal.figures?.scorers).toBe(9);
    expect(report.scorers).toBe(9);
    // Residents: 2 members + 3 participants = 5, shown; municipality 3, shown; 1 without a group
    // is pooled with... nobody else, so the pool (1) is not shown, and the smallest shown group
    // joins it so the total minus the shown groups reveals no one.
    for (const item of report.items) {
      for (const g of item.groups) expect(g.scorers).toBeGreaterThanOrEqual(3);
    }
    const house = report.items.find((i) => i.id === w.items.house.id)!;
    // Members only: municipality 3, residents 2, none 1 → residents never on their own.
    expect(house.groups.map((g) => g.group?.key ?? (g.pooled ? "pool" : null))).toEqual([
      "municipality",
      "pool",
    ]);
    expect(house.groups.find((g) => g.pooled)?.scorers).toBe(3);
    forbiddenIn(JSON.stringify(report));
  });

  it("counts only one session's votes when asked, and 404s an unknown session", async () => {
    const report = await model(`session=${w.session.id}`);
    expect(report.session).toMatchObject({ title: "Wijkavond Noord", date: "2026-03-12" });
    expect(report.scorers).toBe(3);
    const meal = report.items.find((i) => i.id === w.items.meal.id)!;
    expect(meal.figures).toMatchObject({ scorers: 3, degree: 1, outcome: "rather_in" });
    expect(report.items.find((i) => i.id === w.items.house.id)!.figures).toBeNull();
    const missing = await w.api(
      "GET",
      "/report?session=00000000-0000-4000-8000-000000000000",
      viewerCookie,
    );
    expect(missing.statusCode).toBe(404);
    expect(missing.headers["content-type"]).toContain("application/problem+json");
  });

  it("is made from a snapshot, and compares today with it", async () => {
    const fromSnapshot = await model(`snapshot=${w.snapshot.id}`);
    expect(fromSnapshot.source).toMatchObject({ kind: "snapshot", label: "Raadsvoorstel 2026" });
    expect(fromSnapshot.items.find((i) => i.id === w.items.house.id)!.sphere).toBe("institutional");
    expect(fromSnapshot.actions).toHaveLength(1);
    const compared = await model(`compare=${w.snapshot.id}`);
    expect(compared.comparison?.changes.map((c) => c.kind)).toEqual(
      expect.arrayContaining(["item_moved", "action_added"]),
    );
  });
});

describe("Word", () => {
  it("has real heading styles, every item, the groups table and the indicator chart", async () => {
    const response = await download("format=docx&language=nl");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("wordprocessingml");
    expect(response.headers["content-disposition"]).toContain(
      `onze-sociale-basis-${w.workspace.slug}.docx`,
    );
    const zip = await JSZip.loadAsync(response.rawPayload);
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain('w:val="Title"');
    expect(xml).toContain('w:val="Heading1"');
    expect(xml).toContain('w:val="Heading2"');
    expect(xml).toContain(`Onze sociale basis — ${w.workspace.name}`);
    for (const name of ["Buurtmaaltijd Noord", "Buurthuis De Kom", "Welzijn Noord", "Burenhulp"]) {
      expect(xml).toContain(name);
    }
    expect(xml).toContain("Iedereen welkom, draait op vrijwilligers.");
    expect(xml).toContain("Waar de meningen het meest uiteenliepen");
    expect(xml).toContain("kleinere groepen samen");
    expect(xml).toContain("Vrijwilligerspunt uitbreiden");
    expect(xml).toContain("<w:tblHeader/>");
    const media = Object.keys(zip.files).filter((f) => f.startsWith("word/media/"));
    expect(media.some((f) => f.endsWith(".svg"))).toBe(true);
    expect(media.some((f) => f.endsWith(".png"))).toBe(true);
    forbiddenIn(xml);
  });

  it("is in English when asked", async () => {
    const response = await download("format=docx&language=en");
    const zip = await JSZip.loadAsync(response.rawPayload);
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain(`Our social base — ${w.workspace.name}`);
    expect(xml).toContain("Where views differed most");
  });
});

describe("Excel and CSV", () => {
  it("has a sheet per entity, items first, with a header row and an autofilter", async () => {
    const response = await download("format=xlsx&language=nl");
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Ingrediënten",
      "Scores",
      "Besluiten",
      "Verwachtingen",
      "Acties",
      "Indicatoren",
    ]);
    for (const sheet of workbook.worksheets) {
      expect(sheet.autoFilter).toBeTruthy();
      expect(sheet.getRow(1).font?.bold).toBe(true);
    }
    const items = workbook.getWorksheet("Ingrediënten")!;
    expect(items.getRow(1).getCell(1).text).toBe("naam");
    expect(items.rowCount).toBe(6);
    const scores = workbook.getWorksheet("Scores")!;
    const groupsShown = new Set<string>();
    scores.eachRow((row, n) => {
      if (n > 1) groupsShown.add(row.getCell(2).text);
    });
    expect(groupsShown).toContain("inwoners");
    expect(groupsShown).toContain("kleinere groepen samen");
    const indicators = workbook.getWorksheet("Indicatoren")!;
    expect(indicators.getRow(3).getCell(6).value).toBe(135.5);
    forbiddenIn(JSON.stringify(workbook.worksheets.map((s) => s.getSheetValues())));
  });

  it("writes CSV per entity, neutralises formulas, and the items CSV imports back", async () => {
    const items = await download("format=csv&entity=items");
    expect(items.headers["content-type"]).toContain("text/csv");
    expect(items.body).toContain(`'=HYPERLINK`);
    const preview = await w.api("POST", "/imports/preview", w.ownerCookie, {
      content: Buffer.from(items.rawPayload).toString("base64"),
    });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().problems).toEqual([]);
    expect(preview.json().itemCount).toBe(5);
    expect(preview.json().items.map((i: { name: string }) => i.name)).toContain(
      '=HYPERLINK("http://example.org";"klik")',
    );
    for (const entity of ["scores", "decisions", "expectations", "actions", "indicators"]) {
      const response = await download(`format=csv&entity=${entity}&language=nl`);
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-disposition"]).toContain(
        `${entity}-${w.workspace.slug}.csv`,
      );
      forbiddenIn(response.body);
    }
    const indicators = await download("format=csv&entity=indicators&language=nl");
    expect(indicators.body).toContain("135,5");
  });
});

describe("open data", () => {
  it("validates against the HSDS 3.0 JSON Schema and publishes nothing that is not fit to", async () => {
    const response = await download("format=hsds&language=nl");
    expect(response.statusCode).toBe(200);
    const services = response.json() as Record<string, unknown>[];

    const dir = fileURLToPath(new URL("../../../test/fixtures/hsds-3.0/", import.meta.url));
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".json"))) {
      ajv.addSchema(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")), file);
    }
    // Entities we never publish are not vendored; `false` makes any use of them fail.
    for (const never of [
      "phone.json",
      "schedule.json",
      "language.json",
      "cost_option.json",
      "program.json",
      "required_document.json",
      "contact.json",
      "address.json",
      "accessibility.json",
      "organization_identifier.json",
    ]) {
      ajv.addSchema(false, never);
    }
    const validate = ajv.compile({ type: "array", items: { $ref: "service.json" } });
    const valid = validate(services);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    // The schema really bites: a wrong status, a missing name or a phone (never published) fail.
    expect(validate([{ ...services[0], status: "open" }])).toBe(false);
    expect(validate([{ id: services[0]!.id, status: "active" }])).toBe(false);
    expect(validate([{ ...services[0], phones: [{ id: services[0]!.id, number: "1" }] }])).toBe(
      false,
    );

    expect(services).toHaveLength(5);
    const byId = new Map(services.map((s) => [s.id, s]));
    const meal = byId.get(w.items.meal.id)!;
    expect(meal).toMatchObject({ name: "Buurtmaaltijd Noord", status: "active" });
    expect(meal.service_areas).toEqual([
      expect.objectContaining({ name: "Noord", description: "Wijk, CBS-code WK036301" }),
    ]);
    const themes = (meal.attributes as { link_type: string; taxonomy_term: { code: string } }[])
      .filter((a) => a.link_type === "themes")
      .map((a) => a.taxonomy_term.code);
    expect(themes).toEqual(["meeting", "loneliness", "Samen koken"]);
    expect(byId.get(w.items.welfare.id)!.organization).toMatchObject({ name: "Welzijn Noord" });
    expect(
      (byId.get(w.items.house.id)!.service_at_locations as { location: { name: string } }[])[0]!
        .location.name,
    ).toBe("Buurthuis De Kom");
    const text = response.body;
    forbiddenIn(text);
    expect(text).not.toMatch(/degree|scorers|decision|reason|comment/);
    // Stable ids: the same file twice.
    expect((await download("format=hsds&language=nl")).body).toBe(text);
  });
});

describe("downloads and the backup", () => {
  it("lets viewers download, only owners back up, and outsiders get 404", async () => {
    expect((await download("format=json")).statusCode).toBe(200);
    expect((await w.api("GET", "/backup", viewerCookie)).statusCode).toBe(403);
    expect((await w.api("GET", "/backup", w.memberCookies[0]!)).statusCode).toBe(403);
    const backup = await w.api("GET", "/backup", w.ownerCookie);
    expect(backup.statusCode).toBe(200);
    expect(backup.headers["content-disposition"]).toContain(`backup-${w.workspace.slug}-`);
    expect(backup.json()).toMatchObject({ format: "sociale-basis-backup", formatVersion: 1 });
    expect(backup.body).not.toContain("password");
    const outsider = await loginAs(t, await buildUser(t));
    expect((await download("format=docx", outsider)).statusCode).toBe(404);
    const bad = await download("format=pdf");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe("validation_failed");
  });
});
