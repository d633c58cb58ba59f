import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { sql } from "drizzle-orm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { projectRoot } from "../config/paths.ts";
import { lockDataDir } from "./data-dir-lock.ts";
import * as schema from "./schema.ts";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DatabaseDriver = "pglite" | "postgres";

export interface DatabaseHandle {
  db: Database;
  driver: DatabaseDriver;
  migrate(): Promise<void>;
  /**
   * Calls `onMessage` with the payload of every NOTIFY on `channel`, in commit order. With
   * PostgreSQL a dedicated connection listens; when it is lost it reconnects (with backoff) and
   * calls `onReconnect`, since notifications sent meanwhile are lost. Resolves to a stop function.
   */
  listen(
    channel: string,
    onMessage: (payload: string) => void,
    onReconnect?: () => void,
  ): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export class DatabaseStartupError extends Error {}

/** Extensions the migrations use; PostgreSQL ships them in contrib. */
const extensions = { unaccent, pg_trgm };

const migrationsFolder = path.join(projectRoot, "src/server/db/migrations");

/** Where the embedded database lives; `memory://` keeps it in memory (tests). */
export type DatabaseLocation = { url: string } | { dataDir: string } | { memory: true };

export async function openDatabase(location: DatabaseLocation): Promise<DatabaseHandle> {
  if ("url" in location) return openPostgres(location.url);
  if ("memory" in location) return wrapPglite(new PGlite({ extensions }), () => {});
  return openPgliteDir(location.dataDir);
}

async function openPgliteDir(dataDir: string): Promise<DatabaseHandle> {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.accessSync(dataDir, fs.constants.W_OK);
  } catch (error) {
    throw new DatabaseStartupError(
      `DATA_DIR ${dataDir} is niet beschrijfbaar (${(error as NodeJS.ErrnoException).code ?? error}).`,
    );
  }
  const release = lockDataDir(dataDir);
  try {
    const client = new PGlite(path.join(dataDir, "pglite"), {
      extensions,
      startParams: [...PGlite.defaultStartParams, "-c", "shared_buffers=32MB"],
    });
    await client.waitReady;
    return wrapPglite(client, release);
  } catch (error) {
    release();
    throw new DatabaseStartupError(
      `Kan de ingebouwde database in ${dataDir} niet openen: ${(error as Error).message}`,
    );
  }
}

export function wrapPglite(client: PGlite, release: () => void): DatabaseHandle {
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  return {
    db,
    driver: "pglite",
    migrate: () => migratePglite(db as never, { migrationsFolder }),
    async listen(channel, onMessage) {
      const stop = await client.listen(channel, onMessage);
      return async () => {
        if (!client.closed) await stop();
      };
    },
    async close() {
      await client.close();
      release();
    },
  };
}

function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return "(onleesbare URL)";
  }
}

async function openPostgres(url: string): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection that PostgreSQL ends (a restart, a failover, an administrator) is
  // reported here; without a listener the process would crash. The pool drops that connection
  // and opens a new one for the next query.
  pool.on("error", () => {});
  try {
    const probe = await pool.connect();
    probe.release();
  } catch (error) {
    await pool.end().catch(() => {});
    throw new DatabaseStartupError(
      `Kan geen verbinding maken met PostgreSQL op ${describeUrl(url)}: ${(error as Error).message}`,
    );
  }
  const db = drizzleNodePg(pool, { schema }) as unknown as Database;
  return {
    db,
    driver: "postgres",
    async migrate() {
      // Several app instances may start at once; one migrates, the others wait.
      const connection = await pool.connect();
      try {
        const lockedDb = drizzleNodePg(connection, { schema });
        await lockedDb.execute(sql`select pg_advisory_lock(727274)`);
        try {
          await migrateNodePg(lockedDb, { migrationsFolder });
        } finally {
          await lockedDb.execute(sql`select pg_advisory_unlock(727274)`);
        }
      } finally {
        connection.release();
      }
    },
    listen: (channel, onMessage, onReconnect) =>
      listenPostgres(url, channel, onMessage, onReconnect),
    close: () => pool.end(),
  };
}

async function listenPostgres(
  url: string,
  channel: string,
  onMessage: (payload: string) => void,
  onReconnect?: () => void,
): Promise<() => Promise<void>> {
  let stopped = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  let delay = 250;
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on("notification", (message) => {
      if (message.channel === channel) onMessage(message.payload ?? "");
    });
    next.on("error", () => reconnect(next));
    next.on("end", () => reconnect(next));
    await next.connect();
    await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    client = next;
    delay = 250;
  };
  const reconnect = (lost: pg.Client) => {
    if (stopped || client !== lost || retry) return;
    client = undefined;
    lost.end().catch(() => {});
    const attempt = () => {
      retry = undefined;
      if (stopped) return;
      connect().then(
        () => onReconnect?.(),
        () => {
          delay = Math.min(delay * 2, 10_000);
          retry = setTimeout(attempt, delay);
        },
      );
    };
    retry = setTimeout(attempt, delay);
  };
  await connect();
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    await client?.end().catch(() => {});
  };
}
