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
          // The CLI tests start their own PGlite processes; once is enough.
          include: onPostgres
            ? ["src/server/**/*.test.ts"]
            : ["src/server/**/*.test.ts", "src/cli/**/*.test.ts"],
          globalSetup: ["test/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
