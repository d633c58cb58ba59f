import { defineConfig } from "vitest/config";

const onPostgres = process.env.TEST_DB_DRIVER === "postgres";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["src/domain/**/*.test.ts", "src/web/**/*.test.ts", "test/*.test.ts"],
          environment: "node",
        },
      },
      {
        test: {
          name: onPostgres ? "integration-postgres" : "integration-pglite",
          // The CLI tests start their own PGlite processes; once is enough, and so is
          // `*.pglite.test.ts` (what does not depend on the database). `*.postgres.test.ts` is
          // about PostgreSQL itself (its server connections) and runs only there.
          include: onPostgres
            ? ["src/server/**/*.test.ts"]
            : ["src/server/**/*.test.ts", "src/cli/**/*.test.ts"],
          exclude: onPostgres ? ["**/*.pglite.test.ts"] : ["**/*.postgres.test.ts"],
          globalSetup: ["test/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
