import type { Page } from "@playwright/test";
import {
  type HostileWorkspace,
  hostile,
  hostileFields,
  seedHostileWorkspace,
  xssPayloads,
} from "../hostile-workspace.ts";
import { demo, expect, login, test } from "./fixtures.ts";

test.use({ actionTimeout: 15_000 });

declare global {
  interface Window {
    __xss?: unknown;
    __csp?: string[];
    __shownLabels?: (labels: string[]) => string[];
  }
}

/** What a page shows and holds after it has rendered: nothing of this may be an attack. */
interface Inspection {
  xss: unknown;
  injected: string[];
  scriptLinks: string[];
  csp: string[];
  /** Labels shown as text on the page. */
  labels: string[];
  /** Labels that are the value of a form field (an edit form). */
  fieldLabels: string[];
}

/** Every page is opened with a listener for CSP violations and a record of dialogs. */
async function watch(page: Page, dialogs: string[]) {
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__csp!.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
}

/** Labels whose hostile value is a visible text node of the page (not an option of a list). */
function shownLabels(labels: string[]): string[] {
  const shown = new Set<string>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest("option, select, script, style, template")) continue;
    if (parent.getClientRects().length === 0) continue;
    if (getComputedStyle(parent).visibility === "hidden") continue;
    for (const label of labels) {
      if (node.textContent?.includes(`${label} <img src=x onerror=window.__xss=1>`)) {
        shown.add(label);
      }
    }
  }
  return [...shown];
}

async function inspect(page: Page): Promise<Inspection> {
  // Give any injected handler (onerror of a broken image, onload) time to fire.
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(150);
  await page.evaluate(`window.__shownLabels = ${shownLabels.toString()}`);
  return page.evaluate((labels) => {
    const describe = (el: Element) => el.outerHTML.slice(0, 120);
    return {
      xss: window.__xss,
      injected: [
        ...document.querySelectorAll(
          'img[src="x"], iframe, frame, object, embed, script:not([src]), [onerror], [onload], [srcdoc]',
        ),
      ].map(describe),
      // Any link, source or form target that the browser would resolve to a javascript: URL
      // (the URL parser, like the browser, ignores case, surrounding blanks, tabs and newlines).
      scriptLinks: [...document.querySelectorAll("*")]
        .filter((el) =>
          ["href", "src", "action", "formaction", "xlink:href"].some((name) => {
            const value = el.getAttribute(name);
            if (value === null) return false;
            try {
              return new URL(value, location.href).protocol === "javascript:";
            } catch {
              return false;
            }
          }),
        )
        .map(describe),
      csp: window.__csp ?? [],
      labels: window.__shownLabels!(labels),
      fieldLabels: labels.filter((label) =>
        [
          ...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("input, textarea"),
        ].some((field) => field.value.startsWith(`${label} <img src=x onerror=window.__xss=1>`)),
      ),
    };
  }, Object.keys(hostileFields));
}

/** Opens `path` fresh and checks that nothing hostile ran and that `expected` labels show as text. */
async function visit(
  page: Page,
  path: string,
  expected: string[],
  dialogs: string[],
  visited: Map<string, string[]>,
) {
  await page.goto(path);
  await expect(page.locator("h1").first()).toBeVisible();
  // Wait until the page's data has rendered (the labels it should show are there as text).
  await page
    .waitForFunction(
      (labels) =>
        labels.every((label) =>
          document.body.textContent?.includes(`${label} <img src=x onerror=window.__xss=1>`),
        ),
      expected,
      { timeout: 10_000 },
    )
    .catch(() => undefined);
  // Text behind a disclosure (a step's notes when it is not the current one) counts once opened,
  // as a reader would open it; which step is current must not decide what is checked.
  await page.evaluate(() => {
    for (const details of document.querySelectorAll("details")) details.open = true;
  });
  const found = await inspect(page);
  expect(found.xss, `${path}: window.__xss set`).toBeUndefined();
  expect(found.injected, `${path}: injected elements`).toEqual([]);
  expect(found.scriptLinks, `${path}: javascript: links`).toEqual([]);
  expect(found.csp, `${path}: CSP violations`).toEqual([]);
  expect(dialogs, `${path}: dialogs`).toEqual([]);
  const missing = expected.filter((label) => !found.labels.includes(label));
  expect(missing, `${path}: hostile text not shown as visible text`).toEqual([]);
  visited.set(path, [...found.labels, ...found.fieldLabels]);
}

let w: HostileWorkspace;

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(120_000);
  w = await seedHostileWorkspace(baseURL!, demo);
});

/** Calls the API as the workspace's owner, from the test (not the page). */
async function ownerApi(baseURL: string, method: string, path: string, body?: object) {
  const response = await fetch(`${baseURL}/api/v1/workspaces/${w.slug}${path}`, {
    method,
    headers: {
      cookie: w.ownerCookie,
      ...(body ? { "content-type": "application/json" } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  expect(response.status, `${method} ${path}`).toBeLessThan(300);
  return response.status === 204 ? null : response.json();
}

test("hostile names and texts show as text on every page of the app, and run nothing", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const dialogs: string[] = [];
  await watch(page, dialogs);
  await login(page);
  const ws = `/w/${w.slug}`;
  const [item] = w.itemIds;
  const visited = new Map<string, string[]>();
  const pages: [string, string[]][] = [
    ["/werkruimtes", ["WSNAME"]],
    [ws, ["WSNAME"]],
    [`${ws}/leden`, ["DISPLAY"]],
    [`${ws}/inventaris`, ["ITEM1", "ITEM2", "ITEM3", "THEME1", "THEME2", "THEME3", "LATEITEM"]],
    [`${ws}/inventaris/nieuw`, ["AREA"]],
    [`${ws}/inventaris/importeren`, []],
    [`${ws}/inventaris/gebieden`, ["AREA"]],
    [`${ws}/inventaris/${item}`, ["ITEM1", "DESC1", "FUND1", "REACH1", "THEME1", "AREA"]],
    [`${ws}/inventaris/${item}/bewerken`, ["ITEM1", "AREA"]],
    [`${ws}/sferen`, ["ITEM1", "ITEM2", "ITEM3"]],
    [`${ws}/afbakening`, ["ITEM1", "ITEM2", "LATEITEM"]],
    [`${ws}/afbakening/onze-sociale-basis`, ["ITEM1", "CRIT", "REASON"]],
    [`${ws}/afbakening/snelle-toets`, ["CRIT", "CRITEXPL"]],
    [`${ws}/afbakening/criteria`, ["CRIT", "CRITEXPL"]],
    [`${ws}/afbakening/instellingen`, ["GROUP"]],
    [`${ws}/afbakening/${item}`, ["ITEM1", "CRIT", "CRITEXPL", "COMMENT0", "COMMENT1", "REASON"]],
    [`${ws}/verwachtingen`, ["EXPTITLE", "EXPSOURCE", "EXPECTS", "PURPOSE"]],
    [`${ws}/verwachtingen/belasting`, ["EXPTITLE", "ITEM1"]],
    [
      `${ws}/verwachtingen/${w.expectationId}`,
      ["EXPTITLE", "EXPSOURCE", "EXPECTS", "PURPOSE", "NEEDED", "ITEM1"],
    ],
    [`${ws}/bijeenkomsten`, ["SESSION"]],
    [
      `${ws}/bijeenkomsten/${w.sessionId}`,
      ["SESSION", "STEPQUICK", "NOTES", "STEPOPEN", "QUESTION", "STEPREAL", "STEPTALK", "ANSWER3"],
    ],
    [`${ws}/versterken`, ["ROLEEXPL"]],
    [`${ws}/versterken/acties`, ["ACTION", "ACTDESC", "ACTOWNER", "EXPTITLE", "INDICATOR"]],
    [`${ws}/versterken/indicatoren`, ["INDICATOR", "UNIT", "INDSOURCE", "MEASURE"]],
    [`${ws}/versterken/momentopnames`, ["SNAPSHOT"]],
    [`${ws}/rapporten`, []],
    [
      `${ws}/rapporten/afdrukken`,
      ["ITEM1", "CRIT", "REASON", "EXPTITLE", "ROLEEXPL", "ACTION", "INDICATOR", "MEASURE"],
    ],
  ];
  for (const [path, expected] of pages) await visit(page, path, expected, dialogs, visited);

  // The presenter screen with revealed results of the quick vote, then the approved answers.
  await ownerApi(baseURL!, "POST", `/sessions/${w.sessionId}/control`, {
    action: "goto",
    stepId: w.steps.quick,
  });
  const screen = `${ws}/bijeenkomsten/${w.sessionId}/scherm`;
  await visit(page, screen, ["STEPQUICK", "ITEM1"], dialogs, visited);
  await ownerApi(baseURL!, "POST", `/sessions/${w.sessionId}/control`, {
    action: "goto",
    stepId: w.steps.open,
  });
  await visit(
    page,
    `${screen}?open`,
    ["QUESTION", "ANSWER1", "ANSWER2", "ANSWER3"],
    dialogs,
    visited,
  );
  // The facilitator's page of the same moment: answers to moderate, nicknames.
  await visit(
    page,
    `${ws}/bijeenkomsten/${w.sessionId}?open`,
    ["ANSWER1", "QUESTION"],
    dialogs,
    visited,
  );

  // Another item's pages, and a planned session whose agenda editor holds the step notes.
  for (const [n, id] of w.itemIds.slice(1).entries()) {
    await visit(
      page,
      `${ws}/inventaris/${id}`,
      [`DESC${n + 2}`, `FUND${n + 2}`, `REACH${n + 2}`],
      dialogs,
      visited,
    );
  }
  const planned = await ownerApi(baseURL!, "POST", "/sessions", {
    title: hostile("SESSION"),
    date: "2026-12-02",
    template: "empty",
  });
  await ownerApi(baseURL!, "PATCH", `/sessions/${planned.id}`, {
    title: hostile("SESSION"),
    date: "2026-12-02",
    steps: [{ kind: "discuss", title: hostile("STEPTALK"), notes: hostile("NOTES", 4000) }],
  });
  await visit(page, `${ws}/bijeenkomsten/${planned.id}`, ["SESSION"], dialogs, visited);

  // Every hostile field the seeder wrote was seen on some page, but for those no page shows.
  const shown = new Set([...visited.values()].flat());
  const neverShown = Object.keys(hostileFields).filter((label) => !shown.has(label));
  const notOnAnyPage = {
    N1: "nicknames are shown to nobody",
    N2: "nicknames are shown to nobody",
    N3: "nicknames are shown to nobody",
    EXPTHEME: "an expectation's themes only filter the list",
  };
  expect(
    neverShown.filter((label) => !(label in notOnAnyPage)),
    "hostile fields on no page",
  ).toEqual([]);
  test.info().annotations.push({
    type: "xss",
    description: `${visited.size} page loads, ${shown.size} of ${Object.keys(hostileFields).length} hostile fields seen as text; not on any page: ${neverShown.join(" ")}`,
  });
});

test("the participant page and an invitation show hostile names as text and run nothing", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const dialogs: string[] = [];
  const visited = new Map<string, string[]>();
  const invite = await ownerApi(baseURL!, "POST", "/invites", { role: "viewer" });

  const anonymous = await browser.newContext({ baseURL, locale: "nl-NL" });
  const page = await anonymous.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && !/status of 4\d\d/.test(m.text())) errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await watch(page, dialogs);
  await visit(page, new URL(invite.url).pathname, ["WSNAME"], dialogs, visited);

  // A participant joins in the hostile group with a hostile nickname, during the open question.
  await ownerApi(baseURL!, "POST", `/sessions/${w.sessionId}/control`, {
    action: "goto",
    stepId: w.steps.open,
  });
  await visit(page, `/doe-mee/${w.code}`, ["SESSION", "GROUP"], dialogs, visited);
  await page.getByRole("radio", { name: hostile("GROUP", 80), exact: true }).check();
  await page.getByLabel(/^Bijnaam/).fill(hostile("N9", 40));
  await page.getByRole("button", { name: "Meedoen" }).click();
  await expect(page.getByText(`STEPOPEN ${xssPayloads.img}`).first()).toBeVisible();
  // Opened again, the question and its answer field show.
  await ownerApi(baseURL!, "POST", `/sessions/${w.sessionId}/control`, {
    action: "open",
    stepId: w.steps.open,
  });
  await expect(page.getByText(`QUESTION ${xssPayloads.img}`).first()).toBeVisible();
  let found = await inspect(page);
  expect(found.xss).toBeUndefined();
  expect(found.injected).toEqual([]);
  expect(found.scriptLinks).toEqual([]);
  expect(found.csp).toEqual([]);

  // The quick vote: the hostile items are the questions.
  await ownerApi(baseURL!, "POST", `/sessions/${w.sessionId}/control`, {
    action: "open",
    stepId: w.steps.quick,
  });
  await expect(page.getByText(`STEPQUICK ${xssPayloads.img}`).first()).toBeVisible();
  await expect(page.getByText(`ITEM1 ${xssPayloads.img}`).first()).toBeVisible();
  found = await inspect(page);
  expect(found.xss).toBeUndefined();
  expect(found.injected).toEqual([]);
  expect(found.scriptLinks).toEqual([]);
  expect(found.csp).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(errors, "console errors on the participant page").toEqual([]);
  await anonymous.close();
});

test("the built pages carry no inline script and are served with the strict CSP", async ({
  request,
}) => {
  for (const path of ["/", "/doe-mee/ABC", "/w/x/inventaris"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const csp = response.headers()["content-security-policy"] ?? "";
    expect(csp, path).toMatch(/(^|;)\s*script-src 'self'\s*(;|$)/);
    expect(csp, path).toMatch(/(^|;)\s*object-src 'none'\s*(;|$)/);
    expect(csp, path).toMatch(/(^|;)\s*frame-ancestors 'none'\s*(;|$)/);
    expect(csp, path).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const [tag, attributes, body] of scripts) {
      expect(attributes, `${path}: ${tag}`).toMatch(/\bsrc="\/assets\//);
      expect(body!.trim(), `${path}: ${tag}`).toBe("");
    }
    expect(html, path).not.toMatch(/\son[a-z]+\s*=/i);
  }
});
