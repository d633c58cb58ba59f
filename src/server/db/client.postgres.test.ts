import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../test/database.ts";

// Runs only in the PostgreSQL run (vitest.config.ts): PGlite has no server connections to end.
describe("a PostgreSQL database", () => {
  it("survives PostgreSQL ending idle connections (a restart or an administrator)", async () => {
    const database = await createTestDatabase();
    try {
      expect(database.driver).toBe("postgres");
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
