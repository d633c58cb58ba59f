import type { Page } from "@playwright/test";
import { freshSession, tr } from "./a11y-helpers.ts";
import { expect, expectAxeClean, login, test } from "./fixtures.ts";

/**
 * Issue 10's "done when": a new user on a 320-px phone joins a session and answers every step
 * type without sideways scrolling. Each screen is also checked at 200 % zoom, its touch targets
 * at 44 px or more, and the page for content that only hover would show.
 *
 * 200 % zoom: browser zoom divides the CSS pixels a screen has by the zoom factor, so a 320-px
 * phone zoomed to 200 % lays the page out in 160 CSS px. We emulate exactly that: the same page
 * re-laid out in a 160-px-wide viewport. (The device scale factor only changes how sharp the
 * pixels are drawn, not the layout, so it stays the phone's 2.) WCAG 1.4.10 asks for reflow at
 * 320 CSS px; 160 is the stricter case a phone user who zooms actually gets.
 */

test.use({ actionTimeout: 15_000 });

const L = (key: string, values?: Record<string, string | number>) => tr("nl", key, values);

async function scrollsSideways(page: Page) {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/** Every tappable thing in the page's main area is at least 44 × 44 px (WCAG 2.5.5). */
async function smallTargets(page: Page) {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        "button, a[href], input:not([type=radio]):not([type=checkbox]), textarea, select, label:has(input[type=radio]), label:has(input[type=checkbox])",
      ),
    ]
      .filter((el) => el.offsetParent !== null && !el.closest(".p-visually-hidden"))
      .map((el) => {
        const box = el.getBoundingClientRect();
        return { what: `${el.tagName} "${el.textContent?.trim().slice(0, 40)}"`, box };
      })
      .filter(({ box }) => box.height < 44 || box.width < 44)
      .map(({ what, box }) => `${what}: ${Math.round(box.width)}×${Math.round(box.height)}`),
  );
}

/** Style rules that show or reveal something only on hover (a tooltip, a hidden menu). */
async function hoverOnlyRules(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    const reveal =
      /(^|;)\s*(display|visibility|opacity|content|clip|clip-path|max-height|height)\s*:/;
    const walk = (rules: CSSRuleList) => {
      for (const rule of rules) {
        if (rule instanceof CSSStyleRule && rule.selectorText.includes(":hover")) {
          if (reveal.test(rule.style.cssText)) found.push(rule.cssText);
        }
        if ("cssRules" in rule && (rule as CSSGroupingRule).cssRules) {
          walk((rule as CSSGroupingRule).cssRules);
        }
      }
    };
    for (const sheet of document.styleSheets) walk(sheet.cssRules);
    // A title attribute is a tooltip: shown on hover only, never on touch.
    for (const el of document.querySelectorAll("[title]")) {
      if (el.tagName !== "svg" && el.tagName !== "IFRAME") found.push(`title on ${el.tagName}`);
    }
    return found;
  });
}

async function checkScreen(page: Page, label: string) {
  expect.soft(await scrollsSideways(page), `sideways scrolling at 320 px: ${label}`).toBe(0);
  expect.soft(await smallTargets(page), `touch targets under 44 px: ${label}`).toEqual([]);
  expect.soft(await hoverOnlyRules(page), `content behind hover: ${label}`).toEqual([]);
  // 200 % zoom on the same phone.
  await page.setViewportSize({ width: 160, height: 320 });
  expect.soft(await scrollsSideways(page), `sideways scrolling at 200 % zoom: ${label}`).toBe(0);
  await page.setViewportSize({ width: 320, height: 640 });
  screens.push(label);
}
const screens: string[] = [];

test("a new user on a 320-px phone joins a session and answers every step type without sideways scrolling", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await login(page);
  const origin = new URL(page.url()).origin;
  // A workspace of this test's own, so the demo's figures stay as other specs expect them.
  const { slug, session } = await freshSession(page, "Telefoonavond", [
    "Buurtkamer met een heel lange naam die op een smalle telefoon moet afbreken",
    "Repaircafé",
  ]);
  const kinds = new Set(session.steps.map((s) => s.kind));
  expect([...kinds].sort()).toEqual(
    [
      "discuss",
      "expectation_realism",
      "open_question",
      "quick_vote",
      "score_items",
      "sphere_placement",
    ].sort(),
  );
  const control = async (body: object) => {
    const r = await page.request.post(`/api/v1/workspaces/${slug}/sessions/${session.id}/control`, {
      data: body,
      headers: { origin },
    });
    expect(r.ok()).toBe(true);
  };

  const context = await browser.newContext({
    baseURL,
    locale: "nl-NL",
    viewport: { width: 320, height: 640 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const phone = await context.newPage();

  // A new user types the code they see on the big screen.
  await phone.goto("/doe-mee");
  await checkScreen(phone, "code");
  await phone.getByLabel(L("live.participant.code")).fill(session.code.toLowerCase());
  await phone.getByRole("button", { name: L("live.participant.next") }).tap();
  await expect(phone.getByRole("heading", { level: 1, name: "Telefoonavond" })).toBeVisible();
  await checkScreen(phone, "join");
  await phone.getByRole("radio").first().check();
  await phone.getByRole("button", { name: L("live.participant.join") }).tap();
  await expect(
    phone.getByRole("heading", { level: 1, name: L("live.participant.waitingTitle") }),
  ).toBeVisible();
  await checkScreen(phone, "waiting");

  await control({ action: "start" });
  const answered = new Set<string>();
  for (const step of session.steps) {
    await control({ action: "goto", stepId: step.id });
    if (step.kind !== "discuss") await control({ action: "open", stepId: step.id });
    await expect(phone.getByRole("heading", { level: 1, name: step.title })).toBeVisible();
    if (step.kind === "discuss") {
      await expect(phone.getByText(L("live.participant.discuss"))).toBeVisible();
      await checkScreen(phone, "discuss");
      answered.add(step.kind);
      continue;
    }
    if (step.kind === "open_question") {
      await expect(phone.getByRole("textbox")).toBeVisible();
      await checkScreen(phone, `${step.kind}: question`);
      await phone.getByRole("textbox").fill("Buren die naar elkaar omkijken, ook als het regent");
      await phone.getByRole("button", { name: L("live.participant.openSend") }).tap();
      await expect(phone.getByRole("status").filter({ hasText: "Buren die" })).toBeVisible();
      await checkScreen(phone, `${step.kind}: sent`);
    } else {
      const overview = phone.getByRole("heading", {
        level: 2,
        name: L("live.participant.overviewTitle"),
      });
      for (let i = 0; i < 10 && !(await overview.isVisible()); i++) {
        await expect(phone.locator(".p-card h2")).toBeVisible();
        await checkScreen(phone, `${step.kind}: target ${i + 1}`);
        if (step.kind === "score_items") {
          for (const group of await phone.locator(".p-criterion").all()) {
            await group.locator(".p-option").nth(2).tap();
          }
          await phone
            .getByRole("navigation")
            .getByRole("button", {
              name: new RegExp(
                `^(${L("live.participant.nextTarget")}|${L("live.participant.toOverview")})$`,
              ),
            })
            .tap();
        } else {
          const before = await phone.locator(".p-card h2").textContent();
          await phone.locator(".p-choice").first().tap();
          await expect(phone.getByRole("heading", { level: 2 }).first()).not.toHaveText(
            before ?? "",
          );
        }
      }
      await expect(overview).toBeVisible();
      await expect(phone.getByText(L("live.participant.notAnswered"))).toHaveCount(0);
      await checkScreen(phone, `${step.kind}: overview`);
    }
    answered.add(step.kind);
    await control({ action: "close", stepId: step.id });
  }
  expect([...answered].sort()).toEqual([...kinds].sort());
  await control({ action: "end" });
  await expect(
    phone.getByRole("heading", { level: 1, name: L("live.participant.endedTitle") }),
  ).toBeVisible();
  await checkScreen(phone, "finished");
  await expectAxeClean(phone, "participant finished at 320 px");
  test.info().annotations.push({
    type: "phone",
    description: `${screens.length} screens checked at 320 px and 160 px (200 % zoom)`,
  });
  await context.close();
});

test("the app's own pages have no content behind hover either", async ({ page }) => {
  await login(page);
  const slug = "voorbeeldgemeente";
  for (const path of [`/w/${slug}/sferen`, `/w/${slug}/afbakening`, `/w/${slug}/inventaris`]) {
    await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
    expect(await hoverOnlyRules(page), `content behind hover on ${path}`).toEqual([]);
  }
});
