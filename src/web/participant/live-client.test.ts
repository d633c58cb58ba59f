import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { backoffDelay } from "../components/backoff.ts";
import {
  type KeyValueStore,
  LiveClient,
  loadParticipation,
  mergeAnswer,
  newVoteId,
  type SocketLike,
  saveParticipation,
  storageKeys,
  VoteQueue,
} from "./live-client.ts";

class MemoryStore implements KeyValueStore {
  map = new Map<string, string>();
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
}

class FakeSocket implements SocketLike {
  sent: Record<string, unknown>[] = [];
  closedWith: number | null = null;
  onopen: SocketLike["onopen"] = null;
  onmessage: SocketLike["onmessage"] = null;
  onclose: SocketLike["onclose"] = null;
  onerror: SocketLike["onerror"] = null;
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close(code?: number) {
    this.closedWith = code ?? 1000;
  }
  // The server side.
  open() {
    this.onopen?.call(this as never, {} as Event);
  }
  receive(message: object) {
    this.onmessage?.call(this as never, { data: JSON.stringify(message) } as MessageEvent);
  }
  drop(code = 1006) {
    this.onclose?.call(this as never, { code } as CloseEvent);
  }
  votes() {
    return this.sent.filter((m) => m.type === "vote");
  }
}

const stepId = "11111111-1111-4111-8111-111111111111";
const itemA = "22222222-2222-4222-8222-222222222222";
const itemB = "33333333-3333-4333-8333-333333333333";
const session = {
  id: "s",
  title: "Bijeenkomst",
  status: "running" as const,
  step: {
    id: stepId,
    kind: "quick_vote" as const,
    title: "Snelle toets",
    question: "",
    state: "open" as const,
    position: 2,
    total: 7,
    targets: [],
    criteria: [],
  },
};
const welcome = (answers = {}) => ({
  type: "welcome",
  participant: { id: "p", groupId: null, nickname: "" },
  session,
  answers,
});

function setup(store = new MemoryStore()) {
  const sockets: FakeSocket[] = [];
  let n = 0;
  const client = new LiveClient({
    url: "ws://test/api/v1/live/ws",
    token: "t".repeat(32),
    code: "QH7K3MTX",
    store,
    connect: () => {
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket;
    },
    random: () => 0.5,
    newId: () => `vote-id-${++n}`,
  });
  const last = () => sockets[sockets.length - 1]!;
  return { client, store, sockets, last };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("backoffDelay", () => {
  it("starts at 0.5 s, doubles, stops at 15 s, and spreads ±50 %", () => {
    const middle = () => 0.5;
    expect([0, 1, 2, 3, 4, 5, 6, 10].map((a) => backoffDelay(a, middle))).toEqual([
      500, 1000, 2000, 4000, 8000, 15000, 15000, 15000,
    ]);
    expect(backoffDelay(0, () => 0)).toBe(250);
    expect(backoffDelay(0, () => 0.999999)).toBe(750);
    expect(backoffDelay(20, () => 0)).toBe(7500);
  });
});

describe("mergeAnswer", () => {
  it("adds criteria answers up and replaces any other answer", () => {
    expect(mergeAnswer({ answers: { a: "yes" } }, { answers: { b: "no" } })).toEqual({
      answers: { a: "yes", b: "no" },
    });
    expect(mergeAnswer({ answers: { a: "yes" } }, { answers: { a: "no" } })).toEqual({
      answers: { a: "no" },
    });
    expect(mergeAnswer({ overall: "doubt" }, { overall: "rather_yes" })).toEqual({
      overall: "rather_yes",
    });
    expect(mergeAnswer(undefined, { sphere: "communal" })).toEqual({ sphere: "communal" });
  });
});

describe("newVoteId", () => {
  it("fits the protocol's id pattern", () => {
    for (let i = 0; i < 50; i++) expect(newVoteId()).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });
});

describe("VoteQueue", () => {
  it("keeps votes in storage, in order, and folds a later answer to the same target in", () => {
    const store = new MemoryStore();
    const queue = new VoteQueue(store, "q");
    queue.add({ id: "v1", stepId, target: itemA, answer: { answers: { c1: "yes" } } });
    queue.add({ id: "v2", stepId, target: itemB, answer: { overall: "doubt" } });
    queue.add({ id: "v3", stepId, target: itemA, answer: { answers: { c2: "no" } } });
    const again = new VoteQueue(store, "q");
    expect(again.votes).toEqual([
      { id: "v2", stepId, target: itemB, answer: { overall: "doubt" } },
      { id: "v3", stepId, target: itemA, answer: { answers: { c1: "yes", c2: "no" } } },
    ]);
    expect(again.remove("v2")?.id).toBe("v2");
    expect(again.remove("v2")).toBeUndefined();
    again.remove("v3");
    expect(store.getItem("q")).toBeNull();
  });

  it("survives unreadable storage", () => {
    const store = new MemoryStore();
    store.setItem("q", "{not json");
    expect(new VoteQueue(store, "q").votes).toEqual([]);
  });
});

describe("participation", () => {
  it("is kept per join code", () => {
    const store = new MemoryStore();
    saveParticipation(store, "QH7K3MTX", { token: "abc", participantId: "p", sessionId: "s" });
    expect(loadParticipation(store, "QH7K3MTX")?.token).toBe("abc");
    expect(loadParticipation(store, "AAAAAAAA")).toBeNull();
  });
});

describe("LiveClient", () => {
  it("says hello with its token and shows the session and committed answers", () => {
    const { client, last } = setup();
    client.start();
    expect(client.getState().status).toBe("connecting");
    last().open();
    expect(last().sent).toEqual([{ type: "hello", token: "t".repeat(32), protocol: 1 }]);
    last().receive(welcome({ [stepId]: { [itemA]: { overall: "rather_yes" } } }));
    expect(client.getState()).toMatchObject({
      status: "online",
      session: { title: "Bijeenkomst" },
      answers: { [stepId]: { [itemA]: { overall: "rather_yes" } } },
      pending: 0,
    });
  });

  it("sends a vote at once when online and forgets it when acknowledged", () => {
    const { client, store, last } = setup();
    const listener = vi.fn();
    client.subscribe(listener);
    client.start();
    last().open();
    last().receive(welcome());
    client.vote(stepId, itemA, { overall: "doubt" });
    expect(last().votes()).toEqual([
      { type: "vote", id: "vote-id-1", stepId, target: itemA, answer: { overall: "doubt" } },
    ]);
    expect(client.getState().pending).toBe(1);
    expect(store.getItem(storageKeys("QH7K3MTX").queue)).toContain("vote-id-1");
    last().receive({ type: "ack", id: "vote-id-1" });
    expect(client.getState().pending).toBe(0);
    expect(client.getState().answers[stepId]?.[itemA]).toEqual({ overall: "doubt" });
    expect(store.getItem(storageKeys("QH7K3MTX").queue)).toBeNull();
    expect(listener).toHaveBeenCalled();
  });

  it("queues votes while offline and resends them in order after reconnecting", () => {
    const { client, sockets, last } = setup();
    client.start();
    last().open();
    last().receive(welcome());
    last().drop();
    expect(client.getState().status).toBe("offline");
    client.vote(stepId, itemA, { overall: "doubt" });
    client.vote(stepId, itemB, { overall: "rather_not" });
    expect(client.getState()).toMatchObject({ pending: 2, status: "offline" });
    expect(sockets).toHaveLength(1);
    // Shown as given, though not yet sent.
    expect(client.getState().answers[stepId]?.[itemB]).toEqual({ overall: "rather_not" });

    vi.advanceTimersByTime(499);
    expect(sockets).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(2);
    last().open();
    expect(last().votes()).toEqual([]); // not before the welcome
    last().receive(welcome());
    expect(
      last()
        .votes()
        .map((v) => v.id),
    ).toEqual(["vote-id-1", "vote-id-2"]);
    last().receive({ type: "ack", id: "vote-id-1" });
    last().receive({ type: "ack", id: "vote-id-2" });
    expect(client.getState().pending).toBe(0);
  });

  it("resends a vote whose ack was lost, with the same id", () => {
    const { client, last } = setup();
    client.start();
    last().open();
    last().receive(welcome());
    client.vote(stepId, itemA, { overall: "doubt" });
    last().drop();
    vi.advanceTimersByTime(500);
    last().open();
    last().receive(welcome({ [stepId]: { [itemA]: { overall: "doubt" } } }));
    expect(last().votes()).toEqual([
      { type: "vote", id: "vote-id-1", stepId, target: itemA, answer: { overall: "doubt" } },
    ]);
  });

  it("backs off 0.5 s doubling to 15 s while the server stays away, and resets once welcomed", () => {
    const { client, sockets, last } = setup();
    client.start();
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      last().drop();
      const before = sockets.length;
      let waited = 0;
      while (sockets.length === before) {
        vi.advanceTimersByTime(100);
        waited += 100;
      }
      waits.push(waited);
    }
    expect(waits).toEqual([500, 1000, 2000, 4000, 8000, 15000, 15000, 15000]);
    last().open();
    last().receive(welcome());
    last().drop();
    vi.advanceTimersByTime(500);
    expect(sockets).toHaveLength(10);
  });

  it("keeps the queue over a reload: a new client on the same storage sends what was left", () => {
    const store = new MemoryStore();
    const first = setup(store);
    first.client.start();
    first.client.vote(stepId, itemA, { overall: "rather_yes" });
    first.client.stop();

    const second = setup(store);
    expect(second.client.getState().pending).toBe(1);
    expect(second.client.getState().answers[stepId]?.[itemA]).toEqual({ overall: "rather_yes" });
    second.client.start();
    second.last().open();
    second.last().receive(welcome());
    expect(second.last().votes()).toHaveLength(1);
  });

  it("shows the last known session at once after a reload, before connecting", () => {
    const store = new MemoryStore();
    const first = setup(store);
    first.client.start();
    first.last().open();
    first.last().receive(welcome({ [stepId]: { [itemA]: { overall: "doubt" } } }));
    first.client.stop();
    const second = setup(store);
    expect(second.client.getState()).toMatchObject({
      status: "connecting",
      session: { title: "Bijeenkomst" },
      answers: { [stepId]: { [itemA]: { overall: "doubt" } } },
    });
  });

  it("drops a refused vote and says why", () => {
    const { client, last } = setup();
    client.start();
    last().open();
    last().receive(welcome());
    client.vote(stepId, itemA, { overall: "doubt" });
    last().receive({ type: "rejected", id: "vote-id-1", code: "step_not_open" });
    expect(client.getState()).toMatchObject({
      pending: 0,
      refused: { code: "step_not_open", vote: { target: itemA } },
    });
    expect(client.getState().answers[stepId]?.[itemA]).toBeUndefined();
  });

  it("asks to join again when the server does not know the token, and stops", () => {
    const store = new MemoryStore();
    saveParticipation(store, "QH7K3MTX", { token: "t", participantId: "p", sessionId: "s" });
    const { client, sockets, last } = setup(store);
    client.start();
    last().open();
    last().drop(4401);
    expect(client.getState().status).toBe("rejoin");
    expect(loadParticipation(store, "QH7K3MTX")).toBeNull();
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(1);
  });

  it("stops reconnecting when the session ended", () => {
    const { client, sockets, last } = setup();
    client.start();
    last().open();
    last().drop(4410);
    expect(client.getState().status).toBe("ended");
    client.wake();
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(1);
  });

  it("reconnects at once when woken (back online, phone unlocked) instead of waiting", () => {
    const { client, sockets, last } = setup();
    client.start();
    last().open();
    last().receive(welcome());
    for (let i = 0; i < 5; i++) {
      last().drop();
      vi.runOnlyPendingTimers();
    }
    last().drop();
    expect(sockets).toHaveLength(6);
    client.wake();
    expect(sockets).toHaveLength(7);
  });

  it("pings a quiet connection and replaces it when nothing answers", () => {
    const { client, sockets, last } = setup();
    client.start();
    last().open();
    last().receive(welcome());
    vi.advanceTimersByTime(20_000);
    expect(last().sent.at(-1)).toEqual({ type: "ping" });
    last().receive({ type: "pong" });
    vi.advanceTimersByTime(20_000);
    expect(last().sent.at(-1)).toEqual({ type: "ping" });
    const dead = last();
    vi.advanceTimersByTime(10_000);
    expect(dead.closedWith).toBe(4000);
    expect(client.getState().status).toBe("offline");
    vi.advanceTimersByTime(500);
    expect(sockets).toHaveLength(2);
  });

  it("checks a connection that looks open when woken", () => {
    const { client, last } = setup();
    client.start();
    last().open();
    last().receive(welcome());
    client.wake();
    expect(last().sent.at(-1)).toEqual({ type: "ping" });
  });
});
