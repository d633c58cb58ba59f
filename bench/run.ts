// Benchmarks: `npm run bench`. Results go to stdout as JSON; record them in BENCHMARKS.md.
import { coldStart } from "./cold-start.ts";

const results = [await coldStart()];
process.stdout.write(`${JSON.stringify({ node: process.version, results }, null, 2)}\n`);
