import autocannon from "autocannon";
import { exportHeaders, toCsv } from "../src/domain/import/index.ts";
import { login, onEachDatabase, percentile, startServer } from "./server.ts";

const itemCount = 20_000;
const connections = 20;
const durationSeconds = 10;

const words = [
  "Buurthuis",
  "Taalcafé",
  "Mantelzorgers",
  "Vrijwilligers",
  "Jongerenwerk",
  "Repair Café",
  "Inloopochtend",
  "Buurtvaders",
  "Schuldhulpmaatjes",
  "Ontmoetingsplek",
  "Sportclub",
  "Bibliotheek",
  "Zelfhulpgroep",
  "Wijkteam",
  "Koffieochtend",
  "Speeltuinvereniging",
];
const places = [
  "Centrum",
  "Noord",
  "Zuid",
  "Oost",
  "West",
  "De Velden",
  "Oosterwolde",
  "Vogelbuurt",
];
const spheres = ["persoonlijk", "gemeenschappelijk", "institutioneel", ""];
const kinds = ["activiteit", "organisatie", "plek", "rol", "netwerk"];
const themes = ["ontmoeting", "eenzaamheid", "jeugd", "ouderen", "geldzorgen", "gezondheid"];
const carriers = ["vrijwilligers", "professionals", "gemengd"];

/** A realistic 20,000-row inventory spreadsheet (semicolon CSV, as Excel writes it). */
export function inventoryCsv(rows = itemCount): Buffer {
  const pick = <T>(list: T[], i: number) => list[i % list.length]!;
  const data: string[][] = [];
  for (let i = 0; i < rows; i++) {
    data.push([
      `${pick(words, i)} ${pick(places, i * 7)} ${i}`,
      `Een ${pick(kinds, i)} voor bewoners in ${pick(places, i * 3)}; draait op inzet van ${pick(carriers, i)}.`,
      pick(kinds, i * 5),
      pick(spheres, i * 11),
      pick(places, i * 3),
      `${pick(themes, i)}, ${pick(themes, i + 2)}`,
      pick(carriers, i),
      i % 3 === 0 ? "Subsidie gemeente" : "",
      `${(i % 90) + 10} deelnemers`,
    ]);
  }
  return Buffer.from(toCsv([[...exportHeaders], ...data], ";"), "utf8");
}

/** Autocannon with `connections` clients for `durationSeconds`, cycling through `paths`. */
async function measureLatency(url: string, cookie: string, paths: string[]) {
  const latencies: number[] = [];
  const instance = autocannon({
    url,
    connections,
    duration: durationSeconds,
    headers: { cookie },
    requests: paths.map((p) => ({
      method: "GET",
      path: `/api/v1/workspaces/voorbeeldgemeente${p}`,
    })),
  });
  (instance as unknown as NodeJS.EventEmitter).on(
    "response",
    (_client: unknown, _status: number, _bytes: number, ms: number) => {
      latencies.push(ms);
    },
  );
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    connections,
    p50Ms: Math.round(percentile(latencies, 50) * 10) / 10,
    p95Ms: Math.round(percentile(latencies, 95) * 10) / 10,
    p99Ms: Math.round(percentile(latencies, 99) * 10) / 10,
  };
}

/**
 * Imports the inventory, then measures the list requests twice on the same data: as the server
 * runs by default (list results cached per workspace data version, so the repeated identical
 * requests of this benchmark are mostly cache hits), and with ITEMS_LIST_CACHE=off (every
 * request goes to the database).
 */
async function measureDriver(
  name: "pglite" | "postgres",
  env: Record<string, string>,
  port: number,
) {
  let server = await startServer(env, port);
  let importMs: number;
  let paths: string[];
  let cached: Awaited<ReturnType<typeof measureLatency>>;
  try {
    const cookie = await login(server.url, "demo@example.org", "sociale-basis-demo");
    const base = `${server.url}/api/v1/workspaces/voorbeeldgemeente`;
    const csv = inventoryCsv();
    const importStarted = performance.now();
    const imported = await fetch(`${base}/imports`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json" },
      body: JSON.stringify({ content: csv.toString("base64") }),
    });
    importMs = performance.now() - importStarted;
    if (imported.status !== 201) throw new Error(`import failed: ${await imported.text()}`);

    const areas = (await (await fetch(`${base}/areas`, { headers: { cookie } })).json()) as {
      areas: { id: string }[];
    };
    paths = [
      "/items",
      "/items?sphere=communal&theme=meeting",
      `/items?area=${areas.areas[0]!.id}&kind=place&sort=updatedAt&direction=desc`,
      "/items?q=mantelzorgers",
      "/items?q=cafe&sphere=communal",
      "/items?q=buurthuizen%20noord&page=3",
      "/items?carriedBy=volunteers&sort=sphere&page=40",
    ];
    cached = await measureLatency(base, cookie, paths);
  } finally {
    await server.stop();
  }
  server = await startServer({ ...env, ITEMS_LIST_CACHE: "off" }, port);
  try {
    const cookie = await login(server.url, "demo@example.org", "sociale-basis-demo");
    const uncached = await measureLatency(
      `${server.url}/api/v1/workspaces/voorbeeldgemeente`,
      cookie,
      paths,
    );
    return {
      driver: name,
      items: itemCount,
      importMs: Math.round(importMs),
      listCacheOn: cached,
      listCacheOff: uncached,
    };
  } finally {
    await server.stop();
  }
}

/** List, filter and search with 20,000 items at 20 concurrent clients; and the 20,000-row import. */
export async function inventoryBenchmark(postgresUrl?: string) {
  const results = await onEachDatabase("inv", postgresUrl, (driver, env) =>
    measureDriver(driver, env, driver === "pglite" ? 3501 : 3502),
  );
  return {
    name: `inventory with ${itemCount} items: list/filter/search at ${connections} clients for ${durationSeconds}s, with the list cache on and off; import of a ${itemCount}-row CSV`,
    results,
  };
}
