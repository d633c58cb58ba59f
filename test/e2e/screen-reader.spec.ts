import type { Page } from "@playwright/test";
import { freshWorkspace, tr } from "./a11y-helpers.ts";
import { expect, login, test } from "./fixtures.ts";

/**
 * What a screen-reader user depends on: live results announced politely and not at every vote;
 * every chart's data also in a table, the same data; (form errors linked to their fields and the
 * sphere board's moves are checked in a11y-crawl.spec.ts and keyboard.spec.ts).
 */

test.use({ actionTimeout: 15_000 });

const L = (key: string, values?: Record<string, string | number>) => tr("nl", key, values);
const demoSlug = "voorbeeldgemeente";

/** Every text the app's polite region has held since the page loaded, in order. */
async function recordAnnouncements(page: Page) {
  await page.addInitScript(() => {
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    new MutationObserver(() => {
      const region = document.querySelector("[aria-live=polite][aria-atomic=true]");
      const text = region?.textContent?.trim();
      if (text && heard.at(-1) !== text) heard.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { heard: string[] }).heard);
}

/**
 * Each stacked bar in a table row is drawn from the numbers in that row: the widths of its
 * parts are the row's counts as shares of their total. Returns how many bars were compared.
 */
async function expectBarsMatchTheirRows(page: Page, label: string) {
  const rows = await page.evaluate(() =>
    [...document.querySelectorAll("tr")]
      .filter((tr) => tr.querySelector(".sb-stack, .sb-live-bar"))
      .map((tr) => {
        const bar = tr.querySelector(".sb-stack, .sb-live-bar")!;
        const barCell = bar.closest("td")!;
        const cells = [...tr.querySelectorAll("td")];
        const counts = cells
          .slice(cells.indexOf(barCell) + 1)
          .map((td) => td.textContent?.trim() ?? "")
          .filter((text) => /^\d+$/.test(text))
          .map(Number);
        const widths = [...bar.children].map((part) =>
          Number.parseFloat((part as HTMLElement).style.width),
        );
        return { row: tr.querySelector("th")?.textContent?.trim(), counts, widths };
      }),
  );
  for (const { row, counts, widths } of rows) {
    const total = counts.reduce((a, b) => a + b, 0);
    const shares = counts.filter((n) => n > 0).map((n) => (n / total) * 100);
    expect(widths.length, `bar parts of "${row}" on ${label}`).toBe(shares.length);
    widths.forEach((w, i) => {
      expect(w, `bar part ${i + 1} of "${row}" on ${label}`).toBeCloseTo(shares[i]!, 1);
    });
  }
  return rows.length;
}

test("revealed results are announced through the polite region, at most once per 15 s", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await login(page);
  const origin = new URL(page.url()).origin;
  const { slug, post } = await freshWorkspace(page, "Luisteren");
  const session = await post<{
    id: string;
    code: string;
    steps: { id: string; kind: string; title: string }[];
  }>(`/workspaces/${slug}/sessions`, { title: "Luisteravond", date: "2026-06-01" });
  const step = session.steps.find((s) => s.kind === "open_question")!;
  const control = (body: object) =>
    page.request.post(`/api/v1/workspaces/${slug}/sessions/${session.id}/control`, {
      data: body,
      headers: { origin },
    });
  await control({ action: "start" });
  await control({ action: "open", stepId: step.id });

  // Two phones answer the open question.
  const answers = ["Een buurthuis dat open is", "Buren die helpen"];
  for (const text of answers) {
    const context = await browser.newContext({ baseURL, locale: "nl-NL" });
    const phone = await context.newPage();
    await phone.goto(`/doe-mee/${session.code}`);
    await phone.getByRole("button", { name: L("live.participant.join") }).click();
    await phone.getByRole("textbox").fill(text);
    await phone.getByRole("button", { name: L("live.participant.openSend") }).click();
    await expect(phone.getByRole("status").filter({ hasText: text })).toBeVisible();
    await context.close();
  }
  await control({ action: "close", stepId: step.id });

  // The presenter screen, listened to.
  const presenter = await page.context().newPage();
  const heard = await recordAnnouncements(presenter);
  await presenter.goto(`/w/${slug}/bijeenkomsten/${session.id}/scherm`);
  const region = presenter.locator("[aria-live=polite][aria-atomic=true]");
  await expect(region).toHaveCount(1);
  await expect(presenter.locator("[aria-live=assertive], [role=alert]")).toHaveCount(0);
  await control({ action: "reveal", stepId: step.id });
  const shown = L("live.presenter.resultsShown", { title: step.title });
  await expect(region).toHaveText(shown);

  // The facilitator approves the answers one by one: the results change twice within seconds.
  await page.goto(`/w/${slug}/bijeenkomsten/${session.id}`);
  for (const text of answers) {
    await page.getByRole("button", { name: `${L("live.moderation.approve")}: ${text}` }).click();
    await expect(presenter.getByRole("list").filter({ hasText: text })).toBeVisible();
  }
  // Throttled: not one announcement per change.
  await presenter.waitForTimeout(2_000);
  expect(await heard()).toEqual([shown]);
  // Then one update with the latest figures, once the 15 s have passed.
  await expect(region).toHaveText(
    new RegExp(
      `^${L("live.presenter.resultsUpdated", { title: step.title, answered: 999 })
        .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
        .replace("999", "\\d+")}$`,
    ),
    { timeout: 20_000 },
  );
  expect(await heard()).toHaveLength(2);
});

test("every chart repeats the data of a table next to it", async ({ page }) => {
  test.setTimeout(90_000);
  await login(page);
  const ws = `/api/v1/workspaces/${demoSlug}`;

  // The criteria bars of a scored item and the table's counts.
  const items = (
    (await (await page.request.get(`${ws}/items?pageSize=1&sort=name`)).json()) as {
      items: { id: string }[];
    }
  ).items;
  await page.goto(`/w/${demoSlug}/afbakening/${items[0]!.id}`);
  await expect(page.getByRole("table", { name: L("delimitation.chartLabel") })).toBeVisible();
  expect(await expectBarsMatchTheirRows(page, "an item's results")).toBeGreaterThan(3);

  // An indicator's line chart and its table of measurements; the report's chart and table
  // (in a workspace of this test's own).
  const own = await freshWorkspace(page, "Grafieken");
  const indicator = await own.post<{ id: string }>(`/workspaces/${own.slug}/indicators`, {
    name: "Bezoekers buurthuis",
    unit: "per week",
  });
  const values = [40, 55, 48, 61];
  for (const [i, value] of values.entries()) {
    await own.post(`/workspaces/${own.slug}/indicators/${indicator.id}/measurements`, {
      date: `2025-0${i + 1}-15`,
      value,
    });
  }
  await page.goto(`/w/${own.slug}/versterken/indicatoren`);
  const table = page.getByRole("table", {
    name: L("strengthening.indicators.tableCaption", { name: "Bezoekers buurthuis" }),
  });
  await expect(table).toBeVisible();
  const chart = page.getByRole("img", {
    name: L("strengthening.indicators.chartCaption", { name: "Bezoekers buurthuis" }),
  });
  await expect(chart).toBeVisible();
  await expect(table.locator("tbody tr")).toHaveCount(values.length);
  await expect(chart.locator("circle")).toHaveCount(values.length);
  const tableValues = (await table.locator("tbody tr td:first-of-type").allTextContents()).map(
    (v) => Number(v.replace(/\./g, "").replace(",", ".")),
  );
  expect(tableValues).toEqual(values);
  // Higher values are drawn higher: the points' order by height is the values' order.
  const ys = await chart
    .locator("circle")
    .evaluateAll((cs) => cs.map((c) => Number(c.getAttribute("cy"))));
  const byHeight = values.map((_, i) => i).sort((a, b) => ys[a]! - ys[b]!);
  const byValue = values.map((_, i) => i).sort((a, b) => values[b]! - values[a]!);
  expect(byHeight).toEqual(byValue);

  await page.goto(`/w/${own.slug}/rapporten/afdrukken`);
  const figure = page.locator("figure").filter({ hasText: "Bezoekers buurthuis" });
  await expect(figure).toBeVisible();
  const reportTable = page.getByRole("table").filter({ hasText: "Bezoekers buurthuis" }).last();
  await expect(reportTable.locator("tbody tr")).toHaveCount(values.length);
  await expect(figure.locator("circle")).toHaveCount(values.length);
});
