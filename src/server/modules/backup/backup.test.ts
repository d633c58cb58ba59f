import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/app.ts";
import { buildReportWorkspace } from "../../../../test/report-workspace.ts";
import { reportEntities } from "../../../domain/reports/index.ts";
import { AppError } from "../../errors.ts";

let source: TestApp;
let target: TestApp;
let w: Awaited<ReturnType<typeof buildReportWorkspace>>;
let file: Buffer;

beforeAll(async () => {
  source = await createTestApp();
  target = await createTestApp();
  w = await buildReportWorkspace(source);
  file = (await source.services.backup.backup(w.workspace.id)).file;
}, 120_000);
afterAll(async () => {
  await source.close();
  await target.close();
});

const ref = () => ({ id: w.workspace.id, slug: w.workspace.slug, name: w.workspace.name });

/** Every export of the workspace, made comparable (the report's own timestamp left out). */
async function exportsOf(t: TestApp) {
  const s = t.services;
  const report = await s.reports.model(ref());
  const fromSession = await s.reports.model(ref(), { sessionId: w.session.id });
  const compared = await s.reports.model(ref(), { compareWith: w.snapshot.id });
  const strip = (r: object) => JSON.stringify({ ...r, generatedAt: null });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    (await s.reports.render(report, "xlsx", "nl")) as unknown as ArrayBuffer,
  );
  const csv: Record<string, string> = {};
  for (const entity of reportEntities) {
    csv[entity] = (await s.reports.render(report, "csv", "en", entity)).toString("utf8");
  }
  const backup = JSON.parse((await s.backup.backup(w.workspace.id)).file.toString("utf8"));
  delete backup.createdAt;
  return {
    report: strip(report),
    session: strip(fromSession),
    compared: strip(compared),
    hsds: (await s.reports.render(report, "hsds", "nl")).toString("utf8"),
    sheets: JSON.stringify(workbook.worksheets.map((sheet) => sheet.getSheetValues())),
    csv,
    backup,
  };
}

async function rowCounts(t: TestApp) {
  const tables = ["workspaces", "users", "items", "scores", "score_answers", "memberships"];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const { rows } = (await t.database.db.execute(
      sql.raw(`select count(*)::int as n from ${table}`),
    )) as unknown as { rows: { n: number }[] };
    counts[table] = rows[0]!.n;
  }
  return counts;
}

async function refusal(t: TestApp, bytes: Uint8Array) {
  const before = await rowCounts(t);
  const error = await t.services.backup.restore(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(await rowCounts(t)).toEqual(before);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** The backup with its data changed and its checksum made to match again. */
function tampered(change: (data: { items: unknown[]; scores: unknown[] }) => void): Buffer {
  const envelope = JSON.parse(file.toString("utf8"));
  change(envelope.data);
  envelope.checksum = `sha256:${createHash("sha256").update(JSON.stringify(envelope.data)).digest("hex")}`;
  return Buffer.from(JSON.stringify(envelope));
}

describe("backup and restore", () => {
  it("holds the whole workspace, without password hashes, sessions' tokens or invites", () => {
    const envelope = JSON.parse(file.toString("utf8"));
    expect(envelope).toMatchObject({ format: "sociale-basis-backup", formatVersion: 1 });
    const data = envelope.data;
    expect(data.items).toHaveLength(5);
    expect(data.scores).toHaveLength(6 * 4 + 3);
    expect(data.people).toHaveLength(7);
    expect(data.liveParticipants).toHaveLength(3);
    expect(data.snapshots).toHaveLength(1);
    expect(data.indicators[0].measurements).toHaveLength(3);
    const text = file.toString("utf8");
    expect(text).not.toMatch(/password|token_?hash|\$argon2/i);
  });

  it("refuses a truncated file, a damaged one, a newer format and a file that is no backup", async () => {
    const truncated = await refusal(target, file.subarray(0, file.length / 2));
    expect(truncated.code).toBe("backup_unreadable");

    const damaged = Buffer.from(file.toString("utf8").replace("Buurtmaaltijd", "Buurtmaaltyd"));
    expect((await refusal(target, damaged)).code).toBe("backup_unreadable");

    const newer = JSON.parse(file.toString("utf8"));
    newer.formatVersion = 2;
    const tooNew = await refusal(target, Buffer.from(JSON.stringify(newer)));
    expect(tooNew.code).toBe("backup_too_new");
    expect(tooNew.extra.fields?.[0]?.message).toContain("format version 2");

    expect((await refusal(target, Buffer.from('{"hello":"world"}'))).code).toBe(
      "backup_unreadable",
    );
    const wrongShape = tampered((data) => {
      (data.items[0] as { kind: string }).kind = "spaceship";
    });
    expect((await refusal(target, wrongShape)).code).toBe("backup_unreadable");
  });

  it("refuses a file that refers to something it does not hold", async () => {
    const dangling = tampered((data) => {
      (data.scores[0] as { itemId: string }).itemId = "00000000-0000-4000-8000-0000000000ff";
    });
    const error = await refusal(target, dangling);
    expect(error.code).toBe("backup_unreadable");
    expect(error.extra.fields?.[0]?.message).toBe(
      "refers to a missing item 00000000-0000-4000-8000-0000000000ff",
    );
  });

  it("writes nothing when the database refuses part of it halfway", async () => {
    // Every check passes, but one member's score also names a session participant: the
    // database's one-scorer rule refuses the scores after the people, the workspace and its
    // items went in, and all of it is rolled back.
    const broken = tampered((data) => {
      const participant = (data as unknown as { liveParticipants: { id: string }[] })
        .liveParticipants[0]!.id;
      const score = (data.scores as { scorer: string | null; participantId: string | null }[]).find(
        (s) => s.scorer !== null,
      )!;
      score.participantId = participant;
    });
    const error = await refusal(target, broken);
    expect(error.code).toBe("backup_unreadable");
    expect(error.extra.fields?.[0]?.message).toContain("23514");
    expect(await target.services.backup.restore(file).then(() => "restored")).toBe("restored");
    await target.database.db.execute(sql`delete from workspaces where id = ${w.workspace.id}`);
  });

  it("restores into another instance so that every export is the same as before", async () => {
    const before = await exportsOf(source);
    const result = await target.services.backup.restore(file);
    expect(result.workspace.slug).toBe(w.workspace.slug);
    expect(result.counts).toMatchObject({ items: 5, scores: 27, members: 7, sessions: 1 });
    // Nobody has an account on the new instance yet: accounts without a password.
    expect(result.accountsWithoutPassword).toHaveLength(7);
    const after = await exportsOf(target);
    expect(after.report).toBe(before.report);
    expect(after.session).toBe(before.session);
    expect(after.compared).toBe(before.compared);
    expect(after.hsds).toBe(before.hsds);
    expect(after.sheets).toBe(before.sheets);
    expect(after.csv).toEqual(before.csv);
    expect(after.backup).toEqual(before.backup);
  });

  it("refuses a workspace that exists already, and leaves it as it was", async () => {
    const exists = await refusal(target, file);
    expect(exists.code).toBe("backup_workspace_exists");
    expect(exists.status).toBe(409);
    // Into the instance it came from, too.
    expect((await refusal(source, file)).code).toBe("backup_workspace_exists");
  });

  it("gives restored members their workspace once they have a password", async () => {
    const owner = JSON.parse(file.toString("utf8")).data.people.find(
      (p: { membership: { role: string } | null }) => p.membership?.role === "owner",
    );
    const refused = await target.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: owner.email, password: "een lang wachtwoord" },
    });
    expect(refused.statusCode).toBe(401);
    await target.services.auth.upsertUser({ email: owner.email, password: "een lang wachtwoord" });
    const login = await target.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: owner.email, password: "een lang wachtwoord" },
    });
    expect(login.statusCode).toBe(200);
    const cookie = login.cookies.find((c) => c.name === "sb_session")!;
    const items = await target.app.inject({
      url: `/api/v1/workspaces/${w.workspace.slug}/items`,
      headers: { cookie: `sb_session=${cookie.value}` },
    });
    expect(items.statusCode).toBe(200);
    expect(items.json().total).toBe(5);
  });
});
