import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { catalogues } from "./src/domain/i18n/index.ts";
import { participantCatalogueKeys, pickKeys } from "./src/web/participant/catalogue-keys.ts";

const web = (file: string) => fileURLToPath(new URL(`./src/web/${file}`, import.meta.url));

/**
 * `virtual:participant-catalogues`: the few catalogue entries the participant page uses, so its
 * script stays small without a second copy of any text.
 */
function participantCatalogues(): Plugin {
  const id = "virtual:participant-catalogues";
  return {
    name: "participant-catalogues",
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) =>
      resolved === `\0${id}`
        ? `export default ${JSON.stringify({
            nl: pickKeys(catalogues.nl, participantCatalogueKeys),
            en: pickKeys(catalogues.en, participantCatalogueKeys),
          })};`
        : undefined,
    // In development too, /doe-mee and /doe-mee/CODE are the participant page.
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        if (req.url && /^\/doe-mee(\/|\?|$)/.test(req.url)) req.url = "/participant.html";
        next();
      });
    },
  };
}

/**
 * Writes a Brotli (`.br`) and a gzip (`.gz`) copy next to every text file of the build, which the
 * server sends to browsers that accept them (web-app.ts, `preCompressed`): a phone on a slow
 * connection loads about a third of the bytes, and the server compresses nothing per request.
 */
function precompress(): Plugin {
  return {
    name: "precompress",
    apply: "build",
    writeBundle(options, bundle) {
      const outDir = options.dir!;
      for (const file of Object.keys(bundle)) {
        if (!/\.(js|css|html|svg|json)$/.test(file)) continue;
        const full = path.join(outDir, file);
        const content = fs.readFileSync(full);
        const brotli = zlib.brotliCompressSync(content, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length,
          },
        });
        const gzip = zlib.gzipSync(content, { level: zlib.constants.Z_BEST_COMPRESSION });
        // Not worth a second file when it saves little (a tiny SVG, say).
        if (brotli.length < content.length * 0.9) fs.writeFileSync(`${full}.br`, brotli);
        if (gzip.length < content.length * 0.9) fs.writeFileSync(`${full}.gz`, gzip);
      }
    },
  };
}

export default defineConfig({
  root: web(""),
  plugins: [react(), participantCatalogues(), precompress()],
  build: {
    outDir: fileURLToPath(new URL("./dist/web", import.meta.url)),
    emptyOutDir: true,
    // Inline assets would need data: URLs in the CSP; files keep the policy simple.
    assetsInlineLimit: 0,
    rollupOptions: {
      // The app, and the participant page (/doe-mee): a separate, small script for phones.
      input: { main: web("index.html"), participant: web("participant.html") },
    },
  },
  server: {
    proxy: {
      "/api": { target: "http://localhost:3000", ws: true },
      "/healthz": "http://localhost:3000",
    },
  },
});
