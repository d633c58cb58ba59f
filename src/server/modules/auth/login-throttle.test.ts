import { describe, expect, it } from "vitest";
import { LoginThrottle } from "./login-throttle.ts";

describe("LoginThrottle", () => {
  it("blocks an account after too many attempts until the window ends", () => {
    let now = 0;
    const throttle = new LoginThrottle(
      { maxPerAccount: 2, maxPerIp: 100, windowMinutes: 1 },
      () => now,
    );
    expect(throttle.attempt("ip", "a@x.nl")).toBe(0);
    expect(throttle.attempt("ip", "a@x.nl")).toBe(0);
    expect(throttle.attempt("ip", "a@x.nl")).toBe(60);
    expect(throttle.attempt("other-ip", "a@x.nl")).toBe(60);
    expect(throttle.attempt("ip", "b@x.nl")).toBe(0);
    now = 60_001;
    expect(throttle.attempt("ip", "a@x.nl")).toBe(0);
  });

  it("forgets an account's attempts after a successful login", () => {
    const throttle = new LoginThrottle({ maxPerAccount: 2, maxPerIp: 100, windowMinutes: 1 });
    throttle.attempt("ip", "a@x.nl");
    throttle.attempt("ip", "a@x.nl");
    throttle.recordSuccess("ip", "a@x.nl");
    expect(throttle.attempt("ip", "a@x.nl")).toBe(0);
  });

  it("does not count successful logins against the IP: a room behind one address can log in", () => {
    const throttle = new LoginThrottle({ maxPerAccount: 5, maxPerIp: 3, windowMinutes: 1 });
    for (let n = 0; n < 40; n++) {
      expect(throttle.attempt("town-hall", `u${n}@x.nl`)).toBe(0);
      throttle.recordSuccess("town-hall", `u${n}@x.nl`);
    }
    // Failures still count.
    expect([1, 2, 3, 4].map((n) => throttle.attempt("town-hall", `f${n}@x.nl`))).toEqual([
      0, 0, 0, 60,
    ]);
  });

  it("limits attempts per IP whatever the account", () => {
    const throttle = new LoginThrottle({ maxPerAccount: 100, maxPerIp: 3, windowMinutes: 1 });
    expect([1, 2, 3, 4].map((n) => throttle.attempt("ip", `u${n}@x.nl`))).toEqual([0, 0, 0, 60]);
    expect(throttle.attempt("other-ip", "u5@x.nl")).toBe(0);
  });
});
