/**
 * Simulated participants under load, and the check that nothing was lost or counted twice:
 * shared by `bench/live.ts` and the live tests that start real server processes.
 */
import { sql } from "drizzle-orm";
import type { Database } from "../src/server/db/client.ts";
import type { SimParticipant, SimVote } from "./live-clients.ts";

/** A small seeded PRNG (mulberry32), so a run can be repeated. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const answerValues = ["yes", "partly", "no", "unknown"] as const;

export interface ScoringScript {
  stepId: string;
  itemIds: readonly string[];
  criteria: readonly string[];
  /** Think time before each vote, uniform between the two (ms). */
  thinkMs: readonly [number, number];
  /** Drop the connection right after sending the vote with this index (0-based), if any. */
  dropAfter?: number;
  /** Prefix of the vote ids (8–64 of A–Z a–z 0–9 _ -, with the suffix). */
  idPrefix: string;
  random: () => number;
  /** Stops sending further votes when it returns true (already sent votes are still resent). */
  stopped?: () => boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One participant scores every item on every criterion: one vote per item, holding that item's
 * answers map (`score_items`). It does not wait for acks between votes (a phone queues them).
 */
export async function scoreItems(participant: SimParticipant, script: ScoringScript) {
  const [min, max] = script.thinkMs;
  for (const [k, itemId] of script.itemIds.entries()) {
    const think = min + (max - min) * script.random();
    if (think > 0) await sleep(think);
    if (script.stopped?.()) return;
    const answers = Object.fromEntries(
      script.criteria.map((c) => [c, answerValues[Math.floor(script.random() * 4)]!]),
    );
    participant.vote(`${script.idPrefix}-${k}`, script.stepId, itemId, { answers });
    if (k === script.dropAfter) participant.drop();
  }
}

/** What a client knows about one of its votes, enough to check it in the database. */
export interface SentVote {
  participantId: string;
  id: string;
  target: string;
  answers: Record<string, string>;
  acked: boolean;
}

export function sentVotes(participantId: string, votes: readonly SimVote[]): SentVote[] {
  return votes.map((v) => ({
    participantId,
    id: v.id,
    target: v.target,
    answers: (v.answer as { answers: Record<string, string> }).answers,
    acked: v.ackedAt > 0,
  }));
}

export interface VoteCheck {
  /** Votes the clients sent (each at least once). */
  votes: number;
  acked: number;
  /** Sent but never acknowledged. */
  unacked: number;
  /** Acknowledged, but no receipt, or not the answers given, in the database. */
  lost: number;
  /** Stored more than once: receipts, scores or answers beyond one per vote. */
  duplicated: number;
  /** Receipts and score rows of the session in the database. */
  receipts: number;
  scores: number;
  answers: number;
}

/**
 * Checks every vote against the database: an acknowledged vote must have exactly one receipt
 * (participant, client id), one score row for its participant and item, and exactly the
 * answers it gave; nothing may be stored twice. In this scenario every vote is about its own
 * (participant, item), so the score holds exactly that vote's answers.
 */
export async function checkVotes(
  db: Pick<Database, "execute">,
  sessionId: string,
  votes: readonly SentVote[],
): Promise<VoteCheck> {
  type Rows<T> = { rows: T[] };
  const receipts = (
    (await db.execute(sql`
      select r.participant_id as p, r.client_id as c, r.target as t
      from live_vote_receipts r join live_steps s on s.id = r.step_id
      where s.session_id = ${sessionId}`)) as unknown as Rows<{ p: string; c: string; t: string }>
  ).rows;
  const scoreRows = (
    (await db.execute(sql`
      select id, participant_id as p, item_id as i from scores where session_id = ${sessionId}`)) as unknown as Rows<{
      id: string;
      p: string;
      i: string;
    }>
  ).rows;
  const answerRows = (
    (await db.execute(sql`
      select a.score_id as s, a.criterion_version_id as c, a.answer as a
      from score_answers a join scores s on s.id = a.score_id
      where s.session_id = ${sessionId}`)) as unknown as Rows<{ s: string; c: string; a: string }>
  ).rows;

  const count = <K>(keys: K[]) => {
    const map = new Map<K, number>();
    for (const k of keys) map.set(k, (map.get(k) ?? 0) + 1);
    return map;
  };
  const receiptCount = count(receipts.map((r) => `${r.p}/${r.c}`));
  const receiptsPerTarget = count(receipts.map((r) => `${r.p}/${r.t}`));
  const scoresPer = count(scoreRows.map((s) => `${s.p}/${s.i}`));
  const answersPer = count(answerRows.map((a) => `${a.s}/${a.c}`));
  const scoreOf = new Map(scoreRows.map((s) => [`${s.p}/${s.i}`, s.id]));
  const answersOf = new Map<string, Record<string, string>>();
  for (const a of answerRows) answersOf.set(a.s, { ...answersOf.get(a.s), [a.c]: a.a });

  let duplicated = 0;
  for (const n of [
    ...receiptCount.values(),
    ...receiptsPerTarget.values(),
    ...scoresPer.values(),
    ...answersPer.values(),
  ]) {
    if (n > 1) duplicated += n - 1;
  }
  const known = new Set(votes.map((v) => `${v.participantId}/${v.id}`));
  // A receipt for a vote no client sent would be a vote counted out of nowhere.
  for (const key of receiptCount.keys()) if (!known.has(key)) duplicated++;

  let lost = 0;
  let acked = 0;
  for (const v of votes) {
    if (!v.acked) continue;
    acked++;
    const scoreId = scoreOf.get(`${v.participantId}/${v.target}`);
    const stored = scoreId ? answersOf.get(scoreId) : undefined;
    const same =
      stored !== undefined &&
      Object.keys(stored).length === Object.keys(v.answers).length &&
      Object.entries(v.answers).every(([c, a]) => stored[c] === a);
    if (!receiptCount.has(`${v.participantId}/${v.id}`) || !same) lost++;
  }
  return {
    votes: votes.length,
    acked,
    unacked: votes.length - acked,
    lost,
    duplicated,
    receipts: receipts.length,
    scores: scoreRows.length,
    answers: answerRows.length,
  };
}

/**
 * Vote-to-presenter latency from the presenter's `progress` messages: its `votes` counter
 * counts the (participant, target) pairs answered in the current step, so the k-th vote to be
 * acknowledged is on the big screen once a progress message says `votes ≥ k`. Latency is from
 * the vote's first send to that message. `progress` is [time received, votes] in order.
 */
export function presenterLatencies(
  votes: readonly { firstSentAt: number; ackedAt: number }[],
  progress: readonly (readonly [number, number])[],
): number[] {
  const byAck = votes.filter((v) => v.ackedAt > 0).sort((a, b) => a.ackedAt - b.ackedAt);
  const latencies: number[] = [];
  let j = 0;
  for (const [k, vote] of byAck.entries()) {
    while (j < progress.length && progress[j]![1] < k + 1) j++;
    if (j === progress.length) break;
    latencies.push(progress[j]![0] - vote.firstSentAt);
  }
  return latencies;
}
