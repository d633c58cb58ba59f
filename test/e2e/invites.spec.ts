import { expect, expectAxeClean, login, test } from "./fixtures.ts";

test("an owner invites someone by link; they create an account and land in the workspace", async ({
  page,
  browser,
}) => {
  await login(page);
  await page.goto("/w/voorbeeldgemeente/leden");
  await page.getByLabel("Rol voor de nieuwe deelnemer").selectOption("editor");
  await page.getByRole("button", { name: "Uitnodigingslink maken" }).click();
  const link = await page.getByLabel("Uitnodigingslink").inputValue();
  expect(link).toMatch(/\/uitnodiging\/[A-Za-z0-9_-]{40,}$/);
  await expectAxeClean(page, "members page with invite");

  const guest = await browser.newContext({ locale: "nl-NL" });
  const guestPage = await guest.newPage();
  await guestPage.goto(link);
  await expect(guestPage.getByText("Voorbeeldgemeente als redacteur")).toBeVisible();
  await expectAxeClean(guestPage, "invite page");
  await guestPage.getByLabel("Uw naam (zoals anderen die zien)").fill("Nieuwe Redacteur");
  // An address that has an account already: refused at the e-mail field, which gets focus.
  const email = guestPage.getByLabel("E-mailadres");
  await email.fill("demo@example.org");
  await guestPage.getByLabel("Wachtwoord").fill("een sterk wachtwoord");
  await guestPage.getByRole("button", { name: "Account maken en aannemen" }).click();
  await expect(email).toBeFocused();
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(guestPage.locator("form")).toContainText(
    "Er bestaat al een account met dit e-mailadres.",
  );
  await expectAxeClean(guestPage, "invite page, e-mail address refused at its field");
  await email.fill(`redacteur-${Date.now()}@example.org`);
  await guestPage.getByRole("button", { name: "Account maken en aannemen" }).click();
  await expect(
    guestPage.getByRole("heading", { level: 1, name: "Voorbeeldgemeente" }),
  ).toBeVisible();

  // The link works once.
  const again = await browser.newContext({ locale: "nl-NL" });
  const againPage = await again.newPage();
  const refused = againPage.waitForResponse((r) => r.url().includes("/api/v1/invites/"));
  await againPage.goto(link);
  expect((await refused).status()).toBe(410);
  await expect(againPage.getByRole("alert")).toContainText("al gebruikt");
  await guest.close();
  await again.close();

  await page.reload();
  await expect(page.getByRole("cell", { name: "Nieuwe Redacteur", exact: true })).toBeVisible();

  // Removing someone asks first; after it, focus stays in the table.
  await page.getByRole("button", { name: "Verwijder Nieuwe Redacteur" }).click();
  const confirm = page.locator(".sb-confirm");
  await expect(confirm).toBeFocused();
  await expect(confirm).toContainText("Nieuwe Redacteur uit deze werkruimte verwijderen?");
  await expectAxeClean(page, "members page, confirming a removal");
  await confirm.getByRole("button", { name: "Ja, verwijderen" }).click();
  await expect(page.getByRole("cell", { name: "Nieuwe Redacteur", exact: true })).toHaveCount(0);
  await expect(page.locator("tbody :focus")).toHaveCount(1);
});
