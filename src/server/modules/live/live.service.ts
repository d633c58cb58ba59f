import { randomBytes } from "node:crypto";
import { catalogues, type Language } from "../../../domain/i18n/index.ts";
import {
  type ControlInput,
  type CreateSessionInput,
  type FacilitatorSessionView,
  type FacilitatorStep,
  gespreksmodelTemplate,
  type JoinInput,
  newJoinCode,
  normaliseJoinCode,
  type Step,
  stepInputSchema,
  type UpdateSessionInput,
} from "../../../domain/live/index.ts";
import { errors } from "../../errors.ts";
import { FixedWindows } from "../../http/fixed-windows.ts";
import { hashToken, newToken } from "../auth/tokens.ts";
import type { DelimitationRepository } from "../delimitation/delimitation.repository.ts";
import type { LiveRepository, SessionRow, StepRow } from "./live.repository.ts";
import { sessionResultsCsv } from "./live-csv.ts";

export function toStepView(row: StepRow): FacilitatorStep {
  return {
    id: row.id,
    position: row.position,
    kind: row.kind,
    title: row.title,
    notes: row.notes,
    minutes: row.minutes,
    question: row.question,
    itemIds: row.itemIds,
    expectationIds: row.expectationIds,
    state: row.state,
  };
}

export function toSessionView(session: SessionRow, steps: StepRow[]): FacilitatorSessionView {
  return {
    id: session.id,
    title: session.title,
    date: session.date,
    code: session.code,
    status: session.status,
    currentStepId: session.currentStepId,
    steps: steps.map(toStepView),
  };
}

/**
 * Counts unknown join codes per IP address; once past the limit every lookup from that address
 * waits, hits included, or a hit among the refusals would still show. In memory, per process.
 */
export class CodeGuessThrottle {
  readonly #failures: FixedWindows;
  constructor(
    private readonly max = 20,
    windowMs = 10 * 60_000,
    now: () => number = Date.now,
  ) {
    this.#failures = new FixedWindows(windowMs, now);
  }

  /** Seconds to wait before another lookup from this address, or 0. */
  wait(ip: string): number {
    return this.#failures.wait(ip, this.max);
  }

  fail(ip: string): void {
    this.#failures.count(ip);
  }
}

export function createLiveService(
  repo: LiveRepository,
  delimitation: DelimitationRepository,
  guesses = new CodeGuessThrottle(),
) {
  async function sessionIn(workspaceId: string, sessionId: string) {
    const session = await repo.findSession(workspaceId, sessionId);
    if (!session) throw errors.notFound();
    return session;
  }

  async function view(workspaceId: string, sessionId: string): Promise<FacilitatorSessionView> {
    const session = await sessionIn(workspaceId, sessionId);
    return toSessionView(session, await repo.steps(session.id));
  }

  /** Only items and expectations of this workspace may be asked about. */
  async function assertTargets(workspaceId: string, steps: Step[]) {
    const itemIds = [...new Set(steps.flatMap((s) => s.itemIds))];
    const expectationIds = [...new Set(steps.flatMap((s) => s.expectationIds))];
    const [foundItems, foundExpectations] = await Promise.all([
      repo.itemsByIds(workspaceId, itemIds),
      repo.expectationsByIds(workspaceId, expectationIds),
    ]);
    const known = new Set([...foundItems, ...foundExpectations].map((r) => r.id));
    const problems = steps.flatMap((step, i) =>
      [...step.itemIds, ...step.expectationIds]
        .filter((id) => !known.has(id))
        .map((id) => ({ path: `body.steps.${i}`, message: `unknown item or expectation ${id}` })),
    );
    if (problems.length) throw errors.validation(problems);
  }

  async function findByCode(typed: string, ip: string) {
    const wait = guesses.wait(ip);
    if (wait > 0) throw errors.tooManyRequests(wait);
    const code = normaliseJoinCode(typed);
    const session = code ? await repo.findSessionByCode(code) : undefined;
    if (!session || session.status === "ended") {
      guesses.fail(ip);
      throw errors.notFound();
    }
    return session;
  }

  return {
    async list(workspaceId: string) {
      const rows = await repo.listSessions(workspaceId);
      return rows.map(({ session, participants }) => ({
        id: session.id,
        title: session.title,
        date: session.date,
        code: session.code,
        status: session.status,
        participants,
        purged: session.purgedAt !== null,
      }));
    },

    get: view,

    async create(
      workspaceId: string,
      input: CreateSessionInput,
      createdBy: string,
      language: Language,
    ): Promise<FacilitatorSessionView> {
      let steps: Step[] = [];
      if (input.template === "gespreksmodel-90") {
        const defaults =
          input.itemIds && input.expectationIds
            ? undefined
            : await repo.defaultTargets(workspaceId);
        steps = gespreksmodelTemplate(catalogues[language].live.template, {
          itemIds: input.itemIds ?? defaults?.itemIds ?? [],
          expectationIds: input.expectationIds ?? defaults?.expectationIds ?? [],
        }).map((step) => stepInputSchema.parse(step));
        await assertTargets(workspaceId, steps);
      }
      // A collision among 10^11 codes is rare; try again rather than fail.
      for (let attempt = 0; attempt < 5; attempt++) {
        const session = await repo.createSession(
          {
            workspaceId,
            title: input.title,
            date: input.date,
            code: newJoinCode(randomBytes),
            createdBy,
          },
          steps,
        );
        if (session) return view(workspaceId, session.id);
      }
      throw new Error("no free join code after 5 attempts");
    },

    async update(workspaceId: string, sessionId: string, input: UpdateSessionInput) {
      const session = await sessionIn(workspaceId, sessionId);
      if (input.steps) {
        if (session.status !== "planned") throw errors.agendaLocked();
        await assertTargets(workspaceId, input.steps);
      }
      await repo.updateSession(
        session.id,
        {
          ...(input.title ? { title: input.title } : {}),
          ...(input.date ? { date: input.date } : {}),
        },
        input.steps,
      );
      return view(workspaceId, sessionId);
    },

    async remove(workspaceId: string, sessionId: string) {
      const session = await sessionIn(workspaceId, sessionId);
      await repo.deleteSession(session.id);
    },

    async control(workspaceId: string, sessionId: string, input: ControlInput) {
      const session = await sessionIn(workspaceId, sessionId);
      const steps = await repo.steps(session.id);
      if (input.action === "start") {
        if (session.status === "ended") throw errors.sessionEnded();
        await repo.control(session.id, {
          status: "running",
          currentStepId: session.currentStepId ?? steps[0]?.id ?? null,
        });
        return view(workspaceId, sessionId);
      }
      if (input.action === "end") {
        await repo.control(session.id, { status: "ended", closeOpen: true });
        return view(workspaceId, sessionId);
      }
      const step = steps.find((s) => s.id === input.stepId);
      if (!step)
        throw errors.validation([{ path: "body.stepId", message: "not a step of this session" }]);
      if (session.status === "ended" && input.action !== "reveal" && input.action !== "hide") {
        throw errors.sessionEnded();
      }
      const running = session.status === "planned" ? { status: "running" as const } : {};
      switch (input.action) {
        case "goto":
          await repo.control(session.id, { ...running, currentStepId: step.id });
          break;
        case "open":
          await repo.control(session.id, {
            ...running,
            currentStepId: step.id,
            closeOpen: true,
            states: [{ stepIds: [step.id], state: "open" }],
          });
          break;
        case "close":
          if (step.state === "open") {
            await repo.control(session.id, { states: [{ stepIds: [step.id], state: "closed" }] });
          }
          break;
        case "reveal":
          await repo.control(session.id, { states: [{ stepIds: [step.id], state: "revealed" }] });
          break;
        case "hide":
          if (step.state === "revealed") {
            await repo.control(session.id, { states: [{ stepIds: [step.id], state: "closed" }] });
          }
          break;
      }
      return view(workspaceId, sessionId);
    },

    async moderate(
      workspaceId: string,
      sessionId: string,
      answerId: string,
      status: "pending" | "approved" | "hidden",
    ) {
      const session = await sessionIn(workspaceId, sessionId);
      if (!(await repo.moderate(session.id, answerId, status))) throw errors.notFound();
    },

    /** What the join page shows for a code: the session's title and the groups to choose from. */
    async joinInfo(code: string, ip: string) {
      const session = await findByCode(code, ip);
      const groups = await repo.groups(session.workspaceId);
      return {
        id: session.id,
        title: session.title,
        status: session.status,
        groups: groups.map((g) => ({ id: g.id, key: g.key, name: g.name })),
      };
    },

    async join(input: JoinInput, ip: string) {
      const session = await findByCode(input.code, ip);
      if (input.groupId) {
        const groups = await repo.groups(session.workspaceId);
        if (!groups.some((g) => g.id === input.groupId)) {
          throw errors.validation([{ path: "body.groupId", message: "unknown group" }]);
        }
      }
      const token = newToken();
      const participant = await repo.insertParticipant({
        sessionId: session.id,
        tokenHash: hashToken(token),
        stakeholderGroupId: input.groupId,
        nickname: input.nickname,
      });
      return { token, participantId: participant.id, sessionId: session.id };
    },

    /** The participant behind a token, with their session; undefined when unknown. */
    participant: (token: string) => repo.findParticipant(hashToken(token)),

    resultsCsv: (workspaceId: string, sessionId: string, language: Language) =>
      sessionResultsCsv(repo, delimitation, workspaceId, sessionId, language),

    criteria: (workspaceId: string) => delimitation.listCriteria(workspaceId),
    thresholds: (workspaceId: string) => delimitation.thresholds(workspaceId),
  };
}
export type LiveService = ReturnType<typeof createLiveService>;
