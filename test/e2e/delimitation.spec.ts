import { expect, expectAxeClean, login, test } from "./fixtures.ts";

test("a new user scores an item, sees the outcome and breakdown, records a decision and reads the summary", async ({
  page,
}) => {
  await login(page);
  await page.goto("/w/voorbeeldgemeente/afbakening");
  const rows = page.locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  const order = await rows.locator("th").allTextContents();
  expect(order).toContain("Zwerfvuilrapers De Velden");
  await expectAxeClean(page, "delimitation overview");

  await page.getByRole("link", { name: "Zwerfvuilrapers De Velden" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Zwerfvuilrapers De Velden" }),
  ).toBeVisible();
  await expect(page.getByText(/9 scores · mate/)).toBeVisible();
  // Three residents are shown as a group; the other groups have one scorer each and are pooled.
  const breakdown = page.getByRole("table", { name: "Per groep" });
  await expect(breakdown.getByRole("rowheader", { name: "inwoners", exact: true })).toBeVisible();
  await expect(breakdown.getByRole("rowheader", { name: "kleinere groepen samen" })).toBeVisible();
  await expect(breakdown.getByRole("rowheader", { name: "gemeente", exact: true })).toHaveCount(0);

  await page.getByLabel("U scoort namens").selectOption({ label: "gemeente" });
  for (const group of await page.locator(".sb-score-form fieldset").all()) {
    const no = group.getByRole("radio", { name: "nee", exact: true });
    if (await no.count()) await no.check();
  }
  await page.getByRole("radio", { name: "eerder niet" }).check();
  await page
    .getByLabel("Toelichting (optioneel, zonder namen van inwoners)")
    .fill("Te weinig bekend");
  await page.getByRole("button", { name: "Score opslaan" }).click();
  await expect(page.locator("[aria-live=polite]").last()).toContainText(
    "Uw score voor Zwerfvuilrapers De Velden is opgeslagen",
  );
  // Seen too, next to the button, not only heard.
  await expect(page.locator(".sb-score-form").getByRole("status")).toHaveText(
    "Uw score voor Zwerfvuilrapers De Velden is opgeslagen.",
  );
  await expect(page.getByText(/10 scores · mate/)).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Te weinig bekend" })).toBeVisible();
  await expectAxeClean(page, "delimitation item");

  // A dissenting score moves the item up the disagreement order.
  await page.getByRole("link", { name: "Afbakening", exact: true }).first().click();
  await expect(rows.first()).toBeVisible();
  const newOrder = await rows.locator("th").allTextContents();
  expect(newOrder.indexOf("Zwerfvuilrapers De Velden")).toBeLessThan(
    order.indexOf("Zwerfvuilrapers De Velden"),
  );
  await page.getByRole("link", { name: "Zwerfvuilrapers De Velden" }).click();

  await page.getByRole("radio", { name: "binnen" }).check();
  await page.getByLabel("Reden").fill("Draait op bewoners; iedereen kan meedoen");
  await page.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(page.getByText(/binnen — .*Demo-gebruiker: Draait op bewoners/)).toBeVisible();

  await page.goto("/w/voorbeeldgemeente/afbakening/onze-sociale-basis");
  await expect(page.getByRole("heading", { level: 1, name: /Onze sociale basis/ })).toBeVisible();
  const communal = page.locator("section", {
    has: page.getByRole("heading", { name: "Gemeenschappelijk" }),
  });
  await expect(
    communal.getByText("Zwerfvuilrapers De Velden — Draait op bewoners; iedereen kan meedoen"),
  ).toBeVisible();
  await expectAxeClean(page, "summary");
});

test("the quick check explains what tipped the outcome", async ({ page }) => {
  await login(page);
  await page.goto("/w/voorbeeldgemeente/afbakening/snelle-toets");
  await page.getByLabel("Of beschrijf het idee").fill("Subsidieaanvraag buurtbarbecue");
  await expect(page.getByText("Beantwoord de criteria")).toBeVisible();
  const groups = page.locator("fieldset");
  // The ten default criteria, once they have loaded.
  await expect(groups).toHaveCount(10);
  const count = await groups.count();
  for (let i = 0; i < count; i++) {
    await groups
      .nth(i)
      .getByRole("radio", { name: i < 6 ? "ja" : "nee", exact: true })
      .check();
  }
  await expect(
    page.getByText(/Uitkomst: eerder wel \(mate 60%\)|Uitkomst: grensgeval \(mate 60%\)/),
  ).toBeVisible();
  await expect(page.getByText(/Pleit ertegen: C \(/)).toBeVisible();
  await expectAxeClean(page, "quick check");
});

test("an editor rewords a criterion, which makes a new version", async ({ page }) => {
  await login(page);
  await page.goto("/w/voorbeeldgemeente/afbakening/criteria");
  await page.getByRole("button", { name: "Wijzigen: E" }).click();
  const editor = page.getByRole("form", { name: "Wijzigen: E" });
  await expect(editor.getByLabel("Formulering")).toBeFocused();
  await editor.getByLabel("Formulering").fill("mensen geven en krijgen iets terug");
  // The weight is typed as a person types: erase, then a digit (the same one, so the demo's
  // outcomes stay as the other tests expect them).
  const weight = editor.getByLabel("Gewicht (1–5)");
  const before = await weight.inputValue();
  await weight.press("End");
  await weight.press("Backspace");
  await expect(weight).toHaveValue("");
  await weight.pressSequentially(before);
  await expect(weight).toHaveValue(before);
  await editor.getByRole("button", { name: "Criterium opslaan" }).click();
  await expect(page.getByRole("button", { name: "Wijzigen: E" })).toBeFocused();
  await expect(
    page.getByRole("listitem").filter({ hasText: "mensen geven en krijgen iets terug" }),
  ).toContainText(`gewicht ${before}`);
  await expect(page.getByText(/E\. mensen geven en krijgen iets terug/)).toBeVisible();
  await expect(page.getByText(/versie 2/)).toBeVisible();
  await expectAxeClean(page, "criteria");
});

test("an editor adds and renames a stakeholder group, cannot remove one in use, and moves the thresholds", async ({
  page,
}) => {
  await login(page);
  await page.goto("/w/voorbeeldgemeente/afbakening/instellingen");
  await expect(page.getByRole("heading", { level: 1, name: "Groepen en drempels" })).toBeVisible();
  const addForm = page.getByRole("form", { name: "Groep toevoegen" });
  await addForm.getByLabel("Naam van de groep").fill("Ondernemers");
  await addForm.getByRole("button", { name: "Groep toevoegen" }).click();
  await expect(page.getByText("Ondernemers", { exact: true })).toBeVisible();

  await page.getByRole("button", { name: "Hernoemen: Ondernemers" }).click();
  const renameForm = page.getByRole("form", { name: "Hernoemen: Ondernemers" });
  // Typing goes into the name at once; after saving, focus is back on Hernoemen.
  await expect(renameForm.getByLabel("Naam van de groep")).toBeFocused();
  await renameForm.getByLabel("Naam van de groep").fill("Winkeliers");
  await renameForm.getByRole("button", { name: "Naam opslaan" }).click();
  await expect(page.getByText("Winkeliers", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Hernoemen: Winkeliers" })).toBeFocused();

  await page.getByRole("button", { name: "Verwijderen: inwoners" }).click();
  await expect(page.getByRole("alert")).toContainText("Deze groep is in gebruik");
  await page.getByRole("button", { name: "Verwijderen: Winkeliers" }).click();
  await expect(page.getByText("Winkeliers", { exact: true })).toHaveCount(0);
  // The removed row took its buttons along; focus stays in the list of groups.
  await expect(page.locator(".sb-group-row button:focus")).toHaveCount(1);
  await expectAxeClean(page, "settings");

  // With a lower threshold of 95%, almost everything becomes "eerder niet".
  await page.getByLabel(/^Ondergrens/).fill("95");
  await page.getByLabel(/^Bovengrens/).fill("99");
  await page.getByRole("button", { name: "Drempels opslaan" }).click();
  await expect(
    page.getByText("Nu: eerder niet tot en met 95%, eerder wel vanaf 99%."),
  ).toBeVisible();
  await page.goto("/w/voorbeeldgemeente/afbakening");
  await expect(page.locator("tbody tr").first()).toBeVisible();
  await expect(page.locator("tbody .sb-badge--rather_out").first()).toBeVisible();
  await expect(page.locator("tbody .sb-badge--rather_in")).toHaveCount(0);

  await page.goto("/w/voorbeeldgemeente/afbakening/instellingen");
  await page.getByLabel(/^Ondergrens/).fill("80");
  await page.getByLabel(/^Bovengrens/).fill("20");
  await expect(page.getByText("Kies twee getallen van 0 tot 100").first()).toBeVisible();
  await page.getByLabel(/^Ondergrens/).fill("35");
  await page.getByLabel(/^Bovengrens/).fill("65");
  await page.getByRole("button", { name: "Drempels opslaan" }).click();
  await expect(
    page.getByText("Nu: eerder niet tot en met 35%, eerder wel vanaf 65%."),
  ).toBeVisible();
});

test.describe("in English", () => {
  test.use({ locale: "en-GB" });
  test("a user scores, sees the group breakdown, records a decision and reads the summary", async ({
    page,
  }) => {
    await login(page);
    await page.goto("/w/voorbeeldgemeente/afbakening");
    await expect(page.getByRole("heading", { level: 1, name: "Delimitation" })).toBeVisible();
    await page.getByRole("link", { name: "Taalmaatjes" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Taalmaatjes" })).toBeVisible();
    const breakdown = page.getByRole("table", { name: "Per group" });
    await expect(
      breakdown.getByRole("rowheader", { name: "residents", exact: true }),
    ).toBeVisible();
    await expect(
      breakdown.getByRole("rowheader", { name: "smaller groups together" }),
    ).toBeVisible();

    await page
      .getByLabel("You score on behalf of")
      .selectOption({ label: "welfare / social work" });
    for (const group of await page.locator(".sb-score-form fieldset").all()) {
      const yes = group.getByRole("radio", { name: "yes", exact: true });
      if (await yes.count()) await yes.check();
    }
    await page.getByRole("radio", { name: "rather yes" }).check();
    await page.getByRole("button", { name: "Save score" }).click();
    await expect(page.getByText(/10 scores · degree/)).toBeVisible();

    await page.getByRole("radio", { name: "in", exact: true }).check();
    await page.getByLabel("Reason").fill("Volunteers, open to all");
    await page.getByRole("button", { name: "Record decision" }).click();
    await expect(page.getByText(/in — .*Volunteers, open to all/)).toBeVisible();
    await expectAxeClean(page, "delimitation item (en)");

    await page.goto("/w/voorbeeldgemeente/afbakening/onze-sociale-basis");
    await expect(page.getByRole("heading", { level: 1, name: /Our social base/ })).toBeVisible();
    await expect(page.getByText("Taalmaatjes — Volunteers, open to all")).toBeVisible();
    await expectAxeClean(page, "summary (en)");
  });
});
