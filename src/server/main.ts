import type { FastifyInstance } from "fastify";
import { buildApp } from "./app.ts";
import type { Env } from "./config/env.ts";
import { type DatabaseHandle, openDatabase } from "./db/client.ts";
import { createServices, type Services } from "./services.ts";

export interface RunningServer {
  app: FastifyInstance;
  database: DatabaseHandle;
  services: Services;
  url: string;
  demoCreated: boolean;
  close(): Promise<void>;
}

/** Opens the database the environment names: PostgreSQL by URL, else PGlite in DATA_DIR. */
export function openConfiguredDatabase(env: Env): Promise<DatabaseHandle> {
  return openDatabase(env.databaseUrl ? { url: env.databaseUrl } : { dataDir: env.dataDir });
}

/** Opens and migrates the database, creates the demo on first start, and listens. */
export async function startServer(env: Env): Promise<RunningServer> {
  const database = await openConfiguredDatabase(env);
  try {
    await database.migrate();
    const services = createServices(database, env);
    const demoCreated = await services.demo.ensure();
    const app = await buildApp({ env, services });
    await app.listen({ port: env.port, host: env.host });
    const stopPurging = services.privacy.startPurging(app.log);
    const address = app.server.address();
    const port = typeof address === "object" && address ? address.port : env.port;
    const url = env.publicUrl ?? `http://localhost:${port}`;
    return {
      app,
      database,
      services,
      url,
      demoCreated,
      async close() {
        await stopPurging();
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
}
