import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

export const demo = { email: "demo@example.org", password: "sociale-basis-demo" };

/** Fails a test on any console error or uncaught exception in the page. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        // A refused API call (4xx) that the page handles is logged by Chromium; that is not a bug.
        const handledRefusal = /Failed to load resource: .*status of 4\d\d/.test(message.text());
        if (message.type() === "error" && !handledRefusal) errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use(errors);
      expect(errors, "console errors in the browser").toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

export async function login(page: Page, user = demo) {
  await page.goto("/inloggen");
  await page.getByLabel(/^(E-mailadres|Email address)$/).fill(user.email);
  await page.getByLabel(/^(Wachtwoord|Password)$/).fill(user.password);
  await page.getByRole("button", { name: /^(Inloggen|Log in)$/ }).click();
  await expect(page).toHaveURL(/\/werkruimtes$/);
}

/** Zero axe violations against WCAG 2.0/2.1 A and AA. */
export async function expectAxeClean(page: Page, label: string) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** Nothing scrolls sideways: the page reflows at the current viewport width. */
export async function expectNoHorizontalScroll(page: Page, label: string) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `horizontal overflow on ${label}`).toBeLessThanOrEqual(0);
}
