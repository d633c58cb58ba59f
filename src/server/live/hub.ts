import { randomUUID } from "node:crypto";
import type { FastifyBaseLogger } from "fastify";
import {
  aggregateRealism,
  type NationalExpectationKey,
  nationalExpectation,
  type RealismRating,
  realismByGroup,
} from "../../domain/expectations/index.ts";
import {
  answerSchemas,
  type FacilitatorSessionView,
  type GivenAnswers,
  type GroupNames,
  isAnswering,
  type LiveAnswer,
  type LiveCriterion,
  type LiveTarget,
  type OpenAnswerView,
  type ParticipantMessage,
  type ParticipantSessionView,
  presenterIntervalMs,
  type StepResults,
  stepTargets,
  type VoteRefusal,
  type WatcherServerMessage,
} from "../../domain/live/index.ts";
import {
  type CriterionWeight,
  type Score,
  ScoreBook,
  type Thresholds,
} from "../../domain/scoring/index.ts";
import type { DatabaseHandle } from "../db/client.ts";
import type { DelimitationRepository } from "../modules/delimitation/delimitation.repository.ts";
import type {
  LiveRepository,
  ParticipantRow,
  SessionRow,
  StepRow,
  VoteToWrite,
} from "../modules/live/live.repository.ts";
import { toSessionView } from "../modules/live/live.service.ts";
import { type LiveEvent, liveChannel } from "../modules/live/live-events.ts";
import type { VoteWriter, WriteOutcome } from "./vote-writer.ts";

/** The part of a WebSocket the hub uses (the `ws` socket has it; tests can fake it). */
export interface LiveSocket {
  send(data: string): void;
  close(code?: number, reason?: string): void;
  readonly bufferedAmount: number;
}

/** How long a room nobody is connected to stays loaded. */
const releaseAfterMs = 30_000;

/** A slow client gets no coalesced updates while this much is still unsent. */
const maxBuffered = 1_000_000;

interface Watcher {
  socket: LiveSocket;
  /** Editors and owners see open answers before moderation. */
  moderator: boolean;
}

interface Participant {
  socket: LiveSocket;
  row: ParticipantRow;
}

/** The session's votes, as far as the presenter needs them. Loaded when the first watcher comes. */
interface RoomVotes {
  /** Per item step kind, only what that kind asks: a quick vote is no score on the criteria. */
  byKind: Record<ItemStepKind, ScoreBook>;
  /**
   * Every score whole, as a discussion step weighs it (criteria, vote and sphere); put together
   * from `byKind` when asked, and forgotten at the next vote, so the votes are held once.
   */
  whole: ScoreBook | undefined;
  realism: Map<string, Map<string, { rating: RealismRating; group: string | null }>>;
  open: Map<string, OpenAnswerView & { stepId: string }>;
  /** step → participant → targets answered. */
  answered: Map<string, Map<string, Set<string>>>;
  joined: number;
}

type ItemStepKind = "score_items" | "quick_vote" | "sphere_placement";

/** The part of a score one item step kind asks for; null when the score has none of it. */
const projections: Record<ItemStepKind, (score: Score) => Score | null> = {
  score_items: (score) =>
    Object.keys(score.answers).length ? { ...score, overall: null, sphere: null } : null,
  quick_vote: (score) => (score.overall ? { ...score, answers: {}, sphere: null } : null),
  sphere_placement: (score) => (score.sphere ? { ...score, answers: {}, overall: null } : null),
};

const itemStepKinds = Object.keys(projections) as ItemStepKind[];

function putScore(votes: Pick<RoomVotes, "byKind" | "whole">, score: Score) {
  for (const kind of itemStepKinds) {
    const part = projections[kind](score);
    if (part) votes.byKind[kind].put(part);
    else votes.byKind[kind].delete(score.scorerId, score.itemId);
  }
  votes.whole = undefined;
}

/** The score a scorer gave an item, put together from its parts. */
function wholeScore(votes: Pick<RoomVotes, "byKind">, scorerId: string, itemId: string) {
  const { score_items, quick_vote, sphere_placement } = votes.byKind;
  const criteria = score_items.get(scorerId, itemId);
  const vote = quick_vote.get(scorerId, itemId);
  const sphere = sphere_placement.get(scorerId, itemId);
  const any = criteria ?? vote ?? sphere;
  if (!any) return undefined;
  return {
    ...any,
    answers: criteria?.answers ?? {},
    overall: vote?.overall ?? null,
    sphere: sphere?.sphere ?? null,
  };
}

function wholeBook(votes: RoomVotes): ScoreBook {
  if (votes.whole) return votes.whole;
  const whole = new ScoreBook();
  for (const kind of itemStepKinds) {
    const book = votes.byKind[kind];
    for (const itemId of book.itemIds()) {
      for (const { scorerId } of book.scoresOf(itemId)) {
        if (!whole.get(scorerId, itemId)) whole.put(wholeScore(votes, scorerId, itemId)!);
      }
    }
  }
  votes.whole = whole;
  return whole;
}

function send(socket: LiveSocket, data: string) {
  try {
    socket.send(data);
  } catch {
    // A socket that closed meanwhile; its close handler removes it.
  }
}

/** One live session as this process serves it: its state, its sockets, its results. */
export class Room {
  session!: SessionRow;
  steps: StepRow[] = [];
  #targets = new Map<string, LiveTarget>();
  #criteria: LiveCriterion[] = [];
  #weights: CriterionWeight[] = [];
  #thresholds: Thresholds = { lower: 0.35, upper: 0.65 };
  #groupNames: GroupNames = {};
  #participantView = "";
  readonly participants = new Set<Participant>();
  readonly watchers = new Set<Watcher>();
  #votes: RoomVotes | undefined;
  #loadingVotes: Promise<void> | undefined;
  /** Events that arrived while the votes were loading; applied after (idempotent, in order). */
  #pending: LiveEvent[] | undefined;
  #dirty = false;
  #timer: NodeJS.Timeout | undefined;
  #lastFlush = 0;
  #deleted = false;

  constructor(
    readonly id: string,
    private readonly repo: LiveRepository,
    private readonly delimitation: DelimitationRepository,
  ) {}

  get deleted() {
    return this.#deleted;
  }

  /** (Re)reads the session, its steps and what they ask about. */
  async loadState(): Promise<void> {
    const session = await this.repo.findSessionById(this.id);
    if (!session) {
      this.#deleted = true;
      return;
    }
    const [steps, criteria, thresholds, groups] = await Promise.all([
      this.repo.steps(this.id),
      this.delimitation.listCriteria(session.workspaceId),
      this.delimitation.thresholds(session.workspaceId),
      this.repo.groups(session.workspaceId),
    ]);
    const itemIds = [...new Set(steps.flatMap((s) => s.itemIds))];
    const expectationIds = [...new Set(steps.flatMap((s) => s.expectationIds))];
    const [items, expectations] = await Promise.all([
      this.repo.itemsByIds(session.workspaceId, itemIds),
      this.repo.expectationsByIds(session.workspaceId, expectationIds),
    ]);
    this.session = session;
    this.steps = steps;
    this.#targets = new Map([
      ...items.map((i): [string, LiveTarget] => [i.id, i]),
      ...expectations.map((e): [string, LiveTarget] => {
        const national = e.nationalKey
          ? nationalExpectation(e.nationalKey as NationalExpectationKey)
          : undefined;
        return [
          e.id,
          {
            id: e.id,
            name: national?.title ?? e.title,
            description: national
              ? { nl: national.expects.nl, en: national.expects.en }
              : e.expects,
          },
        ];
      }),
    ]);
    const enabled = criteria.filter((c) => c.enabled);
    this.#criteria = enabled.map((c) => ({
      versionId: c.versionId,
      key: c.key,
      set: c.set,
      label: c.label,
      explanation: c.explanation,
    }));
    this.#weights = enabled.map((c) => ({ versionId: c.versionId, weight: c.weight }));
    this.#thresholds = {
      lower: Math.round(thresholds.lower * 1000) / 1000,
      upper: Math.round(thresholds.upper * 1000) / 1000,
    };
    this.#groupNames = Object.fromEntries(groups.map((g) => [g.id, { key: g.key, name: g.name }]));
    this.#participantView = JSON.stringify({ type: "session", session: this.participantView() });
  }

  get currentStep(): StepRow | undefined {
    return this.steps.find((s) => s.id === this.session.currentStepId);
  }

  participantView(): ParticipantSessionView {
    const step = this.currentStep;
    return {
      id: this.session.id,
      title: this.session.title,
      status: this.session.status,
      step: step
        ? {
            id: step.id,
            kind: step.kind,
            title: step.title,
            question: step.question,
            state: step.state,
            position: step.position + 1,
            total: this.steps.length,
            targets: stepTargets(step)
              .map((id) => this.#targets.get(id))
              .filter((t): t is LiveTarget => t !== undefined),
            criteria: step.kind === "score_items" ? this.#criteria : [],
          }
        : null,
    };
  }

  facilitatorView(): FacilitatorSessionView {
    return toSessionView(this.session, this.steps);
  }

  /** The answers this participant gave, per step and target, from the database. */
  async givenAnswers(participantId: string): Promise<GivenAnswers> {
    const votes = await this.repo.participantVotes(participantId);
    const answersByScore = new Map<string, Record<string, string>>();
    for (const a of votes.answers) {
      answersByScore.set(a.scoreId, { ...answersByScore.get(a.scoreId), [a.versionId]: a.answer });
    }
    const given: GivenAnswers = {};
    for (const step of this.steps) {
      const forStep: Record<string, LiveAnswer> = {};
      for (const score of votes.scores) {
        if (!step.itemIds.includes(score.itemId)) continue;
        if (step.kind === "quick_vote" && score.overall)
          forStep[score.itemId] = { overall: score.overall };
        if (step.kind === "sphere_placement" && score.sphere)
          forStep[score.itemId] = { sphere: score.sphere };
        if (step.kind === "score_items") {
          const answers = answersByScore.get(score.id);
          if (answers) forStep[score.itemId] = { answers } as LiveAnswer;
        }
      }
      if (step.kind === "expectation_realism") {
        for (const r of votes.realism) {
          if (step.expectationIds.includes(r.expectationId))
            forStep[r.expectationId] = { rating: r.rating };
        }
      }
      if (step.kind === "open_question") {
        const last = votes.open.filter((o) => o.stepId === step.id).at(-1);
        if (last) forStep[step.id] = { text: last.text };
      }
      if (Object.keys(forStep).length) given[step.id] = forStep;
    }
    return given;
  }

  /**
   * Checks a vote against the step it is for. Whether the step is open is decided by the
   * database when the vote is written, not here: this room may not have heard yet that the
   * facilitator opened it (the notification can arrive after the phone saw the step).
   */
  check(
    participant: ParticipantRow,
    vote: ParticipantMessage & { type: "vote" },
  ): VoteToWrite | VoteRefusal {
    const step = this.steps.find((s) => s.id === vote.stepId);
    if (!step || !isAnswering(step.kind)) return "step_not_open";
    if (!stepTargets(step).includes(vote.target)) return "unknown_target";
    const parsed = answerSchemas[step.kind].safeParse(vote.answer);
    if (!parsed.success) return "invalid_answer";
    const base = {
      participantId: participant.id,
      clientId: vote.id,
      sessionId: this.id,
      workspaceId: this.session.workspaceId,
      stepId: step.id,
      group: participant.stakeholderGroupId,
      target: vote.target,
    };
    const answer = parsed.data as Record<string, unknown>;
    switch (step.kind) {
      case "score_items": {
        const answers = answer.answers as Record<string, "yes">;
        const current = new Set(this.#criteria.map((c) => c.versionId));
        if (Object.keys(answers).some((id) => !current.has(id))) return "invalid_answer";
        return { ...base, kind: "item", answers };
      }
      case "quick_vote":
        return { ...base, kind: "item", overall: answer.overall as "doubt" };
      case "sphere_placement":
        return { ...base, kind: "item", sphere: answer.sphere as "personal" };
      case "expectation_realism":
        return { ...base, kind: "realism", rating: answer.rating as RealismRating };
      case "open_question":
        return { ...base, kind: "open", text: answer.text as string };
    }
  }

  /** Starts loading the session's votes for the presenter, once. */
  ensureVotes(): Promise<void> {
    if (this.#votes) return Promise.resolve();
    this.#loadingVotes ??= (async () => {
      this.#pending = [];
      const [loaded, scores] = await Promise.all([
        this.repo.sessionVotes(this.id),
        this.delimitation.allScores(this.session.workspaceId, this.id),
      ]);
      const books = {
        byKind: {
          score_items: new ScoreBook(),
          quick_vote: new ScoreBook(),
          sphere_placement: new ScoreBook(),
        },
        whole: undefined,
      };
      for (const score of scores) putScore(books, score);
      const votes: RoomVotes = {
        ...books,
        realism: new Map(),
        open: new Map(),
        answered: new Map(),
        joined: loaded.joined,
      };
      for (const r of loaded.realism) {
        const forExpectation = votes.realism.get(r.expectationId) ?? new Map();
        forExpectation.set(r.participantId!, { rating: r.rating, group: r.group });
        votes.realism.set(r.expectationId, forExpectation);
      }
      for (const o of loaded.open)
        votes.open.set(o.id, { id: o.id, stepId: o.stepId, text: o.text, status: o.status });
      for (const r of loaded.receipts) markAnswered(votes, r.stepId, r.participantId, r.target);
      this.#votes = votes;
      const pending = this.#pending;
      this.#pending = undefined;
      for (const event of pending) this.#applyVotes(event);
      this.#markDirty();
    })();
    this.#loadingVotes.catch(() => {
      this.#loadingVotes = undefined;
      this.#pending = undefined;
    });
    return this.#loadingVotes;
  }

  /** Applies an event from any process, in commit order. */
  async apply(event: LiveEvent): Promise<void> {
    if (event.t === "state") {
      await this.loadState();
      if (this.#deleted) {
        for (const p of this.participants) p.socket.close(4410, "session_deleted");
        for (const w of this.watchers) w.socket.close(4410, "session_deleted");
        return;
      }
      this.broadcastState();
      this.#markDirty();
      return;
    }
    if (this.#pending) this.#pending.push(event);
    else this.#applyVotes(event);
    this.#markDirty();
  }

  #applyVotes(event: LiveEvent) {
    const votes = this.#votes;
    if (!votes) return;
    if (event.t === "joined") votes.joined++;
    if (event.t === "moderated") {
      const answer = votes.open.get(event.id);
      if (answer) answer.status = event.status;
    }
    if (event.t !== "votes") return;
    for (const v of event.v) {
      if (v.k === "item") {
        const before = votes.byKind.score_items.get(v.p, v.i);
        const score: Score = {
          scorerId: v.p,
          itemId: v.i,
          group: v.g,
          answers: { ...before?.answers, ...v.a },
          overall: v.o,
          sphere: v.sp,
        };
        putScore(votes, score);
        markAnswered(votes, v.st, v.p, v.i);
      } else if (v.k === "realism") {
        const forExpectation = votes.realism.get(v.e) ?? new Map();
        forExpectation.set(v.p, { rating: v.r, group: v.g });
        votes.realism.set(v.e, forExpectation);
        markAnswered(votes, v.st, v.p, v.e);
      } else {
        votes.open.set(v.id, { id: v.id, stepId: v.st, text: v.x, status: "pending" });
        markAnswered(votes, v.st, v.p, v.st);
      }
    }
  }

  broadcastState() {
    for (const p of this.participants) send(p.socket, this.#participantView);
    const facilitator = JSON.stringify({ type: "session", session: this.facilitatorView() });
    for (const w of this.watchers) send(w.socket, facilitator);
  }

  /** Coalesces presenter updates: at most one flush per `presenterIntervalMs`. */
  #markDirty() {
    this.#dirty = true;
    if (this.#timer || !this.watchers.size) return;
    const wait = Math.max(0, this.#lastFlush + presenterIntervalMs - Date.now());
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.flush();
    }, wait);
    this.#timer.unref?.();
  }

  /** Sends everything at once (a watcher just connected). */
  flushNow() {
    this.#dirty = true;
    this.flush();
  }

  /** Sends progress, results and open answers of the current step to every watcher. */
  flush() {
    if (!this.#dirty || !this.#votes || !this.watchers.size) return;
    this.#dirty = false;
    this.#lastFlush = Date.now();
    const messages = this.watcherMessages();
    const forAll = messages.shared.map((m) => JSON.stringify(m));
    const forModerators = messages.moderators.map((m) => JSON.stringify(m));
    for (const w of this.watchers) {
      if (w.socket.bufferedAmount > maxBuffered) {
        this.#dirty = true;
        continue;
      }
      for (const m of forAll) send(w.socket, m);
      if (w.moderator) for (const m of forModerators) send(w.socket, m);
    }
    if (this.#dirty) this.#markDirty();
  }

  watcherMessages(): { shared: WatcherServerMessage[]; moderators: WatcherServerMessage[] } {
    const votes = this.#votes!;
    const step = this.currentStep;
    const answered = step ? votes.answered.get(step.id) : undefined;
    let targets = 0;
    for (const set of answered?.values() ?? []) targets += set.size;
    const shared: WatcherServerMessage[] = [
      {
        type: "progress",
        joined: votes.joined,
        stepId: step?.id ?? null,
        answered: answered?.size ?? 0,
        votes: targets,
      },
    ];
    const moderators: WatcherServerMessage[] = [];
    if (step) {
      shared.push({
        type: "results",
        stepId: step.id,
        results: step.state === "revealed" ? this.results(step) : null,
      });
      if (step.kind === "open_question") {
        moderators.push({
          type: "open_answers",
          stepId: step.id,
          answers: this.#openAnswers(step.id, false),
        });
      }
    }
    return { shared, moderators };
  }

  #openAnswers(stepId: string, approvedOnly: boolean): OpenAnswerView[] {
    return [...this.#votes!.open.values()]
      .filter((a) => a.stepId === stepId && (!approvedOnly || a.status === "approved"))
      .map(({ id, text, status }) => ({ id, text, status }));
  }

  /** The step's results; groups of fewer than 3 people are never shown on their own. */
  results(step: StepRow): StepResults | null {
    const votes = this.#votes;
    if (!votes) return null;
    if (step.kind === "open_question")
      return { kind: "open", answers: this.#openAnswers(step.id, true) };
    if (step.kind === "expectation_realism") {
      return {
        kind: "expectations",
        groupNames: this.#groupNames,
        expectations: step.expectationIds
          .map((id) => {
            const ratings = [...(votes.realism.get(id)?.values() ?? [])];
            return {
              expectationId: id,
              title: this.#targets.get(id)?.name ?? "",
              result: aggregateRealism(ratings.map((r) => r.rating)),
              groups: realismByGroup(ratings),
            };
          })
          .sort((a, b) => (b.result.disagreement ?? -1) - (a.result.disagreement ?? -1)),
      };
    }
    const itemIds = step.kind === "discuss" ? this.#itemsBefore(step) : step.itemIds;
    const book = step.kind === "discuss" ? wholeBook(votes) : votes.byKind[step.kind];
    return {
      kind: "items",
      groupNames: this.#groupNames,
      items: itemIds
        .map((id) => ({
          ...book.result(id, this.#weights, this.#thresholds),
          name: this.#targets.get(id)?.name ?? "",
        }))
        .sort((a, b) => b.disagreement.index - a.disagreement.index),
    };
  }

  /** A discussion step talks about the items of the steps before it. */
  #itemsBefore(step: StepRow): string[] {
    return [
      ...new Set(this.steps.filter((s) => s.position < step.position).flatMap((s) => s.itemIds)),
    ];
  }

  /** Results of any step, for the REST API (loads the votes when needed). */
  async resultsOf(stepId: string): Promise<StepResults | null> {
    await this.ensureVotes();
    const step = this.steps.find((s) => s.id === stepId);
    return step ? this.results(step) : null;
  }

  /** Reads everything again (after notifications may have been lost). */
  async resync(): Promise<void> {
    await this.loadState();
    const hadVotes = this.#votes !== undefined;
    this.#votes = undefined;
    this.#loadingVotes = undefined;
    if (hadVotes || this.watchers.size) await this.ensureVotes();
    this.broadcastState();
  }

  close() {
    if (this.#timer) clearTimeout(this.#timer);
  }
}

function markAnswered(votes: RoomVotes, stepId: string, participantId: string, target: string) {
  const forStep = votes.answered.get(stepId) ?? new Map<string, Set<string>>();
  const targets = forStep.get(participantId) ?? new Set<string>();
  targets.add(target);
  forStep.set(participantId, targets);
  votes.answered.set(stepId, forStep);
}

/** Every room this process serves, fed by the database's notifications. */
export class LiveHub {
  readonly #rooms = new Map<string, Promise<Room>>();
  readonly #catchingUp = new Map<string, () => void>();
  #listening: Promise<() => Promise<void>> | undefined;
  log: FastifyBaseLogger | undefined;

  constructor(
    private readonly repo: LiveRepository,
    private readonly delimitation: DelimitationRepository,
    readonly writer: VoteWriter,
    private readonly listen: DatabaseHandle["listen"],
  ) {}

  /** Listens from the first room on, so a room never misses an event after it loaded. */
  #listen(): Promise<unknown> {
    this.#listening ??= this.listen(
      liveChannel,
      (payload) => this.#dispatch(payload),
      () => this.#resync(),
    );
    this.#listening.catch(() => {
      this.#listening = undefined;
    });
    return this.#listening;
  }

  async stop() {
    const listening = this.#listening;
    this.#listening = undefined;
    for (const room of this.#rooms.values())
      room.then(
        (r) => r.close(),
        () => {},
      );
    this.#rooms.clear();
    await (await listening?.catch(() => undefined))?.();
  }

  /** The room of a session, loaded once per process. */
  room(sessionId: string): Promise<Room> {
    let room = this.#rooms.get(sessionId);
    if (!room) {
      const created = new Room(sessionId, this.repo, this.delimitation);
      room = this.#listen()
        .then(() => created.loadState())
        .then(() => created);
      room.catch(() => this.#rooms.delete(sessionId));
      this.#rooms.set(sessionId, room);
    }
    return room;
  }

  /**
   * Resolves once every event committed before the call has been applied to this process's
   * rooms, so a read after a write (even one by another process) sees it. Notifications reach a
   * listener in commit order, so a marker sent now arrives after all of them. Gives up after
   * `timeoutMs` (a lost LISTEN connection resyncs the rooms anyway).
   */
  async caughtUp(timeoutMs = 2_000): Promise<void> {
    await this.#listen();
    const marker = randomUUID();
    let timer: NodeJS.Timeout | undefined;
    const arrived = new Promise<void>((resolve) => {
      this.#catchingUp.set(marker, resolve);
      timer = setTimeout(resolve, timeoutMs);
    });
    try {
      await this.repo.notify({ s: "", t: "caught_up", n: marker });
      await arrived;
    } finally {
      clearTimeout(timer);
      this.#catchingUp.delete(marker);
    }
  }

  /** Forgets a room nobody is connected to (its state is in the database). */
  release(room: Room) {
    // Later, not now: a phone that reconnects finds its room still loaded, and a socket that is
    // just joining the room (it awaited the same promise) is not left in a forgotten one.
    setTimeout(async () => {
      if (room.participants.size || room.watchers.size) return;
      if ((await this.#rooms.get(room.id)?.catch(() => undefined)) !== room) return;
      room.close();
      this.#rooms.delete(room.id);
    }, releaseAfterMs).unref();
  }

  async submit(
    room: Room,
    participant: ParticipantRow,
    vote: ParticipantMessage & { type: "vote" },
  ): Promise<WriteOutcome | VoteRefusal> {
    const checked = room.check(participant, vote);
    if (typeof checked === "string") return checked;
    return this.writer.submit(checked);
  }

  #dispatch(payload: string) {
    let event: LiveEvent;
    try {
      event = JSON.parse(payload) as LiveEvent;
    } catch {
      return;
    }
    if (event.t === "caught_up") {
      // Resolved after the rooms' apply() calls already queued for earlier events.
      const resolve = this.#catchingUp.get(event.n);
      if (resolve) queueMicrotask(resolve);
      return;
    }
    const room = this.#rooms.get(event.s);
    if (!room) return;
    room
      .then((r) => r.apply(event))
      .catch((error) =>
        this.log?.error({ err: error, sessionId: event.s }, "live event not applied"),
      );
  }

  /** After a lost LISTEN connection: notifications may be missing, so reload every room. */
  #resync() {
    for (const room of this.#rooms.values()) {
      room
        .then((r) => r.resync())
        .catch((error) => this.log?.error({ err: error }, "live room not reloaded"));
    }
  }
}
