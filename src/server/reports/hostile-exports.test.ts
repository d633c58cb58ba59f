import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { buildUser } from "../../../test/factories.ts";
import {
  formulaNames,
  type HostileWorkspace,
  seedHostileWorkspace,
  xssPayloads,
} from "../../../test/hostile-workspace.ts";
import { parseCsv } from "../../domain/import/index.ts";
import { reportEntities } from "../../domain/reports/index.ts";
import { neutraliseFormula } from "../modules/imports/spreadsheet.ts";

let t: TestApp;
let w: HostileWorkspace;

beforeAll(async () => {
  t = await createTestApp();
  const address = await t.app.listen({ port: 0, host: "127.0.0.1" });
  const owner = await buildUser(t);
  w = await seedHostileWorkspace(address, owner);
}, 120_000);
afterAll(() => t.close());

async function download(path: string): Promise<{ body: Buffer; type: string }> {
  const response = await t.app.inject({
    url: `/api/v1/workspaces/${w.slug}${path}`,
    headers: { cookie: w.ownerCookie },
  });
  expect(response.statusCode, `${path}: ${response.body.slice(0, 300)}`).toBe(200);
  return { body: response.rawPayload, type: String(response.headers["content-type"]) };
}

/** The markup of each payload, which must never be in an XML part as markup. */
const rawMarkup = [
  "<img src=x",
  "<svg onload",
  "<script>",
  "<iframe src=x>",
  'Target="javascript:',
  "HYPERLINK javascript:",
];

/** Every text part of an Office file (XML, relationships, SVG charts), by name. */
async function xmlParts(file: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(file);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    if (/\.(xml|rels|svg)$/.test(name)) parts.set(name, await zip.file(name)!.async("string"));
  }
  return parts;
}

function expectEscaped(parts: Map<string, string>, label: string) {
  expect(parts.size, label).toBeGreaterThan(3);
  for (const [name, xml] of parts) {
    for (const markup of rawMarkup) expect(xml, `${label} ${name}`).not.toContain(markup);
    // A javascript: link target in any relationship or hyperlink field.
    expect(xml, `${label} ${name}`).not.toMatch(/(Target|r:id|w:dest|location)="\s*javascript:/i);
  }
  const all = [...parts.values()].join("\n");
  // The payloads are there, as escaped text.
  expect(all, label).toContain("&lt;img src=x onerror=window.__xss=1&gt;");
  expect(all, label).toContain("&lt;script&gt;window.__xss=1&lt;/script&gt;");
  expect(all, label).toContain("&lt;svg onload=window.__xss=1&gt;");
  expect(all, label).toContain(xssPayloads.link);
}

const formulaStart = /^[=+\-@\t\r]/;

function expectNoFormulaCells(csv: string, label: string) {
  const cells = parseCsv(csv.replace(/^\uFEFF/, ""), ";").flatMap((record) => record.cells);
  expect(cells.length, label).toBeGreaterThan(3);
  const live = cells.filter((cell) => formulaStart.test(cell));
  expect(live, `${label}: cells a spreadsheet would run`).toEqual([]);
  return cells;
}

describe("exports of a workspace full of hostile text", () => {
  it("Word holds the payloads as escaped text and no javascript: hyperlink", async () => {
    for (const language of ["nl", "en"]) {
      const { body, type } = await download(`/report/download?format=docx&language=${language}`);
      expect(type).toContain("wordprocessingml");
      const parts = await xmlParts(body);
      expectEscaped(parts, `docx ${language}`);
      const charts = [...parts.keys()].filter((name) => name.endsWith(".svg"));
      expect(charts.length, "the indicator's chart").toBeGreaterThan(0);
      expect(charts.some((name) => parts.get(name)!.includes("INDICATOR &lt;img"))).toBe(true);
      const document = parts.get("word/document.xml")!;
      expect(document).toContain("ITEM1 &lt;img src=x onerror=window.__xss=1&gt;");
      expect(document).not.toMatch(/<w:hyperlink\b/);
    }
  });

  it("Excel writes every hostile or formula-like value as a text cell, never a formula", async () => {
    for (const [label, path] of [
      ["report xlsx", "/report/download?format=xlsx"],
      ["inventory xlsx", "/export?format=xlsx"],
    ] as const) {
      const { body } = await download(path);
      const parts = await xmlParts(body);
      expectEscaped(parts, label);
      for (const [name, xml] of parts) {
        expect(xml, `${label} ${name}: a formula cell`).not.toMatch(/<f[\s>]/);
        expect(xml, `${label} ${name}: a hyperlink`).not.toMatch(/<hyperlink\b/);
      }
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(body as unknown as ArrayBuffer);
      const seen = new Set<string>();
      workbook.eachSheet((sheet) =>
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            expect(cell.type, `${label} ${sheet.name}!${cell.address}`).not.toBe(
              ExcelJS.ValueType.Formula,
            );
            if (typeof cell.value === "string" && formulaNames.includes(cell.value as never)) {
              expect(cell.type).toBe(ExcelJS.ValueType.String);
              seen.add(cell.value);
            }
          }),
        ),
      );
      expect([...seen].sort(), label).toEqual([...formulaNames].sort());
    }
  });

  it("CSV marks every cell that starts like a formula as text, and keeps the payloads", async () => {
    const files: [string, string][] = [];
    for (const entity of reportEntities) {
      const { body } = await download(`/report/download?format=csv&entity=${entity}`);
      files.push([`report csv ${entity}`, body.toString("utf8")]);
    }
    files.push(["inventory csv", (await download("/export?format=csv")).body.toString("utf8")]);
    files.push([
      "session results csv",
      (await download(`/sessions/${w.sessionId}/votes`)).body.toString("utf8"),
    ]);
    const marked = new Set<string>();
    for (const [label, csv] of files) {
      for (const cell of expectNoFormulaCells(csv, label)) {
        if (cell.startsWith("'")) marked.add(cell.slice(1));
      }
    }
    for (const name of formulaNames) expect([...marked]).toContain(name);
    const all = files.map(([, csv]) => csv).join("\n");
    for (const payload of Object.values(xssPayloads)) expect(all).toContain(payload);
    // Open answers reach the session's CSV as they were written, and only there.
    expect(files.at(-1)![1]).toContain("ANSWER1 <img src=x onerror=window.__xss=1>");
  });

  it("neutralises tab and carriage return too, which the API's trimming keeps out of names", () => {
    for (const cell of ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1+1", "\r=1+1"]) {
      expect(neutraliseFormula(cell), JSON.stringify(cell)).toBe(`'${cell}`);
    }
    for (const cell of ["1+1", "Buurthuis", " =1", "'=1", ""]) {
      expect(neutraliseFormula(cell), JSON.stringify(cell)).toBe(cell);
    }
  });

  it("JSON and HSDS are served as JSON with the payloads as strings and no javascript: URL", async () => {
    for (const format of ["json", "hsds"]) {
      const { body, type } = await download(`/report/download?format=${format}`);
      expect(type, format).toMatch(/^application\/(.+\+)?json/);
      const data = JSON.parse(body.toString("utf8"));
      const strings: [string, string][] = [];
      const walk = (value: unknown, key: string) => {
        if (typeof value === "string") strings.push([key, value]);
        else if (Array.isArray(value)) for (const v of value) walk(v, key);
        else if (value && typeof value === "object") {
          for (const [k, v] of Object.entries(value)) walk(v, k);
        }
      };
      walk(data, "");
      expect(strings.map(([, s]) => s).join("\n"), format).toContain(xssPayloads.img);
      const links = strings.filter(([key]) => /url|website|link|href|email/i.test(key));
      for (const [key, value] of links) {
        expect(value.trim().toLowerCase(), `${format} ${key}`).not.toMatch(/^javascript:/);
      }
    }
  });
});
