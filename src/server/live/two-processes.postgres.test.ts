// "More than one server" (issue 5): two real server processes against one PostgreSQL database
// serve one session together. Participants are on process A, the presenter and the facilitator
// on process B; events cross between them through LISTEN/NOTIFY only.
import { afterAll, describe, expect, it } from "vitest";
import { createServerDatabase } from "../../../test/database.ts";
import {
  joinSession,
  liveApi,
  openScoringSession,
  SimParticipant,
} from "../../../test/live-clients.ts";
import { scoreItems, seededRandom } from "../../../test/live-load.ts";
import { demo, login, type ServerProcess, spawnServer } from "../../../test/server-process.ts";
import type { ItemStepResult, StepResults } from "../../domain/live/index.ts";

/** A message as parsed JSON; the test checks its shape. */
type Loose = ReturnType<JSON["parse"]>;

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const undo of cleanup.reverse()) await undo();
});

describe("two server processes, one session", { timeout: 180_000 }, () => {
  it("shows B's presenter the votes given on A, and carries B's control changes to A", async () => {
    const database = await createServerDatabase();
    cleanup.push(() => database.remove());
    // One after the other: the first start creates the demo workspace.
    const a: ServerProcess = await spawnServer(database.env);
    cleanup.push(() => a.stop());
    const b: ServerProcess = await spawnServer(database.env);
    cleanup.push(() => b.stop());

    const cookie = await login(b.url);
    const { session, step, items, criteria, groups } = await openScoringSession(
      b.url,
      cookie,
      demo.slug,
      { items: 3, title: "Twee processen" },
    );
    const presenter = await liveApi(b.url, cookie, demo.slug).watch(session.id);
    cleanup.push(async () => presenter.close());
    await presenter.next((m) => m.type === "progress");

    // Twelve participants on A, four in each of three groups (so every group is shown).
    const people = await Promise.all(
      Array.from({ length: 12 }, async (_, i) => {
        const groupId = groups[i % 3]!.id;
        const joined = await joinSession(a.url, session.code, groupId);
        const random = seededRandom(1000 + i);
        const sim = new SimParticipant({
          wsBase: a.url.replace(/^http/, "ws"),
          token: joined.token,
          random,
        });
        await sim.start();
        return { joined, groupId, sim, random };
      }),
    );
    cleanup.push(async () => {
      for (const p of people) p.sim.stop();
    });
    await Promise.all(
      people.map(({ sim, random, joined }, i) =>
        scoreItems(sim, {
          stepId: step.id,
          itemIds: items.map((item) => item.id),
          criteria: criteria.map((c) => c.versionId),
          thinkMs: [0, 50],
          idPrefix: `two-${i}-${joined.participantId.slice(0, 8)}`,
          random,
        }),
      ),
    );
    await Promise.all(people.map((p) => p.sim.allAcked(30_000)));

    // B's presenter counts A's votes: 12 joined, 12 answered, 36 targets.
    const progress = await presenter.next<Loose>(
      (m) => m.type === "progress" && m.votes === 36,
      15_000,
    );
    expect(progress).toMatchObject({ joined: 12, stepId: step.id, answered: 12, votes: 36 });
    expect(
      presenter.messages.filter((m) => m.type === "results" && m.results !== null),
    ).toHaveLength(0);

    // The facilitator closes and reveals the step through B; A's participants see both.
    const b2 = liveApi(b.url, cookie, demo.slug);
    await b2.control(session.id, { action: "close", stepId: step.id });
    await Promise.all(
      people.map((p) => p.sim.until(() => p.sim.session?.step?.state === "closed", 15_000)),
    );
    await b2.control(session.id, { action: "reveal", stepId: step.id });
    await Promise.all(
      people.map((p) => p.sim.until(() => p.sim.session?.step?.state === "revealed", 15_000)),
    );

    // The revealed results on B are what was voted on A.
    const revealed = await presenter.next<{ results: StepResults }>(
      (m) => m.type === "results" && m.results !== null,
      15_000,
    );
    expect(revealed.results.kind).toBe("items");
    const shown = (revealed.results as { items: ItemStepResult[] }).items;
    expect(shown.map((i) => i.itemId).sort()).toEqual(items.map((i) => i.id).sort());
    for (const item of shown) {
      expect(item.scorers).toBe(12);
      const given = people.map(
        (p) =>
          (
            p.sim.votes.find((v) => v.target === item.itemId)!.answer as {
              answers: Record<string, string>;
            }
          ).answers,
      );
      for (const criterion of item.criteria) {
        const answers = given.map((g) => g[criterion.versionId]);
        expect({
          no: criterion.counts.no,
          partly: criterion.counts.partly,
          yes: criterion.counts.yes,
          unknown: criterion.unknown,
        }).toEqual({
          no: answers.filter((x) => x === "no").length,
          partly: answers.filter((x) => x === "partly").length,
          yes: answers.filter((x) => x === "yes").length,
          unknown: answers.filter((x) => x === "unknown").length,
        });
      }
      const shownGroups = item.groups.filter((g) => !g.pooled).map((g) => [g.group, g.scorers]);
      expect(shownGroups.sort()).toEqual(
        groups
          .slice(0, 3)
          .map((g) => [g.id, 4])
          .sort(),
      );
    }

    // And A computes the same results from its own view of the session.
    const fromA = await liveApi(a.url, cookie, demo.slug).call<StepResults>(
      "GET",
      `/sessions/${session.id}/results/${step.id}`,
    );
    expect(fromA).toEqual(revealed.results);
  });
});
