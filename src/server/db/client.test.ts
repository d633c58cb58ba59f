import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DatabaseStartupError, openDatabase } from "./client.ts";
import { DataDirBusyError } from "./data-dir-lock.ts";

describe("opening the database", () => {
  it("refuses a second opener of the same PGlite data directory, and frees it on close", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sb-lock-"));
    const first = await openDatabase({ dataDir: dir });
    await expect(openDatabase({ dataDir: dir })).rejects.toBeInstanceOf(DataDirBusyError);
    await first.close();
    const again = await openDatabase({ dataDir: dir });
    await again.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("takes over a lock left by a process that died", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sb-stale-"));
    fs.writeFileSync(path.join(dir, "sociale-basis.lock"), JSON.stringify({ pid: 2 ** 22 + 7 }));
    const handle = await openDatabase({ dataDir: dir });
    await handle.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("explains an unwritable data directory", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sb-file-")), "not-a-dir");
    fs.writeFileSync(file, "");
    await expect(openDatabase({ dataDir: path.join(file, "data") })).rejects.toBeInstanceOf(
      DatabaseStartupError,
    );
  });

  it("explains an unreachable PostgreSQL without leaking the password", async () => {
    const attempt = openDatabase({ url: "postgres://app:geheim@127.0.0.1:1/nope" });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseStartupError);
    await expect(attempt).rejects.toThrow(/127\.0\.0\.1:1\/nope/);
    await expect(attempt).rejects.not.toThrow(/geheim/);
  });
});
