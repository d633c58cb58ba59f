import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/app.ts";
import { buildUser, loginAs } from "../../../../test/factories.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ LOGIN_MAX_PER_ACCOUNT: "3", LOGIN_MAX_PER_IP: "8" });
});
afterAll(() => t.close());

const login = (payload: unknown, headers: Record<string, string> = {}, ip = "10.0.0.1") =>
  t.app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: payload as object,
    headers,
    remoteAddress: ip,
  });

describe("login", () => {
  it("sets an httpOnly session cookie and returns the user", async () => {
    const user = await buildUser(t);
    const response = await login({ email: user.email.toUpperCase(), password: user.password });
    expect(response.statusCode).toBe(200);
    expect(response.json().user.email).toBe(user.email);
    const cookie = response.cookies.find((c) => c.name === "sb_session");
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");
  });

  it("refuses a wrong password with a Dutch problem, or English when asked", async () => {
    const user = await buildUser(t);
    const dutch = await login({ email: user.email, password: "wrong password!" }, {}, "10.0.0.2");
    expect(dutch.statusCode).toBe(401);
    expect(dutch.headers["content-type"]).toContain("application/problem+json");
    expect(dutch.json()).toMatchObject({ code: "invalid_credentials", status: 401 });
    expect(dutch.json().detail).toContain("wachtwoord klopt niet");
    expect(dutch.cookies).toHaveLength(0);
    const english = await login(
      { email: user.email, password: "wrong password!" },
      { "accept-language": "en-GB,en;q=0.9" },
      "10.0.0.2",
    );
    expect(english.json().detail).toContain("password is incorrect");
  });

  it("gives the same answer for an unknown email as for a wrong password", async () => {
    const response = await login(
      { email: "nobody@example.org", password: "whatever1234" },
      {},
      "10.0.0.3",
    );
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe("invalid_credentials");
  });

  it("answers malformed JSON and missing fields with a problem", async () => {
    const malformed = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      headers: { "content-type": "application/json" },
      payload: '{"email": "a@b.nl", ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe("malformed_body");
    const missing = await login({ email: "a@b.nl" }, {}, "10.0.0.4");
    expect(missing.statusCode).toBe(400);
    expect(missing.json().code).toBe("validation_failed");
    expect(missing.json().errors.map((e: { path: string }) => e.path)).toContain("body.password");
  });

  it("throttles failed logins per account with 429 and Retry-After", async () => {
    const user = await buildUser(t);
    for (let i = 0; i < 3; i++) {
      const r = await login({ email: user.email, password: "wrong password!" }, {}, `10.1.0.${i}`);
      expect(r.statusCode).toBe(401);
    }
    // Even the right password is refused while the account is throttled.
    const blocked = await login({ email: user.email, password: user.password }, {}, "10.1.0.9");
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0);
    expect(blocked.json().code).toBe("too_many_requests");
  });

  it("throttles parallel guesses at one account too", async () => {
    const user = await buildUser(t);
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        login({ email: user.email, password: `wrong guess ${i}` }, {}, `10.3.0.${i}`),
      ),
    );
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
  });

  it("throttles attempts per IP across accounts", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 9; i++) {
      const r = await login(
        { email: `guess${i}@example.org`, password: "guess123456" },
        {},
        "10.2.0.1",
      );
      statuses.push(r.statusCode);
    }
    expect(statuses.slice(0, 8).every((s) => s === 401)).toBe(true);
    expect(statuses[8]).toBe(429);
  });
});

describe("session", () => {
  it("logout ends the session on the server, not only in the browser", async () => {
    const user = await buildUser(t);
    const cookie = await loginAs(t, user);
    const me = await t.app.inject({ url: "/api/v1/auth/me", headers: { cookie } });
    expect(me.json().user.email).toBe(user.email);
    const logout = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/logout",
      headers: { cookie },
    });
    expect(logout.statusCode).toBe(204);
    const after = await t.app.inject({ url: "/api/v1/auth/me", headers: { cookie } });
    expect(after.json()).toEqual({ user: null });
    const workspaces = await t.app.inject({ url: "/api/v1/workspaces", headers: { cookie } });
    expect(workspaces.statusCode).toBe(401);
  });

  it("rotates the session id at login", async () => {
    const user = await buildUser(t);
    const first = await loginAs(t, user);
    const second = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      headers: { cookie: first },
      payload: { email: user.email, password: user.password },
    });
    expect(second.statusCode).toBe(200);
    const old = await t.app.inject({ url: "/api/v1/auth/me", headers: { cookie: first } });
    expect(old.json()).toEqual({ user: null });
  });
});
