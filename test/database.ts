import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { type DatabaseHandle, openDatabase } from "../src/server/db/client.ts";

/** A clone of the migrated template database (PostgreSQL runs only), dropped by `drop()`. */
async function clonePostgresTemplate(template: string, url: string) {
  const name = `sb_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name} template ${template}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    async drop() {
      // Not "with (force)": killing a backend while its client is still saying goodbye makes
      // pg raise an unhandled error. Wait for the closed connections to go away instead.
      for (let attempt = 0; ; attempt++) {
        try {
          await admin.query(`drop database if exists ${name}`);
          break;
        } catch (error) {
          if ((error as { code?: string }).code !== "55006" || attempt > 50) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      await admin.end();
    },
  };
}

/** A fresh, migrated database for one test file: PGlite in memory, or a clone on PostgreSQL. */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const template = inject("postgresTemplate");
  const url = process.env.TEST_DATABASE_URL;
  if (!template || !url) {
    const handle = await openDatabase({ memory: true });
    await handle.migrate();
    return handle;
  }
  const clone = await clonePostgresTemplate(template, url);
  const handle = await openDatabase({ url: clone.url });
  return {
    ...handle,
    async close() {
      await handle.close();
      await clone.drop();
    },
  };
}

/**
 * A database for server processes that a test starts (`test/server-process.ts`): a fresh PGlite
 * data directory, or on PostgreSQL a clone of the migrated template. `env` is what the process
 * needs (DATA_DIR or DATABASE_URL); `open()` opens it in the test (for PGlite only while no
 * server process holds it); `remove()` deletes it.
 */
export async function createServerDatabase(): Promise<{
  driver: "pglite" | "postgres";
  env: Record<string, string>;
  open(): Promise<DatabaseHandle>;
  remove(): Promise<void>;
}> {
  const template = inject("postgresTemplate");
  const url = process.env.TEST_DATABASE_URL;
  if (!template || !url) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sb-test-server-"));
    return {
      driver: "pglite",
      env: { DATA_DIR: dataDir },
      open: () => openDatabase({ dataDir }),
      remove: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const clone = await clonePostgresTemplate(template, url);
  return {
    driver: "postgres",
    env: { DATABASE_URL: clone.url },
    open: () => openDatabase({ url: clone.url }),
    remove: () => clone.drop(),
  };
}
