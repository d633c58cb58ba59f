import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../../bin/sociale-basis.js", import.meta.url));
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sb-cli-purge-"));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe("sociale-basis purge", { timeout: 180_000 }, () => {
  it("purges what is due and says how many sessions and old log entries it purged", () => {
    const result = spawnSync(process.execPath, [bin, "purge"], {
      encoding: "utf8",
      timeout: 120_000,
      env: { PATH: process.env.PATH, LOG_LEVEL: "warn", DATA_DIR: dataDir },
    });
    expect(result.stderr.trim()).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^Van 0 afgelopen bijeenkomsten zijn de ruwe gegevens verwijderd\.\n0 oude logboekregels buiten werkruimtes \(inloggen, account\) zijn verwijderd\.\n$/,
    );
  });
});
