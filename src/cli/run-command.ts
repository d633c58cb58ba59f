import { catalogues } from "../domain/i18n/index.ts";
import { type Env, EnvError, parseEnv } from "../server/config/env.ts";
import { type DatabaseHandle, DatabaseStartupError } from "../server/db/client.ts";
import { DataDirBusyError } from "../server/db/data-dir-lock.ts";
import { AppError } from "../server/errors.ts";
import { openConfiguredDatabase } from "../server/main.ts";
import { createServices, type Services } from "../server/services.ts";
import { complain } from "./output.ts";

/** Turns a startup failure into one line a person can act on. */
export function describeFailure(error: unknown): string {
  if (error instanceof EnvError) return error.message;
  if (error instanceof DatabaseStartupError || error instanceof DataDirBusyError) {
    return error.message;
  }
  if (error instanceof AppError) return catalogues.nl.errors[error.code];
  if (error instanceof Error && !(error instanceof TypeError) && error.constructor === Error) {
    return error.message;
  }
  return `Onverwachte fout: ${(error as Error)?.stack ?? error}`;
}

export function fail(error: unknown): never {
  complain(`sociale-basis: ${describeFailure(error)}`);
  process.exit(1);
}

/** Runs a CLI command against the migrated database, then closes it. */
export async function withServices(
  task: (services: Services, database: DatabaseHandle, env: Env) => Promise<void>,
): Promise<void> {
  let database: DatabaseHandle | undefined;
  try {
    const env = parseEnv();
    database = await openConfiguredDatabase(env);
    await database.migrate();
    await task(createServices(database, env), database, env);
  } catch (error) {
    await database?.close().catch(() => {});
    fail(error);
  }
  await database.close();
}

/** The workspace with this slug, or a not-found error the CLI reports in one line. */
export async function workspaceBySlug(database: DatabaseHandle, slug: string) {
  const { createWorkspacesRepository } = await import(
    "../server/modules/workspaces/workspaces.repository.ts"
  );
  const workspace = await createWorkspacesRepository(database.db).findBySlug(slug);
  if (!workspace) throw new Error(`werkruimte '${slug}' bestaat niet`);
  return workspace;
}
