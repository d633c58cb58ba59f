import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { buildReportWorkspace } from "../../../test/report-workspace.ts";

/**
 * The small-group rule as each export renders it, not only in the report model: in the report
 * workspace, "Buurthuis De Kom" was scored by 3 of the municipality, 2 residents and 1 without a
 * group, so the residents (2) must never appear as a row of their own, and no group row may
 * count fewer than 3 people, in CSV, Excel or Word.
 */
let t: TestApp;
let w: Awaited<ReturnType<typeof buildReportWorkspace>>;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildReportWorkspace(t);
}, 120_000);
afterAll(() => t.close());

const house = "Buurthuis De Kom";
const everyone = "Alle deelnemers";

const download = (query: string) => w.api("GET", `/report/download?${query}`, w.ownerCookie);

/** [item, group, scorers] of every group row (not the "everyone" row). */
function expectOnlyLargeGroups(rows: [string, string, number][], label: string) {
  const groupRows = rows.filter(([, group]) => group !== everyone);
  expect(groupRows.length, label).toBeGreaterThan(0);
  for (const [item, group, scorers] of groupRows) {
    expect(scorers, `${label}: ${item} / ${group}`).toBeGreaterThanOrEqual(3);
  }
  const ofHouse = groupRows.filter(([item]) => item === house).map(([, group]) => group);
  expect(ofHouse, label).toEqual(["gemeente", "kleinere groepen samen"]);
}

describe("groups of fewer than 3 in the exports", () => {
  it("the scores CSV has no row for a small group", async () => {
    const response = await download("format=csv&entity=scores&language=nl");
    expect(response.statusCode).toBe(200);
    const lines = response.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/)
      .slice(1);
    const rows = lines.map((line) => {
      const [item, group, scorers] = line.split(";").map((cell) => cell.replace(/^"|"$/g, ""));
      return [item!, group!, Number(scorers)] as [string, string, number];
    });
    expectOnlyLargeGroups(rows, "csv");
  });

  it("the Excel scores sheet has no row for a small group", async () => {
    const response = await download("format=xlsx&language=nl");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets.find((s) => /score/i.test(s.name))!;
    expect(sheet, workbook.worksheets.map((s) => s.name).join(", ")).toBeDefined();
    const rows: [string, string, number][] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) rows.push([row.getCell(1).text, row.getCell(2).text, Number(row.getCell(3).text)]);
    });
    expectOnlyLargeGroups(rows, "xlsx");
  });

  it("the Word report's group tables have no row for a small group", async () => {
    const response = await download("format=docx&language=nl");
    const zip = await JSZip.loadAsync(response.rawPayload);
    const xml = await zip.file("word/document.xml")!.async("string");
    const text = (fragment: string) =>
      [...fragment.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
    const rows: [string, string, number][] = [];
    // Each group table follows its caption "<item>: uitkomst per groep".
    for (const match of xml.matchAll(/<w:p\b(?:(?!<w:p\b).)*?: uitkomst per groep.*?<\/w:p>/gs)) {
      const item = text(match[0]).replace(/: uitkomst per groep$/, "");
      const table = xml.slice(match.index! + match[0].length).match(/<w:tbl>.*?<\/w:tbl>/s)![0];
      const tableRows = [...table.matchAll(/<w:tr\b.*?<\/w:tr>/gs)].slice(1);
      for (const row of tableRows) {
        const cells = [...row[0].matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((c) => text(c[0]));
        rows.push([item, cells[0]!, Number(cells[1])]);
      }
    }
    expect(rows.some(([item]) => item === house)).toBe(true);
    expectOnlyLargeGroups(rows, "docx");
  });
});
