import { sql } from "drizzle-orm";
import type { Database, DatabaseDriver } from "../../db/client.ts";

export function createHealthService(db: Database, driver: DatabaseDriver, version: string) {
  return {
    async check(): Promise<{ status: "ok" | "degraded"; db: DatabaseDriver; version: string }> {
      try {
        await db.execute(sql`select 1`);
        return { status: "ok", db: driver, version };
      } catch {
        return { status: "degraded", db: driver, version };
      }
    },
  };
}
