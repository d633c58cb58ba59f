import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../../test/database.ts";
import type { DatabaseHandle } from "../../db/client.ts";
import { createWorkspacesRepository } from "../workspaces/workspaces.repository.ts";
import { createWorkspacesService } from "../workspaces/workspaces.service.ts";
import { createAuthRepository } from "./auth.repository.ts";
import { createAuthService } from "./auth.service.ts";
import { LoginThrottle } from "./login-throttle.ts";

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

function serviceAt(clock: { now: Date }) {
  return createAuthService(
    createAuthRepository(database.db),
    new LoginThrottle({ maxPerAccount: 5, maxPerIp: 100, windowMinutes: 15 }),
    { idleMinutes: 30, absoluteHours: 2 },
    () => clock.now,
  );
}

describe("auth service", () => {
  it("stores passwords as argon2id hashes", async () => {
    const clock = { now: new Date() };
    const user = await serviceAt(clock).createUser({
      email: "hash@example.org",
      password: "long enough pw",
    });
    const row = await createAuthRepository(database.db).findUserById(user.id);
    expect(row?.passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(row?.passwordHash).not.toContain("long enough pw");
  });

  it("refuses a second account with the same email", async () => {
    const service = serviceAt({ now: new Date() });
    await service.createUser({ email: "twice@example.org", password: "long enough pw" });
    await expect(
      service.createUser({ email: "twice@example.org", password: "another pw 123" }),
    ).rejects.toMatchObject({ code: "email_taken", status: 409 });
  });

  it("ends a session after idle time and after its absolute lifetime", async () => {
    const clock = { now: new Date("2026-01-01T09:00:00Z") };
    const service = serviceAt(clock);
    await service.createUser({ email: "expiry@example.org", password: "long enough pw" });
    const { token } = await service.login(
      { email: "expiry@example.org", password: "long enough pw" },
      "127.0.0.1",
    );
    // Active use keeps it alive past the idle limit…
    for (let minutes = 20; minutes <= 100; minutes += 20) {
      clock.now = new Date(Date.parse("2026-01-01T09:00:00Z") + minutes * 60_000);
      expect(await service.authenticate(token)).not.toBeNull();
    }
    // …but not past the absolute limit of two hours.
    clock.now = new Date("2026-01-01T11:00:01Z");
    expect(await service.authenticate(token)).toBeNull();

    const second = await service.login(
      { email: "expiry@example.org", password: "long enough pw" },
      "127.0.0.1",
    );
    clock.now = new Date(clock.now.getTime() + 31 * 60_000);
    expect(await service.authenticate(second.token)).toBeNull();
  });

  it("finds the session and the membership of one workspace together", async () => {
    const clock = { now: new Date("2026-02-01T09:00:00Z") };
    const service = serviceAt(clock);
    const workspaces = createWorkspacesService(createWorkspacesRepository(database.db));
    const owner = await service.createUser({
      email: "inws@example.org",
      password: "long enough pw",
    });
    const outsider = await service.createUser({
      email: "outws@example.org",
      password: "long enough pw",
    });
    await workspaces.create({ name: "Eigen gemeente", slug: "eigen-gemeente" }, owner.id);
    await workspaces.create({ name: "Andere gemeente", slug: "andere-gemeente" }, outsider.id);
    const { token } = await service.login(
      { email: "inws@example.org", password: "long enough pw" },
      "127.0.0.1",
    );

    const own = await service.authenticateInWorkspace(token, "eigen-gemeente");
    expect(own?.user.id).toBe(owner.id);
    expect(own?.membership).toMatchObject({ slug: "eigen-gemeente", role: "owner" });
    // Another workspace, and one that does not exist, look the same: no membership.
    expect(await service.authenticateInWorkspace(token, "andere-gemeente")).toEqual({
      user: own?.user,
      membership: null,
    });
    expect((await service.authenticateInWorkspace(token, "bestaat-niet"))?.membership).toBeNull();
    expect(await service.authenticateInWorkspace("unknown-token", "eigen-gemeente")).toBeNull();

    clock.now = new Date("2026-02-01T09:31:00Z");
    expect(await service.authenticateInWorkspace(token, "eigen-gemeente")).toBeNull();
  });
});
