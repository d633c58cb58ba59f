import { expect, expectAxeClean, expectNoHorizontalScroll, login, test } from "./fixtures.ts";

const reports = "/w/voorbeeldgemeente/rapporten";

test("the Rapporten page offers every format, and each download is the file it says", async ({
  page,
}) => {
  await login(page);
  await page.goto(reports);
  await expect(page.getByRole("heading", { level: 1, name: "Rapporten" })).toBeVisible();
  await expect(page.getByLabel("Scores van")).toHaveValue("");
  await expectAxeClean(page, "reports");

  const word = page.getByRole("link", { name: "Word-rapport (.docx)" });
  const downloaded = page.waitForEvent("download");
  await word.click();
  expect((await downloaded).suggestedFilename()).toBe("onze-sociale-basis-voorbeeldgemeente.docx");

  const expected: [string, RegExp][] = [
    ["Excel (.xlsx)", /spreadsheetml/],
    ["Ingrediënten (CSV)", /text\/csv/],
    ["Scores (CSV)", /text\/csv/],
    ["Indicatoren (CSV)", /text\/csv/],
    ["Open data (Open Referral HSDS 3.0)", /application\/json/],
    ["Rapport als JSON", /application\/json/],
    ["Back-up downloaden (JSON)", /application\/json/],
  ];
  for (const [name, type] of expected) {
    const href = await page.getByRole("link", { name, exact: true }).getAttribute("href");
    const response = await page.request.get(href!);
    expect(response.status(), name).toBe(200);
    expect(response.headers()["content-type"], name).toMatch(type);
  }
  const hsds = await page.request.get(
    (await page.getByRole("link", { name: /Open data/ }).getAttribute("href"))!,
  );
  const services = (await hsds.json()) as { name: string; status: string }[];
  expect(services.length).toBeGreaterThan(20);
  expect(services.every((s) => s.status === "active")).toBe(true);
});

test("keyboard only: open the print version, which has the whole report and a print stylesheet", async ({
  page,
}) => {
  await login(page);
  await page.goto(reports);
  const print = page.getByRole("link", { name: "Afdrukversie openen" });
  await print.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/rapporten\/afdrukken$/);
  const title = page.getByRole("heading", {
    level: 1,
    name: "Onze sociale basis — Voorbeeldgemeente",
  });
  await expect(title).toBeFocused();
  for (const chapter of [
    "Samenvatting",
    "De criteria zoals wij ze gebruiken",
    "Per sfeer: binnen, op de grens en buiten",
    "Waar de meningen het meest uiteenliepen",
    "Verwachtingen en hun realisme",
    "De rol van de gemeente per sfeer",
    "Actieplan",
    "Indicatoren",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name: chapter })).toBeVisible();
  }
  await expect(
    page.getByRole("table", { name: /Persoonlijk: uitkomst, besluit en reden/ }),
  ).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "Alle deelnemers" }).first()).toBeVisible();
  await expectAxeClean(page, "print version");

  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "← Rapporten" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Afdrukken of opslaan als PDF" })).toBeFocused();

  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".sb-header")).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Navigatie werkruimte" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Afdrukken of opslaan als PDF" })).toBeHidden();
  await expect(title).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoHorizontalScroll(page, "print version at 320 px");
});

test("in English, both pages are axe-clean and the report is in English", async ({ page }) => {
  await login(page);
  await page.getByRole("button", { name: "Switch to English" }).click();
  await page.goto(reports);
  await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible();
  await expectAxeClean(page, "reports (en)");
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoHorizontalScroll(page, "reports at 320 px");
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole("link", { name: "Open the print version" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Our social base — Voorbeeldgemeente" }),
  ).toBeVisible();
  await expect(
    page.getByRole("heading", { level: 2, name: "Where views differed most" }),
  ).toBeVisible();
  await expectAxeClean(page, "print version (en)");
  const word = await page.getByRole("link", { name: "← Reports" }).getAttribute("href");
  expect(word).toBe("/w/voorbeeldgemeente/rapporten");
  await page.getByRole("button", { name: "Schakel naar Nederlands" }).click();
});
