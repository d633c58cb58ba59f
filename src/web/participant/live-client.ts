/**
 * The participant's connection to a live session: identity, the offline vote queue and the
 * WebSocket with reconnects. Plain TypeScript without React or DOM globals beyond what is passed
 * in, so it is tested in Node (live-client.test.ts). Protocol: docs/live-protocol.md.
 *
 * Only types come from `domain/live/protocol.ts`: its runtime values pull in zod, which does not
 * belong in this page's script. The few numbers needed are repeated below and checked against
 * the domain's by the type checker.
 */
import type {
  closeCodes,
  GivenAnswers,
  LiveAnswer,
  ParticipantServerMessage,
  ParticipantSessionView,
  protocolVersion,
  VoteRefusal,
} from "../../domain/live/protocol.ts";
import { backoffDelay } from "../components/backoff.ts";

const protocol: typeof protocolVersion = 1;
const codes = {
  unknownParticipant: 4401,
  sessionEnded: 4410,
} as const satisfies Partial<typeof closeCodes>;

/** `localStorage`, or a stand-in in tests. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The part of a browser WebSocket the client uses. */
export type SocketLike = Pick<
  WebSocket,
  "send" | "close" | "onopen" | "onmessage" | "onclose" | "onerror"
>;

/** What `POST /live/join` returns: the device keeps it per join code. */
export interface Participation {
  token: string;
  participantId: string;
  sessionId: string;
}

export interface QueuedVote {
  id: string;
  stepId: string;
  target: string;
  answer: LiveAnswer;
}

const prefix = "sociale-basis.live.";

/** Where the device keeps a session's participation, unsent votes and last known state. */
export function storageKeys(code: string) {
  return {
    participation: `${prefix}${code}`,
    queue: `${prefix}${code}.queue`,
    cache: `${prefix}${code}.cache`,
  };
}

function readJson<T>(store: KeyValueStore, key: string): T | null {
  try {
    const raw = store.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

function writeJson(store: KeyValueStore, key: string, value: unknown): void {
  try {
    store.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or refused (private mode): this visit still works, a reload may not.
  }
}

export function loadParticipation(store: KeyValueStore, code: string): Participation | null {
  const value = readJson<Participation>(store, storageKeys(code).participation);
  return value && typeof value.token === "string" ? value : null;
}

export function saveParticipation(store: KeyValueStore, code: string, value: Participation) {
  writeJson(store, storageKeys(code).participation, value);
}

/** Forgets the identity (the server no longer knows it); unsent votes stay for the next one. */
export function forgetParticipation(store: KeyValueStore, code: string) {
  const keys = storageKeys(code);
  store.removeItem(keys.participation);
  store.removeItem(keys.cache);
}

/**
 * A later answer to the same target: criteria answers add up (the server merges them too), any
 * other answer replaces the earlier one.
 */
export function mergeAnswer(previous: LiveAnswer | undefined, next: LiveAnswer): LiveAnswer {
  if (previous && "answers" in previous && "answers" in next) {
    return { answers: { ...previous.answers, ...next.answers } };
  }
  return next;
}

function withAnswer(given: GivenAnswers, stepId: string, target: string, answer: LiveAnswer) {
  const step = given[stepId] ?? {};
  return { ...given, [stepId]: { ...step, [target]: mergeAnswer(step[target], answer) } };
}

/** Votes not yet acknowledged, in order, kept in storage so a reload or a crash loses none. */
export class VoteQueue {
  #votes: QueuedVote[];

  constructor(
    private readonly store: KeyValueStore,
    private readonly key: string,
  ) {
    const stored = readJson<unknown>(store, key);
    this.#votes = Array.isArray(stored) ? (stored as QueuedVote[]) : [];
  }

  get votes(): readonly QueuedVote[] {
    return this.#votes;
  }

  /**
   * Adds a vote. An unacknowledged earlier vote for the same target is folded into it (and
   * leaves the queue): the new one carries both, so nothing is lost if the earlier never arrived.
   */
  add(vote: QueuedVote): QueuedVote {
    const earlier = this.#votes.find((v) => v.stepId === vote.stepId && v.target === vote.target);
    const merged = { ...vote, answer: mergeAnswer(earlier?.answer, vote.answer) };
    this.#votes = [...this.#votes.filter((v) => v !== earlier), merged];
    this.#save();
    return merged;
  }

  /** Takes a vote out (acknowledged or refused); undefined when it is no longer queued. */
  remove(id: string): QueuedVote | undefined {
    const vote = this.#votes.find((v) => v.id === id);
    if (vote) {
      this.#votes = this.#votes.filter((v) => v !== vote);
      this.#save();
    }
    return vote;
  }

  #save() {
    if (this.#votes.length) writeJson(this.store, this.key, this.#votes);
    else this.store.removeItem(this.key);
  }
}

const idAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** A client vote id: 16 random characters (the protocol allows 8–64 of A–Z a–z 0–9 _ -). */
export function newVoteId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let id = "";
  for (const byte of bytes) id += idAlphabet[byte % idAlphabet.length];
  return id;
}

/**
 * `connecting`: first connection of this visit; `online`: welcomed, votes go out at once;
 * `offline`: the connection dropped, reconnecting with backoff (votes wait in the queue);
 * `ended`: the session is over; `rejoin`: the server does not know this device's token.
 */
export type LiveStatus = "connecting" | "online" | "offline" | "ended" | "rejoin";

export interface LiveState {
  status: LiveStatus;
  session: ParticipantSessionView | null;
  participant: { id: string; groupId: string | null; nickname: string } | null;
  /** What the server committed, overlaid with the votes still waiting: what the screen shows. */
  answers: GivenAnswers;
  /** Votes waiting to be acknowledged. */
  pending: number;
  /** The last vote the server refused (it is dropped), to tell the participant. */
  refused: { vote: QueuedVote; code: VoteRefusal } | null;
}

export interface LiveClientOptions {
  url: string;
  token: string;
  code: string;
  store: KeyValueStore;
  connect: (url: string) => SocketLike;
  random?: () => number;
  newId?: () => string;
  /** Keep-alive: a ping after this long without a message… */
  pingAfterMs?: number;
  /** …and the connection counts as dead when nothing answers within this. */
  deadAfterMs?: number;
}

interface Cache {
  session: ParticipantSessionView | null;
  answers: GivenAnswers;
}

type Timer = ReturnType<typeof setTimeout>;

export class LiveClient {
  readonly queue: VoteQueue;
  #options: Required<LiveClientOptions>;
  #socket: SocketLike | null = null;
  #welcomed = false;
  #attempt = 0;
  #stopped = false;
  #retryTimer: Timer | null = null;
  #pingTimer: Timer | null = null;
  #deadTimer: Timer | null = null;
  #committed: GivenAnswers;
  #listeners = new Set<() => void>();
  #state: LiveState;

  constructor(options: LiveClientOptions) {
    this.#options = {
      random: Math.random,
      newId: newVoteId,
      pingAfterMs: 20_000,
      deadAfterMs: 10_000,
      ...options,
    };
    const keys = storageKeys(options.code);
    this.queue = new VoteQueue(options.store, keys.queue);
    const cache = readJson<Cache>(options.store, keys.cache);
    this.#committed = cache?.answers ?? {};
    this.#state = {
      status: "connecting",
      session: cache?.session ?? null,
      participant: null,
      answers: {},
      pending: 0,
      refused: null,
    };
    this.#state = this.#derive({});
  }

  getState = (): LiveState => this.#state;

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  start(): void {
    this.#stopped = false;
    this.#open();
  }

  stop(): void {
    this.#stopped = true;
    this.#clearTimers();
    this.#detach(1000);
  }

  /**
   * Back in the foreground or back online: reconnect now instead of waiting out the backoff,
   * or check that a connection that looks open still is (a locked phone's often is not).
   */
  wake(): void {
    if (this.#stopped || this.#isFinal()) return;
    if (this.#socket) {
      if (this.#welcomed) this.#ping();
      return;
    }
    if (this.#retryTimer) clearTimeout(this.#retryTimer);
    this.#retryTimer = null;
    this.#attempt = 0;
    this.#open();
  }

  /** Answers `target` in step `stepId`: queued and stored at once, sent when connected. */
  vote(stepId: string, target: string, answer: LiveAnswer): QueuedVote {
    const vote = this.queue.add({ id: this.#options.newId(), stepId, target, answer });
    if (this.#welcomed) this.#send({ type: "vote", ...vote });
    this.#update({ refused: null });
    return vote;
  }

  #isFinal() {
    return this.#state.status === "ended" || this.#state.status === "rejoin";
  }

  #open() {
    const socket = this.#options.connect(this.#options.url);
    this.#socket = socket;
    this.#welcomed = false;
    socket.onopen = () => {
      if (socket === this.#socket) {
        this.#sendOn(socket, { type: "hello", token: this.#options.token, protocol });
      }
    };
    socket.onmessage = (event) => this.#receive(socket, event.data);
    socket.onclose = (event) => this.#closed(socket, event.code);
    socket.onerror = () => {
      // A close event follows; reconnecting happens there.
    };
  }

  #receive(socket: SocketLike, data: unknown) {
    if (socket !== this.#socket) return;
    this.#alive();
    let message: ParticipantServerMessage;
    try {
      message = JSON.parse(String(data)) as ParticipantServerMessage;
    } catch {
      return;
    }
    switch (message.type) {
      case "welcome": {
        this.#welcomed = true;
        this.#attempt = 0;
        this.#committed = message.answers ?? {};
        this.#saveCache(message.session);
        this.#update({
          status: "online",
          session: message.session,
          participant: message.participant,
        });
        // In the order given: a later answer to the same target must arrive last.
        for (const vote of this.queue.votes) this.#send({ type: "vote", ...vote });
        break;
      }
      case "session":
        this.#saveCache(message.session);
        this.#update({ session: message.session });
        break;
      case "ack": {
        const vote = this.queue.remove(message.id);
        if (vote) {
          this.#committed = withAnswer(this.#committed, vote.stepId, vote.target, vote.answer);
          this.#saveCache(this.#state.session);
        }
        this.#update({});
        break;
      }
      case "rejected": {
        const vote = this.queue.remove(message.id);
        this.#update(vote ? { refused: { vote, code: message.code } } : {});
        break;
      }
      case "error":
        if (message.code === "unknown_participant") this.#finish("rejoin");
        else if (message.code === "session_ended") this.#finish("ended");
        break;
      default:
        break;
    }
  }

  #closed(socket: SocketLike, code: number) {
    if (socket !== this.#socket) return;
    this.#socket = null;
    this.#welcomed = false;
    this.#clearKeepAlive();
    if (code === codes.unknownParticipant) return this.#finish("rejoin");
    if (code === codes.sessionEnded) return this.#finish("ended");
    this.#retryLater();
  }

  #retryLater() {
    if (this.#stopped || this.#isFinal()) return;
    this.#update({ status: "offline" });
    const delay = backoffDelay(this.#attempt++, this.#options.random);
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = null;
      if (!this.#stopped) this.#open();
    }, delay);
  }

  #finish(status: "ended" | "rejoin") {
    this.#clearTimers();
    this.#detach(1000);
    if (status === "rejoin") forgetParticipation(this.#options.store, this.#options.code);
    this.#update({ status });
  }

  /** Lets go of the current socket without waiting for its close handshake. */
  #detach(code: number) {
    const socket = this.#socket;
    this.#socket = null;
    this.#welcomed = false;
    if (!socket) return;
    socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null;
    try {
      socket.close(code);
    } catch {
      // Already closed.
    }
  }

  /** Any message shows the connection lives: plan the next keep-alive ping. */
  #alive() {
    this.#clearKeepAlive();
    this.#pingTimer = setTimeout(() => this.#ping(), this.#options.pingAfterMs);
  }

  #ping() {
    const socket = this.#socket;
    if (!socket) return;
    this.#sendOn(socket, { type: "ping" });
    if (this.#deadTimer) return;
    this.#deadTimer = setTimeout(() => {
      this.#deadTimer = null;
      if (socket !== this.#socket) return;
      // No answer: the network changed under us. Let this socket go and reconnect soon.
      this.#clearKeepAlive();
      this.#detach(4000);
      this.#attempt = 0;
      this.#retryLater();
    }, this.#options.deadAfterMs);
  }

  #clearKeepAlive() {
    if (this.#pingTimer) clearTimeout(this.#pingTimer);
    if (this.#deadTimer) clearTimeout(this.#deadTimer);
    this.#pingTimer = this.#deadTimer = null;
  }

  #clearTimers() {
    this.#clearKeepAlive();
    if (this.#retryTimer) clearTimeout(this.#retryTimer);
    this.#retryTimer = null;
  }

  #send(message: object) {
    if (this.#socket) this.#sendOn(this.#socket, message);
  }

  #sendOn(socket: SocketLike, message: object) {
    try {
      socket.send(JSON.stringify(message));
    } catch {
      // Not open (any more): the close event reconnects and the queue resends.
    }
  }

  #saveCache(session: ParticipantSessionView | null) {
    const cache: Cache = { session, answers: this.#committed };
    writeJson(this.#options.store, storageKeys(this.#options.code).cache, cache);
  }

  #derive(change: Partial<LiveState>): LiveState {
    let answers = this.#committed;
    for (const vote of this.queue.votes) {
      answers = withAnswer(answers, vote.stepId, vote.target, vote.answer);
    }
    return { ...this.#state, ...change, answers, pending: this.queue.votes.length };
  }

  #update(change: Partial<LiveState>) {
    this.#state = this.#derive(change);
    for (const listener of this.#listeners) listener();
  }
}
