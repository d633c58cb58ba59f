import path from "node:path";
import { z } from "zod";

const booleanString = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => v === "true" || v === "1");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PUBLIC_URL: z
    .url()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  TRUST_PROXY: booleanString,
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(10_080).default(240),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24 * 7),
  LOGIN_MAX_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  LOGIN_MAX_PER_IP: z.coerce.number().int().min(1).default(30),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  /** Days the audit log keeps entries outside any workspace (logins, account changes). */
  ACCOUNT_LOG_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  /** "off" turns the inventory list cache off (to measure without it). */
  ITEMS_LIST_CACHE: z.enum(["on", "off"]).default("on"),
  /** The deploying organisation (municipality), named in the accessibility statement. */
  ORGANISATION_NAME: z.string().trim().max(200).optional(),
  /** Where to report accessibility problems: an email address or an https:// page. */
  ACCESSIBILITY_CONTACT: z
    .union([z.email(), z.url({ protocol: /^https$/ }), z.literal("")])
    .optional(),
});

export interface Env {
  nodeEnv: "development" | "production" | "test";
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string | undefined;
  trustProxy: boolean;
  logLevel: string;
  session: { idleMinutes: number; absoluteHours: number };
  loginThrottle: { maxPerAccount: number; maxPerIp: number; windowMinutes: number };
  /** Audit entries outside a workspace are deleted after this many days. */
  accountLogRetentionDays: number;
  itemsListCache: boolean;
  /** Named in the accessibility statement; null: the statement names "the organisation". */
  organisation: { name: string | null; accessibilityContact: string | null };
}

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Ongeldige configuratie: ${problems.join("; ")}`);
  }
}

/** Parses the environment once; throws EnvError listing every problem. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
    );
  }
  const e = result.data;
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    publicUrl: e.PUBLIC_URL,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    session: { idleMinutes: e.SESSION_IDLE_MINUTES, absoluteHours: e.SESSION_ABSOLUTE_HOURS },
    loginThrottle: {
      maxPerAccount: e.LOGIN_MAX_PER_ACCOUNT,
      maxPerIp: e.LOGIN_MAX_PER_IP,
      windowMinutes: e.LOGIN_WINDOW_MINUTES,
    },
    accountLogRetentionDays: e.ACCOUNT_LOG_RETENTION_DAYS,
    itemsListCache: e.ITEMS_LIST_CACHE === "on",
    organisation: {
      name: e.ORGANISATION_NAME || null,
      accessibilityContact: e.ACCESSIBILITY_CONTACT || null,
    },
  };
}
