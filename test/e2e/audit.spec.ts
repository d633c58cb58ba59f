import type { Page } from "@playwright/test";
import { expect, expectAxeClean, expectNoHorizontalScroll, login, test } from "./fixtures.ts";

const workspace = "/w/voorbeeldgemeente";

/** Axe-clean at full width, and nothing scrolls sideways at 320 px. */
async function checkPage(page: Page, label: string) {
  await expectAxeClean(page, label);
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalScroll(page, `${label} at 320px`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test("an owner makes a snapshot, opens Logboek by keyboard and finds the entry, in Dutch and English", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await login(page);
  const area = await page.request.post("/api/v1/workspaces/voorbeeldgemeente/areas", {
    data: { name: "Logboekwijk", kind: "wijk" },
  });
  expect(area.status()).toBe(201);
  await page.goto(`${workspace}/versterken/momentopnames`);
  await page.getByLabel("Naam van de momentopname").fill("Voor het logboek");
  await page.keyboard.press("Enter");
  await expect(page.locator("[aria-live=polite]").last()).toContainText("Voor het logboek");

  const nav = page.getByRole("navigation", { name: "Navigatie werkruimte" });
  await nav.getByRole("link", { name: "Logboek" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Logboek" })).toBeFocused();
  const table = page.getByRole("table", { name: "Gebeurtenissen, nieuwste eerst" });
  const newest = table.getByRole("row").nth(1);
  await expect(newest).toContainText("Demo-gebruiker");
  await expect(newest).toContainText("Momentopname gemaakt");
  await expect(newest).toContainText("Gelukt");
  // The time is the reader's local date and time, machine-readable in <time>.
  const when = await newest.locator("time").getAttribute("datetime");
  expect(Date.now() - Date.parse(when ?? "")).toBeLessThan(60_000);
  await expect(table).toContainText("Gebied toegevoegd");
  await checkPage(page, "Logboek");

  // Filter by keyboard: only the part "Versterken".
  await page.getByLabel("Onderdeel").focus();
  await page.getByLabel("Onderdeel").selectOption("strengthening");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Toon" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(table.getByRole("row").nth(1)).toContainText("Momentopname gemaakt");
  await expect(table).not.toContainText("Gebied toegevoegd");

  await page.evaluate(() => localStorage.setItem("sociale-basis.language", "en"));
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await expect(
    page.getByRole("table", { name: "Events, newest first" }).getByRole("row").nth(1),
  ).toContainText("Snapshot made");
  await checkPage(page, "Audit log (en)");

  // What this test added to the demo goes again: other specs count its snapshots and areas.
  const api = "/api/v1/workspaces/voorbeeldgemeente";
  const { snapshots } = (await (await page.request.get(`${api}/snapshots`)).json()) as {
    snapshots: { id: string; label: string }[];
  };
  for (const snapshot of snapshots.filter((s) => s.label === "Voor het logboek")) {
    expect((await page.request.delete(`${api}/snapshots/${snapshot.id}`)).status()).toBe(204);
  }
  const { id: areaId } = (await area.json()) as { id: string };
  expect((await page.request.delete(`${api}/areas/${areaId}`)).status()).toBe(204);
});

test("the empty state, no Logboek for someone who is not an owner, and paging", async ({
  page,
  browser,
}) => {
  test.setTimeout(60_000);
  await login(page);
  // A new workspace's log holds only its creation; the part "Verwachtingen" is empty.
  const slug = `logboek-${Date.now()}`;
  const created = await page.request.post("/api/v1/workspaces", {
    data: { name: "Logboek leeg", slug },
  });
  expect(created.status()).toBe(201);
  await page.goto(`/w/${slug}/logboek`);
  await expect(page.getByRole("row").nth(1)).toContainText("Werkruimte aangemaakt");
  await page.getByLabel("Onderdeel").selectOption("expectations");
  await page.getByRole("button", { name: "Toon" }).click();
  await expect(
    page.getByText("Er staat nog niets in het logboek dat bij dit filter past."),
  ).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await checkPage(page, "Logboek, empty");

  // An editor joins by invitation: no Logboek in the navigation, and refused at its address.
  const invite = await page.request.post(`/api/v1/workspaces/${slug}/invites`, {
    data: { role: "editor" },
  });
  const { token } = await invite.json();
  const guest = await browser.newContext({ locale: "nl-NL" });
  const guestPage = await guest.newPage();
  const accepted = await guestPage.request.post(`/api/v1/invites/${token}/accept`, {
    data: {
      account: {
        email: `redacteur-${Date.now()}@example.org`,
        password: "een sterk wachtwoord",
        displayName: "Rosa Redacteur",
      },
    },
  });
  expect(accepted.status()).toBe(200);
  await guestPage.goto(`/w/${slug}`);
  const nav = guestPage.getByRole("navigation", { name: "Navigatie werkruimte" });
  await expect(nav.getByRole("link", { name: "Leden" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Logboek" })).toHaveCount(0);
  await guestPage.goto(`/w/${slug}/logboek`);
  await expect(guestPage.getByRole("alert")).toContainText("U hebt niet de rechten");
  await guest.close();

  // The owner sees the editor arrive, by name.
  await page.goto(`/w/${slug}/logboek`);
  await expect(page.getByRole("row").nth(1)).toContainText("Rosa Redacteur");
  await expect(page.getByRole("row").nth(1)).toContainText("Uitnodiging aangenomen");

  // More than a page (50): the rest loads by keyboard, and focus keeps its place at the end.
  for (let i = 0; i < 50; i++) {
    const change = await page.request.put(`/api/v1/workspaces/${slug}/thresholds`, {
      data: { lower: 0.3, upper: 0.7 },
    });
    expect(change.status()).toBe(204);
  }
  await page.reload();
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(51);
  await expect(rows.nth(1)).toContainText("Drempels van de uitkomst gewijzigd");
  await page.getByRole("button", { name: "Oudere gebeurtenissen laden" }).focus();
  await page.keyboard.press("Enter");
  // Created, invitation made, invitation accepted, and the 50 changes.
  await expect(rows).toHaveCount(54);
  await expect(rows.nth(53)).toContainText("Werkruimte aangemaakt");
  await expect(page.locator("[aria-live=polite]").last()).toContainText(
    "3 oudere gebeurtenissen geladen.",
  );
  await expect(page.getByText("Alle gebeurtenissen zijn geladen.")).toBeFocused();
  await expect(page.getByRole("button", { name: "Oudere gebeurtenissen laden" })).toHaveCount(0);
  await checkPage(page, "Logboek, all pages");
});
