import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerHookHandler } from "fastify";
import { errors } from "../errors.ts";

/**
 * The NLGov API design rules that hold for every API response rather than for one route
 * (docs/ARCHITECTURE.md, "API conventions"; checked by nlgov-api.test.ts).
 */

/** The API's base path (/core/uri-version: the major version in the URI). */
export const apiBasePath = "/api/v1";

/** Where the OpenAPI document is: in the base path (/core/publish-openapi) and at /api. */
export const openApiPaths = ["/api/openapi.json", `${apiBasePath}/openapi.json`] as const;

function pathOf(request: FastifyRequest): string {
  return request.url.split("?")[0] ?? "/";
}

/** The API's own responses: everything under /api/, and the health probe it documents. */
function isApiPath(path: string): boolean {
  return path.startsWith("/api/") || path === "/healthz";
}

/** A plain HTTP request to a WebSocket route: a problem like any unknown path. */
const requireUpgrade: preHandlerHookHandler = async (request) => {
  if (request.headers.upgrade?.toLowerCase() !== "websocket") throw errors.notFound();
};

/** Also by hand for the errors Fastify answers before any hook runs (app.ts). */
export function setApiHeaders(request: FastifyRequest, reply: FastifyReply, version: string) {
  if (!isApiPath(pathOf(request))) return;
  reply.header("api-version", version);
  if (!reply.hasHeader("cache-control")) reply.header("cache-control", "no-store");
}

/** Register before the other hooks and every route. */
export function registerApiConventions(app: FastifyInstance, version: string) {
  // /core/version-header: on every API response, errors and unknown paths included. And
  // (/core/transport/security-headers) no copy of an answer kept in a browser or proxy cache,
  // unless the route chose otherwise (a download, the QR code).
  app.addHook("onSend", async (request, reply) => {
    setApiHeaders(request, reply, version);
  });

  // /core/no-trailing-slash: `/workspaces/` is not `/workspaces`, and not `/workspaces/:slug`
  // with an empty slug either (which the router would match): 404, no redirect. Runs before
  // the authorisation hook, so the answer does not depend on who asks.
  app.addHook("onRequest", async (request) => {
    const path = pathOf(request);
    if (path.startsWith("/api/") && (path.endsWith("/") || path.includes("//"))) {
      throw errors.notFound();
    }
  });

  // @fastify/websocket answers a plain GET to a WebSocket route with an empty 404; make it the
  // problem+json every other error is (/core/error-handling/problem-details).
  app.addHook("onRoute", (route) => {
    if (!route.websocket) return;
    const existing = route.preHandler ? [route.preHandler].flat() : [];
    route.preHandler = [requireUpgrade, ...existing];
  });
}
