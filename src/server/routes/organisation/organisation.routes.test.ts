import { describe, expect, it } from "vitest";
import { createTestApp, testEnv } from "../../../../test/app.ts";

describe("organisation (for the accessibility statement)", () => {
  it("names no organisation by default, and the configured one when set", async () => {
    const plain = await createTestApp();
    try {
      const response = await plain.app.inject({ url: "/api/v1/organisation" });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ name: null, accessibilityContact: null });
    } finally {
      await plain.close();
    }
    const named = await createTestApp({
      ORGANISATION_NAME: "  Gemeente Súdwest-Fryslân ",
      ACCESSIBILITY_CONTACT: "toegankelijkheid@example.org",
    });
    try {
      const response = await named.app.inject({ url: "/api/v1/organisation" });
      expect(response.json()).toEqual({
        name: "Gemeente Súdwest-Fryslân",
        accessibilityContact: "toegankelijkheid@example.org",
      });
    } finally {
      await named.close();
    }
  });

  it("accepts an email address or an https page as contact, nothing a link could run", () => {
    expect(testEnv({ ACCESSIBILITY_CONTACT: "https://example.org/contact" }).organisation).toEqual({
      name: null,
      accessibilityContact: "https://example.org/contact",
    });
    for (const bad of [
      "javascript:alert(1)",
      "http://example.org",
      "data:text/html,x",
      "niemand",
    ]) {
      expect(() => testEnv({ ACCESSIBILITY_CONTACT: bad }), bad).toThrow(/ACCESSIBILITY_CONTACT/);
    }
    expect(() => testEnv({ ORGANISATION_NAME: "x".repeat(201) })).toThrow(/ORGANISATION_NAME/);
  });
});
