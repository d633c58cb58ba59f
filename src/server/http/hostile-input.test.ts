/**
 * Hostile input on every route the server registered. For each, fast-check generates path
 * parameters, query strings and bodies from the route's own zod schemas, mixed with hostile
 * values (truncated JSON, arrays for objects, 1 MB strings, control characters and NUL,
 * `{"$ne":1}`, SQL fragments, `__proto__` and `constructor` keys, huge numbers, NaN-ish strings,
 * wrong content types), sent as the workspace's owner so they reach the handlers, and as its
 * editor, member and viewer, a logged-in user of no workspace and an anonymous caller, so that
 * the refusals (401, 403, 404) and the routes the lower roles may use (their own score, rating
 * and stakeholder group, leaving) are attacked too. For every actor: never a 5xx; every 4xx is
 * problem+json; after a refusal the database is unchanged (row counts and a hash of every
 * table); a request to a route the actor may not call never gets past the authorisation hook.
 * Sort and filter parameters take listed values only.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../test/app.ts";
import { loginAs } from "../../../test/factories.ts";
import {
  type Actor,
  type ApiRoute,
  changedTables,
  fillPath,
  fingerprint,
  paramValue,
  problemShapeError,
  type Role,
  registeredApiRoutes,
  reportCases,
  setUpAttackTarget,
  validBody,
  validQuery,
  type WorkspaceFixture,
} from "../../../test/hardening.ts";
import { TestSocket } from "../../../test/live-clients.ts";
import {
  allowedValues,
  arbitraryFor,
  encode,
  hostileStrings,
  hostileValues,
  isWhitelisted,
  type JsonSchema,
  jsonSchemaOf,
  megabyteString,
} from "../../../test/schema-arbitrary.ts";
import { roleSatisfies } from "../../domain/roles.ts";
import type { Policy } from "./policy.ts";

/**
 * Generated requests per route and actor. The owner reaches every handler and gets the most.
 * The other actors get fewer: a route they may call runs the handler the owner's requests
 * already attack, and one they may not refuses the request before its body is read. About 3,700
 * requests in all, each followed by a fingerprint of the whole database: under a minute per
 * database on an idle 2-core machine, about two on a busy one.
 */
const runsPerRoute = { owner: 10, mayCall: 4, refused: 2 };

let t: TestApp;
let A: WorkspaceFixture;
let uuids: string[];
let cookie: string;
let actors: Actor[];
let lastError: Error | undefined;
/** The route whose last request got past every onRequest hook, authorisation among them. */
let admitted: string | undefined;

beforeAll(async () => {
  ({
    t,
    workspaces: [A],
    actors,
  } = await setUpAttackTarget(["Alfa"], (app) => {
    // The error behind a 5xx, for the failure message.
    app.addHook("onError", async (_request, _reply, error) => {
      lastError = error;
    });
    // Runs after the onRequest hooks, so only for requests they let through.
    app.addHook("preParsing", async (request, _reply, payload) => {
      admitted = `${request.method} ${request.routeOptions.url}`;
      return payload;
    });
  }));
  uuids = Object.values(A.ids);
  cookie = A.cookies.owner;
}, 120_000);
afterAll(() => t.close());

interface GeneratedRequest {
  params: Record<string, string>;
  wildcard: string;
  query: string;
  body?: { payload: string | Buffer; contentType?: string };
}

const contentTypes = [
  "application/json",
  "application/json; charset=utf-8",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/xml",
  "application/json; charset=utf-16",
  undefined,
];

const rawQueries = fc.constantFrom(
  "sort=name;drop table items",
  "sort[$ne]=1",
  "__proto__[polluted]=1",
  "constructor[prototype][polluted]=1",
  "page=1e999&pageSize=-1",
  "page=NaN",
  "format=../../etc/passwd",
  "q=%00",
  "q=%ZZ",
  `q=${megabyteString.slice(0, 100_000)}`,
  "a=1&a=2&a=3",
  "=&&=",
);

function serialiseQuery(value: unknown): string {
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    return `v=${encode(String(JSON.stringify(value)))}`;
  }
  const parts: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    for (const one of Array.isArray(v) ? v : [v]) {
      const text = typeof one === "string" ? one : JSON.stringify(one);
      parts.push(`${encode(key)}=${encode(text ?? "")}`);
    }
  }
  return parts.join("&");
}

function bodyArbitrary(route: ApiRoute): fc.Arbitrary<GeneratedRequest["body"]> {
  const schema = (route.schema as { body?: unknown } | undefined)?.body;
  const sendsBody = ["POST", "PUT", "PATCH", "DELETE"].includes(route.method);
  if (!schema) {
    return sendsBody
      ? fc.option(
          fc.record({
            payload: fc.constantFrom('{"$ne":1}', "[]", "{", megabyteString),
            contentType: fc.constantFrom(...contentTypes),
          }),
          { nil: undefined },
        )
      : fc.constant(undefined);
  }
  const valid = validBody(route.key, A.ids);
  const validJson = JSON.stringify(valid);
  const generated = arbitraryFor(jsonSchemaOf(schema), { hostile: true, uuids });
  const json = (value: unknown) => ({
    payload: JSON.stringify(value),
    contentType: "application/json",
  });
  const oneFieldHostile =
    valid && typeof valid === "object" && Object.keys(valid).length
      ? fc
          .tuple(fc.constantFrom(...Object.keys(valid)), hostileValues)
          .map(([key, value]) => json({ ...(valid as object), [key]: value }))
      : fc.constant(json(valid));
  const raw = fc.oneof(
    fc.nat({ max: Math.max(validJson.length - 1, 0) }).map((n) => validJson.slice(0, n)),
    fc.constantFrom(
      `[${validJson}]`,
      '"just a string"',
      "42",
      "null",
      "true",
      '{"__proto__":{"polluted":true}}',
      '{"constructor":{"prototype":{"polluted":true}}}',
      `{"name":"${megabyteString}"}`,
      `${"[".repeat(5000)}${"]".repeat(5000)}`,
      `${validJson.slice(0, -1)},"__proto__":{"polluted":true}}`,
      `\uFEFF${validJson}`,
      validJson.replace(/"[^"]*"/, '"a\\u0000b"'),
    ),
  );
  return fc.oneof(
    { weight: 3, arbitrary: generated.map(json) },
    { weight: 2, arbitrary: oneFieldHostile },
    { weight: 2, arbitrary: raw.map((payload) => ({ payload, contentType: "application/json" })) },
    {
      weight: 1,
      arbitrary: fc.record({
        payload: fc.oneof(
          fc.constant(validJson),
          fc.constant(Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0xc3, 0x28])),
        ),
        contentType: fc.constantFrom(...contentTypes),
      }),
    },
  );
}

function requestArbitrary(route: ApiRoute): fc.Arbitrary<GeneratedRequest> {
  const paramsSchema = (route.schema as { params?: unknown } | undefined)?.params;
  const paramSchemas = paramsSchema
    ? (jsonSchemaOf(paramsSchema).properties ?? {})
    : ({} as Record<string, never>);
  const params = fc.record(
    Object.fromEntries(
      route.params.map((name) => [
        name,
        fc.oneof(
          { weight: 4, arbitrary: fc.constant(paramValue(name, route.url, A.ids, A)) },
          {
            weight: 2,
            arbitrary: paramSchemas[name]
              ? arbitraryFor(paramSchemas[name], { hostile: false, uuids }).map(String)
              : fc.string(),
          },
          { weight: 2, arbitrary: fc.constantFrom(...hostileStrings, "x".repeat(201)) },
        ),
      ]),
    ),
  ) as fc.Arbitrary<Record<string, string>>;
  const querySchema = (route.schema as { querystring?: unknown } | undefined)?.querystring;
  const valid = validQuery(route.key, A.ids);
  const query = fc.oneof(
    { weight: 2, arbitrary: fc.constant(valid ? serialiseQuery(valid) : "") },
    ...(querySchema
      ? [
          {
            weight: 4,
            arbitrary: arbitraryFor(jsonSchemaOf(querySchema), { hostile: true, uuids }).map(
              serialiseQuery,
            ),
          },
        ]
      : []),
    { weight: 1, arbitrary: rawQueries },
  );
  return fc.record({
    params,
    wildcard: fc.oneof(fc.constant("werkruimte"), fc.constantFrom(...hostileStrings)),
    query,
    body: bodyArbitrary(route),
  });
}

function urlOf(route: ApiRoute, request: GeneratedRequest) {
  const path = fillPath(route, (name) => request.params[name]!).replace(
    /\*$/,
    encode(request.wildcard),
  );
  return request.query ? `${path}?${request.query}` : path;
}

/** Whether a whitelisted query parameter may accept a value (lists may be comma-separated). */
function accepted(property: JsonSchema, allowed: string[], value: string): boolean {
  if (property.type === "array" && property.items) {
    const item = property.items;
    return value
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean)
      .every((part) => accepted(item, allowed, part));
  }
  if (allowed.length) return allowed.includes(value);
  if (property.type === "integer" || property.type === "number") {
    // Coerced with Number(): "0x10" is 16, still a number and never text in a query.
    const n = Number(value);
    return (
      Number.isFinite(n) &&
      n >= (property.minimum ?? -Infinity) &&
      n <= (property.maximum ?? Infinity)
    );
  }
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** Whether a policy lets an actor past the authorisation hook (a role is the first workspace's). */
function mayCall(policy: Policy, actor: Actor): boolean {
  switch (policy.access) {
    case "public":
    case "optional":
      return true;
    case "authenticated":
      return actor.cookie !== undefined;
    case "workspace":
      return actor.role !== undefined && roleSatisfies(actor.role, policy.role);
  }
}

/** Reads first and deletions last, so that generated deletions do not empty the workspace early. */
function order(route: ApiRoute): number {
  if (route.key === "DELETE /api/v1/workspaces/:slug/membership") return 9;
  if (route.method === "DELETE") return 8;
  return { GET: 0, HEAD: 0, POST: 2, PUT: 3, PATCH: 4 }[route.method] ?? 5;
}

describe("hostile input", () => {
  it("sort and filter parameters take listed values only, never arbitrary text", async () => {
    const routes = registeredApiRoutes(t.app.registeredRoutes, true).filter(
      (r) => r.method === "GET" && (r.schema as { querystring?: unknown } | undefined)?.querystring,
    );
    expect(routes.length).toBeGreaterThan(5);
    const failures: string[] = [];
    let parameters = 0;
    let cases = 0;
    for (const route of routes) {
      const schema = jsonSchemaOf((route.schema as { querystring: unknown }).querystring, "output");
      const base = fillPath(route, (name) => paramValue(name, route.url, A.ids, A));
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        if (/sort|order|direction|dir$|filter|by$/i.test(name) && !isWhitelisted(property)) {
          failures.push(`${route.key}: ?${name} is free text`);
        }
        if (!isWhitelisted(property)) continue;
        parameters++;
        const allowed = (allowedValues(property) ?? []).map(String);
        const required = validQuery(route.key, A.ids) ?? {};
        for (const value of allowed) {
          cases++;
          const response = await t.app.inject({
            url: base,
            query: { ...required, [name]: value },
            headers: { cookie },
          });
          if (response.statusCode >= 400) {
            failures.push(
              `${route.key}?${name}=${value}: ${response.statusCode} for a listed value`,
            );
          }
        }
        const outside = fc
          .oneof(fc.constantFrom(...hostileStrings), fc.string({ minLength: 1, maxLength: 30 }))
          .filter((v) => !accepted(property, allowed, v));
        const result = await fc.check(
          fc.asyncProperty(outside, async (value) => {
            cases++;
            const response = await t.app.inject({
              url: base,
              query: { ...required, [name]: value },
              headers: { cookie },
            });
            if (response.statusCode !== 400) {
              throw new Error(`?${name}=${JSON.stringify(value)}: ${response.statusCode}`);
            }
            const shape = problemShapeError(response);
            if (shape) throw new Error(`?${name}=${JSON.stringify(value)}: ${shape}`);
          }),
          { numRuns: 25, endOnFailure: true },
        );
        if (result.failed) {
          failures.push(
            `${route.key}: ${String((result.errorInstance as Error | undefined)?.message ?? result.errorInstance)}`,
          );
        }
      }
    }
    reportCases(
      `sort and filter: ${routes.length} routes, ${parameters} whitelisted parameters, ${cases} requests`,
    );
    expect(failures).toEqual([]);
  }, 300_000);

  it("no generated or hostile request to any route, by any actor, gets a 5xx, a non-problem 4xx, gets past a refusal, or changes data it refused", async () => {
    const routes = registeredApiRoutes(t.app.registeredRoutes, true)
      .filter((r) => !r.websocket)
      .sort((a, b) => order(a) - order(b));
    expect(routes.length).toBeGreaterThan(110);
    // Highest first on each route: the owner's deletions find the rows the seeding made, and
    // the actors who are refused find them too (and must leave them).
    const attackers = [...actors].reverse().map((actor) => ({
      actor: { ...actor },
      cases: 0,
      routes: { mayCall: 0, refused: 0 },
      statuses: {} as Record<string, number>,
    }));
    expect(attackers.map(({ actor }) => actor.name)).toEqual([
      "owner",
      "editor",
      "member",
      "viewer",
      "outsider",
      "anonymous",
    ]);
    let baseline = await fingerprint(t.database.db);
    const failures: string[] = [];
    for (const route of routes) {
      for (const attacker of attackers) {
        const { actor, statuses } = attacker;
        const allowed = mayCall(route.policy, actor);
        attacker.routes[allowed ? "mayCall" : "refused"]++;
        const numRuns =
          actor.role === "owner"
            ? runsPerRoute.owner
            : allowed
              ? runsPerRoute.mayCall
              : runsPerRoute.refused;
        const result = await fc.check(
          fc.asyncProperty(requestArbitrary(route), async (request) => {
            attacker.cases++;
            lastError = undefined;
            admitted = undefined;
            const url = urlOf(route, request);
            const response = await t.app.inject({
              method: route.method as "GET",
              url,
              headers: {
                ...(actor.cookie ? { cookie: actor.cookie } : {}),
                ...(request.body?.contentType ? { "content-type": request.body.contentType } : {}),
              },
              ...(request.body ? { payload: request.body.payload } : {}),
            });
            const status = response.statusCode;
            const kind =
              route.url === "/*" && status === 503
                ? "503 (web app not built)"
                : `${Math.floor(status / 100)}xx`;
            statuses[kind] = (statuses[kind] ?? 0) + 1;
            const what = `${route.method} ${url.slice(0, 300)} as ${actor.name}`;
            if (status >= 500 && !(route.url === "/*" && status === 503)) {
              const cause = (lastError as Error | undefined)?.stack
                ?.split("\n")
                .slice(0, 4)
                .join(" | ");
              throw new Error(
                `${what}: ${status} ${cause} with ${JSON.stringify(request.body)?.slice(0, 300)}`,
              );
            }
            // Without a built web app (as in tests) the pages answer 503 in plain text.
            const shape = route.url === "/*" ? undefined : problemShapeError(response);
            if (shape) throw new Error(`${what}: ${status} ${shape}`);
            if ((Object.prototype as Record<string, unknown>).polluted !== undefined) {
              throw new Error(`${what}: Object.prototype polluted`);
            }
            const after = await fingerprint(t.database.db);
            if (status >= 400) {
              const changed = changedTables(baseline, after);
              if (changed.length) {
                baseline = after;
                throw new Error(
                  `${what}: refused with ${status} but changed ${changed.join(", ")}`,
                );
              }
            }
            baseline = after;
            // Refused by the authorisation hook (401, 403, or 404 for a non-member), or before
            // it by the router (a malformed URL): never past it, whatever the answer.
            if (!allowed && (status < 400 || admitted === route.key)) {
              throw new Error(
                `${what}: ${status}, past the authorisation of a route it may not call`,
              );
            }
            if (route.key === "POST /api/v1/auth/logout" && status < 400 && actor.user) {
              actor.cookie = await loginAs(t, actor.user);
            }
            // Accepting the seeded invitation makes the outsider a member of A (it is meant to);
            // leaving A makes anyone none. What they may call next follows.
            if (route.key === "POST /api/v1/invites/:token/accept" && status < 400 && actor.user) {
              const { workspace } = response.json() as { workspace: { slug: string; role: Role } };
              if (workspace.slug === A.workspace.slug) actor.role = workspace.role;
            }
            if (
              route.key === "DELETE /api/v1/workspaces/:slug/membership" &&
              status < 400 &&
              request.params.slug === A.workspace.slug
            ) {
              actor.role = undefined;
            }
          }),
          { numRuns, endOnFailure: true },
        );
        if (result.failed) {
          failures.push(
            `${route.key} as ${actor.name}: ${String((result.errorInstance as Error | undefined)?.message ?? result.errorInstance)} (seed ${result.seed})`,
          );
          // A failure may have ended the actor's session (if logging in again is throttled by
          // then, the old cookie stays) or left the baseline stale.
          if (actor.user) {
            const user = actor.user;
            actor.cookie = await loginAs(t, user).catch(() => actor.cookie);
          }
          baseline = await fingerprint(t.database.db);
        }
      }
    }
    for (const { actor, cases, routes: reach, statuses } of attackers) {
      reportCases(
        actor.role === "owner"
          ? `hostile input: ${routes.length} routes, ${cases} generated requests as the owner (${JSON.stringify(statuses)})`
          : `hostile input: ${routes.length} routes (${reach.mayCall} it may call, ${reach.refused} refused), ${cases} generated requests as ${actor.name} (${JSON.stringify(statuses)})`,
      );
    }
    expect(failures).toEqual([]);
  }, 600_000);

  it("the participant socket survives hostile messages", async () => {
    const base = (await t.app.listen({ port: 0, host: "127.0.0.1" })).replace("http", "ws");
    const frames = fc.oneof(
      hostileValues.map((v) => JSON.stringify(v)),
      fc.constantFrom(
        '{"type":"hello","token":{"$ne":1},"protocol":1}',
        '{"type":"hello","token":"\' or 1=1 --xxxxxxxxxxxxx","protocol":1}',
        '{"type":"vote","id":"abcdefgh","stepId":"x","target":"y","answer":{"__proto__":{"polluted":true}}}',
        '{"__proto__":{"type":"ping"}}',
        '{"type":"ping"',
        "\u0000",
        "",
      ),
    );
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(frames, { minLength: 1, maxLength: 5 }), async (messages) => {
        cases++;
        const socket = await TestSocket.open(`${base}/api/v1/live/ws`);
        for (const message of messages) socket.ws.send(message);
        socket.send({ type: "ping" });
        const outcome = await Promise.race([
          socket.next((m) => m.type === "pong").then(() => "pong"),
          socket.closed.then(({ code }) => `closed ${code}`),
        ]);
        socket.ws.close();
        expect(outcome === "pong" || /^closed 4\d\d\d$/.test(outcome), outcome).toBe(true);
        expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 30 },
    );
    reportCases(`participant socket: ${cases} sequences of hostile messages`);
  });
});
