import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../server/config/paths.ts";

const webInputs = ["src/web", "src/domain", "vite.config.ts", "package-lock.json"];
const builtIndex = path.join(projectRoot, "dist/web/index.html");

function newestMtime(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) {
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

/** True when dist/web is missing or older than any of its sources. */
export function webBuildIsStale(): boolean {
  const built = fs.statSync(builtIndex, { throwIfNoEntry: false });
  if (!built) return true;
  const sourcesExist = fs.existsSync(path.join(projectRoot, "src/web"));
  if (!sourcesExist) return false;
  return webInputs.some((input) => newestMtime(path.join(projectRoot, input)) > built.mtimeMs);
}

export async function buildWeb(): Promise<void> {
  const { build } = await import("vite");
  await build({
    configFile: path.join(projectRoot, "vite.config.ts"),
    logLevel: "warn",
  });
}
