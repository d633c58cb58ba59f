// `npm run bench:live -- --participants N [--json]`: a live session under load against the real
// server (a separate process), with N participants as real WebSocket clients and one presenter.
// See "Live session" in bench/README.md for what is measured and how; the last line printed is
// one JSON object per database run (with --database both, the PostgreSQL one comes last).
//
// Options: --participants N (200) · --items N (10) · --think-ms MIN-MAX (1000-3000) ·
// --reconnect-share F (0.1) · --client-processes K (2) · --seed S (1) ·
// --database pglite|postgres|both (both when BENCH_DATABASE_URL is set, else pglite).
import { type ChildProcess, fork, spawn } from "node:child_process";
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { openDatabase } from "../src/server/db/client.ts";
import { now, openScoringSession, type TestSocket } from "../test/live-clients.ts";
import { checkVotes, presenterLatencies, type SentVote } from "../test/live-load.ts";
import { demo, login, type ServerProcess, sampleRss, spawnServer } from "../test/server-process.ts";
import type { WorkerReport, WorkerSetup } from "./live-worker.ts";
import { onEachDatabase, percentile } from "./server.ts";

const { values: args } = parseArgs({
  options: {
    participants: { type: "string", default: "200" },
    items: { type: "string", default: "10" },
    "think-ms": { type: "string", default: "1000-3000" },
    "reconnect-share": { type: "string", default: "0.1" },
    "client-processes": { type: "string", default: "2" },
    seed: { type: "string", default: "1" },
    database: { type: "string" },
    json: { type: "boolean", default: false },
  },
});

const participants = Number(args.participants);
const itemCount = Number(args.items);
const [thinkMin, thinkMax] = args["think-ms"].split("-").map(Number) as [number, number];
const reconnectShare = Number(args["reconnect-share"]);
const clientProcesses = Math.max(1, Math.min(Number(args["client-processes"]), participants));
const seed = Number(args.seed);
const postgresUrl = process.env.BENCH_DATABASE_URL;
const databases =
  args.database === "both" || (!args.database && postgresUrl)
    ? ["pglite", "postgres"]
    : [args.database ?? "pglite"];
if (databases.includes("postgres") && !postgresUrl) {
  process.stderr.write("--database postgres needs BENCH_DATABASE_URL=postgres://…\n");
  process.exit(2);
}

const log = (line: string) => process.stderr.write(`${line}\n`);
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

const workerFile = fileURLToPath(new URL("./live-worker.ts", import.meta.url));
const echoFile = fileURLToPath(new URL("./live-echo.ts", import.meta.url));

/** K client processes sharing the participants; resolves with their reports. */
async function runClients(base: Omit<WorkerSetup, "from" | "to">, onReady?: () => void) {
  const workers: ChildProcess[] = [];
  const per = Math.ceil(participants / clientProcesses);
  const reports: Promise<WorkerReport>[] = [];
  const ready: Promise<void>[] = [];
  for (let w = 0; w < clientProcesses; w++) {
    const worker = fork(workerFile, [], {
      execArgv: ["--import", "tsx"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    workers.push(worker);
    let readyResolve!: () => void;
    ready.push(new Promise((resolve) => (readyResolve = resolve)));
    reports.push(
      new Promise((resolve, reject) => {
        worker.on("message", (message: { type: string; report?: WorkerReport; error?: string }) => {
          if (message.type === "ready") readyResolve();
          else if (message.type === "done") resolve(message.report!);
          else if (message.type === "error") reject(new Error(`client process: ${message.error}`));
        });
        worker.once("exit", (code) => reject(new Error(`client process exited (${code})`)));
      }),
    );
    for (const r of reports) r.catch(() => {});
    worker.send({
      type: "setup",
      setup: { ...base, from: w * per, to: Math.min(participants, (w + 1) * per) },
    });
  }
  try {
    await Promise.race([Promise.all(ready), ...reports]);
    onReady?.();
    const goAt = now();
    for (const worker of workers) worker.send({ type: "go" });
    const done = await Promise.all(reports);
    return { goAt, reports: done };
  } finally {
    for (const worker of workers) {
      if (worker.connected) worker.send({ type: "stop" });
    }
  }
}

function summarise(reports: WorkerReport[]) {
  const votes = reports.flatMap((r) => r.votes);
  const acked = votes.filter((v) => v[5] > 0);
  const ackMs = acked.map((v) => v[6]).sort((a, b) => a - b);
  const firstSend = Math.min(...votes.map((v) => v[4]));
  const lastAck = Math.max(...acked.map((v) => v[5]));
  const sum = (key: keyof Omit<WorkerReport, "votes">) => reports.reduce((n, r) => n + r[key], 0);
  return {
    votes,
    acked,
    ackMs,
    seconds: (lastAck - firstSend) / 1000,
    connects: sum("connects"),
    welcomes: sum("welcomes"),
    duplicateAcks: sum("duplicateAcks"),
    rejected: sum("rejected"),
    fatal: sum("fatal"),
    drops: sum("drops"),
    resent: votes.filter((v) => v[7] > 1).length,
    clientLoopDelayP99Ms: round(Math.max(...reports.map((r) => r.loopDelayP99Ms))),
  };
}

/** The same clients against a minimal `ws` server that acks at once: the machine's limit. */
async function baseline() {
  const echo = spawn(process.execPath, ["--import", "tsx", echoFile], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      echo.stdout!.once("data", (data) => resolve(Number(String(data).trim())));
      echo.once("exit", () => reject(new Error("echo server exited")));
    });
    const { reports } = await runClients({
      mode: "echo",
      httpUrl: "",
      wsBase: `ws://127.0.0.1:${port}`,
      code: "",
      stepId: "00000000-0000-4000-8000-000000000000",
      itemIds: Array.from({ length: itemCount }, (_, i) => `item-${i}`),
      criteria: Array.from({ length: 10 }, (_, i) => `00000000-0000-4000-8000-00000000000${i}`),
      groupIds: [null],
      thinkMs: [0, 0],
      reconnectShare: 0,
      seed,
      concurrency: 100,
    });
    const s = summarise(reports);
    return {
      messagesPerSecond: Math.round(s.acked.length / s.seconds),
      ackP95Ms: percentile(s.ackMs, 95),
    };
  } finally {
    echo.kill("SIGTERM");
  }
}

async function measure(database: "pglite" | "postgres", env: Record<string, string>) {
  // The first start migrates and creates the demo; the measured process is a restart, as a
  // server is before a meeting (and its RSS is not the one-off migration's).
  const first = await spawnServer(env);
  await first.stop();
  // BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server.
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const server: ServerProcess = await spawnServer(env, undefined, { nodeArgs });
  const rss = sampleRss(server.pid);
  let presenter: TestSocket | undefined;
  try {
    const cookie = await login(server.url);
    const { api, session, step, items, criteria, groups } = await openScoringSession(
      server.url,
      cookie,
      demo.slug,
      { items: itemCount, title: `Bench ${participants}` },
    );
    presenter = await api.watch(session.id);
    await presenter.next((m) => m.type === "progress");
    log(
      `${database}: ${participants} participants, ${items.length} items × ${criteria.length} criteria, think ${thinkMin}-${thinkMax} ms, ${clientProcesses} client processes`,
    );
    const joinStarted = now();
    let fromMessage = 0;
    const { reports } = await runClients(
      {
        mode: "app",
        httpUrl: server.url,
        wsBase: server.url.replace(/^http/, "ws"),
        code: session.code,
        stepId: step.id,
        itemIds: items.map((i) => i.id),
        criteria: criteria.map((c) => c.versionId),
        groupIds: [...groups.map((g) => g.id), null],
        thinkMs: [thinkMin, thinkMax],
        reconnectShare,
        seed,
        concurrency: 50,
      },
      () => {
        fromMessage = presenter!.messages.length;
        log(`  joined and connected in ${round((now() - joinStarted) / 1000)} s`);
      },
    );
    const s = summarise(reports);
    // Let the last coalesced presenter update arrive.
    await presenter
      .next((m) => m.type === "progress" && m.votes === s.acked.length, 5000, fromMessage)
      .catch(() => {});
    const progress: [number, number][] = [];
    for (let i = fromMessage; i < presenter.messages.length; i++) {
      const m = presenter.messages[i]!;
      if (m.type === "progress" && m.stepId === step.id) {
        progress.push([presenter.receivedAt[i]!, m.votes as number]);
      }
    }
    const presenterMs = presenterLatencies(
      s.acked.map((v) => ({ firstSentAt: v[4], ackedAt: v[5] })),
      progress,
    ).sort((a, b) => a - b);
    presenter.close();
    presenter = undefined;
    const rssMb = rss.stop();
    const hwm = Number(
      fs.readFileSync(`/proc/${server.pid}/status`, "utf8").match(/VmHWM:\s+(\d+)/)?.[1],
    );
    await server.stop();

    const sent: SentVote[] = s.votes.map((v) => ({
      participantId: v[0],
      id: v[1],
      target: v[2],
      answers: v[3],
      acked: v[5] > 0,
    }));
    const handle = await openDatabase(
      env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.DATA_DIR! },
    );
    let check: Awaited<ReturnType<typeof checkVotes>>;
    let transactions: number;
    try {
      check = await checkVotes(handle.db, session.id, sent);
      // A receipt's received_at is its transaction's start (now()): one value per group commit.
      const { rows } = (await handle.db.execute(sql`
        select count(distinct r.received_at)::int as n
        from live_vote_receipts r join live_steps s on s.id = r.step_id
        where s.session_id = ${session.id}`)) as unknown as { rows: { n: number }[] };
      transactions = rows[0]!.n;
    } finally {
      await handle.close();
    }

    return {
      database,
      participants,
      votes: check.votes,
      lost: check.lost,
      duplicated: check.duplicated,
      ackP50Ms: round(percentile(s.ackMs, 50)),
      ackP95Ms: round(percentile(s.ackMs, 95)),
      ackP99Ms: round(percentile(s.ackMs, 99)),
      presenterP95Ms: round(percentile(presenterMs, 95)),
      votesPerSecond: Math.round(s.acked.length / s.seconds),
      baselineMessagesPerSecond: 0,
      rssMb: Math.round(rssMb),
      // Beyond the required fields:
      unacked: check.unacked,
      receipts: check.receipts,
      scores: check.scores,
      answers: check.answers,
      items: items.length,
      criteria: criteria.length,
      thinkMs: [thinkMin, thinkMax],
      seconds: round(s.seconds),
      ackMaxMs: round(s.ackMs.at(-1) ?? Number.NaN),
      presenterP50Ms: round(percentile(presenterMs, 50)),
      presenterSeen: presenterMs.length,
      presenterUpdates: progress.length,
      reconnectingParticipants: s.drops,
      resentVotes: s.resent,
      connects: s.connects,
      rejected: s.rejected,
      refusedParticipants: s.fatal,
      clientProcesses,
      clientLoopDelayP99Ms: s.clientLoopDelayP99Ms,
      rssHighWaterMb: Math.round(hwm / 1024),
      writeTransactions: transactions,
      votesPerTransaction: round(check.receipts / transactions),
    };
  } finally {
    presenter?.close();
    rss.stop();
    await server.stop();
  }
}

log(`baseline: ${participants} clients against a minimal ws server…`);
const base = await baseline();
log(`  ${base.messagesPerSecond} messages/s (ack p95 ${round(base.ackP95Ms)} ms)`);
await onEachDatabase(
  "live",
  databases.includes("postgres") ? postgresUrl : undefined,
  async (database, env) => {
    const result = {
      ...(await measure(database, env)),
      baselineMessagesPerSecond: base.messagesPerSecond,
    };
    if (!args.json) {
      log(
        `${database}: ${result.votes} votes, lost ${result.lost}, duplicated ${result.duplicated}, ack p50/p95/p99 ${result.ackP50Ms}/${result.ackP95Ms}/${result.ackP99Ms} ms, presenter p95 ${result.presenterP95Ms} ms, ${result.votesPerSecond} votes/s, RSS ${result.rssMb} MB`,
      );
    }
    process.stdout.write(`${JSON.stringify(result)}\n`);
  },
  { skipPglite: !databases.includes("pglite") },
);
