import fs from "node:fs";
import type { Browser, Page } from "@playwright/test";
import { expect, expectAxeClean, expectNoHorizontalScroll, login, test } from "./fixtures.ts";

const slug = "voorbeeldgemeente";

/** A new member of the demo workspace, invited by the demo owner, with their own browser. */
async function newMember(owner: Page, browser: Browser) {
  const invite = await owner.request.post(`/api/v1/workspaces/${slug}/invites`, {
    data: { role: "member", expiresInDays: 1 },
  });
  expect(invite.status()).toBe(201);
  const { token } = await invite.json();
  const user = {
    email: `weg-${Date.now()}@example.org`,
    password: "een sterk wachtwoord",
    displayName: "Tijdelijk Lid",
  };
  const context = await browser.newContext({ locale: "nl-NL" });
  const page = await context.newPage();
  const accepted = await page.request.post(`/api/v1/invites/${token}/accept`, {
    data: { account: user },
  });
  expect(accepted.status()).toBe(200);
  // Accepting with a new account logs it in.
  await page.goto("/werkruimtes");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  return { user, page, context };
}

async function scorersOf(page: Page, itemId: string): Promise<number> {
  const overview = await (await page.request.get(`/api/v1/workspaces/${slug}/delimitation`)).json();
  return overview.items.find((i: { itemId: string }) => i.itemId === itemId).scorers;
}

test("a member downloads their data and deletes their account; their score stays, anonymous", async ({
  page,
  browser,
}) => {
  await login(page);
  const member = await newMember(page, browser);
  const m = member.page;
  const items = await (await m.request.get(`/api/v1/workspaces/${slug}/items?pageSize=1`)).json();
  const itemId = items.items[0].id as string;
  const scored = await m.request.put(`/api/v1/workspaces/${slug}/items/${itemId}/my-score`, {
    data: { answers: {}, overall: "rather_yes", comment: "Opmerking-van-het-tijdelijke-lid" },
  });
  expect(scored.status()).toBe(200);
  const scorersBefore = await scorersOf(page, itemId);

  // The header leads to the account page, by keyboard.
  await m.getByRole("link", { name: "Mijn account" }).focus();
  await m.keyboard.press("Enter");
  await expect(m).toHaveURL(/\/account$/);
  await expect(m.getByRole("heading", { level: 1, name: "Mijn account" })).toBeFocused();
  await expect(m.getByText(member.user.email)).toBeVisible();
  await expectAxeClean(m, "account page (nl)");

  const downloading = m.waitForEvent("download");
  await m.getByRole("link", { name: "Download mijn gegevens (JSON)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^mijn-gegevens-\d{4}-\d\d-\d\d\.json$/);
  const data = JSON.parse(fs.readFileSync((await download.path())!, "utf8"));
  expect(data.profile).toMatchObject({ email: member.user.email, displayName: "Tijdelijk Lid" });
  expect(data.memberships).toEqual([
    expect.objectContaining({ role: "member", workspace: expect.objectContaining({ slug }) }),
  ]);
  expect(data.scores).toEqual([
    expect.objectContaining({ comment: "Opmerking-van-het-tijdelijke-lid", overall: "rather_yes" }),
  ]);
  expect(JSON.stringify(data)).not.toContain("demo@example.org");

  await m.getByRole("button", { name: "Switch to English" }).click();
  await expect(m.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();
  await expect(m.getByText(/count anonymously/)).toBeVisible();
  await expectAxeClean(m, "account page (en)");
  await m.getByRole("button", { name: "Schakel naar Nederlands" }).click();
  await expect(m.getByRole("heading", { level: 1, name: "Mijn account" })).toBeVisible();

  // A wrong password: asked again, then refused with a message; nothing deleted.
  const password = m
    .getByRole("region", { name: "Mijn account verwijderen" })
    .getByLabel("Uw wachtwoord");
  await password.fill("niet het wachtwoord");
  await password.press("Enter");
  const confirm = m.locator(".sb-confirm");
  await expect(confirm).toBeFocused();
  await expect(confirm).toContainText("definitief verwijderd");
  await expectAxeClean(m, "account page, confirming deletion");
  await m.getByRole("button", { name: "Ja, verwijder mijn account" }).click();
  await expect(m.getByRole("alert")).toContainText("Het wachtwoord klopt niet.");

  // Cancel leaves everything as it was.
  await password.fill(member.user.password);
  await password.press("Enter");
  await m.getByRole("button", { name: "Annuleren" }).click();
  await expect(confirm).toHaveCount(0);

  // By keyboard: Enter in the password field, Tab to the confirmation, Enter.
  await password.press("Enter");
  await expect(confirm).toBeFocused();
  await m.keyboard.press("Tab");
  await expect(m.getByRole("button", { name: "Ja, verwijder mijn account" })).toBeFocused();
  await m.keyboard.press("Enter");
  await expect(m).toHaveURL(/\/inloggen$/);

  // Logged out, and the account is gone.
  expect((await (await m.request.get("/api/v1/auth/me")).json()).user).toBeNull();
  await m.getByLabel("E-mailadres").fill(member.user.email);
  await m.getByLabel("Wachtwoord").fill(member.user.password);
  await m.getByRole("button", { name: "Inloggen" }).click();
  await expect(m.getByRole("alert")).toContainText("klopt niet");
  await member.context.close();

  // The score still counts, without a name.
  expect(await scorersOf(page, itemId)).toBe(scorersBefore);
  const members = await (await page.request.get(`/api/v1/workspaces/${slug}/members`)).json();
  expect(JSON.stringify(members)).not.toContain(member.user.email);
});

test("a member corrects their name, e-mail address and password; a refusal is shown at its field", async ({
  page,
  browser,
}) => {
  await login(page);
  const member = await newMember(page, browser);
  const m = member.page;
  await m.goto("/account");
  await expect(m.getByRole("heading", { level: 1, name: "Mijn account" })).toBeVisible();
  const profile = m.locator("form", { has: m.getByLabel("Uw naam") });
  const name = profile.getByLabel("Uw naam");
  const email = profile.getByLabel("Uw e-mailadres");
  await expect(name).toHaveValue("Tijdelijk Lid");
  await expect(email).toHaveValue(member.user.email);
  // The password is asked only once the address changes.
  await expect(profile.getByLabel("Uw huidige wachtwoord")).toHaveCount(0);

  // An address of another account: refused at the e-mail field, which gets focus.
  await name.fill("Tijdelijk Lid de Vries");
  await email.fill("demo@example.org");
  const current = profile.getByLabel("Uw huidige wachtwoord");
  await current.fill(member.user.password);
  await current.press("Enter");
  await expect(email).toBeFocused();
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(profile).toContainText("Er bestaat al een account met dit e-mailadres.");
  await expectAxeClean(m, "account page, e-mail address refused at its field");

  // A wrong password: refused at the password field.
  const newEmail = `verhuisd-${Date.now()}@example.org`;
  await email.fill(newEmail);
  await current.fill("niet mijn wachtwoord");
  await current.press("Enter");
  await expect(current).toBeFocused();
  await expect(current).toHaveAttribute("aria-invalid", "true");
  await expect(profile).toContainText("Het wachtwoord klopt niet.");

  await current.fill(member.user.password);
  await current.press("Enter");
  await expect(profile.getByRole("status")).toHaveText("Uw naam en e-mailadres zijn opgeslagen.");
  await expect(
    m.getByText(`U bent ingelogd als Tijdelijk Lid de Vries (${newEmail}).`),
  ).toBeVisible();
  await expect(profile.getByLabel("Uw huidige wachtwoord")).toHaveCount(0);

  // The password: two different new ones are caught before sending; then it is changed.
  const passwords = m.locator("form", { has: m.getByLabel("Nieuw wachtwoord") });
  await passwords.getByLabel("Uw huidige wachtwoord").fill(member.user.password);
  await passwords.getByLabel("Nieuw wachtwoord").fill("een ander sterk wachtwoord");
  const repeat = passwords.getByLabel("Herhaal het nieuwe wachtwoord");
  await repeat.fill("een ander sterk wachtwoordd");
  await repeat.press("Enter");
  await expect(repeat).toBeFocused();
  await expect(passwords).toContainText("De twee nieuwe wachtwoorden zijn niet gelijk.");
  await expectAxeClean(m, "account page, passwords not the same");
  await repeat.fill("een ander sterk wachtwoord");
  await repeat.press("Enter");
  await expect(passwords.getByRole("status")).toHaveText(
    "Uw wachtwoord is gewijzigd. Op andere apparaten bent u uitgelogd.",
  );
  await expect(repeat).toHaveValue("");
  // The emptied fields look like any untouched field, not like errors.
  const borderOf = (field: typeof repeat) =>
    field.evaluate((element) => getComputedStyle(element).borderBottomColor);
  expect(await borderOf(repeat)).toBe(await borderOf(name));
  // This browser stays logged in; elsewhere only the new address and password work.
  expect((await (await m.request.get("/api/v1/auth/me")).json()).user).toMatchObject({
    email: newEmail,
    displayName: "Tijdelijk Lid de Vries",
  });
  const elsewhere = await browser.newContext();
  const old = await elsewhere.request.post(`${new URL(m.url()).origin}/api/v1/auth/login`, {
    data: { email: member.user.email, password: member.user.password },
  });
  expect(old.status()).toBe(401);
  const fresh = await elsewhere.request.post(`${new URL(m.url()).origin}/api/v1/auth/login`, {
    data: { email: newEmail, password: "een ander sterk wachtwoord" },
  });
  expect(fresh.status()).toBe(200);
  await elsewhere.close();
  await member.context.close();
});

test("the only owner of a shared workspace is told to hand it over first", async ({ page }) => {
  await login(page);
  await page.goto("/account");
  const warning = page.getByText(/enige eigenaar van een werkruimte/);
  await expect(warning).toBeVisible();
  const deletion = page.getByRole("region", { name: "Mijn account verwijderen" });
  await expect(deletion).toBeVisible();
  await expect(deletion.getByLabel("Uw wachtwoord")).toHaveCount(0);
  const link = page.getByRole("link", { name: "Leden van Voorbeeldgemeente" });
  await expectAxeClean(page, "account page of the only owner");
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoHorizontalScroll(page, "account page at 320 px");
  await page.goto(`/w/${slug}/bijeenkomsten`);
  await expect(
    page.getByRole("heading", { name: "Bewaartermijn van bijeenkomsten" }),
  ).toBeVisible();
  await expectNoHorizontalScroll(page, "sessions page with retention at 320 px");
  await page.goto("/account");
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/leden$`));
});

test("an owner sets how long raw session data is kept, on the Bijeenkomsten page", async ({
  page,
}) => {
  await login(page);
  await page.goto(`/w/${slug}/bijeenkomsten`);
  const section = page.getByRole("region", { name: "Bewaartermijn van bijeenkomsten" });
  await expect(section.getByText("Nu: ruwe gegevens worden bewaard")).toBeVisible();
  await expectAxeClean(page, "sessions page with retention (nl)");

  await section.getByLabel("Verwijderen na een aantal dagen").check();
  const days = section.getByLabel("Aantal dagen na de datum van de bijeenkomst");
  await days.fill("een maand");
  await section.getByRole("button", { name: "Bewaartermijn opslaan" }).click();
  await expect(section.getByText("Vul een heel aantal dagen in, van 0 tot 3650.")).toBeVisible();
  await expectAxeClean(page, "retention with an error");

  await days.fill("30");
  await days.press("Enter");
  await expect(section.getByText("Nu: ruwe gegevens worden 30 dagen na")).toBeVisible();
  await page.reload();
  await expect(
    page
      .getByRole("region", { name: "Bewaartermijn van bijeenkomsten" })
      .getByLabel("Aantal dagen na de datum van de bijeenkomst"),
  ).toHaveValue("30");
  const stored = await (
    await page.request.get(`/api/v1/workspaces/${slug}/session-retention`)
  ).json();
  expect(stored).toEqual({ days: 30 });

  await page.getByRole("button", { name: "Switch to English" }).click();
  const english = page.getByRole("region", { name: "Retention of session data" });
  await expect(english.getByText("Now: raw data is deleted 30 days")).toBeVisible();
  await expectAxeClean(page, "sessions page with retention (en)");

  // Back to keeping, by keyboard.
  await english.getByLabel("Keep until I delete the session").focus();
  await page.keyboard.press("Space");
  await english.getByRole("button", { name: "Save retention" }).click();
  await expect(english.getByText("Now: raw data is kept")).toBeVisible();
  await page.getByRole("button", { name: "Schakel naar Nederlands" }).click();
});

test("anyone can read how their data is handled, from the footer, before signing up", async ({
  page,
}) => {
  await page.goto("/inloggen");
  await page.getByRole("link", { name: "Privacy", exact: true }).click();
  await expect(page).toHaveURL(/\/privacy$/);
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "Privacy: hoe Sociale basis met uw gegevens omgaat",
    }),
  ).toBeVisible();
  for (const heading of [
    "Welke gegevens, waarom en hoe lang",
    "Wat Sociale basis niet doet",
    "Grondslag",
    "Wat u zelf kunt doen",
    "Vragen of een klacht",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  // Without ORGANISATION_NAME: capital at the start of a sentence, lower case within one.
  await expect(
    page.getByText(/^De organisatie die deze applicatie aanbiedt gebruikt/),
  ).toBeVisible();
  await expect(
    page.getByText(/vraag het aan de organisatie die deze applicatie aanbiedt\./),
  ).toBeVisible();
  await expectAxeClean(page, "privacy statement (nl)");
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalScroll(page, "privacy statement at 320 px");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Privacy: how Sociale basis handles your data" }),
  ).toBeVisible();
  await expectAxeClean(page, "privacy statement (en)");
  await page.getByRole("button", { name: "Schakel naar Nederlands" }).click();
});
