import type { Page } from "@playwright/test";
import { expect, expectAxeClean, expectNoHorizontalScroll, login, test } from "./fixtures.ts";

/** A real 1×1 PNG, so the browser can draw the logo. */
const pngBytes = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

const accessible = {
  primary: "#006b3f",
  primaryText: "#ffffff",
  link: "#005a9c",
  focus: "#000000",
  headerBackground: "#1d1d1b",
  headerText: "#ffffff",
};

async function newWorkspace(page: Page, baseURL: string | undefined) {
  const name = `Gemeente Thema ${Date.now().toString(36)}`;
  const created = await page.request.post("/api/v1/workspaces", {
    data: { name },
    headers: { origin: baseURL ?? "" },
  });
  expect(created.status()).toBe(201);
  return { name, slug: ((await created.json()) as { workspace: { slug: string } }).workspace.slug };
}

test("an owner sets a theme: an inaccessible one is refused with its pairs linked to the fields, an accessible one is applied", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  await login(page);
  const { name, slug } = await newWorkspace(page, baseURL);

  // Found from the members page, where owners manage the workspace.
  await page.goto(`/w/${slug}/leden`);
  await page.getByRole("link", { name: "Huisstijl instellen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Huisstijl" })).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "Alle combinaties" })).toBeVisible();
  await expectAxeClean(page, "theme settings (nl)");
  await expect(page.locator(".sb-header").first()).toHaveCSS(
    "background-color",
    "rgb(36, 87, 143)",
  );

  // Yellow buttons with white text: the live report says so before saving.
  await page
    .getByLabel("Primaire kleur (knoppen, actieve navigatie)", { exact: true })
    .fill("#ffdd00");
  const textRow = page.getByRole("row", { name: /Tekst op de primaire kleur/ });
  await expect(textRow).toContainText("Te weinig contrast");
  await expect(page.getByRole("row", { name: /Links op de witte pagina/ })).toContainText(
    "Voldoet",
  );

  // Saving anyway: the server refuses and lists every failing pair, each a link to its field.
  const refused = page.waitForResponse(
    (r) => r.url().endsWith(`/workspaces/${slug}/theme`) && r.request().method() === "PUT",
  );
  await page.getByRole("button", { name: "Huisstijl opslaan" }).click();
  expect((await refused).status()).toBe(422);
  const summary = page.getByRole("alert").filter({ hasText: "De huisstijl is niet opgeslagen" });
  await expect(summary).toBeFocused();
  const pairLinks = summary.getByRole("link");
  await expect(pairLinks).toHaveCount(2);
  await expect(summary).toContainText(
    /Tekst op de primaire kleur: contrast 1,\d\d:1, minimaal 4,5:1 nodig \(#ffffff op #ffdd00\)/,
  );
  await expect(summary).toContainText(/Primaire kleur \(knop\) op de witte pagina: contrast/);
  const textField = page.getByLabel("Tekst op de primaire kleur", { exact: true });
  await expect(textField).toHaveAttribute("aria-invalid", "true");
  await expectAxeClean(page, "theme settings with a refused theme");
  await summary.getByRole("link", { name: /Tekst op de primaire kleur/ }).click();
  await expect(textField).toBeFocused();
  // Nothing changed: the header keeps the default theme.
  await expect(page.locator(".sb-header").first()).toHaveCSS(
    "background-color",
    "rgb(36, 87, 143)",
  );
  const stored = await page.request.get(`/api/v1/workspaces/${slug}/theme`);
  expect(await stored.json()).toEqual({ theme: { colors: {}, logo: null } });

  // An accessible theme with a logo, entered with the keyboard only.
  const fields: [string, string][] = [
    ["Primaire kleur (knoppen, actieve navigatie)", accessible.primary],
    ["Tekst op de primaire kleur", accessible.primaryText],
    ["Kleur van links", accessible.link],
    ["Kleur van de focusrand", accessible.focus],
    ["Achtergrond van de kop", accessible.headerBackground],
    ["Tekst in de kop", accessible.headerText],
  ];
  await page.getByLabel(fields[0]![0], { exact: true }).focus();
  for (const [label, value] of fields) {
    const field = page.getByLabel(label, { exact: true });
    await expect(field).toBeFocused();
    const outline = await field.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline, `focus visible on ${label}`).not.toBe("none");
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type(value);
    await page.keyboard.press("Tab"); // to the colour picker
    await page.keyboard.press("Tab"); // to the next field
  }
  await page
    .getByLabel(/^Logo \(PNG, JPEG of WebP/)
    .setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: pngBytes });
  await expect(page.getByRole("img", { name })).toHaveCount(2); // current logo and preview
  await expect(page.getByRole("status").filter({ hasText: "Alle combinaties" })).toBeVisible();
  await page.getByLabel("Tekst in de kop", { exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("[aria-live=polite]")).toHaveText("De huisstijl is opgeslagen.");

  // Applied on the workspace's pages: header, buttons, the logo with the workspace's name.
  await expect(page.locator(".sb-header").first()).toHaveCSS("background-color", "rgb(29, 29, 27)");
  await expect(page.locator(".sb-footer").first()).toHaveCSS("background-color", "rgb(29, 29, 27)");
  await expect(page.locator(".sb-actions .utrecht-button--primary-action").first()).toHaveCSS(
    "background-color",
    "rgb(0, 107, 63)",
  );
  await expect(page.locator(".sb-header").getByRole("img", { name })).toBeVisible();
  await expectAxeClean(page, "theme settings with the theme applied");
  await page.goto(`/w/${slug}`);
  await expect(page.locator(".sb-header").first()).toHaveCSS("background-color", "rgb(29, 29, 27)");
  await expect(page.getByRole("link", { name: "Leden" })).toHaveCSS("color", "rgb(0, 90, 156)");
  await expectAxeClean(page, "themed workspace home");

  // Phones: nothing scrolls sideways at 320 px, with the logo in the header.
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalScroll(page, "themed workspace home at 320 px");
  await page.goto(`/w/${slug}/huisstijl`);
  await expect(page.getByRole("heading", { level: 1, name: "Huisstijl" })).toBeVisible();
  await expectNoHorizontalScroll(page, "theme settings at 320 px");
  await page.setViewportSize({ width: 1280, height: 800 });

  // Other workspaces keep the default theme.
  await page.goto("/w/voorbeeldgemeente");
  await expect(page.locator(".sb-header").first()).toHaveCSS(
    "background-color",
    "rgb(36, 87, 143)",
  );
  await expect(page.locator(".sb-header img")).toHaveCount(0);

  // English.
  await page.goto(`/w/${slug}/huisstijl`);
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Theme" })).toBeVisible();
  await page.getByLabel("Link colour", { exact: true }).fill("#aaaaaa");
  await page.getByRole("button", { name: "Save theme" }).click();
  const englishSummary = page.getByRole("alert").filter({ hasText: "The theme was not saved" });
  await expect(englishSummary).toContainText(
    /Links on the white page: contrast 2\.\d\d:1, needs at least 4\.5:1 \(#aaaaaa on #ffffff\)/,
  );
  await expectAxeClean(page, "theme settings with a refused theme (en)");

  // Reset to the default theme.
  await page.getByRole("button", { name: "Restore the default theme" }).click();
  await expect(page.locator("[aria-live=polite]")).toHaveText(
    "The default theme has been restored.",
  );
  await expect(page.locator(".sb-header").first()).toHaveCSS(
    "background-color",
    "rgb(36, 87, 143)",
  );
  await expect(page.locator(".sb-header img")).toHaveCount(0);
  await expect(page.getByLabel("Link colour", { exact: true })).toHaveValue("#24578f");
  await expectAxeClean(page, "theme settings (en)");
});

test("the participant page and the presenter screen show the workspace's theme", async ({
  page,
  browser,
  baseURL,
}) => {
  await login(page);
  const { name, slug } = await newWorkspace(page, baseURL);
  const headers = { origin: baseURL ?? "" };
  const saved = await page.request.put(`/api/v1/workspaces/${slug}/theme`, {
    data: {
      colors: accessible,
      logo: `data:image/png;base64,${pngBytes.toString("base64")}`,
    },
    headers,
  });
  expect(saved.status()).toBe(200);
  const created = await page.request.post(`/api/v1/workspaces/${slug}/sessions`, {
    data: { title: "Themavond", date: "2026-12-01" },
    headers,
  });
  const session = (await created.json()) as { id: string; code: string };

  await page.goto(`/w/${slug}/bijeenkomsten/${session.id}/scherm`);
  await expect(page.getByRole("heading", { level: 1, name: "Themavond" })).toBeVisible();
  await expect(page.getByRole("img", { name, exact: true })).toBeVisible();
  await expectAxeClean(page, "themed presenter screen");

  const phone = await browser.newContext({
    baseURL,
    locale: "nl-NL",
    viewport: { width: 320, height: 640 },
  });
  const participant = await phone.newPage();
  await participant.goto(`/doe-mee/${session.code}`);
  await expect(participant.getByRole("heading", { level: 1 })).toContainText("Themavond");
  await expect(participant.getByRole("img", { name, exact: true })).toBeVisible();
  await expect(participant.locator(".p-header")).toHaveCSS("background-color", "rgb(29, 29, 27)");
  await expectAxeClean(participant, "themed participant join page");
  await expectNoHorizontalScroll(participant, "themed participant page at 320 px");
  await phone.close();
});

test("the accessibility statement follows the Dutch model, in Dutch and English", async ({
  page,
}) => {
  await page.goto("/toegankelijkheid");
  await expect(
    page.getByRole("heading", { level: 1, name: "Toegankelijkheidsverklaring" }),
  ).toBeVisible();
  for (const heading of [
    "Waarvoor deze verklaring geldt",
    "Nalevingsstatus",
    "Welke maatregelen zijn genomen",
    "Bekende beperkingen",
    "Datum",
    "Feedback en contact",
    "Handhavingsprocedure",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByText("Status C: eerste maatregelen genomen")).toBeVisible();
  await expect(page.getByText(/De organisatie die deze applicatie aanbiedt wil/)).toBeVisible();
  await expect(page.getByRole("link", { name: /Nationale ombudsman/ })).toHaveAttribute(
    "href",
    /nationaleombudsman\.nl/,
  );
  await expectAxeClean(page, "accessibility statement (nl)");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Accessibility statement" }),
  ).toBeVisible();
  await expect(
    page.getByRole("heading", { level: 2, name: "Enforcement procedure" }),
  ).toBeVisible();
  await expectAxeClean(page, "accessibility statement (en)");
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalScroll(page, "accessibility statement at 320 px");
});
