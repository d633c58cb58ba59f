import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../src/server/db/client.ts";

declare module "vitest" {
  export interface ProvidedContext {
    postgresTemplate: string | null;
  }
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * On PostgreSQL, migrate once into a template database; each test file then clones it
 * (CREATE DATABASE … TEMPLATE), which is much faster than migrating per file.
 */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (process.env.TEST_DB_DRIVER !== "postgres" || !url) {
    project.provide("postgresTemplate", null);
    return;
  }
  const template = `sb_template_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${template}`);
  const handle = await openDatabase({ url: withDatabase(url, template) });
  await handle.migrate();
  await handle.close();
  project.provide("postgresTemplate", template);
  return async () => {
    await admin.query(
      `select pg_terminate_backend(pid) from pg_stat_activity where datname like 'sb_test_%' or datname = $1`,
      [template],
    );
    const leftovers = await admin.query<{ datname: string }>(
      "select datname from pg_database where datname like 'sb_test_%'",
    );
    for (const { datname } of leftovers.rows)
      await admin.query(`drop database if exists ${datname}`);
    await admin.query(`drop database if exists ${template}`);
    await admin.end();
  };
}
