import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../test/database.ts";
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

  it("survives PostgreSQL ending idle connections (a restart or an administrator)", async (ctx) => {
    const database = await createTestDatabase();
    try {
      if (database.driver !== "postgres") ctx.skip();
      // Open several pooled connections, then end every one but the asking one.
      await Promise.all(
        Array.from({ length: 4 }, () => database.db.execute(sql`select pg_sleep(0.05)`)),
      );
      await database.db.execute(
        sql`select pg_terminate_backend(pid) from pg_stat_activity
            where datname = current_database() and pid <> pg_backend_pid()`,
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      const result = (await database.db.execute(sql`select 1 as one`)) as { rows: unknown[] };
      expect(result.rows).toEqual([{ one: 1 }]);
    } finally {
      await database.close();
    }
  });
});
