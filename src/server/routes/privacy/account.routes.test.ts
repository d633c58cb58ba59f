// Correcting one's own account (AVG art. 16): name, e-mail address and password.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, sessionCookieFrom, type TestApp } from "../../../../test/app.ts";
import { buildUser, loginAs } from "../../../../test/factories.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

function updateProfile(cookie: string | undefined, payload: object) {
  return t.app.inject({
    method: "PATCH",
    url: "/api/v1/account",
    headers: cookie ? { cookie } : {},
    payload,
  });
}

function changePassword(cookie: string | undefined, payload: object) {
  return t.app.inject({
    method: "PUT",
    url: "/api/v1/account/password",
    headers: cookie ? { cookie } : {},
    payload,
  });
}

async function me(cookie: string) {
  return (await t.app.inject({ url: "/api/v1/auth/me", headers: { cookie } })).json().user;
}

function login(email: string, password: string) {
  return t.app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { email, password },
  });
}

describe("changing my name and e-mail address", () => {
  it("changes the name without a password, trimmed, and refuses an empty one", async () => {
    const user = await buildUser(t, { displayName: "Anne Vries" });
    const cookie = await loginAs(t, user);
    const changed = await updateProfile(cookie, { displayName: "  Anne de Vries " });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().user).toEqual({
      id: user.id,
      email: user.email,
      displayName: "Anne de Vries",
    });
    expect(await me(cookie)).toMatchObject({ displayName: "Anne de Vries" });

    const empty = await updateProfile(cookie, { displayName: "   " });
    expect(empty.statusCode).toBe(400);
    expect(empty.headers["content-type"]).toContain("application/problem+json");
    expect(empty.json().errors.map((f: { path: string }) => f.path)).toContain("body.displayName");
    expect(await me(cookie)).toMatchObject({ displayName: "Anne de Vries" });
  });

  it("changes the e-mail address (the login) only with the current password", async () => {
    const user = await buildUser(t);
    const cookie = await loginAs(t, user);
    const newEmail = `nieuw-${user.id.slice(0, 8)}@example.org`;

    const without = await updateProfile(cookie, { email: newEmail });
    expect(without.statusCode).toBe(400);
    expect(without.json().errors).toEqual([
      expect.objectContaining({ path: "body.currentPassword" }),
    ]);
    const wrong = await updateProfile(cookie, {
      email: newEmail,
      currentPassword: "niet mijn wachtwoord",
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().code).toBe("wrong_password");
    expect(await me(cookie)).toMatchObject({ email: user.email });

    const changed = await updateProfile(cookie, {
      email: ` ${newEmail.toUpperCase()} `,
      currentPassword: user.password,
      displayName: "Bram",
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().user).toMatchObject({ email: newEmail, displayName: "Bram" });
    expect((await login(user.email, user.password)).statusCode).toBe(401);
    expect((await login(newEmail, user.password)).statusCode).toBe(200);
    // The session it was changed in goes on.
    expect(await me(cookie)).toMatchObject({ id: user.id, email: newEmail });
  });

  it("needs no password when the address given is the one it already is", async () => {
    const user = await buildUser(t, { displayName: "Cas" });
    const cookie = await loginAs(t, user);
    const same = await updateProfile(cookie, { email: user.email, displayName: "Cas Jansen" });
    expect(same.statusCode, same.body).toBe(200);
    expect(same.json().user).toMatchObject({ email: user.email, displayName: "Cas Jansen" });
  });

  it("refuses an address that belongs to another account, and changes nothing", async () => {
    const taken = await buildUser(t);
    const user = await buildUser(t, { displayName: "Dewi" });
    const cookie = await loginAs(t, user);
    const refused = await updateProfile(cookie, {
      email: taken.email,
      currentPassword: user.password,
      displayName: "Dewi Pranoto",
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe("email_taken");
    expect(await me(cookie)).toEqual({ id: user.id, email: user.email, displayName: "Dewi" });
    expect((await login(taken.email, taken.password)).statusCode).toBe(200);
  });

  it("needs a login", async () => {
    expect((await updateProfile(undefined, { displayName: "Niemand" })).statusCode).toBe(401);
  });
});

describe("changing my password", () => {
  it("refuses a wrong current password or a too short new one, and changes nothing", async () => {
    const user = await buildUser(t);
    const cookie = await loginAs(t, user);
    const wrong = await changePassword(cookie, {
      currentPassword: "niet mijn wachtwoord",
      newPassword: "een heel nieuw wachtwoord",
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().code).toBe("wrong_password");
    const short = await changePassword(cookie, {
      currentPassword: user.password,
      newPassword: "kort",
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors.map((f: { path: string }) => f.path)).toContain("body.newPassword");
    expect((await login(user.email, user.password)).statusCode).toBe(200);
  });

  it("sets the new password and logs out every other browser, not this one", async () => {
    const user = await buildUser(t);
    const here = await loginAs(t, user);
    const elsewhere = sessionCookieFrom(await login(user.email, user.password));
    expect(await me(elsewhere)).toMatchObject({ id: user.id });

    const changed = await changePassword(here, {
      currentPassword: user.password,
      newPassword: "een heel nieuw wachtwoord",
    });
    expect(changed.statusCode, changed.body).toBe(204);
    expect(await me(here)).toMatchObject({ id: user.id });
    expect(await me(elsewhere)).toBeNull();
    expect((await login(user.email, user.password)).statusCode).toBe(401);
    expect((await login(user.email, "een heel nieuw wachtwoord")).statusCode).toBe(200);
  });

  it("counts wrong current passwords like failed logins: guessing is throttled", async () => {
    const user = await buildUser(t);
    const cookie = await loginAs(t, user);
    // The default allows 5 attempts per account in the window.
    for (let i = 0; i < 5; i++) {
      const guess = await changePassword(cookie, {
        currentPassword: `gok ${i}`,
        newPassword: "een heel nieuw wachtwoord",
      });
      expect(guess.statusCode).toBe(403);
    }
    const throttled = await changePassword(cookie, {
      currentPassword: user.password,
      newPassword: "een heel nieuw wachtwoord",
    });
    expect(throttled.statusCode).toBe(429);
    expect(Number(throttled.headers["retry-after"])).toBeGreaterThan(0);
  });

  it("needs a login", async () => {
    const refused = await changePassword(undefined, {
      currentPassword: "iets",
      newPassword: "een heel nieuw wachtwoord",
    });
    expect(refused.statusCode).toBe(401);
  });
});
