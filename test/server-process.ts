import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import { fileURLToPath } from "node:url";

const bin = fileURLToPath(new URL("../bin/sociale-basis.js", import.meta.url));

/** The demo login every fresh database gets (src/server/modules/demo/demo.service.ts). */
export const demo = {
  email: "demo@example.org",
  password: "sociale-basis-demo",
  slug: "voorbeeldgemeente",
} as const;

/** A real server process (`sociale-basis serve`), as `npm start` runs it. */
export interface ServerProcess {
  /** http://127.0.0.1:PORT */
  url: string;
  port: number;
  pid: number;
  child: ChildProcess;
  /** Resolves with the exit code or signal once the process ended. */
  exited: Promise<number | NodeJS.Signals | null>;
  /** SIGTERM (a graceful stop) and wait for the exit. */
  stop(): Promise<void>;
  /** SIGKILL: no shutdown, no flush; and wait for the exit. */
  kill(): Promise<void>;
}

/** A TCP port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Spawns `node bin/sociale-basis.js serve` with `env` (DATA_DIR or DATABASE_URL) on `port` and
 * waits until /healthz answers. A fresh database is migrated and gets the demo workspace first,
 * which on a busy two-core machine takes several seconds.
 */
export async function spawnServer(
  env: Record<string, string>,
  port?: number,
  {
    timeoutMs = 120_000,
    stderr = "inherit" as "inherit" | "ignore",
    /** Node options for the server process (`--cpu-prof`…). */
    nodeArgs = [] as string[],
  } = {},
): Promise<ServerProcess> {
  const chosen = port ?? (await freePort());
  const child = spawn(process.execPath, [...nodeArgs, bin, "serve"], {
    env: {
      ...process.env,
      PORT: String(chosen),
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      LOGIN_MAX_PER_IP: "100000",
      // PGlite unless the caller names a PostgreSQL database (not one inherited by accident).
      DATABASE_URL: "",
      ...env,
    },
    stdio: ["ignore", "ignore", stderr],
  });
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) =>
    child.once("exit", (code, signal) => resolve(signal ?? code)),
  );
  let gone: number | NodeJS.Signals | null | undefined;
  void exited.then((how) => {
    gone = how;
  });
  const url = `http://127.0.0.1:${chosen}`;
  const started = Date.now();
  for (;;) {
    if (gone !== undefined) throw new Error(`server exited before it was ready (${gone})`);
    if (Date.now() - started > timeoutMs) {
      child.kill("SIGKILL");
      throw new Error(`server did not answer /healthz within ${timeoutMs} ms`);
    }
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const end = async (signal: NodeJS.Signals) => {
    if (gone === undefined) child.kill(signal);
    await exited;
  };
  return {
    url,
    port: chosen,
    pid: child.pid!,
    child,
    exited,
    stop: () => end("SIGTERM"),
    kill: () => end("SIGKILL"),
  };
}

/** The process's resident set size in MB (VmRSS), or NaN once it is gone. */
export function residentMb(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(status.match(/VmRSS:\s+(\d+)/)?.[1]);
    return kb / 1024;
  } catch {
    return Number.NaN;
  }
}

/** Samples a process's RSS every `everyMs` and remembers the peak. */
export function sampleRss(pid: number, everyMs = 100) {
  let peak = 0;
  const take = () => {
    const mb = residentMb(pid);
    if (mb > peak) peak = mb;
  };
  take();
  const timer = setInterval(take, everyMs);
  timer.unref();
  return {
    get peakMb() {
      return peak;
    },
    stop() {
      take();
      clearInterval(timer);
      return peak;
    },
  };
}

/** Logs in and returns the session cookie as a Cookie header value. */
export async function login(
  url: string,
  email: string = demo.email,
  password: string = demo.password,
): Promise<string> {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (!response.ok || !cookie) throw new Error(`login failed: ${response.status}`);
  return cookie;
}
