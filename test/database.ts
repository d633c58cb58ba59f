import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { type DatabaseHandle, openDatabase } from "../src/server/db/client.ts";

/** A fresh, migrated database for one test file: PGlite in memory, or a clone on PostgreSQL. */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const template = inject("postgresTemplate");
  const url = process.env.TEST_DATABASE_URL;
  if (!template || !url) {
    const handle = await openDatabase({ memory: true });
    await handle.migrate();
    return handle;
  }
  const name = `sb_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name} template ${template}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  const handle = await openDatabase({ url: u.toString() });
  return {
    ...handle,
    async close() {
      await handle.close();
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
