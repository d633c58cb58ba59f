// `npm run bench:lighthouse [-- --runs N] [--strict] [--out DIR]`: Lighthouse (Node API) against the real
// server and Debian's Chromium. See "Lighthouse" in bench/README.md. Prints a table, then, last,
// one JSON line. With --strict the exit code is 1 when a target is missed.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig, type Flags, type Result } from "lighthouse";
import { chromiumArgs, chromiumPath } from "../playwright.config.ts";
import { buildWeb, webBuildIsStale } from "../src/cli/web-build.ts";
import { liveApi } from "../test/live-clients.ts";
import { demo, login, spawnServer } from "../test/server-process.ts";

const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    strict: { type: "boolean", default: false },
    /** Writes each run's full Lighthouse report (JSON) into this directory. */
    out: { type: "string" },
  },
});
const runs = Math.max(1, Number(args.runs));
const log = (line: string) => process.stderr.write(`${line}\n`);

type Category = "accessibility" | "performance";

interface Page {
  name: string;
  path: string;
  profile: "mobile" | "desktop";
  categories: Category[];
  /** Lowest score (0–100) each category must reach. */
  targets: Partial<Record<Category, number>>;
  /** Sent with every request (the session cookie for pages behind the login). */
  headers?: Record<string, string>;
}

interface Measured {
  page: string;
  url: string;
  profile: string;
  /** Median score per category over the runs (0–100). */
  scores: Partial<Record<Category, number>>;
  runs: Partial<Record<Category, number[]>>;
  targets: Partial<Record<Category, number>>;
  met: boolean;
  /** Median of the runs, in ms (performance only). */
  metrics?: Record<string, number>;
  /** Audits of the measured categories that did not pass, with in how many runs. */
  failing: string[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const metricIds = {
  fcp: "first-contentful-paint",
  lcp: "largest-contentful-paint",
  tbt: "total-blocking-time",
  cls: "cumulative-layout-shift",
  si: "speed-index",
} as const;

/** Audits that count for a category's score and did not reach 1 (weight > 0). */
function failingAudits(lhr: Result, category: Category): string[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  return refs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id]!)
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map((audit) => `${category}:${audit.id}`);
}

async function measure(page: Page, base: string, port: number): Promise<Measured> {
  const url = `${base}${page.path}`;
  const perCategory: Partial<Record<Category, number[]>> = {};
  const metricRuns: Record<string, number[]> = {};
  const failing = new Map<string, number>();
  for (let run = 0; run < runs; run++) {
    const flags: Flags = {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: page.categories,
      ...(page.headers ? { extraHeaders: page.headers } : {}),
    };
    const result = await lighthouse(
      url,
      flags,
      page.profile === "desktop" ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    const lhr = result.lhr;
    if (args.out) {
      fs.mkdirSync(args.out, { recursive: true });
      const file = `${page.name.replace(/\W+/g, "-")}-${page.profile}-${run + 1}.json`;
      fs.writeFileSync(path.join(args.out, file), JSON.stringify(lhr, null, 1));
    }
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
    if (lhr.finalDisplayedUrl !== url) {
      throw new Error(`${url} ended at ${lhr.finalDisplayedUrl} (not logged in?)`);
    }
    for (const category of page.categories) {
      const score = lhr.categories[category]?.score;
      if (score === null || score === undefined) throw new Error(`${url}: no ${category} score`);
      perCategory[category] = [...(perCategory[category] ?? []), Math.round(score * 100)];
      for (const audit of failingAudits(lhr, category)) {
        failing.set(audit, (failing.get(audit) ?? 0) + 1);
      }
    }
    if (page.categories.includes("performance")) {
      for (const [name, id] of Object.entries(metricIds)) {
        metricRuns[name] = [
          ...(metricRuns[name] ?? []),
          lhr.audits[id]!.numericValue ?? Number.NaN,
        ];
      }
    }
    log(
      `${page.name} (${page.profile}) run ${run + 1}/${runs}: ${page.categories
        .map((c) => `${c} ${perCategory[c]!.at(-1)}`)
        .join(", ")}`,
    );
  }
  const scores = Object.fromEntries(
    Object.entries(perCategory).map(([category, values]) => [category, median(values)]),
  ) as Partial<Record<Category, number>>;
  const met = Object.entries(page.targets).every(
    ([category, target]) => (scores[category as Category] ?? 0) >= target,
  );
  return {
    page: page.name,
    url: page.path,
    profile: page.profile,
    scores,
    runs: perCategory,
    targets: page.targets,
    met,
    ...(Object.keys(metricRuns).length
      ? {
          metrics: Object.fromEntries(
            Object.entries(metricRuns).map(([name, values]) => [
              name,
              name === "cls"
                ? Math.round(median(values) * 1000) / 1000
                : Math.round(median(values)),
            ]),
          ),
        }
      : {}),
    failing: [...failing]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([audit, times]) => `${audit} (${times}/${runs})`),
  };
}

function table(results: Measured[]): string {
  const rows = [
    ["page", "profile", "accessibility", "performance", "target", "met"],
    ...results.map((r) => [
      `${r.page} (${r.url})`,
      r.profile,
      r.scores.accessibility === undefined ? "—" : String(r.scores.accessibility),
      r.scores.performance === undefined ? "—" : String(r.scores.performance),
      Object.entries(r.targets)
        .map(([category, target]) => `${category.slice(0, 4)} ≥ ${target}`)
        .join(", "),
      r.met ? "yes" : "NO",
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const lines = rows.map((row) => row.map((cell, i) => cell.padEnd(widths[i]!)).join("  "));
  lines.splice(1, 0, widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of results) {
    if (r.metrics) {
      const m = r.metrics;
      lines.push(
        `${r.page}: FCP ${m.fcp} ms, LCP ${m.lcp} ms, TBT ${m.tbt} ms, CLS ${m.cls}, SI ${m.si} ms (medians, simulated mobile throttling)`,
      );
    }
    if (r.failing.length)
      lines.push(`${r.page} (${r.profile}) audits not passed: ${r.failing.join(", ")}`);
  }
  return lines.join("\n");
}

if (webBuildIsStale()) {
  log("building the web app (dist/web is missing or stale)…");
  await buildWeb();
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sb-bench-lighthouse-"));
const server = await spawnServer({ DATA_DIR: dataDir });
let chrome: chromeLauncher.LaunchedChrome | undefined;
try {
  const cookie = await login(server.url);
  const api = liveApi(server.url, cookie, demo.slug);
  const items = (await api.items()).slice(0, 10);
  const session = await api.createSession({
    title: "Lighthouse",
    date: "2026-12-01",
    template: "gespreksmodel-90",
    itemIds: items.map((i) => i.id),
  });
  await api.control(session.id, { action: "start" });

  chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ["--headless=new", ...chromiumArgs],
  });

  const pages: Page[] = [
    {
      name: "participant page",
      path: `/doe-mee/${session.code}`,
      profile: "mobile",
      categories: ["accessibility", "performance"],
      targets: { accessibility: 100, performance: 90 },
    },
    {
      name: "Inventaris",
      path: `/w/${demo.slug}/inventaris`,
      profile: "mobile",
      categories: ["accessibility"],
      targets: { accessibility: 100 },
      headers: { cookie },
    },
    {
      name: "Inventaris",
      path: `/w/${demo.slug}/inventaris`,
      profile: "desktop",
      categories: ["accessibility"],
      targets: { accessibility: 100 },
      headers: { cookie },
    },
  ];
  const results: Measured[] = [];
  for (const page of pages) results.push(await measure(page, server.url, chrome.port));

  const chromiumVersion = (await (
    await fetch(`http://127.0.0.1:${chrome.port}/json/version`)
  ).json()) as {
    Browser: string;
  };
  const { default: lighthousePackage } = await import("lighthouse/package.json", {
    with: { type: "json" },
  });
  const targetsMet = results.every((r) => r.met);
  process.stdout.write(`${table(results)}\n`);
  process.stdout.write(
    `${JSON.stringify({
      name: "lighthouse",
      lighthouse: lighthousePackage.version,
      browser: chromiumVersion.Browser,
      node: process.version,
      runs,
      targetsMet,
      results,
    })}\n`,
  );
  if (args.strict && !targetsMet) process.exitCode = 1;
} finally {
  await chrome?.kill();
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
