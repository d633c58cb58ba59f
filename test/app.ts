import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { buildApp } from "../src/server/app.ts";
import { type Env, parseEnv } from "../src/server/config/env.ts";
import type { DatabaseHandle } from "../src/server/db/client.ts";
import { createServices, type Services } from "../src/server/services.ts";
import { createTestDatabase } from "./database.ts";

export interface TestApp {
  app: FastifyInstance;
  services: Services;
  database: DatabaseHandle;
  env: Env;
  close(): Promise<void>;
}

export function testEnv(overrides: Record<string, string> = {}): Env {
  return parseEnv({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    DATA_DIR: "/nonexistent",
    LOGIN_MAX_PER_IP: "1000",
    ...overrides,
  });
}

/**
 * The whole HTTP app on a fresh database; call close() in afterAll. `servedDatabase` lets a test
 * change what the app sees of the database (e.g. slow notifications); `database` stays the real one.
 */
export async function createTestApp(
  envOverrides: Record<string, string> = {},
  beforeReady?: (app: FastifyInstance) => void,
  servedDatabase: (database: DatabaseHandle) => DatabaseHandle = (database) => database,
): Promise<TestApp> {
  const database = await createTestDatabase();
  const env = testEnv(envOverrides);
  const services = createServices(servedDatabase(database), env);
  const app = await buildApp({ env, services, logger: false });
  beforeReady?.(app);
  await app.ready();
  return {
    app,
    services,
    database,
    env,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** The session cookie a login response set, as a Cookie header value. */
export function sessionCookieFrom(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === "sb_session");
  if (!cookie) throw new Error(`no session cookie in response ${response.statusCode}`);
  return `sb_session=${cookie.value}`;
}
