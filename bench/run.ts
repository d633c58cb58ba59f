// Benchmarks: `npm run bench`. Results go to stdout as JSON; record them in BENCHMARKS.md.
// BENCH_DATABASE_URL=postgres://… adds the PostgreSQL figures (a throwaway database is made).
import { coldStart } from "./cold-start.ts";
import { inventoryBenchmark } from "./inventory.ts";

const only = process.argv[2];
const results = [];
if (!only || only === "cold-start") results.push(await coldStart());
if (!only || only === "inventory") {
  results.push(await inventoryBenchmark(process.env.BENCH_DATABASE_URL));
}
process.stdout.write(`${JSON.stringify({ node: process.version, results }, null, 2)}\n`);
