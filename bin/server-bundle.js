// Builds the server bundle, dist/server/main.mjs, when a source is newer than it (or it is
// missing). The server runs from the bundle rather than compiling TypeScript as it loads: that
// keeps about 80 MB of compiler and loader-thread memory out of the running server (decision 004).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const entry = path.join(root, "src/cli/main.ts");
const outDir = path.join(root, "dist/server");
export const bundlePath = path.join(outDir, "main.mjs");
const inputs = ["src/cli", "src/server", "src/domain", "package-lock.json", "bin/server-bundle.js"];

function newestMtime(file) {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(file)) {
    newest = Math.max(newest, newestMtime(path.join(file, child)));
  }
  return newest;
}

function isFresh() {
  const built = fs.statSync(bundlePath, { throwIfNoEntry: false });
  if (!built) return false;
  // Installed without sources: the bundle is all there is.
  if (!fs.existsSync(entry)) return true;
  return inputs.every((input) => newestMtime(path.join(root, input)) <= built.mtimeMs);
}

/** Returns the bundle's path, building it first when needed. */
export async function ensureServerBundle() {
  if (isFresh()) return bundlePath;
  const { build } = await import("esbuild");
  // Built beside, then renamed into place: processes starting together never load half a file.
  fs.mkdirSync(outDir, { recursive: true });
  const staging = fs.mkdtempSync(path.join(root, "dist/.server-build-"));
  try {
    await build({
      entryPoints: [entry],
      outfile: path.join(staging, "main.mjs"),
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      packages: "external",
      sourcemap: "linked",
      logLevel: "warning",
    });
    fs.renameSync(path.join(staging, "main.mjs.map"), `${bundlePath}.map`);
    fs.renameSync(path.join(staging, "main.mjs"), bundlePath);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  return bundlePath;
}
