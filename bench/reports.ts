// Reports and backups: the Word report of a workspace with 500 items and 2,000 scorers, and a
// backup of it restored into an empty database. In this process, through the services the
// server and the CLI use. Run: npm run bench -- reports
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import pg from "pg";
import { parseEnv } from "../src/server/config/env.ts";
import { type DatabaseHandle, openDatabase } from "../src/server/db/client.ts";
import { demoWorkspace } from "../src/server/modules/demo/demo.service.ts";
import { createWorkspacesRepository } from "../src/server/modules/workspaces/workspaces.repository.ts";
import { createServices } from "../src/server/services.ts";
import { onEachDatabase, percentile } from "./server.ts";

const itemCount = 500;
const scorerCount = 2_000;
/** Each scorer scores this many of the items: 2,000 × 25 = 50,000 scores, 100 per item. */
const itemsPerScorer = 25;

const env = parseEnv({ NODE_ENV: "production", LOG_LEVEL: "warn", DATA_DIR: "/nonexistent" });

function open(driverEnv: Record<string, string>): Promise<DatabaseHandle> {
  return driverEnv.DATABASE_URL
    ? openDatabase({ url: driverEnv.DATABASE_URL })
    : openDatabase({ dataDir: driverEnv.DATA_DIR! });
}

/** The demo, grown in SQL to 500 items, 2,000 scorers, decisions, a plan and indicators. */
export async function seed(database: DatabaseHandle) {
  const { db } = database;
  const ws = sql`(select id from workspaces where slug = ${demoWorkspace.slug})`;
  await db.execute(sql`
    insert into items (workspace_id, name, description, kind, sphere, carried_by, themes, funding)
    select ${ws}, 'Benchmarkonderdeel ' || n, 'Een ingrediënt van de sociale basis, nummer ' || n,
      (array['activity','organisation','place','role','network'])[1 + n % 5],
      (array['personal','communal','institutional',null])[1 + n % 4],
      (array['volunteers','professionals','mixed'])[1 + n % 3],
      array[(array['youth','elderly','meeting','loneliness'])[1 + n % 4]],
      case when n % 3 = 0 then 'Subsidie gemeente' else '' end
    from generate_series(1, ${itemCount} - (select count(*)::int from items
      where workspace_id = ${ws} and archived_at is null)) n`);
  await db.execute(sql`
    insert into users (email, display_name, password_hash)
    select 'scorer' || n || '@bench.invalid', 'Scorer ' || n, ''
    from generate_series(1, ${scorerCount}) n`);
  await db.execute(sql`
    insert into memberships (workspace_id, user_id, role, stakeholder_group_id)
    select w.id, u.id, 'member',
      (select g.id from stakeholder_groups g where g.workspace_id = w.id
        order by g.position offset (abs(hashtext(u.email)) % 8) limit 1)
    from workspaces w, users u
    where w.slug = ${demoWorkspace.slug} and u.email like '%@bench.invalid'`);
  await db.execute(sql`
    with numbered as (
      select i.id, row_number() over (order by i.id) - 1 as n
      from items i where i.workspace_id = ${ws} and i.archived_at is null
    ), scorers as (
      select m.user_id, m.stakeholder_group_id, row_number() over (order by m.user_id) - 1 as k
      from memberships m join users u on u.id = m.user_id and u.email like '%@bench.invalid'
    )
    insert into scores (workspace_id, item_id, user_id, stakeholder_group_id, overall, sphere, comment)
    select ${ws}, i.id, s.user_id, s.stakeholder_group_id,
      (array['rather_not','doubt','rather_yes',null])[1 + abs(hashtext(i.id::text || s.user_id::text)) % 4],
      (array['personal','communal','institutional',null])[1 + abs(hashtext(s.user_id::text || i.id::text)) % 4],
      case when (s.k + j) % 10 = 0 then 'Toelichting ' || s.k else '' end
    from scorers s cross join generate_series(0, ${itemsPerScorer} - 1) j
    join numbered i on i.n = (s.k * 7 + j * 20) % ${itemCount}`);
  await db.execute(sql`
    insert into score_answers (score_id, criterion_version_id, answer)
    select s.id, c.current_version_id,
      (array['no','partly','yes','unknown'])[1 + abs(hashtext(s.id::text || c.key)) % 4]
    from scores s
    join users u on u.id = s.user_id and u.email like '%@bench.invalid'
    join criteria c on c.workspace_id = s.workspace_id and c.enabled`);
  await db.execute(sql`
    insert into decisions (workspace_id, item_id, decision, reason)
    select ${ws}, i.id, (array['in','edge','out'])[1 + abs(hashtext(i.id::text)) % 3],
      'Besproken in de werkgroep; reden ' || left(i.id::text, 8)
    from items i where i.workspace_id = ${ws} and abs(hashtext(i.id::text)) % 5 < 3`);
  await db.execute(sql`
    insert into actions (workspace_id, title, spheres, owner, budget, status)
    select ${ws}, 'Actie ' || n, array[(array['personal','communal','institutional'])[1 + n % 3]],
      'Welzijn', 5000 * n, (array['idea','planned','running','done'])[1 + n % 4]
    from generate_series(1, 20) n`);
  await db.execute(sql`
    insert into indicators (workspace_id, name, unit) select ${ws}, 'Indicator ' || n, '%'
    from generate_series(1, 5) n`);
  await db.execute(sql`
    insert into measurements (indicator_id, date, value)
    select i.id, (date '2024-01-01' + (m * 90))::text, 40 + m * 1.5
    from indicators i, generate_series(0, 7) m where i.workspace_id = ${ws}`);
  await db.execute(sql`analyze`);
}

async function measure(
  name: "pglite" | "postgres",
  driverEnv: Record<string, string>,
  emptyEnv: Record<string, string>,
) {
  const database = await open(driverEnv);
  await database.migrate();
  const services = createServices(database, env);
  await services.demo.reset();
  await seed(database);
  const workspace = (await createWorkspacesRepository(database.db).findBySlug(demoWorkspace.slug))!;
  const ref = { id: workspace.id, slug: workspace.slug, name: workspace.name };
  const round = (ms: number) => Math.round(ms);

  // Word: the first report loads every score into memory; later ones use the counts.
  const word = async () => {
    const started = performance.now();
    const file = await services.reports.download(ref, "docx", { language: "nl" });
    return { ms: performance.now() - started, bytes: file.body.length };
  };
  const first = await word();
  const repeated: number[] = [];
  for (let i = 0; i < 5; i++) repeated.push((await word()).ms);
  repeated.sort((a, b) => a - b);
  const model = await services.reports.model(ref);
  const xlsxStarted = performance.now();
  await services.reports.render(model, "xlsx", "nl");
  const xlsxMs = performance.now() - xlsxStarted;

  const backupStarted = performance.now();
  const { file, data } = await services.backup.backup(workspace.id);
  const backupMs = performance.now() - backupStarted;
  await database.close();

  const target = await open(emptyEnv);
  await target.migrate();
  const restoreServices = createServices(target, env);
  const restoreStarted = performance.now();
  const restored = await restoreServices.backup.restore(file);
  const restoreMs = performance.now() - restoreStarted;
  const check = await restoreServices.reports.model(ref);
  await target.close();
  if (restored.counts.scores !== data.scores.length || check.items.length !== itemCount) {
    throw new Error("the restored workspace differs from the backup");
  }
  return {
    driver: name,
    items: model.items.length,
    scorers: model.scorers,
    scores: data.scores.length,
    answers: data.scores.reduce((sum, s) => sum + Object.keys(s.answers).length, 0),
    wordFirstMs: round(first.ms),
    wordMedianMs: round(percentile(repeated, 50)),
    wordMaxMs: round(repeated.at(-1)!),
    wordBytes: first.bytes,
    wordTargetMs: 2_000,
    xlsxMs: round(xlsxMs),
    backupMs: round(backupMs),
    backupBytes: file.length,
    restoreMs: round(restoreMs),
    backupPlusRestoreMs: round(backupMs + restoreMs),
    backupPlusRestoreTargetMs: 10_000,
  };
}

/** A second, empty database of the same kind to restore into. */
async function withEmpty<T>(
  driverEnv: Record<string, string>,
  task: (emptyEnv: Record<string, string>) => Promise<T>,
): Promise<T> {
  if (!driverEnv.DATABASE_URL) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sb-bench-restore-"));
    try {
      return await task({ DATA_DIR: dir });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  const url = new URL(driverEnv.DATABASE_URL);
  const name = `${url.pathname.slice(1)}_restore`;
  const admin = new pg.Client({ connectionString: driverEnv.DATABASE_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  url.pathname = `/${name}`;
  try {
    return await task({ DATABASE_URL: url.toString() });
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

export async function reportsBenchmark(postgresUrl?: string) {
  const results = await onEachDatabase("rep", postgresUrl, (driver, driverEnv) =>
    withEmpty(driverEnv, (emptyEnv) => measure(driver, driverEnv, emptyEnv)),
  );
  return {
    name: `Word report of ${itemCount} items and ${scorerCount} scorers (${itemsPerScorer} items each); backup and restore into an empty database`,
    results,
  };
}
