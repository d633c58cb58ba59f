import { expect, expectAxeClean, login, test } from "./fixtures.ts";

test("a new user finds the national sources, adds a local expectation, links it, rates it and sees the warnings", async ({
  page,
}) => {
  await login(page);
  await page.goto("/w/voorbeeldgemeente/verwachtingen");
  const table = page.getByRole("table", { name: /Verwachtingen: bron/ });
  await expect(table.getByRole("rowheader")).toHaveCount(10);
  await expect(table.getByRole("link", { name: /Mantelzorgagenda 2023-2026/ })).toBeVisible();
  await expectAxeClean(page, "expectations");

  await page.getByLabel("Thema").selectOption({ label: "Geldzorgen" });
  await expect(table.getByRole("link", { name: /Aanpak geldzorgen/ })).toBeVisible();
  await expect(table.getByRole("link", { name: /Mantelzorgagenda/ })).toHaveCount(0);
  await page.getByLabel("Thema").selectOption({ label: "Alle thema's" });

  await page.getByLabel("Titel").fill("Iedereen een taalmaatje");
  await page.getByLabel("Bron (document)").fill("Uitvoeringsagenda inburgering");
  await page.getByLabel("Pagina").fill("7");
  await page.getByLabel("Wat wordt verwacht").fill("Elke nieuwkomer krijgt een taalmaatje.");
  await page.getByLabel("Met als doel").fill("Sneller meedoen.");
  await page.getByRole("button", { name: "Verwachting toevoegen" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Iedereen een taalmaatje" }),
  ).toBeVisible();

  await page.getByRole("button", { name: "Tekst wijzigen" }).click();
  await page.getByLabel("Titel").fill("Iedereen een taalmaatje binnen een jaar");
  await page.getByRole("button", { name: "Tekst opslaan" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Iedereen een taalmaatje binnen een jaar" }),
  ).toBeVisible();

  const links = page.getByRole("group", { name: "Ingrediënten die dit moeten waarmaken" });
  await links.getByLabel(/^Taalmaatjes/).check();
  await page
    .getByRole("group", { name: "Welke kracht volgt deze verwachting?" })
    .getByLabel("De sociale basis is waardevol in zichzelf")
    .check();
  await page.getByRole("button", { name: "Koppelingen opslaan" }).click();
  await expect(page.locator("[aria-live=polite]").last()).toContainText(
    "De koppelingen zijn opgeslagen",
  );

  await page.getByRole("radio", { name: "onrealistisch" }).check();
  await page
    .getByLabel("Wat zou er nodig zijn? (optioneel, zonder namen van inwoners)")
    .fill("Meer vrijwilligers werven");
  await page.getByRole("button", { name: "Oordeel opslaan" }).click();
  await expect(
    page.getByRole("listitem").filter({ hasText: "Meer vrijwilligers werven" }),
  ).toBeVisible();
  await expectAxeClean(page, "expectation");

  // The demo's stakeholders rated the Integraal Zorgakkoord: residents (3) are shown as a group.
  await page.goto("/w/voorbeeldgemeente/verwachtingen");
  await page.getByRole("link", { name: /Integraal Zorgakkoord/ }).click();
  const perGroup = page.getByRole("table", { name: "Oordelen over het realisme per groep" });
  await expect(perGroup.getByRole("rowheader", { name: "inwoners", exact: true })).toBeVisible();
  await expect(perGroup.getByRole("rowheader", { name: "kleinere groepen samen" })).toBeVisible();
  await expectAxeClean(page, "national expectation");

  await page.goto("/w/voorbeeldgemeente/verwachtingen/belasting");
  const warnings = page.getByRole("region", { name: "Waarschuwingen" });
  await expect(
    warnings.getByText(/Burenhulp bij kleine klussen draait op vrijwilligers/),
  ).toBeVisible();
  await expect(
    warnings.getByText(
      /“Samen zorgen in de wijk” leunt op ingrediënten die buiten de sociale basis/,
    ),
  ).toBeVisible();
  await expect(
    warnings.getByText(
      /“Samen zorgen in de wijk” moet formele zorg ontlasten, maar leunt vooral op de persoonlijke sfeer/,
    ),
  ).toBeVisible();
  await expect(warnings.getByText(/deelnemers onrealistisch/).first()).toBeVisible();
  const matrix = page.getByRole("table", { name: /Aantal koppelingen per verwachting en sfeer/ });
  await expect(
    matrix.getByRole("rowheader", { name: "Iedereen een taalmaatje binnen een jaar" }),
  ).toBeVisible();
  await expectAxeClean(page, "load");
});

test.describe("in English", () => {
  test.use({ locale: "en-GB" });
  test("a user links and rates an expectation, and reads the library and the warnings in English", async ({
    page,
  }) => {
    await login(page);
    await page.goto("/w/voorbeeldgemeente/verwachtingen");
    await expect(page.getByRole("columnheader", { name: "In order to" })).toBeVisible();
    await page.getByRole("link", { name: /Gezond en Actief Leven Akkoord/ }).click();
    await page
      .getByRole("group", { name: "Items expected to deliver it" })
      .getByLabel(/^Taalmaatjes/)
      .check();
    await page
      .getByRole("group", { name: "Which force does this expectation follow?" })
      .getByLabel("The social base as a layer of the care-and-support pyramid")
      .check();
    await page.getByRole("button", { name: "Save links" }).click();
    await expect(page.locator("[aria-live=polite]").last()).toContainText(
      "The links have been saved",
    );
    await page.getByRole("radio", { name: "partly", exact: true }).check();
    await page.getByLabel("What would be needed? (optional, no names of residents)").fill("Time");
    await page.getByRole("button", { name: "Save rating" }).click();
    await expect(page.locator("[aria-live=polite]").last()).toContainText(
      "Your rating has been saved",
    );
    await expect(page.getByRole("table", { name: "Ratings of realism per group" })).toBeVisible();
    await expectAxeClean(page, "expectation (en)");
    await page.goto("/w/voorbeeldgemeente/verwachtingen/belasting");
    await expect(
      page.getByRole("heading", { level: 1, name: "Load on the social base" }),
    ).toBeVisible();
    await expect(
      page.getByText(/Burenhulp bij kleine klussen runs on volunteers and is leaned on by/),
    ).toBeVisible();
    await expectAxeClean(page, "load (en)");
  });
});
