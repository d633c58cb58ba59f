import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { buildUser, loginAs } from "../../test/factories.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("server", () => {
  it("reports health with the database driver and version", async () => {
    const response = await t.app.inject({ url: "/healthz" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: "ok",
      db: t.database.driver,
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
  });

  it("sends strict security headers", async () => {
    const response = await t.app.inject({ url: "/healthz" });
    const csp = String(response.headers["content-security-policy"]);
    const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src"));
    expect(scriptSrc).toBe("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["referrer-policy"]).toBe("no-referrer");
  });

  it("publishes an OpenAPI 3 document of the API", async () => {
    const response = await t.app.inject({ url: "/api/openapi.json" });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/v1/auth/login", "/api/v1/workspaces/{slug}/invites"]),
    );
    expect(doc.paths["/healthz"]).toBeDefined();
  });

  it("marks API responses with an API-Version header", async () => {
    const response = await t.app.inject({ url: "/api/v1/workspaces" });
    expect(response.headers["api-version"]).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("answers an unknown API path with a problem", async () => {
    const response = await t.app.inject({ url: "/api/v1/nothing-here" });
    expect(response.statusCode).toBe(404);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect(response.json().code).toBe("not_found");
  });

  it("refuses a cross-site state change and accepts a same-origin one", async () => {
    const user = await buildUser(t);
    const cookie = await loginAs(t, user);
    const evil = await t.app.inject({
      method: "POST",
      url: "/api/v1/workspaces",
      headers: { cookie, origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      payload: { name: "Overgenomen" },
    });
    expect(evil.statusCode).toBe(403);
    expect(evil.json().code).toBe("cross_site_request");
    const originOnly = await t.app.inject({
      method: "POST",
      url: "/api/v1/workspaces",
      headers: { cookie, origin: "https://evil.example" },
      payload: { name: "Overgenomen" },
    });
    expect(originOnly.statusCode).toBe(403);
    const list = await t.app.inject({ url: "/api/v1/workspaces", headers: { cookie } });
    expect(list.json().workspaces).toEqual([]);
    const same = await t.app.inject({
      method: "POST",
      url: "/api/v1/workspaces",
      headers: { cookie, "sec-fetch-site": "same-origin" },
      payload: { name: "Eigen werkruimte" },
    });
    expect(same.statusCode).toBe(201);
  });

  it("answers NUL characters and malformed URLs with a problem, never a server error", async () => {
    const user = await buildUser(t);
    const cookie = await loginAs(t, user);
    const nulName = await t.app.inject({
      method: "POST",
      url: "/api/v1/workspaces",
      headers: { cookie },
      payload: { name: "Gemeente\u0000X" },
    });
    expect(nulName.statusCode).toBe(400);
    expect(nulName.json().code).toBe("validation_failed");
    const nulQuery = await t.app.inject({ url: "/api/v1/workspaces?x=%00", headers: { cookie } });
    expect(nulQuery.statusCode).toBe(400);
    for (const url of ["/a%00b", "/%E0%A4%A"]) {
      const response = await t.app.inject({ url });
      expect([400, 404], url).toContain(response.statusCode);
      expect(response.headers["content-type"], url).toContain("application/problem+json");
    }
    const badUrl = await t.app.inject({ url: "/api/v1/workspaces/%ZZ" });
    expect(badUrl.statusCode).toBe(400);
    expect(badUrl.headers["content-type"]).toContain("application/problem+json");
  });

  it("refuses a non-JSON body with 415 and a huge one with 413", async () => {
    const textBody = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      headers: { "content-type": "text/xml" },
      payload: "<login/>",
    });
    expect(textBody.statusCode).toBe(415);
    expect(textBody.json().code).toBe("unsupported_media_type");
    const huge = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ email: "a@b.nl", password: "x".repeat(2 * 1024 * 1024) }),
    });
    expect(huge.statusCode).toBe(413);
  });
});
