// "Nothing lost" (issue 5): the server process is killed with SIGKILL while participants vote,
// started again on the same database, and the participants reconnect and resend what was not
// acknowledged. Every acknowledged vote must be in the database exactly once, and every vote
// must end up acknowledged. On PGlite (a data directory) in the PGlite run, on PostgreSQL in the
// PostgreSQL run. Real processes, so it gets the CLI tests' generous timeout.
import { afterAll, describe, expect, it } from "vitest";
import { createServerDatabase } from "../../../test/database.ts";
import { joinSession, openScoringSession, SimParticipant } from "../../../test/live-clients.ts";
import { checkVotes, scoreItems, seededRandom, sentVotes } from "../../../test/live-load.ts";
import {
  demo,
  freePort,
  login,
  type ServerProcess,
  spawnServer,
} from "../../../test/server-process.ts";

const participantCount = 100;
const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const undo of cleanup.reverse()) await undo();
});

describe("a live session survives kill -9 of its server", { timeout: 180_000 }, () => {
  it("keeps every acknowledged vote exactly once, and every vote is acknowledged in the end", async () => {
    const database = await createServerDatabase();
    cleanup.push(() => database.remove());
    const port = await freePort();
    let server: ServerProcess = await spawnServer(database.env, port);
    cleanup.push(() => server.stop());

    const cookie = await login(server.url);
    const { session, step, items, criteria, groups } = await openScoringSession(
      server.url,
      cookie,
      demo.slug,
      { items: 10 },
    );
    const people = await Promise.all(
      Array.from({ length: participantCount }, async (_, i) => {
        const joined = await joinSession(server.url, session.code, groups[i % groups.length]!.id);
        const random = seededRandom(i + 1);
        const sim = new SimParticipant({
          wsBase: server.url.replace(/^http/, "ws"),
          token: joined.token,
          random,
          backoffMs: { first: 200, max: 1000 },
        });
        await sim.start();
        return { joined, sim, random };
      }),
    );
    cleanup.push(async () => {
      for (const p of people) p.sim.stop();
    });
    const totalVotes = participantCount * items.length;
    const scripts = people.map(({ joined, sim, random }, i) =>
      scoreItems(sim, {
        stepId: step.id,
        itemIds: items.map((item) => item.id),
        criteria: criteria.map((c) => c.versionId),
        thinkMs: [50, 300],
        idPrefix: `kill-${i}-${joined.participantId.slice(0, 8)}`,
        random,
      }),
    );
    const acked = () => people.reduce((n, p) => n + p.sim.votes.filter((v) => v.ackedAt).length, 0);
    const inFlight = () => people.reduce((n, p) => n + p.sim.unacked.size, 0);

    // Mid-way, under load: a quarter of the votes acknowledged, and several on their way.
    await people[0]!.sim.until(() => acked() >= totalVotes / 4, 60_000);
    const waitingSince = Date.now();
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (inFlight() < 3 && Date.now() - waitingSince < 10_000) return;
        clearInterval(poll);
        resolve();
      }, 1);
    });
    const ackedBeforeKill = acked();
    const unackedAtKill = inFlight();
    await server.kill();
    expect(await server.exited).toBe("SIGKILL");

    // The phones keep voting into their queues while the server is away; then it comes back
    // on the same port and database (crash recovery on PGlite, a plain restart on PostgreSQL).
    server = await spawnServer(database.env, port);
    await Promise.all(scripts);
    await Promise.all(people.map((p) => p.sim.allAcked(90_000)));
    for (const p of people) p.sim.stop();

    // The session went on: after the restart the step was still open to the participants.
    expect(people.every((p) => p.sim.session?.step?.id === step.id)).toBe(true);
    expect(people.every((p) => p.sim.session?.step?.state === "open")).toBe(true);
    expect(people.every((p) => p.sim.welcomes >= 2)).toBe(true);

    await server.stop();
    const handle = await database.open();
    const votes = people.flatMap((p) => sentVotes(p.joined.participantId, p.sim.votes));
    const check = await checkVotes(handle.db, session.id, votes).finally(() => handle.close());
    const resent = people.reduce((n, p) => n + p.sim.votes.filter((v) => v.sends > 1).length, 0);
    expect(
      { ...check, ackedBeforeKill: ackedBeforeKill > 0, resent: resent > 0 },
      `${unackedAtKill} unacknowledged at the kill`,
    ).toEqual({
      votes: totalVotes,
      acked: totalVotes,
      unacked: 0,
      lost: 0,
      duplicated: 0,
      receipts: totalVotes,
      scores: totalVotes,
      answers: totalVotes * criteria.length,
      ackedBeforeKill: true,
      // Votes were in flight when the server died, and were sent again.
      resent: true,
    });
  });
});
