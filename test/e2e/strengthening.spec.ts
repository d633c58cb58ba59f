import type { Page } from "@playwright/test";
import { expect, expectAxeClean, expectNoHorizontalScroll, login, test } from "./fixtures.ts";

const base = "/w/voorbeeldgemeente/versterken";
const pages = ["", "/acties", "/indicatoren", "/momentopnames"];

/** Axe-clean at full width, and nothing scrolls sideways at 320 px. */
async function checkPage(page: Page, label: string) {
  await expectAxeClean(page, label);
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalScroll(page, `${label} at 320px`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

const announced = (page: Page) => page.locator("[aria-live=polite]").last();

test("a new user sets roles, plans actions with budgets, measures an indicator, takes a snapshot and reads what changed", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await login(page);

  // Roles per sphere: the proposal with its reasoning until the workspace chooses.
  await page.goto(base);
  await expect(page.getByRole("heading", { level: 1, name: "Versterken" })).toBeVisible();
  const communal = page.getByRole("region", { name: "Gemeenschappelijke sfeer" });
  await expect(communal.getByText(/Dit is een voorstel/)).toBeVisible();
  await expect(
    communal.getByText(/In de gemeenschappelijke sociale basis vinden mensen/),
  ).toBeVisible();
  await checkPage(page, "roles (default)");
  const communalRoles = communal.getByRole("group", {
    name: "Rollen van de gemeente in de gemeenschappelijke sfeer",
  });
  await expect(communalRoles.getByRole("checkbox", { name: "Faciliteren" })).toBeChecked();
  await expect(
    communalRoles.getByRole("checkbox", { name: "Sparringpartner" }),
  ).toHaveAccessibleDescription("Meedenken met initiatiefnemers, zonder het over te nemen.");
  await communalRoles.getByRole("checkbox", { name: "Sparringpartner" }).check();
  await communalRoles.getByRole("checkbox", { name: "Ruimte laten / terughoudend" }).uncheck();
  await communal
    .getByLabel(/^Toelichting in eigen woorden/)
    .fill("We denken mee met bewonersinitiatieven en zetten de buurtkamers in de schijnwerpers.");
  await communal
    .getByRole("button", { name: "Rollen in de gemeenschappelijke sfeer opslaan" })
    .click();
  await expect(announced(page)).toContainText(
    "De rollen in de gemeenschappelijke sfeer zijn opgeslagen.",
  );
  await expect(communal.getByText(/Dit is een voorstel/)).toHaveCount(0);
  await expect(
    communal.getByText(/zetten de buurtkamers in de schijnwerpers/).first(),
  ).toBeVisible();
  await checkPage(page, "roles (chosen)");

  // The roles are on the sphere board.
  await page.goto("/w/voorbeeldgemeente/sferen");
  await expect(page.locator("[data-sphere=communal]")).toContainText(
    "Rol van de gemeente: Faciliteren, Verbinden, Sparringpartner, Waarderen",
  );
  await expect(page.locator("[data-sphere=personal]")).toContainText(
    "Rol van de gemeente: Voorwaarden scheppen, Ruimte laten / terughoudend (voorstel)",
  );
  await expectAxeClean(page, "sphere board with roles");

  // An indicator from the library, with its caveat, two measurements, a chart and a table.
  await page.goto(`${base}/indicatoren`);
  await expect(page.getByText(/Telt vooral wie via een organisatie/)).toBeVisible();
  await page
    .getByRole("button", { name: "Aantal actieve vrijwilligers toevoegen aan onze indicatoren" })
    .click();
  const indicator = page.getByRole("region", { name: "Aantal actieve vrijwilligers" });
  await expect(indicator).toBeVisible();
  // The pressed button went away ("al toegevoegd"): focus goes to the new indicator.
  await expect(
    indicator.getByRole("heading", { level: 3, name: "Aantal actieve vrijwilligers" }),
  ).toBeFocused();
  await expect(indicator.getByText(/Burenhulp, mantelzorg en informele hulp/)).toBeVisible();
  await indicator.getByLabel("Datum van de meting").fill("2025-01-15");
  await indicator.getByLabel("Waarde (vrijwilligers)").fill("120");
  await indicator.getByLabel("Toelichting (optioneel)").fill("Telling vrijwilligerssteunpunt");
  await indicator.getByRole("button", { name: "Meting toevoegen" }).click();
  await expect(announced(page)).toContainText("De meting van 15 januari 2025 is toegevoegd");
  await indicator.getByLabel("Datum van de meting").fill("2026-01-15");
  await indicator.getByLabel("Waarde (vrijwilligers)").fill("135");
  await indicator.getByRole("button", { name: "Meting toevoegen" }).click();
  const table = indicator.getByRole("table", {
    name: "Metingen van Aantal actieve vrijwilligers",
  });
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(table.getByRole("rowheader")).toHaveText(["15 januari 2025", "15 januari 2026"]);
  await expect(table.getByRole("cell", { name: "135", exact: true })).toBeVisible();
  await expect(table.getByRole("cell", { name: "Telling vrijwilligerssteunpunt" })).toBeVisible();
  const chart = indicator.getByRole("img", {
    name: /Grafiek van de metingen van Aantal actieve vrijwilligers/,
  });
  await expect(chart).toBeVisible();
  await expect(chart.locator("circle")).toHaveCount(2);
  await expect(chart.locator("path.sb-chart__line")).toHaveCount(1);
  await expect(
    indicator.getByText(/beter: van 120 vrijwilligers op 15 januari 2025 naar 135/),
  ).toBeVisible();
  await expect(page.getByText("Al toegevoegd aan onze indicatoren.")).toBeVisible();
  await checkPage(page, "indicators");

  // Two actions with budgets, one linked to the indicator and an item.
  await page.goto(`${base}/acties`);
  await expect(page.getByText("Er zijn nog geen acties.")).toBeVisible();
  const form = page.getByRole("region", { name: "Actie toevoegen" });
  await form.getByLabel("Titel").fill("Buurtkamers ondersteunen");
  await form
    .getByLabel("Omschrijving")
    .fill("Een kleine bijdrage en een sleutel voor elke buurtkamer.");
  await form
    .getByRole("group", { name: "Sferen waar de actie over gaat" })
    .getByLabel("Gemeenschappelijk")
    .check();
  await form.getByLabel("Eigenaar (organisatie)").fill("Welzijn Voorbeeld");
  await form.getByLabel("Budget in hele euro's").fill("25.000");
  await form.getByLabel("Begint in (maand)").fill("2026-01");
  await form.getByLabel("Loopt tot en met (maand)").fill("2026-12");
  await form.getByLabel("Status").selectOption({ label: "Gepland" });
  await form.getByRole("checkbox", { name: "Aantal actieve vrijwilligers" }).check();
  await form.getByText(/^Ingrediënten waar de actie over gaat \(0 gekozen\)$/).click();
  await form.getByRole("checkbox", { name: /^Buurthuis De Schakel/ }).check();
  await expect(form.getByText("Ingrediënten waar de actie over gaat (1 gekozen)")).toBeVisible();
  await form.getByRole("button", { name: "Actie toevoegen" }).click();
  await expect(announced(page)).toContainText("De actie “Buurtkamers ondersteunen” is toegevoegd.");
  await expect(form.getByLabel("Titel")).toHaveValue("");

  await form.getByLabel("Titel").fill("Respijt voor mantelzorgers");
  const spheres = form.getByRole("group", { name: "Sferen waar de actie over gaat" });
  await spheres.getByLabel("Persoonlijk").check();
  await spheres.getByLabel("Institutioneel").check();
  await form.getByLabel("Eigenaar (organisatie)").fill("Gemeente Voorbeeld");
  await form.getByLabel("Budget in hele euro's").fill("40000");
  await form.getByRole("button", { name: "Actie toevoegen" }).click();
  await expect(announced(page)).toContainText(
    "De actie “Respijt voor mantelzorgers” is toegevoegd.",
  );

  const budget = page.getByRole("table", { name: "Budget en aantal acties per sfeer" });
  await expect(budget.getByRole("row", { name: /^Gemeenschappelijk/ })).toContainText("€ 25.000");
  await expect(budget.getByRole("row", { name: /^Persoonlijk/ })).toContainText("€ 40.000");
  await expect(budget.getByRole("row", { name: /^Institutioneel/ })).toContainText("€ 40.000");
  await expect(budget.getByRole("row", { name: /^Totaal/ })).toContainText("€ 65.000");
  const planned = page.getByRole("article", { name: /Buurtkamers ondersteunen/ });
  await expect(planned).toContainText("Welzijn Voorbeeld");
  await expect(planned).toContainText("januari 2026 tot en met december 2026");
  await expect(planned).toContainText("Buurthuis De Schakel");
  await expect(planned).toContainText("Aantal actieve vrijwilligers");

  await page.getByRole("radio", { name: "status" }).check();
  await expect(page).toHaveURL(/ordenen=status/);
  await expect(page.getByRole("heading", { level: 3, name: /^Gepland/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: /^Idee/ })).toBeVisible();
  await page.getByRole("radio", { name: "eigenaar" }).check();
  await expect(page.getByRole("heading", { level: 3, name: /^Welzijn Voorbeeld/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: /^Gemeente Voorbeeld/ })).toBeVisible();
  await checkPage(page, "action plan");

  // A snapshot with a label.
  await page.goto(`${base}/momentopnames`);
  await page.getByLabel("Naam van de momentopname").fill("Raadsvoorstel 2026");
  await page.getByRole("button", { name: "Momentopname maken" }).click();
  await expect(announced(page)).toContainText("De momentopname “Raadsvoorstel 2026” is gemaakt.");
  await expect(
    page.getByRole("table", { name: "Momentopnames, nieuwste eerst" }).getByRole("rowheader"),
  ).toHaveText(["Raadsvoorstel 2026"]);

  // Things change: an action starts, a role is added, a new measurement comes in.
  await page.goto(`${base}/acties?ordenen=status`);
  await page.getByRole("button", { name: "Buurtkamers ondersteunen wijzigen" }).click();
  const editing = page.getByRole("article", { name: /Buurtkamers ondersteunen/ });
  await expect(editing.getByLabel("Titel")).toBeFocused();
  await expect(editing.getByLabel("Budget in hele euro's")).toHaveValue("25000");
  await editing.getByLabel("Status").selectOption({ label: "Lopend" });
  await editing.getByRole("button", { name: "Actie opslaan" }).click();
  await expect(announced(page)).toContainText("De actie “Buurtkamers ondersteunen” is opgeslagen.");
  await expect(
    page.getByRole("button", { name: "Buurtkamers ondersteunen wijzigen" }),
  ).toBeFocused();
  await expect(
    page.getByRole("region", { name: /^Lopend/ }).getByRole("article", { name: /Buurtkamers/ }),
  ).toBeVisible();

  await page.goto(base);
  const personal = page.getByRole("region", { name: "Persoonlijke sfeer" });
  await personal.getByRole("checkbox", { name: "Faciliteren" }).check();
  await personal.getByRole("button", { name: "Rollen in de persoonlijke sfeer opslaan" }).click();
  await expect(announced(page)).toContainText(
    "De rollen in de persoonlijke sfeer zijn opgeslagen.",
  );

  await page.goto(`${base}/indicatoren`);
  const again = page.getByRole("region", { name: "Aantal actieve vrijwilligers" });
  await again.getByLabel("Datum van de meting").fill("2026-06-15");
  await again.getByLabel("Waarde (vrijwilligers)").fill("150");
  await again.getByRole("button", { name: "Meting toevoegen" }).click();
  await expect(again.getByRole("table").getByRole("rowheader")).toHaveCount(3);

  // The comparison with today, as sentences.
  await page.goto(`${base}/momentopnames`);
  await expect(page.getByRole("combobox", { name: "Van" })).toHaveValue(/.+/);
  await expect(page.getByRole("combobox", { name: "Naar" })).toHaveValue("now");
  await page.getByRole("button", { name: "Vergelijken" }).click();
  const result = page.getByRole("heading", {
    name: "Wat is er veranderd van “Raadsvoorstel 2026” naar vandaag",
  });
  await expect(result).toBeFocused();
  const changes = page.locator(".sb-comparison");
  await expect(
    changes
      .getByRole("listitem")
      .filter({ hasText: "Buurtkamers ondersteunen: van gepland naar lopend." }),
  ).toBeVisible();
  await expect(
    changes.getByRole("listitem").filter({
      hasText: "Rol van de gemeente in de persoonlijke sfeer gewijzigd. Erbij: Faciliteren.",
    }),
  ).toBeVisible();
  await expect(
    changes.getByRole("listitem").filter({
      hasText:
        "Aantal actieve vrijwilligers: van 135 vrijwilligers op 15 januari 2026 naar 150 vrijwilligers op 15 juni 2026.",
    }),
  ).toBeVisible();
  await expect(changes.getByRole("heading", { name: "Actieplan" })).toBeVisible();
  await expect(changes).not.toContainText("{");
  await expect(page).toHaveURL(/van=.+&naar=now/);
  await checkPage(page, "snapshots with comparison");
  const comparisonUrl = page.url();

  // The same pages in English, with the data on them.
  await page.evaluate(() => localStorage.setItem("sociale-basis.language", "en"));
  for (const sub of pages) {
    await page.goto(`${base}${sub}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator("h1")).toBeVisible();
    await checkPage(page, `${sub || "/"} (en)`);
  }
  await page.goto(`${base}/acties`);
  await expect(
    page.getByRole("table", { name: "Budget and number of actions per sphere" }).getByRole("row", {
      name: /^Total/,
    }),
  ).toContainText("€65,000");
  await page.goto(comparisonUrl);
  await expect(
    page.getByRole("heading", { name: "What changed from “Raadsvoorstel 2026” to today" }),
  ).toBeVisible();
  await expect(page.getByText("Buurtkamers ondersteunen: from planned to running.")).toBeVisible();
  await expect(
    page.getByText("The municipality's role in the personal sphere changed. Added: Facilitate."),
  ).toBeVisible();
  await checkPage(page, "comparison (en)");
});

test("keyboard only: choose a role, save it, and compare; focus stays visible", async ({
  page,
}) => {
  await login(page);
  await page.goto(base);
  const institutional = page.getByRole("region", { name: "Institutionele sfeer" });
  const sparring = institutional.getByRole("checkbox", { name: "Sparringpartner" });
  await sparring.focus();
  await page.keyboard.press("Space");
  await expect(sparring).toBeChecked();
  const outline = () =>
    page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return style.outlineStyle !== "none" && style.outlineWidth !== "0px";
    });
  expect(await outline(), "focus visible on a role").toBe(true);
  // The two roles after it, the explanation, then the save button.
  for (let i = 0; i < 4; i++) await page.keyboard.press("Tab");
  await expect(
    institutional.getByRole("button", { name: "Rollen in de institutionele sfeer opslaan" }),
  ).toBeFocused();
  expect(await outline(), "focus visible on the save button").toBe(true);
  await page.keyboard.press("Enter");
  await expect(announced(page)).toContainText(
    "De rollen in de institutionele sfeer zijn opgeslagen.",
  );

  const subnav = page.getByRole("navigation", { name: "Onderdelen van Versterken" });
  await subnav.getByRole("link", { name: "Momentopnames" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Momentopnames" })).toBeFocused();
  await page.getByLabel("Naam van de momentopname").focus();
  await page.keyboard.type("Na de keuze");
  await page.keyboard.press("Enter");
  await expect(announced(page)).toContainText("De momentopname “Na de keuze” is gemaakt.");
  await page.getByRole("combobox", { name: "Van" }).selectOption({ label: "Na de keuze" });
  await page.getByRole("button", { name: "Vergelijken" }).focus();
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("heading", { name: "Wat is er veranderd van “Na de keuze” naar vandaag" }),
  ).toBeFocused();
  await expect(page.getByText("Er is niets veranderd.")).toBeVisible();
});
