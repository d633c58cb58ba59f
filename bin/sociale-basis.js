#!/usr/bin/env node
// The source is TypeScript; tsx compiles it on the fly so there is no separate server build.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
