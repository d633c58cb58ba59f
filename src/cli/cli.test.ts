import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../../bin/sociale-basis.js", import.meta.url));
const cleanup: (() => void)[] = [];
afterAll(() => {
  for (const undo of cleanup) undo();
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sb-cli-"));
  cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: "utf8",
    timeout: 60_000,
    env: { PATH: process.env.PATH, LOG_LEVEL: "warn", ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

// Every case starts real processes, each opening and migrating an embedded database: on a busy
// two-core machine one start takes several seconds, so these cases get more than the default.
describe("sociale-basis CLI", { timeout: 180_000 }, () => {
  it("lists its commands in --help", () => {
    const { status, stdout } = cli(["--help"]);
    expect(status).toBe(0);
    for (const command of ["serve", "migrate", "demo", "create-user"]) {
      expect(stdout).toContain(command);
    }
  });

  it("creates a user, refuses the same email twice, and resets the demo", () => {
    const dataDir = tempDir();
    const created = cli(
      ["create-user", "--email", "Beleid@Gemeente.nl", "--password", "een lang wachtwoord"],
      { DATA_DIR: dataDir },
    );
    expect(created.stdout).toContain("beleid@gemeente.nl");
    expect(created.status).toBe(0);
    const again = cli(
      ["create-user", "--email", "beleid@gemeente.nl", "--password", "een lang wachtwoord"],
      { DATA_DIR: dataDir },
    );
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("bestaat al een account");
    const demo = cli(["demo"], { DATA_DIR: dataDir });
    expect(demo.status).toBe(0);
    expect(demo.stdout).toContain("Voorbeeldgemeente");
    expect(demo.stdout).toContain("demo@example.org");
  });

  it("imports a Windows-1252 spreadsheet, refuses a bad one whole, and exports what re-imports", () => {
    const dataDir = tempDir();
    expect(cli(["demo"], { DATA_DIR: dataDir }).status).toBe(0);
    const good = path.join(dataDir, "inventaris.csv");
    const text =
      "naam;sfeer;gebied\r\nCafé Zuid;gemeenschappelijk;Zuid\r\nÉén-op-één hulp;;Noord\r\n";
    fs.writeFileSync(good, Buffer.from([...text].map((ch) => ch.charCodeAt(0))));
    const imported = cli(["import", good, "--workspace", "voorbeeldgemeente"], {
      DATA_DIR: dataDir,
    });
    expect(imported.stderr).toBe("");
    expect(imported.stdout).toContain("windows-1252");
    expect(imported.stdout).toContain(
      "2 ingrediënten geïmporteerd in Voorbeeldgemeente; 1 nieuwe gebieden",
    );
    expect(imported.status).toBe(0);

    const bad = path.join(dataDir, "fout.csv");
    fs.writeFileSync(bad, "naam,sfeer\nGoed,persoonlijk\n,persoonlijk\nRaar,hemel\n");
    const refused = cli(["import", bad, "--workspace", "voorbeeldgemeente"], { DATA_DIR: dataDir });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("regel 3: naam ontbreekt");
    expect(refused.stderr).toContain("regel 4: onbekende sfeer 'hemel'");

    const out = path.join(dataDir, "export.csv");
    const exported = cli(["export", "voorbeeldgemeente", "--format", "csv", "--out", out], {
      DATA_DIR: dataDir,
    });
    expect(exported.status).toBe(0);
    const csv = fs.readFileSync(out, "utf8");
    expect(csv).toContain("Café Zuid");
    expect(csv).toContain("Één-op-één hulp");
    expect(csv).not.toContain("Goed");
    const dryRun = cli(["import", out, "--workspace", "voorbeeldgemeente", "--dry-run"], {
      DATA_DIR: dataDir,
    });
    expect(dryRun.status).toBe(0);
    expect(dryRun.stdout).toContain("Mogelijk dubbel");
  });

  it("exports every format, backs up, restores into an empty instance with the same export, and refuses bad restores", () => {
    const source = tempDir();
    const target = tempDir();
    expect(cli(["demo"], { DATA_DIR: source }).status).toBe(0);
    for (const format of ["docx", "xlsx", "hsds", "json"]) {
      const out = path.join(source, `rapport.${format}`);
      const exported = cli(["export", "voorbeeldgemeente", "--format", format, "--out", out], {
        DATA_DIR: source,
      });
      expect(exported.stderr).toBe("");
      expect(exported.status).toBe(0);
      expect(fs.statSync(out).size).toBeGreaterThan(1000);
    }
    const all = cli(
      [
        "export",
        "voorbeeldgemeente",
        "--format",
        "csv",
        "--entity",
        "all",
        "--out",
        path.join(source, "csv"),
      ],
      { DATA_DIR: source },
    );
    expect(all.status).toBe(0);
    expect(fs.readdirSync(path.join(source, "csv"))).toHaveLength(6);
    expect(
      cli(["export", "voorbeeldgemeente", "--format", "pdf"], { DATA_DIR: source }).stderr,
    ).toContain("onbekend formaat 'pdf'");

    const file = path.join(source, "backup.json");
    const backup = cli(["backup", "voorbeeldgemeente", "--out", file], { DATA_DIR: source });
    expect(backup.status).toBe(0);
    expect(backup.stdout).toContain("zonder wachtwoorden");
    const restored = cli(["restore", file], { DATA_DIR: target });
    expect(restored.stderr).toBe("");
    expect(restored.status).toBe(0);
    expect(restored.stdout).toContain(
      "Werkruimte Voorbeeldgemeente (voorbeeldgemeente) is teruggezet",
    );
    expect(restored.stdout).toContain("demo@example.org");

    const json = (dataDir: string) => {
      const out = path.join(dataDir, "check.json");
      expect(
        cli(["export", "voorbeeldgemeente", "--format", "json", "--out", out], {
          DATA_DIR: dataDir,
        }).status,
      ).toBe(0);
      return { ...JSON.parse(fs.readFileSync(out, "utf8")), generatedAt: null };
    };
    expect(json(target)).toEqual(json(source));

    const again = cli(["restore", file], { DATA_DIR: target });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("bestaat al");
    expect(again.stderr).toContain("--replace");
    // --replace puts the backup over the workspace it came from, and a cut-off file replaces
    // nothing: the workspace stays as it was.
    const cutOff = path.join(source, "cut.json");
    fs.writeFileSync(cutOff, fs.readFileSync(file).subarray(0, 5000));
    expect(cli(["restore", cutOff, "--replace"], { DATA_DIR: target }).status).toBe(1);
    expect(json(target)).toEqual(json(source));
    const replaced = cli(["restore", file, "--replace"], { DATA_DIR: target });
    expect(replaced.stderr).toBe("");
    expect(replaced.status).toBe(0);
    expect(replaced.stdout).toContain("is vervangen door de back-up");
    expect(json(target)).toEqual(json(source));
    const truncated = path.join(source, "half.json");
    fs.writeFileSync(truncated, fs.readFileSync(file).subarray(0, 5000));
    const refused = cli(["restore", truncated], { DATA_DIR: tempDir() });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("Er is niets teruggezet");

    const password = cli(
      ["create-user", "--email", "demo@example.org", "--password", "een lang wachtwoord"],
      { DATA_DIR: target },
    );
    expect(password.status).toBe(0);
    expect(password.stdout).toContain("heeft nu een wachtwoord");
  });

  it("refuses bad input to create-user without touching the database", () => {
    const dataDir = tempDir();
    const result = cli(["create-user", "--email", "geen-email", "--password", "kort"], {
      DATA_DIR: dataDir,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/ongeldige invoer.*email.*password/);
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });

  it("says clearly that the data directory is in use by a running process, and does not hang", () => {
    const dataDir = tempDir();
    // Stand-in for a running server: a live process named in the lock file.
    const holder: ChildProcess = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    cleanup.push(() => holder.kill());
    fs.writeFileSync(
      path.join(dataDir, "sociale-basis.lock"),
      JSON.stringify({ pid: holder.pid, since: new Date() }),
    );
    const started = Date.now();
    const result = cli(["demo"], { DATA_DIR: dataDir });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`in gebruik door een ander proces (pid ${holder.pid})`);
    expect(result.stderr.split("\n")).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it("fails with one clear line on a bad DATABASE_URL, an unwritable DATA_DIR or a bad PORT", () => {
    const badUrl = cli(["migrate"], { DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" });
    expect(badUrl.status).toBe(1);
    expect(badUrl.stderr.split("\n")).toHaveLength(1);
    expect(badUrl.stderr).toContain("Kan geen verbinding maken met PostgreSQL op 127.0.0.1:1/none");

    const notAUrl = cli(["migrate"], { DATABASE_URL: "mysql://x" });
    expect(notAUrl.status).toBe(1);
    expect(notAUrl.stderr).toContain("DATABASE_URL");

    const file = path.join(tempDir(), "een-bestand");
    fs.writeFileSync(file, "");
    const unwritable = cli(["serve"], { DATA_DIR: path.join(file, "data") });
    expect(unwritable.status).toBe(1);
    expect(unwritable.stderr.split("\n")).toHaveLength(1);
    expect(unwritable.stderr).toContain("niet beschrijfbaar");

    const badPort = cli(["serve"], { PORT: "zeventig" });
    expect(badPort.status).toBe(1);
    expect(badPort.stderr).toContain("PORT");
  });
});
