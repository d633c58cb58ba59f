import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  return [...text.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]!);
}

function resolved(file: string, specifier: string): string {
  return specifier.startsWith(".")
    ? path.relative(root, path.resolve(path.dirname(file), specifier))
    : specifier;
}

describe("architecture", () => {
  it("domain imports nothing but domain, zod and itself (no Node, DOM or I/O)", () => {
    const offenders = sourceFiles(path.join(root, "src/domain")).flatMap((file) =>
      importsOf(file)
        .map((s) => resolved(file, s))
        .filter(
          (target) =>
            !(target.startsWith("src/domain") || ["zod", "vitest", "fast-check"].includes(target)),
        )
        .map((target) => `${path.relative(root, file)} → ${target}`),
    );
    expect(offenders).toEqual([]);
  });

  it("web and server do not import each other; no web feature imports another", () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(path.join(root, "src"))) {
      const from = path.relative(root, file);
      for (const target of importsOf(file).map((s) => resolved(file, s))) {
        if (from.startsWith("src/web") && /^src\/(server|cli)/.test(target))
          offenders.push(`${from} → ${target}`);
        if (from.startsWith("src/server") && /^src\/(web|cli)/.test(target))
          offenders.push(`${from} → ${target}`);
        const feature = from.match(/^src\/web\/features\/([^/]+)/)?.[1];
        const targetFeature = target.match(/^src\/web\/features\/([^/]+)/)?.[1];
        if (feature && targetFeature && feature !== targetFeature)
          offenders.push(`${from} → ${target}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("only the env module reads process.env", () => {
    const readers = sourceFiles(path.join(root, "src"))
      .filter((file) => !file.endsWith(".test.ts"))
      .filter((file) => fs.readFileSync(file, "utf8").includes("process.env"))
      .map((file) => path.relative(root, file));
    expect(readers).toEqual(["src/server/config/env.ts"]);
  });
});
