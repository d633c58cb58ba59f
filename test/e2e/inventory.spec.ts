import { expect, expectAxeClean, login, test } from "./fixtures.ts";

test("the inventory finds plural and accent variants, filters and sorts", async ({ page }) => {
  await login(page);
  await page.goto("/w/voorbeeldgemeente/inventaris");
  await expect(page.getByText(/^\d+ ingrediënten gevonden$/)).toBeVisible();
  await page.getByLabel("Zoeken").fill("mantelzorgers");
  const names = page.locator("tbody th a");
  await expect(names).toHaveText(["Mantelzorg voor een naaste", "Mantelzorgondersteuning"]);
  await expect(page).toHaveURL(/q=mantelzorgers/);
  await page.getByLabel("Zoeken").fill("");
  await page.getByLabel("Sfeer", { exact: true }).selectOption("unplaced");
  await expect(names).toHaveCount(3);
  await page.getByRole("button", { name: "Naam" }).click();
  await expect(page.getByRole("columnheader", { name: /Naam/ })).toHaveAttribute(
    "aria-sort",
    "descending",
  );
  await expect(names.first()).toHaveText("Woonconsulent van de woningcorporatie");
  await expectAxeClean(page, "inventory filtered");
});

test("an editor adds an item, is warned about personal data, and sees its history", async ({
  page,
}) => {
  await login(page);
  await page.goto("/w/voorbeeldgemeente/inventaris");
  await page.getByRole("link", { name: "Ingrediënt toevoegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nieuw ingrediënt" })).toBeFocused();
  await page.getByLabel("Naam", { exact: true }).fill("Repair Café Noord");
  await page
    .getByLabel("Omschrijving")
    .fill("Contact: mevrouw Jansen, Dorpsstraat 12, 06-12345678");
  await expect(page.getByText(/lijkt persoonsgegevens/)).toBeVisible();
  await expectAxeClean(page, "item form with warning");
  await page
    .getByLabel("Omschrijving")
    .fill("Samen spullen repareren, elke maand in het buurthuis.");
  await expect(page.getByText(/lijkt persoonsgegevens/)).toHaveCount(0);
  await page.getByLabel("Soort").selectOption("activity");
  await page.getByLabel("Sfeer", { exact: true }).selectOption("communal");
  await page.getByRole("checkbox", { name: "Noord" }).check();
  await page.getByRole("checkbox", { name: "Ontmoeting" }).check();
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Repair Café Noord" })).toBeVisible();
  await expect(page.getByText(/aangemaakt/)).toBeVisible();
  await expectAxeClean(page, "item page");

  await page.getByRole("link", { name: "Bewerken" }).click();
  await page.getByLabel("Bereik").fill("ca. 25 bezoekers per keer");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("ca. 25 bezoekers per keer")).toBeVisible();
  await expect(page.getByText(/gewijzigd: Bereik/)).toBeVisible();

  await page.goto("/w/voorbeeldgemeente/inventaris?q=cafe");
  await expect(page.locator("tbody th a")).toHaveText(["Repair Café Noord"]);
});

test("an item moves between spheres by mouse and stays there after reload", async ({ page }) => {
  await login(page);
  await page.goto("/w/voorbeeldgemeente/sferen");
  const communal = page.locator("[data-sphere=communal]");
  const card = page.locator("[data-sphere=personal] [data-item='Taalmaatjes']");
  await expect(card).toBeVisible();
  await card.dragTo(communal);
  await expect(communal.locator("[data-item='Taalmaatjes']")).toBeVisible();
  await expect(page.locator("[aria-live=polite]").last()).toContainText(
    "Taalmaatjes is verplaatst naar Gemeenschappelijk",
  );
  await page.reload();
  await expect(communal.locator("[data-item='Taalmaatjes']")).toBeVisible();
  await expectAxeClean(page, "sphere board");
});

test("an item moves between spheres by keyboard alone, with focus kept", async ({ page }) => {
  await login(page);
  await page.goto("/w/voorbeeldgemeente/sferen");
  const moveButton = page.getByRole("button", { name: "Verplaats Schuldhulpmaatjes" });
  await moveButton.focus();
  await page.keyboard.press("Enter");
  await expect(moveButton).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Naar Institutioneel" })).toBeFocused();
  await page.keyboard.press("Enter");
  const institutional = page.locator("[data-sphere=institutional]");
  await expect(institutional.locator("[data-item='Schuldhulpmaatjes']")).toBeVisible();
  await expect(page.getByRole("button", { name: "Verplaats Schuldhulpmaatjes" })).toBeFocused();
  await expect(page.locator("[aria-live=polite]").last()).toContainText(
    "Schuldhulpmaatjes is verplaatst naar Institutioneel",
  );
  await page.reload();
  await expect(institutional.locator("[data-item='Schuldhulpmaatjes']")).toBeVisible();
});

function windows1252(text: string): Buffer {
  return Buffer.from([...text].map((ch) => (ch === "€" ? 0x80 : ch.charCodeAt(0))));
}

test("a new user imports a semicolon Windows-1252 spreadsheet with accents; a bad file is refused whole", async ({
  page,
}) => {
  await login(page);
  await page.goto("/w/voorbeeldgemeente/inventaris");
  await page.getByRole("link", { name: "Importeren uit spreadsheet" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Importeren" })).toBeVisible();

  const bad = "naam;sfeer\r\nGoed;persoonlijk\r\n;persoonlijk\r\nRaar;hemel\r\n";
  await page.getByLabel("Bestand").setInputFiles({
    name: "fout.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(bad),
  });
  await page.getByRole("button", { name: "Bestand lezen" }).click();
  await expect(page.getByText("regel 3: naam ontbreekt")).toBeVisible();
  await expect(page.getByText("regel 4: onbekende sfeer 'hemel'")).toBeVisible();
  await expect(page.getByRole("button", { name: /importeren$/ })).toHaveCount(0);
  await expectAxeClean(page, "import with problems");

  const good = [
    "Naam;Omschrijving;Sfeer;Gebied;Thema's;Gedragen door;Financiering",
    "Eetcafé Één Tafel;Samen eten, één keer per week;gemeenschappelijk;Zuidrand;ontmoeting;vrijwilligers;€ 250 per jaar",
    'Crèche-ouders;"Ouders helpen elkaar; ook met oppassen";persoonlijk;Centrum;jeugd;vrijwilligers;',
  ].join("\r\n");
  await page.getByLabel("Bestand").setInputFiles({
    name: "inventaris.csv",
    mimeType: "text/csv",
    buffer: windows1252(good),
  });
  await page.getByRole("button", { name: "Bestand lezen" }).click();
  await expect(page.getByText(/2 regels gelezen \(CSV, windows-1252, ';'\)/)).toBeVisible();
  await expect(page.getByText("Nieuwe gebieden die worden aangemaakt: Zuidrand")).toBeVisible();
  await expect(page.getByRole("cell", { name: "Eetcafé Één Tafel" })).toBeVisible();
  await expectAxeClean(page, "import preview");
  await page.getByRole("button", { name: "2 ingrediënten importeren" }).click();
  await expect(page).toHaveURL(/\/inventaris$/);
  await page.getByLabel("Zoeken").fill("eetcafe een tafel");
  await expect(page.locator("tbody th a")).toHaveText(["Eetcafé Één Tafel"]);
  await page.locator("tbody th a").first().click();
  await expect(page.getByText("€ 250 per jaar")).toBeVisible();
  await expect(page.getByText("Zuidrand")).toBeVisible();
  await page.goto("/w/voorbeeldgemeente/inventaris?q=creche");
  await page.locator("tbody th a").first().click();
  await expect(page.getByText("Ouders helpen elkaar; ook met oppassen")).toBeVisible();
});

test("an editor adds a buurt inside a wijk with a CBS code; a wrong code is explained", async ({
  page,
}) => {
  await login(page);
  await page.goto("/w/voorbeeldgemeente/inventaris");
  await page.getByRole("link", { name: "Gebieden beheren" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gebieden" })).toBeVisible();
  await page.getByLabel("Naam", { exact: true }).fill("Bloemenbuurt");
  await page.getByLabel("Soort gebied").selectOption("buurt");
  await page.getByLabel("Ligt in wijk").selectOption({ label: "Centrum" });
  await page.getByLabel("CBS-code (optioneel)").fill("BU123");
  await page.getByRole("button", { name: "Gebied toevoegen" }).click();
  await expect(page.getByText("Een CBS-code is GM met 4")).toBeVisible();
  await expect(page.getByLabel("CBS-code (optioneel)")).toBeFocused();
  await expectAxeClean(page, "areas with error");
  await page.getByLabel("CBS-code (optioneel)").fill("bu99990102");
  await page.getByRole("button", { name: "Gebied toevoegen" }).click();
  const row = page.getByRole("row", { name: /Bloemenbuurt/ });
  await expect(row).toContainText("BU99990102");
  await expect(row).toContainText("Centrum");
});
