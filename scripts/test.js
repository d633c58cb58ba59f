#!/usr/bin/env node
// Runs every test suite the machine can run and ends with one line: "N passed, N failed".
//   1. unit + integration tests on PGlite (always)
//   2. integration tests again on PostgreSQL, when TEST_DATABASE_URL is set
//   3. browser tests in Chromium (CHROMIUM_PATH, else /usr/bin/chromium); skipped with a
//      notice when there is no Chromium, except with CI=true, where that is a failure.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const resultsDir = ".test-results";
fs.mkdirSync(resultsDir, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(command, args, env = {}) {
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
  return result.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

function vitestSuite(name, args, env) {
  const outputFile = path.join(resultsDir, `vitest-${name}.json`);
  fs.rmSync(outputFile, { force: true });
  const status = run(
    "npx",
    [
      "vitest",
      "run",
      ...args,
      "--reporter=default",
      "--reporter=json",
      `--outputFile=${outputFile}`,
    ],
    env,
  );
  const report = readJson(outputFile);
  const passed = report?.numPassedTests ?? 0;
  let failed = report?.numFailedTests ?? 0;
  const skipped = (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0);
  // A crash outside any test (a broken import, an unhandled error) still fails the suite.
  if (status !== 0 && failed === 0) failed = 1;
  record(name, passed, failed, skipped);
}

function record(name, passed, failed, skipped) {
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  lines.push(`  ${name}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
}

vitestSuite("pglite", [], { TEST_DB_DRIVER: "pglite" });

if (process.env.TEST_DATABASE_URL) {
  vitestSuite("postgres", ["--project", "integration-postgres"], { TEST_DB_DRIVER: "postgres" });
} else {
  lines.push(
    "  postgres: not run (set TEST_DATABASE_URL to run the integration tests on PostgreSQL)",
  );
}

const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (fs.existsSync(chromium)) {
  const reportFile = path.join(resultsDir, "playwright.json");
  fs.rmSync(reportFile, { force: true });
  const status = run("npx", ["playwright", "test"], { CHROMIUM_PATH: chromium });
  const stats = readJson(reportFile)?.stats;
  const passed = (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  let failed = stats?.unexpected ?? 0;
  if (status !== 0 && failed === 0) failed = 1;
  record("browser", passed, failed, stats?.skipped ?? 0);
} else if (process.env.CI === "true") {
  process.stderr.write(`Browser tests: no Chromium at ${chromium}. In CI that is a failure.\n`);
  record("browser", 0, 1, 0);
} else {
  const notice = `Browser tests SKIPPED: no Chromium at ${chromium} (install it, or set CHROMIUM_PATH).`;
  process.stderr.write(`\n*** ${notice} ***\n`);
  lines.push(`  browser: ${notice}`);
}

fs.writeFileSync(path.join(resultsDir, "summary.json"), JSON.stringify(totals));
process.stdout.write(`\n${lines.join("\n")}\n`);
process.stdout.write(
  `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`,
);
process.exit(totals.failed > 0 ? 1 : 0);
