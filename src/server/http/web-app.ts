import fs from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { projectRoot } from "../config/paths.ts";
import { errors } from "../errors.ts";
import { policies } from "./policy.ts";

export const webDistDir = path.join(projectRoot, "dist/web");

/** The participant page (a separate, small entry of the web build) and its paths. */
const participantPage = "participant.html";
const participantPath = /^\/doe-mee(\/|$)/;

/** Whether a file is there; a name too long for the file system (ENAMETOOLONG) is not. */
function isFile(file: string): boolean {
  try {
    return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

/**
 * Serves the built web app: files from dist/web, participant.html for /doe-mee and /doe-mee/…,
 * and index.html for every other client route.
 */
export async function webAppRoutes(app: FastifyInstance, opts: { root?: string } = {}) {
  const root = opts.root ?? webDistDir;
  // preCompressed: the build writes .br and .gz copies (vite.config.ts); each is sent to the
  // browsers that accept it, with Vary: Accept-Encoding, and the plain file to the others.
  // cacheControl: false, or send's "public, max-age=0" replaces the Cache-Control set below
  // (hashed assets would never be cached as immutable).
  await app.register(fastifyStatic, {
    root,
    serve: false,
    preCompressed: true,
    cacheControl: false,
  });

  app.get(
    "/*",
    { config: { policy: policies.public }, schema: { hide: true } },
    async (request, reply) => {
      let urlPath: string;
      try {
        urlPath = decodeURIComponent(request.url.split("?")[0] ?? "/");
      } catch {
        throw errors.notFound();
      }
      if (urlPath.includes("\0")) throw errors.notFound();
      if (urlPath.startsWith("/api/")) throw errors.notFound();
      const relative = path.normalize(urlPath).replace(/^([/\\])+/, "");
      const file = path.join(root, relative);
      if (relative && file.startsWith(root + path.sep) && isFile(file)) {
        const immutable = relative.startsWith(`assets${path.sep}`);
        return reply
          .header("cache-control", immutable ? "public, max-age=31536000, immutable" : "no-cache")
          .sendFile(relative);
      }
      if (path.extname(relative)) throw errors.notFound();
      const page = participantPath.test(urlPath) ? participantPage : "index.html";
      if (!fs.existsSync(path.join(root, page))) {
        return reply
          .code(503)
          .type("text/plain; charset=utf-8")
          .send(
            "De webapp is nog niet gebouwd. Voer `npm run build` uit of start met `npm start`.",
          );
      }
      return reply.header("cache-control", "no-cache").sendFile(page);
    },
  );
}
