import { gzipSync } from "node:zlib";
import type { Browser, BrowserContext, Page, WebSocketRoute } from "@playwright/test";
import { expect, expectAxeClean, expectNoHorizontalScroll, login, test } from "./fixtures.ts";

test.use({ actionTimeout: 15_000 });

const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

/** Like the `page` fixture: any console error or uncaught exception fails the test. */
function watchErrors(page: Page, errors: string[], label: string) {
  page.on("console", (message) => {
    const handledRefusal = /Failed to load resource: .*status of 4\d\d/.test(message.text());
    if (message.type() === "error" && !handledRefusal) errors.push(`${label}: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`${label}: ${error.message}`));
}

async function openContext(
  browser: Browser,
  baseURL: string | undefined,
  options: Parameters<Browser["newContext"]>[0],
  errors: string[],
  label: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, locale: "nl-NL", ...options });
  const page = await context.newPage();
  watchErrors(page, errors, label);
  return { context, page };
}

/** Every target of a one-per-screen choice step is answered with `choose(index)`. */
async function answerAll(page: Page, choose: (index: number) => string, from = 0, until = 99) {
  for (let i = from; i < until; i++) {
    const overview = page.getByRole("heading", {
      level: 2,
      name: /^(Uw antwoorden|Your answers)$/,
    });
    if (await overview.isVisible()) return;
    const heading = page.getByRole("heading", { level: 2 });
    const before = await heading.textContent();
    await page.getByRole("button", { name: choose(i), exact: true }).click();
    await expect(page.getByRole("heading", { level: 2 })).not.toHaveText(before ?? "");
  }
}

/** Touch targets on the participant page: every button and option at least 44 px high. */
async function expectLargeTargets(page: Page, label: string) {
  const small = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("main button, main .p-option, main input")]
      .filter((el) => el.offsetParent !== null && !el.closest(".p-option"))
      .concat([...document.querySelectorAll<HTMLElement>("main .p-option")])
      .map((el) => ({
        text: el.textContent?.trim() ?? el.tagName,
        height: el.getBoundingClientRect().height,
      }))
      .filter(({ height }) => height > 0 && height < 44),
  );
  expect(small, `touch targets under 44 px on ${label}`).toEqual([]);
}

async function expectReflow(page: Page, label: string) {
  const size = page.viewportSize();
  // 320 CSS px wide, and 320 px at 200 % zoom (160 CSS px).
  for (const width of [320, 160]) {
    await page.setViewportSize({ width, height: 640 });
    await expectNoHorizontalScroll(page, `${label} at ${width}px`);
  }
  if (size) await page.setViewportSize(size);
}

test("a facilitator runs a session: phones join through the QR link, vote, reload, and the room sees the results", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const errors: string[] = [];

  // The facilitator plans a session from the 90-minute template.
  await login(page);
  await page.goto("/w/voorbeeldgemeente/bijeenkomsten");
  await expect(page.getByRole("heading", { level: 1, name: "Bijeenkomsten" })).toBeVisible();
  await page.getByLabel("Titel", { exact: true }).fill("Avond in het dorpshuis");
  await expect(page.getByRole("radio", { name: "Gespreksmodel in 90 minuten" })).toBeChecked();
  await page.getByRole("button", { name: "Bijeenkomst maken" }).click();
  await expect(page).toHaveURL(/\/w\/voorbeeldgemeente\/bijeenkomsten\/[0-9a-f-]{36}$/);
  const controlPath = new URL(page.url()).pathname;
  await expect(
    page.getByRole("heading", { level: 1, name: "Avond in het dorpshuis" }),
  ).toBeVisible();
  const agenda = page.getByRole("list").filter({ hasText: "Snelle toets: hoort dit erbij?" });
  await expect(agenda.getByRole("heading", { level: 3 })).toHaveCount(7);
  await expectAxeClean(page, "facilitator, planned agenda (nl)");

  // The agenda can be changed by keyboard while planned: move the quick check to the top.
  const up = page.getByRole("button", { name: "Omhoog: Snelle toets: hoort dit erbij?" });
  await up.focus();
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("button", { name: "Omhoog: Snelle toets: hoort dit erbij?" }),
  ).toBeDisabled();
  await expect(
    page.getByRole("button", { name: "Omlaag: Snelle toets: hoort dit erbij?" }),
  ).toBeFocused();
  await expect(agenda.getByRole("heading", { level: 3 }).first()).toHaveText(
    "1. Snelle toets: hoort dit erbij?",
  );
  await page.getByRole("button", { name: "Agenda opslaan" }).click();
  await expect(page.locator("[aria-live=polite]").last()).toContainText("De agenda is opgeslagen");

  const code = (await page.locator(".sb-live-code-inline--large").textContent())!.trim();
  expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  await page.getByRole("button", { name: "Bijeenkomst starten" }).click();
  await expect(page.getByText("bezig", { exact: true })).toBeVisible();
  await expectAxeClean(page, "facilitator, running (nl)");

  // The presenter screen in a second window shows the QR code and the code.
  const presenter = await openContext(
    browser,
    baseURL,
    { storageState: await page.context().storageState(), viewport: { width: 1280, height: 800 } },
    errors,
    "presenter",
  );
  await presenter.page.goto(`${controlPath}/scherm`);
  const qr = presenter.page.getByRole("img", { name: /^QR-code om mee te doen: / });
  await expect(qr).toBeVisible();
  await expect
    .poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    .toBe(true);
  await expect(presenter.page.getByText(code, { exact: true })).toBeVisible();
  await expect(presenter.page.getByRole("banner")).toHaveCount(0); // no site header: minimal chrome
  await expectAxeClean(presenter.page, "presenter (nl)");
  const joinUrl = ((await qr.getAttribute("alt")) ?? "").replace(/^QR-code om mee te doen: /, "");
  expect(joinUrl).toMatch(new RegExp(`/doe-mee/${code.replace("-", "")}$`));
  const joinPath = new URL(joinUrl).pathname;

  // Three phones open the link from the QR code, choose a group and join.
  const phones: { context: BrowserContext; page: Page }[] = [];
  const groups = ["gemeente", "inwoners", "welzijn / sociaal werk"];
  const scripts: string[] = [];
  for (const [i, group] of groups.entries()) {
    const p = await openContext(browser, baseURL, phone, errors, `phone ${i + 1}`);
    if (i === 0) {
      p.page.on("response", (r) => {
        if (r.request().resourceType() === "script") scripts.push(r.url());
      });
    }
    await p.page.goto(joinPath);
    await expect(
      p.page.getByRole("heading", { level: 1, name: "Avond in het dorpshuis" }),
    ).toBeVisible();
    if (i === 0) {
      await expectAxeClean(p.page, "participant join (nl)");
      await expectLargeTargets(p.page, "participant join");
      await expectReflow(p.page, "participant join");
    }
    await p.page.getByRole("radio", { name: group, exact: true }).check();
    await p.page.getByRole("button", { name: "Meedoen" }).click();
    await expect(
      p.page.getByRole("heading", { level: 1, name: "Snelle toets: hoort dit erbij?" }),
    ).toBeVisible();
    await expect(p.page.getByText("Deze vraag is nog niet geopend.")).toBeVisible();
    phones.push(p);
  }

  // The participant page stays within its budget: at most 100 KB of JavaScript, gzipped.
  let gzipped = 0;
  for (const url of new Set(scripts)) {
    gzipped += gzipSync(await (await page.request.get(url)).body(), { level: 9 }).length;
  }
  expect(scripts.length).toBeGreaterThan(0);
  expect(gzipped, "gzipped JavaScript of the participant page").toBeLessThanOrEqual(100_000);

  await expect(page.locator(".sb-live-figures dd").first()).toHaveText("3");
  await expect(presenter.page.locator(".sb-presenter__figures dd").first()).toHaveText("3");

  // The facilitator opens the quick check; every phone gets the first item.
  await page.getByRole("button", { name: "Openen: Snelle toets: hoort dit erbij?" }).click();
  // A later discussion step cannot show its results before the room gets there.
  await expect(page.locator("[data-action=goto]").first()).toBeVisible();
  await expect(page.getByRole("button", { name: /^Uitkomsten tonen: / })).toHaveCount(0);
  for (const p of phones) {
    await expect(p.page.getByRole("button", { name: "eerder wel", exact: true })).toBeVisible();
  }
  const [first, second, third] = phones as [
    (typeof phones)[0],
    (typeof phones)[0],
    (typeof phones)[0],
  ];
  const firstItem = (await first.page.getByRole("heading", { level: 2 }).textContent())!.trim();
  await expectAxeClean(first.page, "participant question (nl)");
  await expectLargeTargets(first.page, "participant question");
  await expectReflow(first.page, "participant question");

  // The room agrees on every item but the first: there phone 1 says "eerder wel", phone 2
  // "twijfel", phone 3 "eerder niet". Phone 3 answers three, reloads, and finds them again.
  const third0 = (i: number) => (i === 0 ? "eerder niet" : "eerder wel");
  await answerAll(first.page, () => "eerder wel");
  await answerAll(second.page, (i) => (i === 0 ? "twijfel" : "eerder wel"));
  await answerAll(third.page, third0, 0, 3);
  await third.page.reload();
  await expect(third.page.getByText("4 van 8")).toBeVisible();
  await third.page.getByRole("button", { name: "Vorige" }).click();
  await expect(third.page.getByText("3 van 8")).toBeVisible();
  await expect(third.page.getByRole("button", { name: "eerder wel", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await third.page.getByRole("button", { name: "Volgende" }).click();
  await answerAll(third.page, third0, 3);
  for (const p of phones) {
    await expect(p.page.getByRole("heading", { level: 2, name: "Uw antwoorden" })).toBeVisible();
  }
  await expect(third.page.getByRole("listitem").filter({ hasText: firstItem })).toContainText(
    "eerder niet",
  );
  await expect(third.page.getByRole("status")).toHaveText("");

  // Everyone answered: the facilitator closes and reveals; the presenter shows the results.
  await expect(page.locator(".sb-live-figures dd").nth(1)).toHaveText("3");
  await page.getByRole("button", { name: "Sluiten: Snelle toets: hoort dit erbij?" }).click();
  await page
    .getByRole("button", { name: "Uitkomsten tonen: Snelle toets: hoort dit erbij?" })
    .click();
  for (const p of phones) {
    await expect(p.page.getByText(/De uitkomsten ziet u op het grote scherm/)).toBeVisible();
  }
  const results = presenter.page.getByRole("table", { name: /^Uitkomsten van Snelle toets/ });
  await expect(results).toBeVisible();
  await expect(results.getByRole("rowheader")).toHaveCount(8);
  const row = results
    .getByRole("row")
    .filter({ has: presenter.page.getByRole("rowheader", { name: firstItem, exact: true }) });
  // eerder wel 1, twijfel 1, eerder niet 1: the only divided item comes first.
  await expect(row.getByRole("cell")).toHaveText(["", "1", "1", "1", /\d+%/]);
  await expect(results.getByRole("rowheader").first()).toHaveText(firstItem);
  await expect(presenter.page.locator("[aria-live=polite]").last()).toContainText(
    "Uitkomsten van Snelle toets: hoort dit erbij? worden getoond",
  );
  await expectAxeClean(presenter.page, "presenter with results (nl)");

  // The facilitator sees the same, with a link to record a decision about each item.
  const decide = page.getByRole("link", { name: `Besluit vastleggen: ${firstItem}` });
  await expect(decide).toHaveAttribute(
    "href",
    /\/w\/voorbeeldgemeente\/afbakening\/[0-9a-f-]{36}$/,
  );
  await expectAxeClean(page, "facilitator with results (nl)");

  // English: facilitator, presenter, participant question and join page.
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Agenda" })).toBeVisible();
  await expect(
    page.getByRole("button", { name: "Hide results: Snelle toets: hoort dit erbij?" }),
  ).toBeVisible();
  await expectAxeClean(page, "facilitator (en)");
  await presenter.page.getByRole("button", { name: "Switch to English" }).click();
  await expect(presenter.page.getByRole("heading", { name: "Join on your phone" })).toBeVisible();
  await expectAxeClean(presenter.page, "presenter (en)");
  await page.getByRole("button", { name: "Hide results: Snelle toets: hoort dit erbij?" }).click();
  await page.getByRole("button", { name: "Open: Snelle toets: hoort dit erbij?" }).click();
  await first.page.getByRole("button", { name: "Switch to English" }).click();
  await expect(first.page.getByRole("heading", { level: 2, name: "Your answers" })).toBeVisible();
  await first.page.getByRole("button", { name: `Change: ${firstItem}` }).click();
  await expect(first.page.getByRole("button", { name: "rather yes", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expectAxeClean(first.page, "participant question (en)");
  const english = await openContext(
    browser,
    baseURL,
    { ...phone, locale: "en-GB" },
    errors,
    "phone (en)",
  );
  await english.page.goto(joinPath);
  await expect(
    english.page.getByRole("group", { name: "Which group are you here for?" }),
  ).toBeVisible();
  await expectAxeClean(english.page, "participant join (en)");
  await english.page.goto("/doe-mee");
  await expect(english.page.getByRole("heading", { level: 1, name: "Join in" })).toBeVisible();
  await expectAxeClean(english.page, "participant code (en)");
  await expectReflow(english.page, "participant code");

  // Ending the session tells the phones.
  await page.getByRole("button", { name: "End session" }).click();
  await page.getByRole("button", { name: "Yes, end it" }).click();
  await expect(
    first.page.getByRole("heading", { level: 1, name: "The session has ended" }),
  ).toBeVisible();
  await expect(
    second.page.getByRole("heading", { level: 1, name: "De bijeenkomst is afgelopen" }),
  ).toBeVisible();

  for (const c of [presenter, english, ...phones]) await c.context.close();
  expect(errors, "console errors in the other windows").toEqual([]);
});

test("a participant types the code, and answers given offline wait and are sent on reconnect", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  await login(page);
  const created = await page.request.post("/api/v1/workspaces/voorbeeldgemeente/sessions", {
    data: { title: "Ronde van de wijk", date: "2026-05-01", template: "gespreksmodel-90" },
    headers: { origin: baseURL ?? "" },
  });
  expect(created.status()).toBe(201);
  const session = (await created.json()) as {
    id: string;
    code: string;
    steps: { id: string; kind: string; title: string }[];
  };
  const controlPath = `/w/voorbeeldgemeente/bijeenkomsten/${session.id}`;
  const quick = session.steps.find((s) => s.kind === "quick_vote")!;
  await page.goto(controlPath);
  await page.getByRole("button", { name: "Bijeenkomst starten" }).click();
  await page.getByRole("button", { name: `Openen: ${quick.title}` }).click();

  const p = await openContext(browser, baseURL, phone, errors, "phone");
  let offline = false;
  const sockets: { route: WebSocketRoute; server: WebSocketRoute }[] = [];
  await p.context.routeWebSocket(/\/api\/v1\/live\/ws$/, (route) => {
    if (offline) return route.close({ code: 4000, reason: "offline" });
    sockets.push({ route, server: route.connectToServer() });
  });
  await p.page.goto("/doe-mee");
  await expect(p.page.getByRole("heading", { level: 1, name: "Doe mee" })).toBeVisible();
  await expectAxeClean(p.page, "participant code (nl)");
  await p.page.getByLabel("Code").fill("qh7k");
  await p.page.getByRole("button", { name: "Verder" }).click();
  await expect(p.page.getByRole("alert")).toContainText("Een code heeft 8 letters en cijfers");
  // A character codes never hold is named, so the participant knows what to look at again.
  await p.page.getByLabel("Code").fill("ABCD-EFGH");
  await p.page.getByRole("button", { name: "Verder" }).click();
  await expect(p.page.getByRole("alert")).toContainText("De code bevat “B”");
  await p.page.getByLabel("Code").fill(session.code.toLowerCase().replace(/(....)/, "$1 "));
  await p.page.getByRole("button", { name: "Verder" }).click();
  await expect(p.page).toHaveURL(new RegExp(`/doe-mee/${session.code}$`));
  await p.page.getByRole("button", { name: "Meedoen" }).click();
  await expect(p.page.getByRole("button", { name: "twijfel", exact: true })).toBeVisible();

  // The connection drops and the server cannot be reached: answers wait on the device, in
  // storage, and go out when the connection is back.
  offline = true;
  for (const { route, server } of sockets.splice(0)) {
    await route.close({ code: 4000, reason: "network gone" });
    await server.close();
  }
  const status = p.page.getByRole("status");
  await expect(status).toContainText("Geen verbinding");
  await p.page.getByRole("button", { name: "twijfel", exact: true }).click();
  await p.page.getByRole("button", { name: "eerder niet", exact: true }).click();
  await expect(status).toContainText("2 antwoorden wachten om verstuurd te worden");
  await expectAxeClean(p.page, "participant offline (nl)");
  offline = false;
  await p.page.evaluate(() => window.dispatchEvent(new Event("online")));
  await expect(status).toHaveText("");
  await expect(page.locator(".sb-live-figures dd").nth(1)).toHaveText("1");
  await p.page.reload();
  await p.page.getByRole("button", { name: "Vorige" }).click();
  await expect(p.page.getByRole("button", { name: "eerder niet", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );

  // An open question: the answer is moderated before the room sees it.
  const welcome = session.steps.find((s) => s.kind === "open_question")!;
  await page.getByRole("button", { name: `Openen: ${welcome.title}` }).click();
  await p.page.getByLabel(/^Wat is voor u de sociale basis/).fill("Buren die naar elkaar omkijken");
  await p.page.getByRole("button", { name: "Versturen" }).click();
  await expect(p.page.getByText("Uw antwoord: Buren die naar elkaar omkijken")).toBeVisible();
  await page.getByRole("button", { name: "Goedkeuren: Buren die naar elkaar omkijken" }).click();
  await expect(page.getByText("goedgekeurd", { exact: true })).toBeVisible();
  // "Goedkeuren" went away: focus is on the answer's other button, not at the top of the page.
  await expect(
    page.getByRole("button", { name: "Verbergen: Buren die naar elkaar omkijken" }),
  ).toBeFocused();
  await page.getByRole("button", { name: `Sluiten: ${welcome.title}` }).click();
  await page.getByRole("button", { name: `Uitkomsten tonen: ${welcome.title}` }).click();
  await expect(page.getByRole("list", { name: "Goedgekeurde antwoorden" })).toContainText(
    "Buren die naar elkaar omkijken",
  );

  // Scoring on the criteria: the default wording comes from the catalogue, grouped per set.
  const score = session.steps.find((s) => s.kind === "score_items")!;
  await page.getByRole("button", { name: `Openen: ${score.title}` }).click();
  await expect(
    p.page.getByRole("heading", { name: "We rekenen iets eerder tot de sociale basis als…" }),
  ).toBeVisible();
  const criterion = p.page.getByRole("group", {
    name: "er geen indicatie nodig is om mee te doen",
  });
  await criterion.getByRole("radio", { name: "ja", exact: true }).check();
  await expect(page.locator(".sb-live-figures dd").nth(1)).toHaveText("1");
  await expectAxeClean(p.page, "participant scoring (nl)");
  await p.page.reload();
  await expect(
    p.page
      .getByRole("group", { name: "er geen indicatie nodig is om mee te doen" })
      .getByRole("radio", { name: "ja", exact: true }),
  ).toBeChecked();
  await p.context.close();
  expect(errors, "console errors in the other windows").toEqual([]);
});
