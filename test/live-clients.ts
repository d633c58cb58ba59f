import WebSocket from "ws";
import type {
  FacilitatorSessionView,
  GivenAnswers,
  ParticipantServerMessage,
  ParticipantSessionView,
} from "../src/domain/live/index.ts";

/** Milliseconds since the epoch with sub-millisecond precision, comparable across processes. */
export function now(): number {
  return performance.timeOrigin + performance.now();
}

/** A WebSocket client for tests: collects messages and waits for the one you expect. */
export class TestSocket {
  readonly messages: Record<string, unknown>[] = [];
  /** When each message arrived (`now()`), parallel to `messages`. */
  readonly receivedAt: number[] = [];
  readonly closed: Promise<{ code: number }>;
  #waiters: {
    match: (m: Record<string, unknown>) => boolean;
    resolve: (m: Record<string, unknown>) => void;
  }[] = [];

  private constructor(readonly ws: WebSocket) {
    ws.on("message", (data) => {
      const message = JSON.parse(String(data)) as Record<string, unknown>;
      this.messages.push(message);
      this.receivedAt.push(now());
      this.#waiters = this.#waiters.filter((w) => {
        if (!w.match(message)) return true;
        w.resolve(message);
        return false;
      });
    });
    this.closed = new Promise((resolve) => ws.on("close", (code) => resolve({ code })));
  }

  static open(url: string, headers: Record<string, string> = {}): Promise<TestSocket> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { headers });
      const socket = new TestSocket(ws);
      ws.once("open", () => resolve(socket));
      ws.once("error", reject);
      ws.once("unexpected-response", (request, response) => {
        // With this listener, ws leaves the refused request open; end it, or the server waits.
        request.destroy();
        reject(new Error(`handshake refused: ${response.statusCode}`));
      });
    });
  }

  send(message: object) {
    this.ws.send(JSON.stringify(message));
  }

  /** The first message (already received or still to come) that matches. */
  next<T = Record<string, unknown>>(
    match: (m: Record<string, unknown>) => boolean,
    timeoutMs = 5000,
    from = 0,
  ): Promise<T> {
    const seen = this.messages.slice(from).find(match);
    if (seen) return Promise.resolve(seen as T);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              `no matching message in ${timeoutMs} ms; got ${JSON.stringify(this.messages.slice(-5))}`,
            ),
          ),
        timeoutMs,
      );
      this.#waiters.push({
        match,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m as T);
        },
      });
    });
  }

  close() {
    this.ws.close();
  }
}

/** The facilitator's REST calls against a running server (cookie from a login). */
export function liveApi(url: string, cookie: string, slug: string) {
  const base = `${url}/api/v1/workspaces/${slug}`;
  async function call<T>(method: string, path: string, body?: object): Promise<T> {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { cookie, ...(body ? { "content-type": "application/json" } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }
  return {
    call,
    createSession: (body: { title: string; date: string; template?: string; itemIds?: string[] }) =>
      call<FacilitatorSessionView>("POST", "/sessions", body),
    control: (sessionId: string, body: { action: string; stepId?: string }) =>
      call<FacilitatorSessionView>("POST", `/sessions/${sessionId}/control`, body),
    items: async () =>
      (await call<{ items: { id: string; name: string }[] }>("GET", "/items?pageSize=200")).items,
    criteria: async () =>
      (
        await call<{ criteria: { versionId: string; enabled: boolean }[] }>("GET", "/criteria")
      ).criteria.filter((c) => c.enabled),
    groups: async () =>
      (await call<{ groups: { id: string; key: string | null }[] }>("GET", "/stakeholder-groups"))
        .groups,
    /** The presenter / facilitator socket of a session. */
    watch: (sessionId: string) =>
      TestSocket.open(
        `${url.replace(/^http/, "ws")}/api/v1/workspaces/${slug}/sessions/${sessionId}/ws`,
        {
          cookie,
        },
      ),
  };
}

export interface Joined {
  token: string;
  participantId: string;
  sessionId: string;
}

/** POST /live/join: a participant without an account. */
export async function joinSession(
  url: string,
  code: string,
  groupId: string | null,
  nickname = "",
): Promise<Joined> {
  const response = await fetch(`${url}/api/v1/live/join`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ code, groupId, nickname }),
  });
  if (response.status !== 201) throw new Error(`join: ${response.status} ${await response.text()}`);
  return (await response.json()) as Joined;
}

/** One vote as a simulated participant keeps it until acknowledged. */
export interface SimVote {
  id: string;
  stepId: string;
  target: string;
  answer: Record<string, unknown>;
  /** When the vote was sent first, and last (a resend after a reconnect). */
  firstSentAt: number;
  sentAt: number;
  /** The first acknowledgement, or 0. */
  ackedAt: number;
  /** Milliseconds from the last send before the first ack to that ack. */
  ackMs: number;
  acks: number;
  sends: number;
  rejected?: string;
}

export interface SimParticipantOptions {
  /** ws://host:port (the participant socket is at /api/v1/live/ws). */
  wsBase: string | (() => string);
  token: string;
  /** Reconnect backoff: first delay, doubling up to the maximum, ±50 % jitter. */
  backoffMs?: { first: number; max: number };
  random?: () => number;
}

const fatalCloseCodes = new Set([4401, 4410]);

/**
 * A participant's phone as docs/live-protocol.md describes it: says hello, keeps every vote
 * until its `ack`, reconnects with backoff after any close, says hello again and resends every
 * unacknowledged vote in order, with the same id. Shared by the tests and `bench/live.ts`.
 */
export class SimParticipant {
  readonly votes: SimVote[] = [];
  /** Unacknowledged votes, in the order they were first sent. */
  readonly unacked = new Map<string, SimVote>();
  session: ParticipantSessionView | undefined;
  /** The committed answers the last `welcome` brought. */
  answers: GivenAnswers = {};
  connects = 0;
  welcomes = 0;
  duplicateAcks = 0;
  /** Set when the server refused the participant for good (unknown token, ended session). */
  fatal: number | undefined;
  #ws: WebSocket | undefined;
  #ready = false;
  #stopped = false;
  #delay: number;
  #timer: NodeJS.Timeout | undefined;
  #waiters: { match: () => boolean; resolve: () => void }[] = [];
  readonly #random: () => number;
  readonly #backoff: { first: number; max: number };

  constructor(private readonly options: SimParticipantOptions) {
    this.#backoff = options.backoffMs ?? { first: 250, max: 4000 };
    this.#delay = this.#backoff.first;
    this.#random = options.random ?? Math.random;
  }

  get ready() {
    return this.#ready;
  }

  /** Connects; resolves at the first welcome. */
  start(): Promise<void> {
    this.#connect();
    return this.until(() => this.#ready);
  }

  /** Resolves when `match()` becomes true (checked after every message and state change). */
  until(match: () => boolean, timeoutMs = 60_000): Promise<void> {
    if (match()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((w) => w !== waiter);
        reject(new Error(`participant: condition not met in ${timeoutMs} ms`));
      }, timeoutMs);
      const waiter = {
        match,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      this.#waiters.push(waiter);
    });
  }

  allAcked(timeoutMs = 60_000): Promise<void> {
    return this.until(() => this.unacked.size === 0, timeoutMs);
  }

  #check() {
    if (!this.#waiters.length) return;
    this.#waiters = this.#waiters.filter((w) => {
      if (!w.match()) return true;
      w.resolve();
      return false;
    });
  }

  #connect() {
    if (this.#stopped) return;
    const base =
      typeof this.options.wsBase === "function" ? this.options.wsBase() : this.options.wsBase;
    const ws = new WebSocket(`${base}/api/v1/live/ws`, { perMessageDeflate: false });
    this.#ws = ws;
    this.connects++;
    ws.on("open", () => {
      ws.send(JSON.stringify({ type: "hello", token: this.options.token, protocol: 1 }));
    });
    ws.on("message", (data) => this.#receive(ws, String(data)));
    ws.on("error", () => {
      // A close follows; it reconnects.
    });
    ws.on("close", (code) => {
      if (this.#ws !== ws) return;
      this.#ws = undefined;
      this.#ready = false;
      if (fatalCloseCodes.has(code)) {
        this.fatal = code;
        this.#stopped = true;
      }
      this.#check();
      this.#scheduleReconnect();
    });
  }

  #scheduleReconnect() {
    if (this.#stopped || this.#timer) return;
    const wait = this.#delay * (0.5 + this.#random());
    this.#delay = Math.min(this.#delay * 2, this.#backoff.max);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#connect();
    }, wait);
  }

  #receive(ws: WebSocket, data: string) {
    const message = JSON.parse(data) as ParticipantServerMessage;
    switch (message.type) {
      case "welcome":
        if (this.#ws !== ws) return;
        this.#ready = true;
        this.#delay = this.#backoff.first;
        this.welcomes++;
        this.session = message.session;
        this.answers = message.answers;
        for (const vote of this.unacked.values()) this.#send(vote);
        break;
      case "session":
        this.session = message.session;
        break;
      case "ack": {
        const vote = this.unacked.get(message.id);
        if (!vote) {
          this.duplicateAcks++;
          break;
        }
        const at = now();
        vote.acks++;
        vote.ackedAt = at;
        vote.ackMs = at - vote.sentAt;
        this.unacked.delete(message.id);
        break;
      }
      case "rejected": {
        const vote = this.unacked.get(message.id);
        if (vote) {
          vote.rejected = message.code;
          this.unacked.delete(message.id);
        }
        break;
      }
    }
    this.#check();
  }

  #send(vote: SimVote) {
    const at = now();
    if (!vote.sends) vote.firstSentAt = at;
    vote.sentAt = at;
    vote.sends++;
    this.#ws!.send(
      JSON.stringify({
        type: "vote",
        id: vote.id,
        stepId: vote.stepId,
        target: vote.target,
        answer: vote.answer,
      }),
    );
  }

  /** Queues a vote and sends it now when connected (else after the next welcome). */
  vote(id: string, stepId: string, target: string, answer: Record<string, unknown>): SimVote {
    const vote: SimVote = {
      id,
      stepId,
      target,
      answer,
      firstSentAt: 0,
      sentAt: 0,
      ackedAt: 0,
      ackMs: 0,
      acks: 0,
      sends: 0,
    };
    this.votes.push(vote);
    this.unacked.set(id, vote);
    if (this.#ready) this.#send(vote);
    return vote;
  }

  /** Drops the connection as a phone losing its network would; it reconnects by itself. */
  drop() {
    const ws = this.#ws;
    if (!ws) return;
    this.#ws = undefined;
    this.#ready = false;
    ws.terminate();
    this.#scheduleReconnect();
  }

  /** Stops for good: closes the socket and does not reconnect. */
  stop() {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#ws?.close();
    this.#ws = undefined;
    this.#ready = false;
  }
}

/**
 * Logs in as `cookie`'s user, creates a session of the "Gespreksmodel in 90 minuten" template on
 * the workspace's first `items` items, starts it and opens its `score_items` step.
 */
export async function openScoringSession(
  url: string,
  cookie: string,
  slug: string,
  { items: itemCount = 10, title = "Bijeenkomst onder belasting" } = {},
) {
  const api = liveApi(url, cookie, slug);
  const items = (await api.items()).slice(0, itemCount);
  const [criteria, groups] = await Promise.all([api.criteria(), api.groups()]);
  const session = await api.createSession({
    title,
    date: "2026-12-01",
    template: "gespreksmodel-90",
    itemIds: items.map((i) => i.id),
  });
  const step = session.steps.find((s) => s.kind === "score_items")!;
  await api.control(session.id, { action: "start" });
  await api.control(session.id, { action: "open", stepId: step.id });
  return { api, session, step, items, criteria, groups };
}
