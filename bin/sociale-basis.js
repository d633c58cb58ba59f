#!/usr/bin/env node
// The source is TypeScript; it runs as one bundle that esbuild rebuilds when a source changed.
// Stack traces name the bundle's lines; NODE_OPTIONS=--enable-source-maps maps them back to the
// TypeScript (at the cost of some memory, so not by default).
import { pathToFileURL } from "node:url";
import { ensureServerBundle } from "./server-bundle.js";

await import(pathToFileURL(await ensureServerBundle()).href);
