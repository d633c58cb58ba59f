import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const bin = fileURLToPath(new URL("../bin/sociale-basis.js", import.meta.url));

/** Milliseconds from spawning `serve` until /healthz first answers 200. */
async function timeToHealthy(dataDir: string, port: number): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [bin, "serve"], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: "warn" },
    stdio: "ignore",
  });
  try {
    for (;;) {
      if (performance.now() - started > 60_000) throw new Error("server did not start in 60 s");
      try {
        const response = await fetch(`http://127.0.0.1:${port}/healthz`);
        if (response.status === 200) return performance.now() - started;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Cold start of `npm start`'s server: first start (migrations + demo) and a restart. */
export async function coldStart(runs = 5) {
  const first: number[] = [];
  const restart: number[] = [];
  for (let i = 0; i < runs; i++) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sb-bench-"));
    first.push(await timeToHealthy(dataDir, 3400 + i));
    restart.push(await timeToHealthy(dataDir, 3450 + i));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return {
    name: "cold start to first /healthz 200 (PGlite, web app already built)",
    firstStartMedianMs: Math.round(median(first)),
    restartMedianMs: Math.round(median(restart)),
    firstStartRunsMs: first.map(Math.round),
    restartRunsMs: restart.map(Math.round),
  };
}
