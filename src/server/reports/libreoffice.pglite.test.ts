import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { demoWorkspace } from "../modules/demo/demo.service.ts";
import { createWorkspacesRepository } from "../modules/workspaces/workspaces.repository.ts";

// LibreOffice is what many municipalities and partners open these files with; .ci/run installs
// it. Without it the test is skipped, except in CI, where that is a failure. It runs once, in the
// PGlite run (`*.pglite.test.ts`): the files do not depend on the database.
const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => fs.existsSync(p));
const run = soffice !== undefined || process.env.CI === "true";

let t: TestApp;
let dir: string;
let names: string[];
let files: { docx: string; xlsx: string };

function convert(file: string, to: string) {
  if (!soffice) throw new Error("LibreOffice (soffice) is not installed");
  const result = spawnSync(
    soffice,
    [
      "--headless",
      `-env:UserInstallation=file://${path.join(dir, "profile")}`,
      "--convert-to",
      to,
      "--outdir",
      path.join(dir, "out"),
      file,
    ],
    { encoding: "utf8", timeout: 120_000 },
  );
  expect(result.status, result.stderr).toBe(0);
  const produced = path.join(
    dir,
    "out",
    `${path.basename(file, path.extname(file))}.${to.split(":")[0]}`,
  );
  expect(fs.existsSync(produced), `${file} → ${to}: ${result.stdout} ${result.stderr}`).toBe(true);
  return produced;
}

describe.runIf(run)("the demo's reports in LibreOffice", { timeout: 180_000 }, () => {
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "sb-lo-"));
    t = await createTestApp();
    await t.services.demo.reset();
    const workspace = (await createWorkspacesRepository(t.database.db).findBySlug(
      demoWorkspace.slug,
    ))!;
    const ref = { id: workspace.id, slug: workspace.slug, name: workspace.name };
    const report = await t.services.reports.model(ref);
    names = report.items.map((i) => i.name);
    expect(names.length).toBeGreaterThan(20);
    files = {
      docx: path.join(dir, "rapport.docx"),
      xlsx: path.join(dir, "rapport.xlsx"),
    };
    fs.writeFileSync(files.docx, await t.services.reports.render(report, "docx", "nl"));
    fs.writeFileSync(files.xlsx, await t.services.reports.render(report, "xlsx", "nl"));
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("opens the Word report, converts it to PDF, and every item is in it", () => {
    const pdf = convert(files.docx, "pdf");
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    const text = fs.readFileSync(convert(files.docx, "txt:Text (encoded):UTF8"), "utf8");
    expect(text).toContain("Onze sociale basis — Voorbeeldgemeente");
    for (const name of names) expect(text).toContain(name);
  });

  it("opens the Excel file, converts it to PDF, and every item is on the first sheet", () => {
    const pdf = convert(files.xlsx, "pdf");
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    const csv = fs.readFileSync(convert(files.xlsx, "csv"), "utf8");
    for (const name of names) expect(csv).toContain(name);
  });
});
