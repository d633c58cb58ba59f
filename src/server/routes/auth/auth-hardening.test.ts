import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, sessionCookieFrom, type TestApp, testEnv } from "../../../../test/app.ts";
import { buildTeam, buildUser, loginAs } from "../../../../test/factories.ts";
import { buildApp } from "../../app.ts";
import { createAuthRepository } from "../../modules/auth/auth.repository.ts";
import { createServices } from "../../services.ts";

/**
 * The authentication rules of issue 9 that the older auth tests left implicit: session fixation,
 * a fresh token per login, logout ending the server session, the cookie's lifetime and Secure
 * flag behind a proxy, throttles that a spoofed X-Forwarded-For cannot reset, join-code
 * guessing, and cross-site requests in every form a browser can send them.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ LOGIN_MAX_PER_ACCOUNT: "3", LOGIN_MAX_PER_IP: "6" });
});
afterAll(() => t.close());

let address = 0;
const login = (
  user: { email: string; password: string },
  headers: Record<string, string> = {},
  remoteAddress = `10.20.${Math.floor(++address / 250)}.${address % 250}`,
) =>
  t.app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { email: user.email, password: user.password },
    headers,
    remoteAddress,
  });

const me = async (cookie: string) =>
  (await t.app.inject({ url: "/api/v1/auth/me", headers: { cookie } })).json().user;

describe("passwords", () => {
  it("are stored as argon2id hashes, also for accounts made through an invitation", async () => {
    const team = await buildTeam(t, 0);
    const invite = (
      await team.api("POST", "/invites", team.ownerCookie, { role: "member" })
    ).json();
    const accepted = await t.app.inject({
      method: "POST",
      url: `/api/v1/invites/${invite.token}/accept`,
      payload: { account: { email: "invited-hash@example.org", password: "long enough pw 1" } },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const direct = await buildUser(t);
    const repo = createAuthRepository(t.database.db);
    for (const email of ["invited-hash@example.org", direct.email]) {
      const row = await repo.findUserByEmail(email);
      expect(row?.passwordHash, email).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$/);
    }
  });
});

describe("session tokens", () => {
  it("never adopt a token the browser brought to the login (session fixation)", async () => {
    const user = await buildUser(t);
    const planted = "attacker-chosen-session-value-0123456789abcdef";
    const response = await login(user, { cookie: `sb_session=${planted}` });
    expect(response.statusCode).toBe(200);
    const issued = response.cookies.find((c) => c.name === "sb_session")!;
    expect(issued.value).not.toBe(planted);
    expect(issued.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await me(`sb_session=${planted}`)).toBeNull();
    expect((await me(`sb_session=${issued.value}`))?.email).toBe(user.email);
  });

  it("are new at every login, and the one sent along with the login stops working", async () => {
    const user = await buildUser(t);
    const tokens: string[] = [];
    let cookie = "";
    for (let i = 0; i < 4; i++) {
      const response = await login(user, cookie ? { cookie } : {});
      cookie = sessionCookieFrom(response);
      tokens.push(cookie);
    }
    expect(new Set(tokens).size).toBe(4);
    for (const old of tokens.slice(0, -1)) expect(await me(old)).toBeNull();
    expect((await me(tokens.at(-1)!))?.email).toBe(user.email);
  });

  it("are destroyed at logout: the old cookie opens nothing afterwards", async () => {
    const user = await buildUser(t);
    const cookie = await loginAs(t, user);
    const logout = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/logout",
      headers: { cookie },
    });
    expect(logout.statusCode).toBe(204);
    const cleared = logout.cookies.find((c) => c.name === "sb_session");
    expect(cleared?.value).toBe("");
    expect(await me(cookie)).toBeNull();
    const create = await t.app.inject({
      method: "POST",
      url: "/api/v1/workspaces",
      headers: { cookie },
      payload: { name: "Na uitloggen" },
    });
    expect(create.statusCode).toBe(401);
  });

  it("live in a cookie that is httpOnly, SameSite=Lax, for the whole site, and ends with the absolute lifetime", async () => {
    const user = await buildUser(t);
    const cookie = (await login(user)).cookies.find((c) => c.name === "sb_session")!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    expect(cookie.maxAge).toBe(t.env.session.absoluteHours * 3600);
    expect(cookie.secure).toBeFalsy();
  });
});

describe("Secure cookies over HTTPS", () => {
  /** The same database under another configuration. */
  const cookieFor = async (overrides: Record<string, string>, headers: Record<string, string>) => {
    const env = testEnv(overrides);
    const app = await buildApp({
      env,
      services: createServices(t.database, env),
      logger: false,
    });
    try {
      const user = await buildUser(t);
      const response = await app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { email: user.email, password: user.password },
        headers,
      });
      expect(response.statusCode).toBe(200);
      const logout = await app.inject({
        method: "POST",
        url: "/api/v1/auth/logout",
        headers: { ...headers, cookie: sessionCookieFrom(response) },
      });
      return {
        login: response.cookies.find((c) => c.name === "sb_session")!,
        logout: logout.cookies.find((c) => c.name === "sb_session")!,
      };
    } finally {
      await app.close();
    }
  };

  it("behind a trusted proxy that says the request came over https", async () => {
    const { login, logout } = await cookieFor(
      { TRUST_PROXY: "true" },
      { "x-forwarded-proto": "https" },
    );
    expect(login.secure).toBe(true);
    expect(logout.secure).toBe(true);
  });

  it("not on a forwarded header from a client when no proxy is trusted", async () => {
    const { login } = await cookieFor({}, { "x-forwarded-proto": "https" });
    expect(login.secure).toBeFalsy();
  });

  it("whenever the public address is https, even if the proxy's header is missing", async () => {
    const { login, logout } = await cookieFor(
      { PUBLIC_URL: "https://sociale-basis.example.nl" },
      {},
    );
    expect(login.secure).toBe(true);
    expect(logout.secure).toBe(true);
  });
});

describe("throttling", () => {
  it("per account and per IP answers 429 with Retry-After, whatever X-Forwarded-For claims", async () => {
    const user = await buildUser(t);
    const wrong = { email: user.email, password: "wrong password!" };
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      // Without TRUST_PROXY the header is the client's word, not its address.
      const response = await login(wrong, { "x-forwarded-for": `192.0.2.${i}` }, `10.21.0.${i}`);
      statuses.push(response.statusCode);
      if (response.statusCode === 429) {
        expect(Number(response.headers["retry-after"])).toBeGreaterThan(0);
        expect(response.json().code).toBe("too_many_requests");
      }
    }
    expect(statuses).toEqual([401, 401, 401, 429]);

    const ipStatuses: number[] = [];
    let last = await login({ email: "x@example.org", password: "guess" }, {}, "10.22.0.1");
    for (let i = 0; i < 7; i++) {
      last = await login(
        { email: `guess${i}@example.org`, password: "guess123456" },
        { "x-forwarded-for": `198.51.100.${i}` },
        "10.22.0.1",
      );
      ipStatuses.push(last.statusCode);
    }
    expect(ipStatuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(ipStatuses.slice(5)).toEqual([429, 429]);
    expect(Number(last.headers["retry-after"])).toBeGreaterThan(0);
  });

  it("of join-code guesses answers 429 with Retry-After, on the lookup and on joining", async () => {
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof t.app.inject>> | undefined;
    for (let i = 0; i < 22; i++) {
      const code = `ZZZZ${String(1000 + i)}`;
      last =
        i % 2
          ? await t.app.inject({ url: `/api/v1/live/sessions/${code}`, remoteAddress: "10.23.0.1" })
          : await t.app.inject({
              method: "POST",
              url: "/api/v1/live/join",
              payload: { code },
              remoteAddress: "10.23.0.1",
            });
      statuses.push(last.statusCode);
    }
    expect(statuses.slice(0, 20).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
    expect(Number(last!.headers["retry-after"])).toBeGreaterThan(0);
    // Another address is not held back.
    const other = await t.app.inject({
      url: "/api/v1/live/sessions/ZZZZ9999",
      remoteAddress: "10.23.0.2",
    });
    expect(other.statusCode).toBe(404);
  });
});

describe("cross-site requests with the session cookie", () => {
  let cookie: string;
  let slug: string;
  beforeAll(async () => {
    const team = await buildTeam(t, 0);
    cookie = team.ownerCookie;
    slug = team.workspace.slug;
  });

  const post = (headers: Record<string, string>, payload?: string, contentType?: string) =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/workspaces/${slug}/areas`,
      headers: {
        cookie,
        host: "sociale-basis.example.nl",
        "content-type": contentType ?? "application/json",
        ...headers,
      },
      payload: payload ?? JSON.stringify({ name: `Wijk ${Math.random()}`, kind: "wijk" }),
    });

  it.each([
    ["Sec-Fetch-Site cross-site", { "sec-fetch-site": "cross-site" }],
    ["Sec-Fetch-Site same-site (a sibling subdomain)", { "sec-fetch-site": "same-site" }],
    ["Origin of another site", { origin: "https://evil.example" }],
    ["Origin of a sibling subdomain", { origin: "https://evil.example.nl" }],
    [
      "Origin of the same host on another port",
      { origin: "https://sociale-basis.example.nl:8443" },
    ],
    ["Origin null (sandboxed frame, data: URL)", { origin: "null" }],
    [
      "a same-origin Origin with a cross-site Sec-Fetch-Site",
      {
        origin: "https://sociale-basis.example.nl",
        "sec-fetch-site": "cross-site",
      },
    ],
  ])("refuses %s", async (_, headers) => {
    const response = await post(headers);
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe("cross_site_request");
  });

  it("refuses PUT, PATCH and DELETE from another site as well", async () => {
    for (const method of ["PUT", "PATCH", "DELETE"] as const) {
      const response = await t.app.inject({
        method,
        url: `/api/v1/workspaces/${slug}/thresholds`,
        headers: { cookie, "sec-fetch-site": "cross-site" },
        payload: { lower: 0.1, upper: 0.9 },
      });
      expect(response.statusCode, method).toBe(403);
    }
  });

  it("never takes the bodies an HTML form can send without a preflight as JSON", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"]) {
      const response = await post({}, '{"name":"Formulier","kind":"wijk"}', type);
      expect([400, 415], type).toContain(response.statusCode);
    }
    const areas = await t.app.inject({
      url: `/api/v1/workspaces/${slug}/areas`,
      headers: { cookie },
    });
    expect(areas.body).not.toContain("Formulier");
  });

  it("accepts same-origin requests, and requests without Origin or Sec-Fetch-Site", async () => {
    // Browsers send Origin on every POST and Sec-Fetch-Site on every request, so a request
    // without both is not a browser's cross-site request: curl or a script with the cookie.
    const cases: Record<string, string>[] = [
      { "sec-fetch-site": "same-origin" },
      { origin: "https://sociale-basis.example.nl" },
      { origin: "https://sociale-basis.example.nl", "sec-fetch-site": "same-origin" },
      { "sec-fetch-site": "none" },
      {},
    ];
    for (const headers of cases) {
      const response = await post(headers);
      expect(response.statusCode, JSON.stringify(headers)).toBe(201);
    }
  });

  it("refuses a cross-site WebSocket handshake, for presenters and participants", async () => {
    const team = await buildTeam(t, 0);
    const session = (
      await team.api("POST", "/sessions", team.ownerCookie, { title: "WS", date: "2026-12-01" })
    ).json();
    const upgrade = { connection: "Upgrade", upgrade: "websocket", "sec-websocket-version": "13" };
    for (const url of [
      `/api/v1/workspaces/${team.workspace.slug}/sessions/${session.id}/ws`,
      "/api/v1/live/ws",
    ]) {
      for (const headers of [
        { origin: "https://evil.example" },
        { "sec-fetch-site": "cross-site" },
        { origin: "null" },
      ]) {
        const response = await t.app.inject({
          url,
          headers: {
            ...upgrade,
            "sec-websocket-key": "dGhlIHNhbXBsZSBub25jZQ==",
            cookie: team.ownerCookie,
            ...headers,
          },
        });
        expect(response.statusCode, `${url} ${JSON.stringify(headers)}`).toBe(403);
      }
    }
  });
});
