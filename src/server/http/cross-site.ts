import type { FastifyInstance } from "fastify";
import { errors } from "../errors.ts";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses a NUL character anywhere in the parameters, query or body: PostgreSQL cannot store
 * it in text, so it would otherwise surface as a server error.
 */
export function registerNulGuard(app: FastifyInstance) {
  app.addHook("preValidation", async (request) => {
    for (const [part, value] of [
      ["params", request.params],
      ["querystring", request.query],
      ["body", request.body],
    ] as const) {
      if (value === undefined) continue;
      let text: string | undefined;
      try {
        text = JSON.stringify(value);
      } catch {
        // Nested too deep to serialise (a JSON body of thousands of brackets): no request of ours.
        throw errors.malformedBody();
      }
      if (text?.includes("\\u0000")) {
        throw errors.validation([{ path: part, message: "NUL character" }]);
      }
    }
  });
}

/**
 * Refuses state-changing requests, and WebSocket handshakes (a GET that a page on any site may
 * send with the user's cookies), that a browser sent from another site. Session cookies are
 * SameSite=Lax already; this also covers same-site subdomains and older browsers.
 */
export function registerCrossSiteGuard(app: FastifyInstance) {
  app.addHook("onRequest", async (request) => {
    const websocket = request.headers.upgrade?.toLowerCase() === "websocket";
    if (safeMethods.has(request.method) && !websocket) return;
    const fetchSite = request.headers["sec-fetch-site"];
    if (fetchSite) {
      if (fetchSite !== "same-origin" && fetchSite !== "none") throw errors.crossSiteRequest();
      return;
    }
    const origin = request.headers.origin;
    if (!origin) return;
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      throw errors.crossSiteRequest();
    }
    if (originHost !== request.host) throw errors.crossSiteRequest();
  });
}
