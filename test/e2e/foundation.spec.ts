import { demo, expect, expectAxeClean, expectNoHorizontalScroll, login, test } from "./fixtures.ts";

const workspacePages = [
  "",
  "/inventaris",
  "/inventaris/nieuw",
  "/inventaris/importeren",
  "/inventaris/gebieden",
  "/sferen",
  "/afbakening",
  "/afbakening/onze-sociale-basis",
  "/afbakening/snelle-toets",
  "/afbakening/criteria",
  "/afbakening/instellingen",
  "/verwachtingen",
  "/verwachtingen/belasting",
  "/versterken",
  "/versterken/acties",
  "/versterken/indicatoren",
  "/versterken/momentopnames",
  "/bijeenkomsten",
  "/rapporten",
  "/rapporten/afdrukken",
  "/leden",
  "/huisstijl",
];

test("a new user logs in as the demo user and finds Voorbeeldgemeente in Dutch", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/inloggen/);
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page.getByLabel("E-mailadres")).toBeVisible();
  await expect(page.getByLabel("Wachtwoord")).toBeVisible();
  await expect(page.getByRole("button", { name: "Inloggen" })).toBeVisible();
  await login(page);
  await expect(page.getByRole("heading", { level: 1, name: "Uw werkruimtes" })).toBeVisible();
  await page.getByRole("link", { name: "Voorbeeldgemeente" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Voorbeeldgemeente" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Wat is de sociale basis?" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Navigatie werkruimte" });
  for (const name of [
    "Inventaris",
    "Sferen",
    "Afbakening",
    "Verwachtingen",
    "Versterken",
    "Bijeenkomsten",
    "Rapporten",
  ]) {
    await expect(nav.getByRole("link", { name, exact: true })).toBeVisible();
  }
  await expect(page.getByText(/\d+ ingrediënten/)).toBeVisible();
  await nav.getByRole("link", { name: "Versterken", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Versterken" })).toBeFocused();
  await nav.getByRole("link", { name: "Rapporten", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rapporten" })).toBeFocused();
});

test("the language switch changes the interface to English and persists", async ({ page }) => {
  await login(page);
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Your workspaces" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Your workspaces" })).toBeVisible();
  await page.getByRole("button", { name: "Schakel naar Nederlands" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
});

test.describe("first visit with an English browser", () => {
  test.use({ locale: "en-GB" });
  test("shows English", async ({ page }) => {
    await page.goto("/inloggen");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("button", { name: "Log in" })).toBeVisible();
  });
});

test("wrong password shows a clear error and keeps the user on the login page", async ({
  page,
}) => {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(demo.email);
  await page.getByLabel("Wachtwoord").fill("niet-het-wachtwoord");
  const response = page.waitForResponse("**/api/v1/auth/login");
  await page.getByRole("button", { name: "Inloggen" }).click();
  expect((await response).status()).toBe(401);
  await expect(page.getByRole("alert")).toContainText("wachtwoord klopt niet");
  await expect(page).toHaveURL(/\/inloggen/);
  await expectAxeClean(page, "login with error");
});

test("logging out ends the session", async ({ page }) => {
  await login(page);
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/inloggen/);
  await page.goto("/werkruimtes");
  await expect(page).toHaveURL(/\/inloggen\?next=%2Fwerkruimtes/);
});

test("keyboard only: skip link, log in, reach a workspace page", async ({ page }) => {
  await page.goto("/inloggen");
  await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Direct naar de inhoud" })).toBeFocused();
  await page.getByLabel("E-mailadres").focus();
  await page.keyboard.type(demo.email);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Wachtwoord")).toBeFocused();
  await page.keyboard.type(demo.password);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/werkruimtes$/);
  const link = page.getByRole("link", { name: "Voorbeeldgemeente" });
  await link.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Voorbeeldgemeente" })).toBeFocused();
});

for (const language of ["nl", "en"] as const) {
  test(`every page is axe-clean and reflows at 320 px (${language})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.addInitScript(
      (lang) => localStorage.setItem("sociale-basis.language", lang),
      language,
    );
    const visit = async (path: string) => {
      await page.goto(path);
      await expect(page.locator("h1")).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", language);
      await expectAxeClean(page, `${path} (${language})`);
      await page.setViewportSize({ width: 320, height: 640 });
      await expectNoHorizontalScroll(page, `${path} at 320px (${language})`);
      await page.setViewportSize({ width: 1280, height: 800 });
    };
    await visit("/inloggen");
    await visit("/toegankelijkheid");
    await visit("/bestaat-niet");
    await visit("/doe-mee");
    await login(page);
    await visit("/werkruimtes");
    for (const sub of workspacePages) await visit(`/w/voorbeeldgemeente${sub}`);
    await visit("/w/andere-gemeente");
  });
}
