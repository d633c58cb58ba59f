// Benchmarks: `npm run bench`, or `npm run bench -- NAME` for one. Results go to stdout as JSON;
// record them in BENCHMARKS.md. BENCH_DATABASE_URL=postgres://… adds the PostgreSQL figures (a
// throwaway database is made).
import { coldStart } from "./cold-start.ts";
import { delimitationBenchmark } from "./delimitation.ts";
import { inventoryBenchmark } from "./inventory.ts";
import { reportsBenchmark } from "./reports.ts";
import { scoringBenchmark } from "./scoring.ts";

const benchmarks: Record<string, () => Promise<unknown>> = {
  "cold-start": coldStart,
  inventory: () => inventoryBenchmark(process.env.BENCH_DATABASE_URL),
  scoring: scoringBenchmark,
  delimitation: () => delimitationBenchmark(process.env.BENCH_DATABASE_URL),
  reports: () => reportsBenchmark(process.env.BENCH_DATABASE_URL),
};

const only = process.argv[2];
if (only && !(only in benchmarks)) {
  process.stderr.write(
    `unknown benchmark "${only}"; one of: ${Object.keys(benchmarks).join(", ")}\n`,
  );
  process.exit(2);
}
const results = [];
for (const [name, run] of Object.entries(benchmarks)) {
  if (!only || only === name) results.push(await run());
}
process.stdout.write(`${JSON.stringify({ node: process.version, results }, null, 2)}\n`);
