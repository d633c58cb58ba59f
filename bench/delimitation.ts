// The Afbakening page's API (GET /workspaces/:slug/delimitation) with 500 items, each scored by
// 40 people on every criterion, on the real server in this process.
import { count, sql } from "drizzle-orm";
import { parseEnv } from "../src/server/config/env.ts";
import { scores } from "../src/server/db/schema.ts";
import { startServer } from "../src/server/main.ts";
import { login, onEachDatabase, percentile } from "./server.ts";

const itemCount = 500;
const scorerCount = 40;
const requestCount = 200;

async function measure(name: "pglite" | "postgres", env: Record<string, string>, port: number) {
  const server = await startServer(
    parseEnv({ ...process.env, PORT: String(port), LOG_LEVEL: "warn", ...env }),
  );
  try {
    const { db } = server.database;
    // Seeded in SQL: 20,000 scores through the API would make the benchmark about seeding.
    await db.execute(sql`
      with ws as (select id from workspaces where slug = 'voorbeeldgemeente')
      insert into items (workspace_id, name, kind, sphere, carried_by)
      select ws.id, 'Benchmarkonderdeel ' || n,
        (array['activity','organisation','place','role','network'])[1 + n % 5],
        (array['personal','communal','institutional',null])[1 + n % 4],
        (array['volunteers','professionals','mixed'])[1 + n % 3]
      from ws, generate_series(1, ${itemCount} - (select count(*) from items, ws w
        where items.workspace_id = w.id and archived_at is null)) n`);
    await db.execute(sql`
      insert into users (email, display_name, password_hash)
      select 'scorer' || n || '@bench.invalid', 'Scorer ' || n, 'not-a-hash'
      from generate_series(1, ${scorerCount}) n`);
    await db.execute(sql`
      insert into memberships (workspace_id, user_id, role, stakeholder_group_id)
      select w.id, u.id, 'member',
        (select g.id from stakeholder_groups g where g.workspace_id = w.id
          order by g.position offset (abs(hashtext(u.email)) % 8) limit 1)
      from workspaces w, users u
      where w.slug = 'voorbeeldgemeente' and u.email like '%@bench.invalid'`);
    await db.execute(sql`
      insert into scores (workspace_id, item_id, user_id, stakeholder_group_id, overall, sphere)
      select m.workspace_id, i.id, m.user_id, m.stakeholder_group_id,
        (array['rather_not','doubt','rather_yes',null])[1 + abs(hashtext(i.id::text || m.user_id::text)) % 4],
        (array['personal','communal','institutional',null])[1 + abs(hashtext(m.user_id::text || i.id::text)) % 4]
      from memberships m
      join users u on u.id = m.user_id and u.email like '%@bench.invalid'
      join items i on i.workspace_id = m.workspace_id and i.archived_at is null`);
    await db.execute(sql`
      insert into score_answers (score_id, criterion_version_id, answer)
      select s.id, c.current_version_id,
        (array['no','partly','yes','unknown'])[1 + abs(hashtext(s.id::text || c.key)) % 4]
      from scores s
      join users u on u.id = s.user_id and u.email like '%@bench.invalid'
      join criteria c on c.workspace_id = s.workspace_id and c.enabled`);
    await db.execute(sql`analyze`);
    const [{ scoreCount }] = (await db.select({ scoreCount: count() }).from(scores)) as [
      { scoreCount: number },
    ];

    const cookie = await login(server.url, "demo@example.org", "sociale-basis-demo");
    const url = `${server.url}/api/v1/workspaces/voorbeeldgemeente/delimitation`;
    const fetchOverview = async () => {
      const response = await fetch(url, { headers: { cookie } });
      if (!response.ok) throw new Error(`overview failed: ${response.status}`);
      return (await response.json()) as { items: unknown[] };
    };
    const coldStarted = performance.now();
    const first = await fetchOverview();
    const coldMs = performance.now() - coldStarted;
    if (first.items.length !== itemCount) {
      throw new Error(`expected ${itemCount} items, got ${first.items.length}`);
    }
    for (let i = 0; i < 10; i++) await fetchOverview();
    const latencies: number[] = [];
    for (let i = 0; i < requestCount; i++) {
      const started = performance.now();
      await fetchOverview();
      latencies.push(performance.now() - started);
    }
    latencies.sort((a, b) => a - b);

    // A score saved, then the overview: the saved score is applied to the counts in memory.
    const criteria = (await (
      await fetch(`${server.url}/api/v1/workspaces/voorbeeldgemeente/criteria`, {
        headers: { cookie },
      })
    ).json()) as { criteria: { versionId: string; enabled: boolean }[] };
    const itemIds = (first.items as { itemId: string }[]).map((i) => i.itemId);
    const afterWrite: number[] = [];
    for (let i = 0; i < 50; i++) {
      const answers = Object.fromEntries(
        criteria.criteria
          .filter((c) => c.enabled)
          .map((c, j) => [c.versionId, (["no", "partly", "yes"] as const)[(i + j) % 3]]),
      );
      const saved = await fetch(
        `${server.url}/api/v1/workspaces/voorbeeldgemeente/items/${itemIds[i]}/my-score`,
        {
          method: "PUT",
          headers: { cookie, "content-type": "application/json", origin: server.url },
          body: JSON.stringify({ answers, overall: "doubt" }),
        },
      );
      if (!saved.ok) throw new Error(`score failed: ${saved.status} ${await saved.text()}`);
      const started = performance.now();
      await fetchOverview();
      afterWrite.push(performance.now() - started);
    }
    afterWrite.sort((a, b) => a - b);
    const round = (ms: number) => Math.round(ms * 10) / 10;
    return {
      driver: name,
      items: itemCount,
      scores: scoreCount,
      requests: requestCount,
      p50Ms: round(percentile(latencies, 50)),
      p95Ms: round(percentile(latencies, 95)),
      maxMs: round(latencies.at(-1)!),
      firstRequestMs: round(coldMs),
      afterScoreP50Ms: round(percentile(afterWrite, 50)),
      afterScoreP95Ms: round(percentile(afterWrite, 95)),
      targetMs: 100,
    };
  } finally {
    await server.close();
  }
}

/** One client asking for the overview again and again: the page's own latency. */
export async function delimitationBenchmark(postgresUrl?: string) {
  const results = await onEachDatabase("delim", postgresUrl, (driver, env) =>
    measure(driver, env, driver === "pglite" ? 3503 : 3504),
  );
  return {
    name: `delimitation overview API with ${itemCount} items scored by ${scorerCount} people, ${requestCount} sequential requests`,
    results,
  };
}
