import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3199);
const baseURL = `http://localhost:${port}`;
const dataDir = ".test-results/e2e-data";

export const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
// Without these, Chromium keeps dialling Google services this machine cannot reach.
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export default defineConfig({
  testDir: "test/e2e",
  outputDir: ".test-results/playwright",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: [["list"], ["json", { outputFile: ".test-results/playwright.json" }]],
  use: {
    baseURL,
    locale: "nl-NL",
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumArgs,
    },
  },
  webServer: {
    command: `rm -rf ${dataDir} && node bin/sociale-basis.js serve --build-if-needed`,
    url: `${baseURL}/healthz`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      LOGIN_MAX_PER_IP: "1000",
      LOGIN_MAX_PER_ACCOUNT: "1000",
    },
  },
});
