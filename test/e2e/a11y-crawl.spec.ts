import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import type { Language } from "../../src/domain/i18n/index.ts";
import { exactly, expectErrorsLinked, tr } from "./a11y-helpers.ts";
import { demo, expect, login, test } from "./fixtures.ts";

/**
 * The accessibility crawl: every route of the web app (the router in App.tsx, plus the
 * participant page), in Dutch and English, in every state we can reach — empty (a new
 * workspace) and filled (the demo), with every confirmation open, every form submitted wrong,
 * loading and error states, the presenter screen, the facilitator's control and the participant
 * view at every step kind — each checked by axe for WCAG 2.0/2.1 A and AA.
 */

test.use({ actionTimeout: 15_000 });

const demoSlug = "voorbeeldgemeente";
const nobody = "00000000-0000-4000-8000-000000000000";

/**
 * The routes as App.tsx writes them (`path: "…"`, and its two `index: true` routes). A route
 * added to the router and not here fails the first test below; so does one removed there.
 */
const routes = [
  "index:/",
  "inloggen",
  "toegankelijkheid",
  "privacy",
  "uitnodiging/:token",
  "werkruimtes",
  "account",
  "w/:slug",
  "index:w/:slug",
  "leden",
  "logboek",
  "huisstijl",
  "inventaris",
  "inventaris/nieuw",
  "inventaris/importeren",
  "inventaris/gebieden",
  "inventaris/:itemId",
  "inventaris/:itemId/bewerken",
  "sferen",
  "afbakening",
  "afbakening/onze-sociale-basis",
  "afbakening/snelle-toets",
  "afbakening/criteria",
  "afbakening/instellingen",
  "verwachtingen",
  "verwachtingen/belasting",
  "verwachtingen/:expectationId",
  "afbakening/:itemId",
  "bijeenkomsten",
  "bijeenkomsten/:sessionId",
  "versterken",
  "versterken/acties",
  "versterken/indicatoren",
  "versterken/momentopnames",
  "rapporten",
  "rapporten/afdrukken",
  "*",
  "w/:slug/bijeenkomsten/:sessionId/scherm",
  // Not in the router: the participant page is its own small entry (server/http/web-app.ts).
  "participant:/doe-mee",
  "participant:/doe-mee/:code",
] as const;
type Route = (typeof routes)[number];

test("the crawler lists every route of the router, and no route the router lacks", () => {
  const source = readFileSync(new URL("../../src/web/app/App.tsx", import.meta.url), "utf8");
  const paths = [...source.matchAll(/\bpath:\s*"([^"]+)"/g)].map((m) => m[1]);
  const indexRoutes = [...source.matchAll(/\bindex:\s*true/g)].length;
  const listed = routes.filter((r) => !r.includes(":/") && !r.startsWith("index:"));
  expect(paths.length).toBeGreaterThan(30);
  expect([...paths].sort()).toEqual([...listed].sort());
  expect(indexRoutes).toBe(routes.filter((r) => r.startsWith("index:")).length);
  const webApp = readFileSync(new URL("../../src/server/http/web-app.ts", import.meta.url), "utf8");
  expect(webApp).toContain("/^\\/doe-mee(\\/|$)/");
});

interface Visit {
  route: Route;
  state: string;
  language: Language;
}

/** What one language's crawl saw: route × state, for the counts in the report. */
class Crawl {
  readonly visits: Visit[] = [];
  constructor(readonly language: Language) {}

  /** Runs axe on the page as it is now; a violation fails the test but the crawl goes on. */
  async scan(page: Page, route: Route, state: string) {
    await expect(page.locator("html")).toHaveAttribute("lang", this.language);
    // Only violations are reported: skipping the passes' details roughly halves the time.
    // (options() replaces what withTags() set, so the tags are given here.)
    const results = await new AxeBuilder({ page })
      .options({
        resultTypes: ["violations"],
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      })
      .analyze();
    const summary = results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
    expect.soft(summary, `axe violations on ${route} — ${state} (${this.language})`).toEqual([]);
    this.visits.push({ route, state, language: this.language });
  }

  summary() {
    const byRoute = new Map<string, Set<string>>();
    for (const v of this.visits) {
      byRoute.set(v.route, (byRoute.get(v.route) ?? new Set()).add(v.state));
    }
    return byRoute;
  }
}

async function withLanguage(page: Page, language: Language) {
  await page.addInitScript(
    (lang) => localStorage.setItem("sociale-basis.language", lang),
    language,
  );
}

const loading = new RegExp(`^(${tr("nl", "app.loading")}|${tr("en", "app.loading")})$`);

async function visit(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator("h1").first()).toBeVisible();
  // Nothing still loading: the page's queries have answered.
  await expect(page.getByText(loading)).toHaveCount(0);
}

/** The API as the logged-in page: the same cookie, the same origin. */
async function api<T>(page: Page, method: string, path: string, data?: unknown): Promise<T> {
  const origin = new URL(page.url()).origin;
  const response = await page.request.fetch(`/api/v1${path}`, {
    method,
    data,
    headers: { origin },
  });
  expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(
    true,
  );
  return (response.status() === 204 ? undefined : await response.json()) as T;
}

interface SessionView {
  id: string;
  code: string;
  steps: { id: string; kind: string; title: string }[];
}

async function phone(browser: Browser, baseURL: string | undefined, language: Language) {
  const context = await browser.newContext({
    baseURL,
    locale: language === "nl" ? "nl-NL" : "en-GB",
    viewport: { width: 320, height: 640 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await withLanguage(page, language);
  return { context, page };
}

for (const language of ["nl", "en"] as const) {
  test(`every route, every state, is axe-clean (${language})`, async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(900_000);
    const L = (key: string, values?: Record<string, string | number>) => tr(language, key, values);
    const crawl = new Crawl(language);
    await withLanguage(page, language);

    // ---- Logged in once; the data the states need is made through the API. ----
    await login(page);
    await expect(page.locator("html")).toHaveAttribute("lang", language);
    await crawl.scan(page, "werkruimtes", "filled");
    await page.getByRole("button", { name: L("workspaces.create") }).click();
    await expect(page.getByRole("textbox", { name: L("workspaces.name") })).toHaveAttribute(
      "aria-invalid",
      "true",
    );
    await expectErrorsLinked(page, "werkruimtes");
    await crawl.scan(page, "werkruimtes", "form error");

    const empty = (
      await api<{ workspace: { slug: string } }>(page, "POST", "/workspaces", {
        name: `Leeg ${language} ${Date.now() % 100000}`,
      })
    ).workspace.slug;
    const ws = `/workspaces/${demoSlug}`;
    const items = (
      await api<{ items: { id: string; name: string }[] }>(
        page,
        "GET",
        `${ws}/items?pageSize=3&sort=name`,
      )
    ).items;
    const item = items[0]!;
    const expectations = (
      await api<{ expectations: { id: string; nationalKey: string | null; title?: string }[] }>(
        page,
        "GET",
        `${ws}/expectations`,
      )
    ).expectations;
    const national = expectations.find((e) => e.nationalKey)!;
    const local = expectations.find((e) => !e.nationalKey)!;
    const actionTitle = `Buurtkamer ${language}`;
    const action = await api<{ id: string }>(page, "POST", `${ws}/actions`, {
      title: actionTitle,
      budget: 5000,
      spheres: ["communal"],
      itemIds: [item.id],
      status: "planned",
    });
    const indicator = await api<{ id: string; name: string }>(page, "POST", `${ws}/indicators`, {
      name: `Vrijwilligers ${language}`,
      unit: "personen",
    });
    for (const [date, value] of [
      ["2025-01-01", 120],
      ["2025-07-01", 135],
      ["2026-01-01", 150],
    ] as const) {
      await api(page, "POST", `${ws}/indicators/${indicator.id}/measurements`, { date, value });
    }
    const snapshot = await api<{ id: string; label: string }>(page, "POST", `${ws}/snapshots`, {
      label: `Begin ${language}`,
    });
    const later = await api<{ id: string }>(page, "POST", `${ws}/snapshots`, {
      label: `Later ${language}`,
    });
    const invite = await api<{ url: string }>(page, "POST", `${ws}/invites`, { role: "member" });
    const newSession = (title: string) =>
      api<SessionView>(page, "POST", `${ws}/sessions`, {
        title,
        date: "2026-06-01",
        itemIds: items.slice(0, 2).map((i) => i.id),
        expectationIds: [national.id],
      });
    const planned = await newSession(`Gepland ${language}`);
    const run = await newSession(`Avond ${language}`);
    const control = (sessionId: string, body: object) =>
      api(page, "POST", `${ws}/sessions/${sessionId}/control`, body);

    // ---- The workspace pages: filled (the demo) and empty (a new workspace). ----
    const workspacePages: [Route, string][] = [
      ["index:w/:slug", ""],
      ["leden", "/leden"],
      ["logboek", "/logboek"],
      ["huisstijl", "/huisstijl"],
      ["inventaris", "/inventaris"],
      ["inventaris/nieuw", "/inventaris/nieuw"],
      ["inventaris/importeren", "/inventaris/importeren"],
      ["inventaris/gebieden", "/inventaris/gebieden"],
      ["sferen", "/sferen"],
      ["afbakening", "/afbakening"],
      ["afbakening/onze-sociale-basis", "/afbakening/onze-sociale-basis"],
      ["afbakening/snelle-toets", "/afbakening/snelle-toets"],
      ["afbakening/criteria", "/afbakening/criteria"],
      ["afbakening/instellingen", "/afbakening/instellingen"],
      ["verwachtingen", "/verwachtingen"],
      ["verwachtingen/belasting", "/verwachtingen/belasting"],
      ["bijeenkomsten", "/bijeenkomsten"],
      ["versterken", "/versterken"],
      ["versterken/acties", "/versterken/acties"],
      ["versterken/indicatoren", "/versterken/indicatoren"],
      ["versterken/momentopnames", "/versterken/momentopnames"],
      ["rapporten", "/rapporten"],
      ["rapporten/afdrukken", "/rapporten/afdrukken"],
    ];
    for (const [slug, state] of [
      [demoSlug, "filled"],
      [empty, "empty"],
    ] as const) {
      for (const [route, sub] of workspacePages) {
        await visit(page, `/w/${slug}${sub}`);
        await crawl.scan(page, route, state);
      }
    }
    await visit(page, "/w/andere-gemeente");
    await crawl.scan(page, "w/:slug", "unknown workspace (error)");
    await visit(page, "/account");
    await crawl.scan(page, "account", "filled");

    const at = (sub: string) => `/w/${demoSlug}${sub}`;

    // Loading: every API answer held back for a moment, the page scanned while it waits.
    const slow = async (route: import("@playwright/test").Route) => {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      await route.continue().catch(() => {});
    };
    await page.route("**/api/v1/workspaces/**", slow);
    await page.goto(at("/inventaris"));
    await expect(page.getByText(L("app.loading")).first()).toBeVisible();
    await crawl.scan(page, "inventaris", "loading");
    await page.unroute("**/api/v1/workspaces/**", slow);
    // A server failure: the inventory's list answers 500 with a problem. (In a page of its
    // own: the browser logs the 500, which the page fixture would count as a console error.)
    const failing = await browser.newContext({
      baseURL,
      storageState: await page.context().storageState(),
    });
    const failingPage = await failing.newPage();
    await withLanguage(failingPage, language);
    await failingPage.route("**/api/v1/workspaces/*/items?*", (route) =>
      route.fulfill({
        status: 500,
        contentType: "application/problem+json",
        body: JSON.stringify({
          type: "about:blank",
          title: "",
          status: 500,
          detail: "",
          code: "internal",
        }),
      }),
    );
    await failingPage.goto(at("/inventaris"));
    await expect(failingPage.getByRole("alert")).toBeVisible();
    await crawl.scan(failingPage, "inventaris", "server error");
    await failing.close();

    // Inventory: an item, its edit form with an error, a missing item, a form error, an import.
    await visit(page, at(`/inventaris/${item.id}`));
    await crawl.scan(page, "inventaris/:itemId", "filled");
    await visit(page, at(`/inventaris/${nobody}`));
    await crawl.scan(page, "inventaris/:itemId", "not found (error)");
    await visit(page, at(`/inventaris/${item.id}/bewerken`));
    await crawl.scan(page, "inventaris/:itemId/bewerken", "filled");
    const name = page.getByRole("textbox", { name: exactly(L("inventory.name")) });
    await name.fill("");
    await page.locator("main form button[type=submit]").click();
    await expect(name).toHaveAttribute("aria-invalid", "true");
    await expectErrorsLinked(page, "item edit");
    await crawl.scan(page, "inventaris/:itemId/bewerken", "form error");
    await visit(page, at("/inventaris/nieuw"));
    await page.locator("main form button[type=submit]").click();
    await expect(page.locator("[aria-invalid=true]").first()).toBeVisible();
    await expectErrorsLinked(page, "new item");
    await crawl.scan(page, "inventaris/nieuw", "form error");
    await visit(page, at("/inventaris"));
    await page.getByRole("searchbox").first().fill("zzzz-niets");
    await expect(page.locator(".sb-result-count")).toContainText("0");
    await crawl.scan(page, "inventaris", "no search results");
    await visit(page, at("/inventaris/gebieden"));
    await page.getByRole("button", { name: L("areasPage.add") }).click();
    await expect(page.locator("[aria-invalid=true]").first()).toBeVisible();
    await expectErrorsLinked(page, "areas");
    await crawl.scan(page, "inventaris/gebieden", "form error");
    await visit(page, at("/inventaris/importeren"));
    await page.getByLabel(L("importPage.file")).setInputFiles({
      name: "fout.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("naam;sfeer\n;onbekend\nBuurthuis;nergens\n"),
    });
    await page.getByRole("button", { name: L("importPage.read") }).click();
    await expect(page.getByRole("heading", { name: L("importPage.problemsTitle") })).toBeVisible();
    await crawl.scan(page, "inventaris/importeren", "file with problems");

    // Spheres: the move menu open.
    await visit(page, at("/sferen"));
    await page.getByRole("button", { name: L("board.moveItem", { name: item.name }) }).click();
    await expect(
      page.getByRole("button", {
        name: L("board.moveTo", { sphere: L("model.spheres.unplaced") }),
      }),
    ).toBeVisible();
    await crawl.scan(page, "sferen", "move menu open");

    // Delimitation: an item with results and the decision form, a missing item, the quick
    // check with answers, criteria being edited, invalid thresholds.
    await visit(page, at(`/afbakening/${item.id}`));
    await crawl.scan(page, "afbakening/:itemId", "filled");
    await visit(page, at(`/afbakening/${nobody}`));
    await crawl.scan(page, "afbakening/:itemId", "not found (error)");
    await visit(page, at("/afbakening/snelle-toets"));
    for (const group of await page.locator("main fieldset").all()) {
      await group.getByRole("radio").first().check();
    }
    await crawl.scan(page, "afbakening/snelle-toets", "answered");
    await visit(page, at("/afbakening/criteria"));
    await page
      .getByRole("button", { name: L("delimitation.edit") })
      .first()
      .click();
    await crawl.scan(page, "afbakening/criteria", "editing a criterion");
    await visit(page, at("/afbakening/instellingen"));
    await page.getByLabel(L("delimitation.settings.lower")).fill("90");
    await page.getByLabel(L("delimitation.settings.upper")).fill("10");
    await page.getByRole("button", { name: L("delimitation.settings.saveThresholds") }).click();
    await expect(page.locator("[aria-invalid=true]").first()).toBeVisible();
    await expectErrorsLinked(page, "thresholds");
    await crawl.scan(page, "afbakening/instellingen", "form error");

    // Expectations: a national one, a local one.
    await visit(page, at(`/verwachtingen/${national.id}`));
    await crawl.scan(page, "verwachtingen/:expectationId", "national");
    await visit(page, at(`/verwachtingen/${local.id}`));
    await crawl.scan(page, "verwachtingen/:expectationId", "local");
    await visit(page, at(`/verwachtingen/${nobody}`));
    await crawl.scan(page, "verwachtingen/:expectationId", "not found (error)");

    // Strengthening: confirmations open, form errors.
    await visit(page, at("/versterken/acties"));
    await page
      .getByRole("button", { name: L("strengthening.actions.removeLabel", { title: actionTitle }) })
      .click();
    await expect(
      page.getByRole("button", { name: L("strengthening.actions.removeYes") }),
    ).toBeVisible();
    await crawl.scan(page, "versterken/acties", "remove confirmation open");
    await visit(page, at("/versterken/acties"));
    await page.getByLabel(exactly(L("strengthening.actions.fields.budget"))).fill("veel");
    await page.getByLabel(exactly(L("strengthening.actions.fields.from"))).fill("2026-13");
    await page.getByRole("button", { name: L("strengthening.actions.add") }).click();
    await expect(page.locator("[aria-invalid=true]").first()).toBeVisible();
    await expectErrorsLinked(page, "action form");
    await crawl.scan(page, "versterken/acties", "form error");
    await visit(page, at("/versterken/indicatoren"));
    const ours = page
      .locator("section, article")
      .filter({ has: page.getByRole("heading", { name: indicator.name }) })
      .last();
    await page
      .getByRole("button", {
        name: L("strengthening.indicators.removeLabel", { name: indicator.name }),
      })
      .click();
    await expect(
      page.getByRole("button", { name: L("strengthening.indicators.removeYes") }),
    ).toBeVisible();
    await crawl.scan(page, "versterken/indicatoren", "remove confirmation open");
    await visit(page, at("/versterken/indicatoren"));
    await ours
      .getByRole("button", { name: L("strengthening.indicators.addMeasurement") })
      .first()
      .click();
    await expect(page.locator("[aria-invalid=true]").first()).toBeVisible();
    await expectErrorsLinked(page, "measurement form");
    await crawl.scan(page, "versterken/indicatoren", "form error");
    await visit(page, at("/versterken/momentopnames"));
    await page
      .getByRole("button", {
        name: L("strengthening.snapshots.removeLabel", { label: snapshot.label }),
      })
      .click();
    await expect(
      page.getByRole("button", { name: L("strengthening.snapshots.removeYes") }),
    ).toBeVisible();
    await crawl.scan(page, "versterken/momentopnames", "remove confirmation open");
    await visit(page, at("/versterken/momentopnames"));
    await page.getByRole("button", { name: L("strengthening.snapshots.compare") }).click();
    await expect(page.locator(".sb-comparison h3")).toBeVisible();
    await crawl.scan(page, "versterken/momentopnames", "comparison shown");

    // Members: an invitation link just made.
    await visit(page, at("/leden"));
    await page.getByRole("button", { name: L("members.createInvite") }).click();
    await expect(page.getByText(L("members.inviteCreated"))).toBeVisible();
    await crawl.scan(page, "leden", "invitation created");

    // Sessions: the form's errors, a planned session's agenda (and its errors), deleting.
    await visit(page, at("/bijeenkomsten"));
    await page.getByRole("button", { name: L("live.sessions.create") }).click();
    await expect(page.locator("[aria-invalid=true]").first()).toBeVisible();
    await expectErrorsLinked(page, "new session");
    await crawl.scan(page, "bijeenkomsten", "form error");
    await visit(page, at(`/bijeenkomsten/${planned.id}`));
    await crawl.scan(page, "bijeenkomsten/:sessionId", "planned, agenda editor");
    await page
      .getByRole("button", { name: new RegExp(`^${L("live.agenda.editStep")}`) })
      .first()
      .click();
    await crawl.scan(page, "bijeenkomsten/:sessionId", "planned, a step open for editing");
    const firstTitle = page.getByRole("textbox", { name: exactly(L("live.agenda.title")) }).first();
    await firstTitle.fill("");
    await page.getByRole("button", { name: L("live.agenda.save") }).click();
    await expect(firstTitle).toHaveAttribute("aria-invalid", "true");
    await expectErrorsLinked(page, "agenda");
    await crawl.scan(page, "bijeenkomsten/:sessionId", "agenda error");
    await visit(page, at(`/bijeenkomsten/${planned.id}`));
    await page.getByRole("button", { name: L("live.control.delete") }).click();
    await expect(page.getByRole("button", { name: L("live.control.deleteYes") })).toBeVisible();
    await crawl.scan(page, "bijeenkomsten/:sessionId", "delete confirmation open");
    await visit(page, at(`/bijeenkomsten/${nobody}`));
    await crawl.scan(page, "bijeenkomsten/:sessionId", "not found (error)");
    await visit(page, at(`/bijeenkomsten/${nobody}/scherm`));
    await crawl.scan(page, "w/:slug/bijeenkomsten/:sessionId/scherm", "not found (error)");

    // ---- A session run through: facilitator, presenter and a 320-px phone at every step. ----
    const controlPath = at(`/bijeenkomsten/${run.id}`);
    const presenter = await page.context().newPage();
    await presenter.goto(`${controlPath}/scherm`);
    await expect(presenter.locator("h1")).toBeVisible();
    await crawl.scan(presenter, "w/:slug/bijeenkomsten/:sessionId/scherm", "planned");
    const p = await phone(browser, baseURL, language);
    await p.page.goto("/doe-mee");
    await expect(p.page.locator("h1")).toBeVisible();
    await crawl.scan(p.page, "participant:/doe-mee", "code screen");
    await p.page.getByRole("button", { name: L("live.participant.next") }).click();
    await expect(p.page.getByRole("textbox")).toHaveAttribute("aria-invalid", "true");
    await expectErrorsLinked(p.page, "participant code");
    await crawl.scan(p.page, "participant:/doe-mee", "code error");
    // A link whose code cannot be one (a mistyped 2 or O): the code screen names the character.
    await p.page.goto("/doe-mee/ZZZZ0000");
    await expect(p.page.getByRole("alert")).toHaveText(
      L("live.participant.codeForeignCharacter", { character: "Z" }),
    );
    await expect(p.page.getByRole("textbox")).toHaveValue("ZZZZ0000");
    await expectErrorsLinked(p.page, "participant code from a link");
    await crawl.scan(p.page, "participant:/doe-mee/:code", "malformed code (error)");
    await p.page.goto("/doe-mee/AAAA3333");
    await expect(p.page.getByRole("alert")).toBeVisible();
    await crawl.scan(p.page, "participant:/doe-mee/:code", "unknown code (error)");
    await p.page.goto(`/doe-mee/${run.code}`);
    await expect(p.page.getByRole("button", { name: L("live.participant.join") })).toBeVisible();
    await crawl.scan(p.page, "participant:/doe-mee/:code", "join screen");
    await p.page.getByRole("button", { name: L("live.participant.join") }).click();
    await expect(
      p.page.getByRole("heading", { name: L("live.participant.waitingTitle") }),
    ).toBeVisible();
    await crawl.scan(p.page, "participant:/doe-mee/:code", "waiting for the start");

    await control(run.id, { action: "start" });
    await visit(page, controlPath);
    await crawl.scan(page, "bijeenkomsten/:sessionId", "running");
    await page.getByRole("button", { name: L("live.control.end") }).click();
    await expect(page.getByRole("button", { name: L("live.control.endYes") })).toBeVisible();
    await crawl.scan(page, "bijeenkomsten/:sessionId", "end confirmation open");
    await page.getByRole("button", { name: L("app.cancel") }).click();

    for (const step of run.steps) {
      const kind = step.kind;
      await control(run.id, { action: "goto", stepId: step.id });
      await expect(p.page.getByRole("heading", { level: 1, name: step.title })).toBeVisible();
      await crawl.scan(p.page, "participant:/doe-mee/:code", `${kind}: not yet open`);
      if (kind === "discuss") {
        await expect(presenter.getByRole("heading", { name: step.title })).toBeVisible();
        await crawl.scan(presenter, "w/:slug/bijeenkomsten/:sessionId/scherm", "discuss");
        await crawl.scan(page, "bijeenkomsten/:sessionId", "discuss");
        continue;
      }
      await control(run.id, { action: "open", stepId: step.id });
      await expect(p.page.getByText(L("live.participant.notOpen"))).toBeHidden();
      await crawl.scan(p.page, "participant:/doe-mee/:code", `${kind}: open`);
      if (kind === "open_question") {
        await p.page.getByRole("button", { name: L("live.participant.openSend") }).click();
        await expect(p.page.getByRole("textbox")).toHaveAttribute("aria-invalid", "true");
        await expectErrorsLinked(p.page, "open question");
        await crawl.scan(p.page, "participant:/doe-mee/:code", `${kind}: empty answer (error)`);
        await p.page.getByRole("textbox").fill(`Samen ${language}`);
        await p.page.getByRole("button", { name: L("live.participant.openSend") }).click();
        await expect(
          p.page.getByRole("status").filter({ hasText: `Samen ${language}` }),
        ).toBeVisible();
        await crawl.scan(p.page, "participant:/doe-mee/:code", `${kind}: sent`);
      } else {
        // Answer every target, then the overview of answers.
        const overview = p.page.getByRole("heading", {
          level: 2,
          name: L("live.participant.overviewTitle"),
        });
        for (let i = 0; i < 10 && !(await overview.isVisible()); i++) {
          if (kind === "score_items") {
            for (const group of await p.page.locator("main fieldset").all()) {
              await group.getByRole("radio").first().check();
            }
            await p.page.getByRole("navigation").getByRole("button").last().click();
          } else {
            const heading = await p.page.getByRole("heading", { level: 2 }).textContent();
            await p.page.locator(".p-choice").first().click();
            await expect(p.page.getByRole("heading", { level: 2 })).not.toHaveText(heading ?? "");
          }
        }
        await expect(overview).toBeVisible();
        await crawl.scan(p.page, "participant:/doe-mee/:code", `${kind}: overview`);
      }
      await visit(page, controlPath);
      await crawl.scan(page, "bijeenkomsten/:sessionId", `${kind}: open`);
      await crawl.scan(presenter, "w/:slug/bijeenkomsten/:sessionId/scherm", `${kind}: open`);
      await control(run.id, { action: "close", stepId: step.id });
      await control(run.id, { action: "reveal", stepId: step.id });
      await expect(p.page.getByText(L("live.participant.closed"))).toBeVisible();
      await crawl.scan(p.page, "participant:/doe-mee/:code", `${kind}: closed, results shown`);
      await visit(page, controlPath);
      await crawl.scan(page, "bijeenkomsten/:sessionId", `${kind}: results revealed`);
      await expect(presenter.locator(".sb-presenter__results")).toBeVisible();
      await crawl.scan(presenter, "w/:slug/bijeenkomsten/:sessionId/scherm", `${kind}: results`);
    }
    await control(run.id, { action: "end" });
    await expect(
      p.page.getByRole("heading", { name: L("live.participant.endedTitle") }),
    ).toBeVisible();
    await crawl.scan(p.page, "participant:/doe-mee/:code", "ended");
    await visit(page, controlPath);
    await crawl.scan(page, "bijeenkomsten/:sessionId", "ended");
    await presenter.reload();
    await expect(presenter.getByRole("heading", { name: L("live.presenter.ended") })).toBeVisible();
    await crawl.scan(presenter, "w/:slug/bijeenkomsten/:sessionId/scherm", "ended");
    await p.context.close();
    await presenter.close();

    // What this crawl added to the demo workspace goes again (other specs count its snapshots,
    // and a session's votes are scores): deleting a session deletes its votes.
    for (const path of [
      `${ws}/actions/${action.id}`,
      `${ws}/indicators/${indicator.id}`,
      `${ws}/snapshots/${snapshot.id}`,
      `${ws}/snapshots/${later.id}`,
      `${ws}/sessions/${planned.id}`,
      `${ws}/sessions/${run.id}`,
    ]) {
      await api(page, "DELETE", path);
    }

    // ---- Logged out: the public pages, the login form's errors and an invitation. ----
    await visit(page, "/werkruimtes");
    await page.getByRole("button", { name: L("auth.logout") }).click();
    await expect(page).toHaveURL(/\/inloggen$/);
    await crawl.scan(page, "inloggen", "empty");
    await page.getByRole("button", { name: exactly(L("auth.submit")) }).click();
    await expect(page.locator("[aria-invalid=true]")).toHaveCount(2);
    await expectErrorsLinked(page, "login");
    await crawl.scan(page, "inloggen", "form error");
    await page.getByLabel(L("auth.email")).fill(demo.email);
    await page.getByLabel(L("auth.password")).fill("niet-het-wachtwoord");
    await page.getByRole("button", { name: exactly(L("auth.submit")) }).click();
    await expect(page.getByRole("alert")).toBeVisible();
    await crawl.scan(page, "inloggen", "wrong password (error)");
    await page.goto("/");
    await expect(page).toHaveURL(/\/inloggen/);
    await crawl.scan(page, "index:/", "redirected to login");
    await visit(page, "/toegankelijkheid");
    await crawl.scan(page, "toegankelijkheid", "static");
    await visit(page, "/privacy");
    await crawl.scan(page, "privacy", "static");
    await visit(page, "/bestaat-niet");
    await crawl.scan(page, "*", "not found");
    await visit(page, new URL(invite.url).pathname);
    await crawl.scan(page, "uitnodiging/:token", "valid, new account form");
    await page.locator("main form button[type=submit]").click();
    await expect(page.locator("[aria-invalid=true]").first()).toBeVisible();
    await expectErrorsLinked(page, "invitation");
    await crawl.scan(page, "uitnodiging/:token", "form error");
    await visit(page, "/uitnodiging/niet-geldig");
    await crawl.scan(page, "uitnodiging/:token", "invalid (error)");

    // Every route was crawled, in this language.
    const seen = crawl.summary();
    expect(
      routes.filter((r) => !seen.has(r)),
      "routes not crawled",
    ).toEqual([]);
    const states = [...seen.values()].reduce((n, s) => n + s.size, 0);
    test.info().annotations.push({
      type: "crawl",
      description: `${language}: ${seen.size} routes, ${states} route×state pairs, ${crawl.visits.length} axe scans`,
    });
  });
}
