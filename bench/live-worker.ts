// A client process of `bench/live.ts`: joins its share of the participants, connects them,
// and on "go" lets each score the items (test/live-load.ts), then reports every vote. Several
// of these run at once so that no single client event loop is the bottleneck.
import { monitorEventLoopDelay } from "node:perf_hooks";
import { type Joined, joinSession, SimParticipant } from "../test/live-clients.ts";
import { scoreItems, seededRandom } from "../test/live-load.ts";

export interface WorkerSetup {
  mode: "app" | "echo";
  httpUrl: string;
  wsBase: string;
  code: string;
  stepId: string;
  itemIds: string[];
  criteria: string[];
  groupIds: (string | null)[];
  /** Participants of this worker: global indexes [from, to). */
  from: number;
  to: number;
  thinkMs: [number, number];
  reconnectShare: number;
  seed: number;
  /** Joins and connects in flight at once. */
  concurrency: number;
}

/** A vote as the worker reports it (compact: 20,000 of them go over IPC). */
export type WorkerVote = [
  participantId: string,
  id: string,
  target: string,
  answers: Record<string, string>,
  firstSentAt: number,
  ackedAt: number,
  ackMs: number,
  sends: number,
];

export interface WorkerReport {
  votes: WorkerVote[];
  connects: number;
  welcomes: number;
  duplicateAcks: number;
  rejected: number;
  fatal: number;
  drops: number;
  loopDelayP99Ms: number;
}

type FromParent = { type: "setup"; setup: WorkerSetup } | { type: "go" } | { type: "stop" };

const send = (message: object) => process.send!(message);

async function inBatches<T>(count: number, concurrency: number, run: (i: number) => Promise<T>) {
  const results: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await run(i);
      }
    }),
  );
  return results;
}

let setup: WorkerSetup;
let participants: { joined: Joined; sim: SimParticipant; random: () => number }[] = [];
const loop = monitorEventLoopDelay({ resolution: 10 });

async function prepare(s: WorkerSetup) {
  setup = s;
  const count = s.to - s.from;
  const joined = await inBatches(count, s.concurrency, async (i): Promise<Joined> => {
    const n = s.from + i;
    if (s.mode === "echo")
      return { token: `echo-token-${n}-abcdefgh`, participantId: `p${n}`, sessionId: "echo" };
    return joinSession(s.httpUrl, s.code, s.groupIds[n % s.groupIds.length] ?? null, `p${n}`);
  });
  participants = joined.map((j, i) => {
    const random = seededRandom(s.seed * 100_003 + s.from + i);
    return {
      joined: j,
      random,
      sim: new SimParticipant({
        wsBase: s.wsBase,
        token: j.token,
        random,
        backoffMs: { first: 100, max: 2000 },
      }),
    };
  });
  await inBatches(count, s.concurrency, (i) => participants[i]!.sim.start());
  send({ type: "ready" });
}

async function go() {
  loop.enable();
  let drops = 0;
  await Promise.all(
    participants.map(async ({ joined, sim, random }, i) => {
      const reconnects = random() < setup.reconnectShare;
      const dropAfter = reconnects
        ? 1 + Math.floor(random() * Math.max(1, setup.itemIds.length - 2))
        : undefined;
      if (dropAfter !== undefined) drops++;
      await scoreItems(sim, {
        stepId: setup.stepId,
        itemIds: setup.itemIds,
        criteria: setup.criteria,
        thinkMs: setup.thinkMs,
        idPrefix: `v${setup.from + i}-${joined.participantId.slice(0, 8)}`,
        random,
        ...(dropAfter !== undefined ? { dropAfter } : {}),
      });
      await sim.allAcked(120_000).catch(() => {});
    }),
  );
  loop.disable();
  const report: WorkerReport = {
    votes: participants.flatMap(({ joined, sim }) =>
      sim.votes.map(
        (v): WorkerVote => [
          joined.participantId,
          v.id,
          v.target,
          (v.answer as { answers: Record<string, string> }).answers,
          v.firstSentAt,
          v.ackedAt,
          v.ackMs,
          v.sends,
        ],
      ),
    ),
    connects: participants.reduce((n, p) => n + p.sim.connects, 0),
    welcomes: participants.reduce((n, p) => n + p.sim.welcomes, 0),
    duplicateAcks: participants.reduce((n, p) => n + p.sim.duplicateAcks, 0),
    rejected: participants.reduce((n, p) => n + p.sim.votes.filter((v) => v.rejected).length, 0),
    fatal: participants.filter((p) => p.sim.fatal !== undefined).length,
    drops,
    loopDelayP99Ms: loop.percentile(99) / 1e6,
  };
  send({ type: "done", report });
}

process.on("message", (message: FromParent) => {
  if (message.type === "setup") {
    prepare(message.setup).catch((error) => {
      send({ type: "error", error: String(error?.stack ?? error) });
    });
  } else if (message.type === "go") {
    go().catch((error) => send({ type: "error", error: String(error?.stack ?? error) }));
  } else {
    for (const p of participants) p.sim.stop();
    process.disconnect();
  }
});
