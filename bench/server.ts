import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const bin = fileURLToPath(new URL("../bin/sociale-basis.js", import.meta.url));

export interface BenchServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts the real server (`sociale-basis serve`) and waits for /healthz. */
export async function startServer(env: Record<string, string>, port: number): Promise<BenchServer> {
  const child: ChildProcess = spawn(process.execPath, [bin, "serve"], {
    env: {
      ...process.env,
      PORT: String(port),
      LOG_LEVEL: "warn",
      LOGIN_MAX_PER_IP: "100000",
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (Date.now() - started > 60_000) throw new Error("server did not start");
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not yet listening
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    async stop() {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    },
  };
}

export async function login(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (!response.ok || !cookie) throw new Error(`login failed: ${response.status}`);
  return cookie;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Runs `measure` on PGlite in a fresh data directory and, when `postgresUrl` is given, on a
 * throwaway PostgreSQL database; both are removed afterwards.
 */
export async function onEachDatabase<T>(
  prefix: string,
  postgresUrl: string | undefined,
  measure: (driver: "pglite" | "postgres", env: Record<string, string>) => Promise<T>,
): Promise<T[]> {
  const results: T[] = [];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `sb-bench-${prefix}-`));
  try {
    results.push(await measure("pglite", { DATA_DIR: dataDir }));
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
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
