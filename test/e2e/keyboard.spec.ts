import type { Locator, Page } from "@playwright/test";
import { freshSession, freshWorkspace, tr } from "./a11y-helpers.ts";
import { demo, expect, test } from "./fixtures.ts";

/**
 * The main tasks done with the keyboard alone: Tab, Shift+Tab, Enter, Space and arrows, text
 * typed with keyboard.type into a field reached by Tab. No clicks, no fill(). After every action
 * focus must land somewhere sensible, and what has focus must show it.
 */

test.use({ actionTimeout: 15_000 });

const L = (key: string, values?: Record<string, string | number>) => tr("nl", key, values);

/** What has focus shows it: an outline or a box-shadow ring, not "none". */
async function expectFocusVisible(page: Page, label: string) {
  const style = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el);
    return {
      tag: el.tagName,
      text: (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 60),
      outline: s.outlineStyle !== "none" && Number.parseFloat(s.outlineWidth) > 0,
      shadow: s.boxShadow !== "none",
      focusVisible: el.matches(":focus-visible"),
    };
  });
  expect(style, `something has focus after ${label}`).not.toBeNull();
  expect(
    style!.outline || style!.shadow,
    `visible focus indicator on ${style!.tag} "${style!.text}" after ${label}`,
  ).toBe(true);
}

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it is never reached. */
async function tabTo(page: Page, target: Locator, { max = 80, back = false } = {}) {
  for (let i = 0; i <= max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) {
      await expectFocusVisible(page, `tabbing to ${await target.textContent()}`);
      return;
    }
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`not reached by ${back ? "Shift+Tab" : "Tab"}: ${target}`);
}

async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

/** The app's polite live region (announcer.tsx). */
const announcer = (page: Page) => page.locator("[aria-live=polite][aria-atomic=true]").last();

test("keyboard only: log in, add an item, move it to another sphere, score it, decide, download a report", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const name = `Toetsenbordclub ${Date.now() % 100000}`;

  // Log in.
  await page.goto("/inloggen");
  // The app renders after its script runs: a Tab pressed before that lands nowhere.
  await expect(page.getByLabel(L("auth.email"))).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: L("app.skipToContent") })).toBeFocused();
  await expectFocusVisible(page, "the first Tab");
  await typeInto(page, page.getByLabel(L("auth.email")), demo.email);
  await typeInto(page, page.getByLabel(L("auth.password")), demo.password);
  await tabTo(page, page.getByRole("button", { name: L("auth.submit"), exact: true }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/werkruimtes$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await expectFocusVisible(page, "logging in");

  // A workspace of this test's own (the demo's data stays as other specs expect it).
  const { slug } = await freshWorkspace(page, "Toetsenbord");
  await page.goto("/werkruimtes");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // Into the workspace, to the inventory, and add an item.
  const workspaceLink = page.locator(`a[href="/w/${slug}"]`);
  await tabTo(page, workspaceLink);
  const workspaceName = (await workspaceLink.textContent()) ?? "";
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: workspaceName })).toBeFocused();
  const nav = page.getByRole("navigation", { name: L("app.workspaceNavigation") });
  await tabTo(page, nav.getByRole("link", { name: L("nav.inventory"), exact: true }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: L("nav.inventory") })).toBeFocused();
  await tabTo(page, page.getByRole("link", { name: L("inventory.add") }));
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("heading", { level: 1, name: L("inventory.addTitle") }),
  ).toBeFocused();
  await expectFocusVisible(page, "opening the new-item form");
  // Submitting empty: focus goes to the field that needs an answer, its error linked to it.
  await tabTo(page, page.locator("main form button[type=submit]"));
  await page.keyboard.press("Enter");
  const nameField = page.getByRole("textbox", { name: L("inventory.name"), exact: true });
  await expect(nameField).toBeFocused();
  await expect(nameField).toHaveAttribute("aria-invalid", "true");
  await expect(nameField).toHaveAccessibleDescription(new RegExp(L("auth.required")));
  await expectFocusVisible(page, "submitting an empty item");
  await page.keyboard.type(name);
  await tabTo(page, page.locator("main form button[type=submit]"));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name })).toBeFocused();
  await expectFocusVisible(page, "saving the item");
  await expect(announcer(page)).toContainText(name);
  const itemId = page.url().split("/").pop()!;

  // The sphere board: open the item's move menu and move it to "gemeenschappelijk".
  await tabTo(page, nav.getByRole("link", { name: L("nav.spheres"), exact: true }), { back: true });
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: L("nav.spheres") })).toBeFocused();
  const moveButton = page.getByRole("button", { name: L("board.moveItem", { name }) });
  await tabTo(page, moveButton, { max: 300 });
  await page.keyboard.press("Enter");
  await expect(moveButton).toHaveAttribute("aria-expanded", "true");
  const communal = L("model.spheres.communal");
  await tabTo(page, page.getByRole("button", { name: L("board.moveTo", { sphere: communal }) }));
  await page.keyboard.press("Enter");
  const column = page.locator("[data-sphere=communal]");
  await expect(column.getByRole("button", { name: L("board.moveItem", { name }) })).toBeFocused();
  await expectFocusVisible(page, "moving the item");
  await expect(announcer(page)).toHaveText(L("board.moved", { name, sphere: communal }));

  // Score it: every criterion by arrow keys, the overall judgement, save.
  await page.goto(`/w/${slug}/afbakening/${itemId}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const form = page.locator("form.sb-score-form");
  const groups = form.locator("fieldset");
  const groupCount = await groups.count();
  // The criteria's questions (if any) and the overall judgement: radio groups.
  expect(groupCount).toBeGreaterThanOrEqual(1);
  for (let i = 0; i < groupCount; i++) {
    const first = groups.nth(i).getByRole("radio").first();
    await tabTo(page, first);
    // Arrow keys move through a radio group and choose; Space chooses the focused one.
    await page.keyboard.press("ArrowRight");
    await expect(groups.nth(i).getByRole("radio").nth(1)).toBeChecked();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Space");
    await expect(first).toBeChecked();
  }
  // The proposed sphere: a select, changed with the arrow keys.
  const sphere = form.getByRole("combobox", { name: L("delimitation.proposedSphere") });
  await tabTo(page, sphere);
  await page.keyboard.press("ArrowDown");
  await expect(sphere).not.toHaveValue("");
  await tabTo(page, form.getByRole("button", { name: L("delimitation.saveScore") }));
  await page.keyboard.press("Enter");
  await expect(announcer(page)).toHaveText(L("delimitation.scoreSaved", { name }));
  await expect(form.getByRole("button", { name: L("delimitation.saveScore") })).toBeFocused();
  await expectFocusVisible(page, "saving the score");

  // Record a decision.
  const decisionGroup = page.getByRole("group", { name: L("delimitation.decisionLabel") });
  await tabTo(page, decisionGroup.getByRole("radio").first());
  await page.keyboard.press("Space");
  await expect(decisionGroup.getByRole("radio").first()).toBeChecked();
  await typeInto(page, page.getByLabel(L("delimitation.reason")), "Besproken in het dorpshuis.");
  const record = page.getByRole("button", { name: L("delimitation.recordDecision") });
  await tabTo(page, record);
  await page.keyboard.press("Enter");
  await expect(announcer(page)).toHaveText(L("delimitation.decisionSaved", { name }));
  await expect(record).toBeFocused();
  await expectFocusVisible(page, "recording the decision");
  await expect(page.getByText("Besproken in het dorpshuis.").first()).toBeVisible();

  // Download a report (the Word file) from the reports page.
  await tabTo(page, nav.getByRole("link", { name: L("nav.reports"), exact: true }), {
    back: true,
    max: 200,
  });
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: L("nav.reports") })).toBeFocused();
  const word = page.locator("a[download][href*='format=docx']");
  await tabTo(page, word);
  const download = page.waitForEvent("download");
  await page.keyboard.press("Enter");
  expect((await download).suggestedFilename()).toMatch(/\.docx$/);
  await expect(word).toBeFocused();
  await expectFocusVisible(page, "downloading the report");
});

test("keyboard only: a phone joins and answers, the facilitator reveals the results", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  // The facilitator (logged in by keyboard in the test above; here through the form quickly).
  await page.goto("/inloggen");
  await typeInto(page, page.getByLabel(L("auth.email")), demo.email);
  await typeInto(page, page.getByLabel(L("auth.password")), demo.password);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/werkruimtes$/);
  const origin = new URL(page.url()).origin;
  const { slug, items, session } = await freshSession(page, "Toetsenbordavond", [
    "Buurtkamer",
    "Repaircafé",
  ]);
  const quick = session.steps.find((s) => s.kind === "quick_vote")!;
  const control = (body: object) =>
    page.request.post(`/api/v1/workspaces/${slug}/sessions/${session.id}/control`, {
      data: body,
      headers: { origin },
    });
  // Starting by keyboard: the Start button goes away, and focus goes to its successor (End),
  // not back to the top of the page.
  await page.goto(`/w/${slug}/bijeenkomsten/${session.id}`);
  const start = page.getByRole("button", { name: L("live.control.start") });
  await tabTo(page, start, { max: 200 });
  await page.keyboard.press("Enter");
  await expect(announcer(page)).toHaveText(L("live.control.started"));
  await expect(page.getByRole("button", { name: L("live.control.end") })).toBeFocused();
  await expectFocusVisible(page, "starting the session");
  await control({ action: "goto", stepId: quick.id });
  await control({ action: "open", stepId: quick.id });

  // A phone, by keyboard (a Bluetooth keyboard or switch access): join and answer.
  const context = await browser.newContext({
    baseURL,
    locale: "nl-NL",
    viewport: { width: 320, height: 640 },
    isMobile: true,
    hasTouch: true,
  });
  const phone = await context.newPage();
  await phone.goto(`/doe-mee/${session.code}`);
  const groups = phone.getByRole("group", { name: L("live.participant.groupLegend") });
  await expect(groups).toBeVisible();
  // Tab lands on the chosen radio ("no group" to start with); the arrows choose another.
  await tabTo(phone, groups.getByRole("radio", { checked: true }));
  await phone.keyboard.press("ArrowDown");
  await expect(groups.getByRole("radio").first()).toBeChecked();
  await expect(groups.getByRole("radio").first()).toBeFocused();
  await expectFocusVisible(phone, "choosing a group");
  await tabTo(phone, phone.getByRole("button", { name: L("live.participant.join") }));
  await phone.keyboard.press("Enter");
  await expect(phone.getByRole("heading", { level: 1, name: quick.title })).toBeFocused();
  await expectFocusVisible(phone, "joining");
  for (let i = 0; i < items.length; i++) {
    const heading = phone.getByRole("heading", { level: 2 });
    const before = (await heading.textContent()) ?? "";
    await tabTo(phone, phone.getByRole("button", { name: L("delimitation.overall.rather_yes") }));
    await phone.keyboard.press("Enter");
    // The next question's heading (or the overview) takes focus.
    await expect(heading).not.toHaveText(before);
    await expect(heading).toBeFocused();
    await expectFocusVisible(phone, `answering question ${i + 1}`);
  }
  await expect(
    phone.getByRole("heading", { level: 2, name: L("live.participant.overviewTitle") }),
  ).toBeFocused();

  // The facilitator closes the step and reveals the results, by keyboard.
  await page.goto(`/w/${slug}/bijeenkomsten/${session.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Toetsenbordavond" })).toBeVisible();
  const close = page.getByRole("button", {
    name: `${L("live.control.actions.close")}: ${quick.title}`,
  });
  await tabTo(page, close, { max: 200 });
  await page.keyboard.press("Enter");
  await expect(announcer(page)).toHaveText(L("live.control.done.close", { title: quick.title }));
  const reveal = page.getByRole("button", {
    name: `${L("live.control.actions.reveal")}: ${quick.title}`,
  });
  await expect(reveal).toBeFocused();
  await expectFocusVisible(page, "closing the step");
  await page.keyboard.press("Enter");
  await expect(announcer(page)).toHaveText(L("live.control.done.reveal", { title: quick.title }));
  await expect(
    page.getByRole("button", { name: `${L("live.control.actions.hide")}: ${quick.title}` }),
  ).toBeFocused();
  await expectFocusVisible(page, "revealing the results");
  await expect(
    page.getByRole("table", { name: L("live.results.caption", { step: quick.title }) }),
  ).toBeVisible();
  await expect(phone.getByText(L("live.participant.closed"))).toBeVisible();
  await context.close();
});
