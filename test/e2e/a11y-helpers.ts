import type { Page } from "@playwright/test";
import { catalogues, interpolate, type Language } from "../../src/domain/i18n/index.ts";
import { expect } from "./fixtures.ts";

/** A catalogue text in `language`, with its {{placeholders}} filled: the names the UI shows. */
export function tr(language: Language, key: string, values: Record<string, string | number> = {}) {
  const text = key
    .split(".")
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      catalogues[language],
    );
  if (typeof text !== "string") throw new Error(`no catalogue text for ${key} (${language})`);
  return interpolate(text, values);
}

/** The same text as an exact, anchored regular expression (for role names). */
export function exactly(text: string) {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
}

/**
 * Every control marked invalid names a visible error message through aria-describedby or
 * aria-errormessage, and every visible error message belongs to a control marked invalid.
 * Returns the number of invalid controls found.
 */
export async function expectErrorsLinked(page: Page, label: string): Promise<number> {
  const report = await page.evaluate(() => {
    const problems: string[] = [];
    const visible = (el: Element) => (el as HTMLElement).offsetParent !== null;
    const referenced = new Set<string>();
    const invalid = [...document.querySelectorAll("[aria-invalid=true]")].filter(visible);
    for (const control of invalid) {
      const ids = [
        ...(control.getAttribute("aria-describedby") ?? "").split(/\s+/),
        ...(control.getAttribute("aria-errormessage") ?? "").split(/\s+/),
      ].filter(Boolean);
      const messages = ids
        .map((id) => document.getElementById(id))
        .filter((el): el is HTMLElement => !!el && visible(el) && !!el.textContent?.trim());
      for (const id of ids) referenced.add(id);
      const name = control.id || control.getAttribute("name") || control.tagName;
      if (messages.length === 0) problems.push(`${name}: aria-invalid without a linked message`);
      if (!control.matches("input, select, textarea, fieldset, [role=radiogroup]")) {
        problems.push(`${name}: aria-invalid on a ${control.tagName}`);
      }
    }
    const messages = [
      ...document.querySelectorAll(".utrecht-form-field-error-message, .p-error[id]"),
    ].filter(visible);
    for (const message of messages) {
      if (!referenced.has(message.id)) {
        problems.push(`error message "${message.textContent?.trim()}" is linked to no field`);
      }
    }
    return { problems, count: invalid.length };
  });
  expect.soft(report.problems, `form errors not linked to their fields on ${label}`).toEqual([]);
  return report.count;
}

/**
 * A form that relies on the browser's own validation (`required`): submitting it blocks, and
 * the browser puts focus on the first invalid field, whose message it reads out.
 */
export async function expectNativeValidation(page: Page, label: string) {
  const focused = await page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return el && "validity" in el
      ? { invalid: !el.validity.valid, message: el.validationMessage }
      : null;
  });
  expect.soft(focused?.invalid, `the browser points at the invalid field on ${label}`).toBe(true);
}

/**
 * A workspace of the test's own (so other specs' demo data stays as they expect), with items;
 * made through the API as the logged-in page.
 */
export async function freshWorkspace(page: Page, name: string, itemNames: string[] = []) {
  const origin = new URL(page.url()).origin;
  const post = async <T>(path: string, data: unknown) => {
    const response = await page.request.post(`/api/v1${path}`, { data, headers: { origin } });
    expect(response.ok(), `POST ${path}: ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  };
  const { workspace } = await post<{ workspace: { slug: string } }>("/workspaces", {
    name: `${name} ${Date.now() % 1_000_000}`,
  });
  const items: { id: string; name: string }[] = [];
  for (const itemName of itemNames) {
    items.push(
      await post<{ id: string; name: string }>(`/workspaces/${workspace.slug}/items`, {
        name: itemName,
        kind: "activity",
        carriedBy: "volunteers",
      }),
    );
  }
  // The national expectations are the workspace's from its first read.
  await page.request.get(`/api/v1/workspaces/${workspace.slug}/expectations`);
  return { slug: workspace.slug, items, post };
}

/** A session from the 90-minute template over the items of a fresh workspace (see above). */
export async function freshSession(page: Page, title: string, itemNames: string[]) {
  const workspace = await freshWorkspace(page, title, itemNames);
  const session = await workspace.post<{
    id: string;
    code: string;
    steps: { id: string; kind: string; title: string }[];
  }>(`/workspaces/${workspace.slug}/sessions`, {
    title,
    date: "2026-06-01",
    itemIds: workspace.items.map((i) => i.id),
  });
  return { ...workspace, session };
}
