import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/app.ts";
import { addMember, buildUser, buildWorkspace, loginAs } from "../../../../test/factories.ts";

let t: TestApp;
let cookie: string;
let memberCookie: string;

beforeAll(async () => {
  t = await createTestApp();
  const owner = await buildUser(t);
  cookie = await loginAs(t, owner);
  const member = await buildUser(t);
  memberCookie = await loginAs(t, member);
  (t as TestApp & { owner: typeof owner; member: typeof member }).owner = owner;
  (t as TestApp & { member: typeof member }).member = member;
});
afterAll(() => t.close());

async function newWorkspace() {
  const owner = (t as TestApp & { owner: { id: string; email: string } }).owner;
  return buildWorkspace(t, owner as never);
}

/** Encodes text as Windows-1252, the way Excel on Windows saves "CSV (gescheiden door lijstscheidingsteken)". */
function windows1252(text: string): Buffer {
  const special: Record<string, number> = { "€": 0x80, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94 };
  return Buffer.from([...text].map((ch) => special[ch] ?? ch.charCodeAt(0)));
}

const post = (slug: string, path: string, content: Buffer, as = cookie, mapping?: object) =>
  t.app.inject({
    method: "POST",
    url: `/api/v1/workspaces/${slug}${path}`,
    headers: { cookie: as },
    payload: { content: content.toString("base64"), ...(mapping ? { mapping } : {}) },
  });

const get = (slug: string, path: string) =>
  t.app.inject({ url: `/api/v1/workspaces/${slug}${path}`, headers: { cookie } });

const spreadsheet = [
  "naam;omschrijving;soort;sfeer;gebied;thema's;gedragen door;financiering;bereik;opmerking intern",
  "Café De Buurvrouw;Koffie, praatje en soms een maaltijd;plek;gemeenschappelijk;Centrum;ontmoeting, eenzaamheid;vrijwilligers;€ 500 subsidie;40 bezoekers",
  'Taalmaatjes;"Oefenen; samen ""praten""";rol;Persoonlijk;Noord, Zuid;participatie;gemengd;;',
  "Opbouwwerker;Verbindt bewoners;rol;institutioneel;Noord;;professionals;Welzijnsbudget;",
].join("\r\n");

describe("import", () => {
  it("reads a semicolon Windows-1252 file with accents, previews it, and imports it intact", async () => {
    const workspace = await newWorkspace();
    const file = windows1252(spreadsheet);
    const preview = await post(workspace.slug, "/imports/preview", file);
    expect(preview.statusCode, preview.body).toBe(200);
    const p = preview.json();
    expect(p).toMatchObject({
      format: "csv",
      encoding: "windows-1252",
      delimiter: ";",
      itemCount: 3,
    });
    expect(p.unknownColumns).toEqual([{ index: 9, header: "opmerking intern" }]);
    expect(p.newAreas.sort()).toEqual(["Centrum", "Noord", "Zuid"]);
    expect(p.problems).toEqual([]);
    expect(p.items[1].description).toBe('Oefenen; samen "praten"');
    expect(await countItems(workspace.slug)).toBe(0);

    const imported = await post(workspace.slug, "/imports", file);
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json()).toEqual({ created: 3, areasCreated: 3 });
    const list = (await get(workspace.slug, "/items?sort=name")).json().items;
    expect(list.map((i: { name: string }) => i.name)).toEqual([
      "Café De Buurvrouw",
      "Opbouwwerker",
      "Taalmaatjes",
    ]);
    expect(list[0]).toMatchObject({
      sphere: "communal",
      kind: "place",
      funding: "€ 500 subsidie",
      themes: ["meeting", "loneliness"],
    });
    const history = (await get(workspace.slug, `/items/${list[0].id}/history`)).json().changes;
    expect(history[0].action).toBe("imported");

    const again = await post(workspace.slug, "/imports/preview", file);
    expect(again.json().duplicates.map((d: { line: number }) => d.line)).toEqual([2, 3, 4]);
  });

  it("refuses a file with any bad row whole, listing every problem by line", async () => {
    const workspace = await newWorkspace();
    const lines = ["name,sphere,kind"];
    for (let line = 2; line <= 13; line++) {
      if (line === 7) lines.push(",communal,activity");
      else if (line === 12) lines.push("Hemelse hulp,hemel,activity");
      else lines.push(`Item ${line},personal,activity`);
    }
    const file = Buffer.from(lines.join("\n"), "utf8");
    const response = await post(workspace.slug, "/imports", file);
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe("import_invalid");
    expect(response.json().errors.map((e: { message: string }) => e.message)).toEqual([
      "regel 7: naam ontbreekt",
      "regel 12: onbekende sfeer 'hemel' (kies persoonlijk, gemeenschappelijk of institutioneel, of laat leeg)",
    ]);
    expect(await countItems(workspace.slug)).toBe(0);
    expect((await get(workspace.slug, "/areas")).json().areas).toEqual([]);
  });

  it("recognises English headers in any order and lets the user map columns", async () => {
    const workspace = await newWorkspace();
    const file = Buffer.from(
      "\uFEFFReach,Carried by,Name,Sphere\r\n10,volunteers,Litter pickers,Communal\r\n",
      "utf8",
    );
    const preview = (await post(workspace.slug, "/imports/preview", file)).json();
    expect(preview.items[0]).toMatchObject({
      name: "Litter pickers",
      sphere: "communal",
      reach: "10",
    });
    const remapped = (
      await post(workspace.slug, "/imports/preview", file, cookie, { name: 0, reach: 2 })
    ).json();
    expect(remapped.items[0]).toMatchObject({ name: "10", reach: "Litter pickers" });
  });

  it("refuses a file it cannot read, and a member may not import", async () => {
    const workspace = await newWorkspace();
    const binary = Buffer.from([0x00, 0x01, 0x02, 0xff]);
    const unreadable = await post(workspace.slug, "/imports/preview", binary);
    expect(unreadable.statusCode).toBe(400);
    expect(unreadable.json().code).toBe("import_unreadable");
    const noNameColumn = await post(workspace.slug, "/imports", Buffer.from("foo;bar\n1;2\n"));
    expect(noNameColumn.json().code).toBe("import_unreadable");
    const member = (t as TestApp & { member: { id: string } }).member;
    await addMember(t, workspace, member as never, "member");
    const forbidden = await post(
      workspace.slug,
      "/imports",
      Buffer.from(spreadsheet),
      memberCookie,
    );
    expect(forbidden.statusCode).toBe(403);
  });
});

describe("export", () => {
  it("neutralises formulas in CSV and still round-trips; odd workspace names still give XLSX", async () => {
    const owner = (t as TestApp & { owner: { id: string } }).owner;
    const odd = await buildWorkspace(t, owner as never, { name: "'t Veld: Wijk/Buurt [oud]" });
    const file = Buffer.from('naam;bereik\n=HYPERLINK("http://evil.test");-5 per week\n', "utf8");
    expect((await post(odd.slug, "/imports", file)).statusCode).toBe(201);
    const csv = await get(odd.slug, "/export?format=csv");
    expect(csv.body).toContain(`"'=HYPERLINK(""http://evil.test"")"`);
    expect(csv.body).toContain("'-5 per week");
    const target = await newWorkspace();
    await post(target.slug, "/imports", csv.rawPayload);
    const names = (await get(target.slug, "/items")).json().items;
    expect(names[0]).toMatchObject({
      name: '=HYPERLINK("http://evil.test")',
      reach: "-5 per week",
    });
    const xlsx = await get(odd.slug, "/export?format=xlsx");
    expect(xlsx.statusCode).toBe(200);
  });

  it("exports CSV and XLSX that import back to the same items", async () => {
    const source = await newWorkspace();
    await post(source.slug, "/imports", windows1252(spreadsheet));
    const csv = await get(source.slug, "/export?format=csv");
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.body.startsWith("\uFEFFnaam;omschrijving")).toBe(true);
    const xlsx = await get(source.slug, "/export?format=xlsx");
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe("PK");

    for (const file of [csv.rawPayload, xlsx.rawPayload]) {
      const target = await newWorkspace();
      const imported = await post(target.slug, "/imports", file);
      expect(imported.statusCode, imported.body).toBe(201);
      const again = await get(target.slug, "/export?format=csv");
      expect(again.body).toBe(csv.body);
    }
  });
});

async function countItems(slug: string): Promise<number> {
  return (await get(slug, "/items")).json().total;
}
