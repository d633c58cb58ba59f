import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerProblemHandlers } from "./problems.ts";
import { webAppRoutes } from "./web-app.ts";

// The web build's precompressed copies (vite.config.ts writes .br and .gz next to each text
// file): a phone on a slow connection gets the small one, a client that accepts neither the
// plain file. Served from a directory made here, so the test does not depend on a build.
let root: string;
let app: FastifyInstance;
const script = `console.log(${JSON.stringify("sociale basis ".repeat(500))});`;
const page = `<!doctype html><html lang="nl"><title>${"x".repeat(2000)}</title></html>`;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "sb-web-app-"));
  fs.mkdirSync(path.join(root, "assets"));
  fs.writeFileSync(path.join(root, "assets/app-abc.js"), script);
  fs.writeFileSync(path.join(root, "assets/app-abc.js.br"), zlib.brotliCompressSync(script));
  fs.writeFileSync(path.join(root, "assets/app-abc.js.gz"), zlib.gzipSync(script));
  fs.writeFileSync(path.join(root, "index.html"), page);
  fs.writeFileSync(path.join(root, "index.html.gz"), zlib.gzipSync(page));
  fs.writeFileSync(path.join(root, "participant.html"), page.replace("nl", "en"));
  app = Fastify();
  registerProblemHandlers(app);
  await app.register(webAppRoutes, { root });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe("web app files", () => {
  it("sends the Brotli copy to a browser that accepts it, and says it varies", async () => {
    const response = await app.inject({
      url: "/assets/app-abc.js",
      headers: { "accept-encoding": "gzip, deflate, br" },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.headers["content-type"]).toMatch(/^(application|text)\/javascript/);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.headers["cache-control"]).toContain("immutable");
    expect(response.rawPayload.length).toBeLessThan(script.length / 5);
    expect(zlib.brotliDecompressSync(response.rawPayload).toString()).toBe(script);
  });

  it("sends gzip to a client without Brotli, and the plain file to one that accepts neither", async () => {
    const gzip = await app.inject({
      url: "/assets/app-abc.js",
      headers: { "accept-encoding": "gzip" },
    });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gzip.rawPayload).toString()).toBe(script);

    const plain = await app.inject({
      url: "/assets/app-abc.js",
      headers: { "accept-encoding": "identity" },
    });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it("client routes get the compressed page, or the plain one when there is no copy", async () => {
    const index = await app.inject({
      url: "/werkruimtes",
      headers: { "accept-encoding": "br, gzip" },
    });
    expect(index.statusCode).toBe(200);
    expect(index.headers["content-encoding"]).toBe("gzip");
    expect(index.headers["content-type"]).toMatch(/^text\/html/);
    expect(index.headers["cache-control"]).toBe("no-cache");
    expect(zlib.gunzipSync(index.rawPayload).toString()).toBe(page);

    const participant = await app.inject({
      url: "/doe-mee/ABCD1234",
      headers: { "accept-encoding": "br, gzip" },
    });
    expect(participant.statusCode).toBe(200);
    expect(participant.headers["content-encoding"]).toBeUndefined();
    expect(participant.body).toBe(page.replace("nl", "en"));
  });
});
