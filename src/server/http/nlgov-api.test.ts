import { sql } from "drizzle-orm";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { loginAs } from "../../../test/factories.ts";
import { demoLogin, demoWorkspace } from "../modules/demo/demo.service.ts";
import { apiBasePath, openApiPaths } from "./api-conventions.ts";
import { policies } from "./policy.ts";

// The NLGov API Design Rules (Logius, "API Design Rules" 2.x; rule ids as in the standard),
// checked against the running app and its OpenAPI document. Where the app deliberately departs
// from a rule, docs/ARCHITECTURE.md ("API conventions") says so and why.

type Method = "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE";
interface Route {
  method: string;
  url: string;
  hidden: boolean;
  websocket: boolean;
  hasBody: boolean;
}
interface OpenApiDocument {
  openapi: string;
  info: { version: string };
  paths: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
}

let t: TestApp;
/** The same app with an https PUBLIC_URL and a route that fails, for what the first cannot show. */
let https: TestApp;
let cookie: string;
let doc: OpenApiDocument;
/** A real value for every route parameter, in the demo workspace the demo user owns. */
const values: Record<string, string> = { slug: demoWorkspace.slug };

const semver = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

function routes(app: TestApp): Route[] {
  return app.app.registeredRoutes.flatMap((route) =>
    [route.method].flat().map((method) => ({
      method,
      url: route.url,
      hidden: (route.schema as { hide?: boolean } | undefined)?.hide === true,
      websocket: route.websocket === true,
      hasBody: (route.schema as { body?: unknown } | undefined)?.body !== undefined,
    })),
  );
}
const apiRoutes = () => routes(t).filter((r) => r.url.startsWith("/api/"));

function fill(url: string): string {
  return url.replace(/:(\w+)/g, (_, name: string) => {
    const value = values[name];
    if (!value) throw new Error(`no test value for :${name} in ${url}; add one in beforeAll`);
    return encodeURIComponent(value);
  });
}

async function call(
  method: Method,
  url: string,
  init: { cookie?: string; payload?: string | object; headers?: Record<string, string> } = {},
) {
  return t.app.inject({
    method,
    url,
    headers: { ...(init.cookie ? { cookie: init.cookie } : {}), ...init.headers },
    ...(init.payload !== undefined ? { payload: init.payload } : {}),
  });
}

/** The rows of every table, as one fingerprint per table. */
async function databaseState(ignore: string[]): Promise<Record<string, string>> {
  const { rows: tables } = (await t.database.db.execute(
    sql`select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  )) as unknown as { rows: { name: string }[] };
  const state: Record<string, string> = {};
  for (const { name } of tables) {
    if (ignore.includes(name)) continue;
    const { rows } = (await t.database.db.execute(
      sql.raw(
        `select count(*)::int as n, md5(coalesce(string_agg(r::text, '|' order by r::text), '')) as h from "${name}" r`,
      ),
    )) as unknown as { rows: { n: number; h: string }[] };
    state[name] = `${rows[0]!.n}:${rows[0]!.h}`;
  }
  return state;
}

beforeAll(async () => {
  t = await createTestApp();
  https = await createTestApp({ PUBLIC_URL: "https://sociale-basis.example.nl" }, (app) => {
    app.get(
      "/api/v1/failures",
      { config: { policy: policies.public }, schema: { hide: true } },
      async () => {
        throw new Error("a bug");
      },
    );
  });
  await t.services.demo.ensure();
  cookie = await loginAs(t, demoLogin);
  doc = (await call("GET", "/api/openapi.json")).json();

  const ws = `${apiBasePath}/workspaces/${demoWorkspace.slug}`;
  const ok = async (response: Promise<LightMyRequestResponse>) => {
    const r = await response;
    if (r.statusCode >= 300) throw new Error(`${r.statusCode} ${r.body}`);
    return r.json();
  };
  const { items } = await ok(call("GET", `${ws}/items?pageSize=1`, { cookie }));
  values.itemId = items[0].id;
  const { expectations } = await ok(call("GET", `${ws}/expectations`, { cookie }));
  values.expectationId = expectations[0].id;
  const session = await ok(
    call("POST", `${ws}/sessions`, {
      cookie,
      payload: {
        title: "Wijkavond",
        date: "2026-12-01",
        template: "gespreksmodel-90",
        itemIds: [values.itemId],
      },
    }),
  );
  values.sessionId = session.id;
  values.stepId = session.steps[0].id;
  values.code = session.code;
  await ok(
    call("POST", `${ws}/sessions/${session.id}/control`, { cookie, payload: { action: "start" } }),
  );
  const invite = await ok(call("POST", `${ws}/invites`, { cookie, payload: { role: "member" } }));
  values.token = invite.token;
  values.inviteId = invite.invite.id;
  const snapshot = await ok(
    call("POST", `${ws}/snapshots`, { cookie, payload: { label: "Eerst" } }),
  );
  values.id = snapshot.id;
  values.userId = (await ok(call("GET", `${apiBasePath}/auth/me`, { cookie }))).user.id;
  values.criterionId = (await ok(call("GET", `${ws}/criteria`, { cookie }))).criteria[0].id;
  values.groupId = (await ok(call("GET", `${ws}/stakeholder-groups`, { cookie }))).groups[0].id;
  values.sphere = "personal";
  // Only routes that change things have these; a well-formed id is enough for the slash test.
  values.areaId = "00000000-0000-4000-8000-000000000000";
  values.answerId = values.areaId;
  values.measurementId = values.areaId;
});
afterAll(async () => {
  await t?.close();
  await https?.close();
});

/** Responses of every kind: successes, each error the app makes, and paths no route serves. */
async function sampleResponses(): Promise<[string, LightMyRequestResponse][]> {
  const ws = `${apiBasePath}/workspaces/${demoWorkspace.slug}`;
  const json = { "content-type": "application/json" };
  return [
    ["200 GET", await call("GET", `${apiBasePath}/auth/me`)],
    ["200 HEAD", await call("HEAD", `${apiBasePath}/auth/me`)],
    ["201 POST", await call("POST", `${ws}/snapshots`, { cookie, payload: { label: "Nog een" } })],
    ["200 the OpenAPI document", await call("GET", "/api/openapi.json")],
    ["200 the OpenAPI document in the base path", await call("GET", `${apiBasePath}/openapi.json`)],
    ["200 the health probe the document lists", await call("GET", "/healthz")],
    [
      "400 invalid input",
      await call("POST", `${apiBasePath}/auth/login`, { payload: { email: 1 } }),
    ],
    [
      "400 malformed JSON",
      await call("POST", `${apiBasePath}/auth/login`, { payload: "{nope", headers: json }),
    ],
    ["400 malformed URL", await call("GET", `${apiBasePath}/%zz`)],
    ["401 not logged in", await call("GET", `${apiBasePath}/workspaces`)],
    [
      "403 cross-site",
      await call("POST", `${apiBasePath}/workspaces`, {
        cookie,
        payload: { name: "X" },
        headers: { "sec-fetch-site": "cross-site" },
      }),
    ],
    [
      "404 unknown workspace",
      await call("GET", `${apiBasePath}/workspaces/bestaat-niet`, { cookie }),
    ],
    ["404 unknown path", await call("GET", `${apiBasePath}/bestaat-niet`)],
    ["404 unknown path, POST", await call("POST", `${apiBasePath}/bestaat-niet`, { payload: {} })],
    ["404 unknown method", await call("DELETE", `${apiBasePath}/auth/login`)],
    ["404 unknown version", await call("GET", "/api/v2/workspaces")],
    ["404 trailing slash", await call("GET", `${apiBasePath}/workspaces/`, { cookie })],
    ["404 WebSocket route without upgrade", await call("GET", `${apiBasePath}/live/ws`)],
    [
      "413 too large",
      await call("POST", `${apiBasePath}/auth/login`, {
        payload: JSON.stringify({ email: "x".repeat(1_100_000) }),
        headers: json,
      }),
    ],
    [
      "415 unsupported media type",
      await call("POST", `${apiBasePath}/auth/login`, {
        payload: "<email/>",
        headers: { "content-type": "application/xml" },
      }),
    ],
    ["500 a bug", await https.app.inject({ url: "/api/v1/failures" })],
  ];
}

describe("/core/uri-version: the major version in the URI", () => {
  it("serves every API route under /api/v1; only the health probe, the document and the web app are outside", () => {
    const outside = [
      ...new Set(
        routes(t)
          .filter((r) => !r.url.startsWith(`${apiBasePath}/`))
          .map((r) => r.url),
      ),
    ].sort();
    expect(outside).toEqual(["/*", "/api/openapi.json", "/healthz"]);
  });

  it("/core/semver: info.version is a semantic version", () => {
    expect(doc.info.version).toMatch(semver);
  });
});

describe("/core/version-header and /core/error-handling/problem-details", () => {
  let samples: [string, LightMyRequestResponse][];
  beforeAll(async () => {
    samples = await sampleResponses();
  });

  it("every sample has the status it is named for", () => {
    expect(samples.map(([name, r]) => `${name}: ${r.statusCode}`)).toEqual(
      samples.map(([name]) => `${name}: ${name.slice(0, 3)}`),
    );
  });

  it("every API response, errors included, says the full version, the one in info.version", () => {
    for (const [name, response] of samples) {
      expect(response.headers["api-version"], name).toBe(doc.info.version);
    }
  });

  it("every 4xx and 5xx is application/problem+json with type, title, status and detail", () => {
    const errors = samples.filter(([, r]) => r.statusCode >= 400);
    expect(errors.length).toBeGreaterThan(10);
    for (const [name, response] of errors) {
      expect(response.headers["content-type"], name).toMatch(/^application\/problem\+json/);
      const body = response.json();
      expect(body, name).toMatchObject({
        type: expect.any(String),
        title: expect.stringMatching(/\S/),
        status: response.statusCode,
        detail: expect.stringMatching(/\S/),
      });
    }
  });

  it("/core/transport/security-headers: API answers are not cached and not framed or sniffed", () => {
    for (const [name, response] of samples) {
      expect(response.headers["x-content-type-options"], name).toBe("nosniff");
      expect(String(response.headers["content-security-policy"]), name).toContain(
        "frame-ancestors 'none'",
      );
      if (!name.startsWith("200 the OpenAPI")) {
        expect(response.headers["cache-control"], name).toBe("no-store");
      }
    }
  });
});

describe("/core/transport/tls", () => {
  it("behind an https address, every response tells the browser to use https only (HSTS)", async () => {
    for (const url of ["/api/v1/auth/me", "/api/v1/bestaat-niet", "/healthz"]) {
      const hsts = String((await https.app.inject({ url })).headers["strict-transport-security"]);
      expect(hsts, url).toMatch(/max-age=(\d+)/);
      expect(Number(/max-age=(\d+)/.exec(hsts)![1]), url).toBeGreaterThanOrEqual(31_536_000);
    }
  });
});

describe("/core/publish-openapi and /core/doc-openapi", () => {
  it("publishes one JSON document, in the base path and at /api, to anyone, readable from any site", async () => {
    const bodies: unknown[] = [];
    for (const url of openApiPaths) {
      const response = await call("GET", url);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers["content-type"], url).toMatch(/^application\/json/);
      expect(response.headers["access-control-allow-origin"], url).toBe("*");
      bodies.push(response.json());
    }
    expect(openApiPaths).toContain(`${apiBasePath}/openapi.json`);
    expect(bodies[1]).toEqual(bodies[0]);
  });

  it("is an OpenAPI 3 document whose every $ref resolves inside it", () => {
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(Object.keys(doc.paths).length).toBeGreaterThan(50);
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]*"/g) ?? [];
    for (const ref of new Set(refs)) {
      const pointer = ref.slice('"$ref":"'.length, -1);
      expect(pointer, ref).toMatch(/^#\//);
      const target = pointer
        .slice(2)
        .split("/")
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
      expect(target, ref).toBeDefined();
    }
  });

  it("describes every registered API route, and nothing else", () => {
    const registered = apiRoutes()
      .filter((r) => !r.hidden && r.method !== "HEAD")
      .map((r) => `${r.method.toLowerCase()} ${r.url.replace(/:(\w+)/g, "{$1}")}`)
      .concat(["get /healthz"]);
    const documented = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method} ${path}`),
    );
    expect(documented.sort()).toEqual([...new Set(registered)].sort());
    expect(registered.length).toBeGreaterThan(80);
  });

  it("leaves out only the WebSockets (docs/live-protocol.md) and the document itself", () => {
    const hidden = apiRoutes().filter((r) => r.hidden);
    for (const route of hidden) {
      expect(
        route.websocket || (openApiPaths as readonly string[]).includes(route.url),
        `${route.method} ${route.url} is registered but not in the OpenAPI document`,
      ).toBe(true);
    }
  });
});

describe("/core/http-methods", () => {
  it("uses only GET, HEAD, POST, PUT, PATCH and DELETE; the document only get, post, put, patch, delete", () => {
    const methods = new Set(routes(t).map((r) => r.method));
    expect(
      [...methods].filter((m) => !["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"].includes(m)),
    ).toEqual([]);
    const operations = new Set(Object.values(doc.paths).flatMap((p) => Object.keys(p)));
    expect(
      [...operations].filter((m) => !["get", "post", "put", "patch", "delete"].includes(m)),
    ).toEqual([]);
  });
});

describe("/core/http-safety: GET is safe", () => {
  it("no GET route takes a request body", () => {
    expect(
      apiRoutes()
        .filter((r) => r.method === "GET" && r.hasBody)
        .map((r) => r.url),
    ).toEqual([]);
  });

  it("reading every GET route changes nothing in the database", async () => {
    // The login's sliding idle time (auth_sessions) and an audit trail of reads are not the
    // state of any resource.
    const ignore = ["auth_sessions", "audit_events"];
    const before = await databaseState(ignore);
    const gets = apiRoutes().filter((r) => r.method === "GET" && !r.websocket);
    expect(gets.length).toBeGreaterThan(30);
    const statuses: string[] = [];
    for (const route of gets) {
      const response = await call("GET", fill(route.url), { cookie });
      statuses.push(`${response.statusCode} ${route.url}`);
    }
    expect(statuses.filter((s) => s.startsWith("5"))).toEqual([]);
    // Most of them answered: the walk did read the resources.
    expect(statuses.filter((s) => s.startsWith("200")).length).toBeGreaterThan(gets.length * 0.8);
    expect(await databaseState(ignore)).toEqual(before);
  });
});

describe("/core/no-trailing-slash", () => {
  it("no route is declared with a trailing slash", () => {
    expect(routes(t).filter((r) => r.url.length > 1 && r.url.endsWith("/"))).toEqual([]);
    expect(Object.keys(doc.paths).filter((p) => p.endsWith("/"))).toEqual([]);
  });

  it("every API route with a trailing slash is a 404 problem, not a redirect, for its owner too", async () => {
    const wrong: string[] = [];
    const seen = new Set<string>();
    for (const route of apiRoutes()) {
      if (route.method === "HEAD" || seen.has(`${route.method} ${route.url}`)) continue;
      seen.add(`${route.method} ${route.url}`);
      const url = `${fill(route.url)}/`;
      const response = await call(route.method as Method, url, {
        cookie,
        ...(route.method === "GET" || route.method === "DELETE" ? {} : { payload: {} }),
      });
      const problem = String(response.headers["content-type"]).startsWith(
        "application/problem+json",
      );
      if (response.statusCode !== 404 || !problem) {
        wrong.push(`${route.method} ${url}: ${response.statusCode}`);
      }
    }
    expect(seen.size).toBeGreaterThan(80);
    expect(wrong).toEqual([]);
  });
});

describe("/core/path-segments-kebab-case and /core/naming-collections", () => {
  const segments = () =>
    [...new Set(apiRoutes().map((r) => r.url))]
      .filter((url) => !(openApiPaths as readonly string[]).includes(url))
      .map((url) => url.split("/").slice(1));

  it("every path segment is lowercase kebab-case: no capitals, underscores or file extensions", () => {
    const wrong = segments()
      .flat()
      .filter((s) => !s.startsWith(":") && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(s));
    expect([...new Set(wrong)]).toEqual([]);
  });

  it("a segment followed by an identifier names a collection, in the plural", () => {
    const irregularPlurals = ["criteria"];
    const singular: string[] = [];
    for (const parts of segments()) {
      parts.forEach((part, i) => {
        const next = parts[i + 1];
        if (part.startsWith(":") || !next?.startsWith(":")) return;
        if (!part.endsWith("s") && !irregularPlurals.includes(part)) singular.push(part);
      });
    }
    expect([...new Set(singular)]).toEqual([]);
  });
});
