import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { spawnServer } from "../test/server-process.ts";

export { login } from "../test/server-process.ts";

export interface BenchServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts the real server (`sociale-basis serve`) and waits for /healthz. */
export async function startServer(env: Record<string, string>, port: number): Promise<BenchServer> {
  return spawnServer(env, port);
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Runs `measure` on PGlite in a fresh data directory and, when `postgresUrl` is given, on a
 * throwaway PostgreSQL database; both are removed afterwards. `skipPglite` measures only
 * PostgreSQL.
 */
export async function onEachDatabase<T>(
  prefix: string,
  postgresUrl: string | undefined,
  measure: (driver: "pglite" | "postgres", env: Record<string, string>) => Promise<T>,
  { skipPglite = false } = {},
): Promise<T[]> {
  const results: T[] = [];
  if (!skipPglite) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `sb-bench-${prefix}-`));
    try {
      results.push(await measure("pglite", { DATA_DIR: dataDir }));
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
  if (postgresUrl) {
    const database = `sb_bench_${prefix}_${process.pid}`;
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`create database ${database}`);
    const url = new URL(postgresUrl);
    url.pathname = `/${database}`;
    try {
      results.push(await measure("postgres", { DATABASE_URL: url.toString() }));
    } finally {
      await admin.query(`drop database if exists ${database} with (force)`);
      await admin.end();
    }
  }
  return results;
}
