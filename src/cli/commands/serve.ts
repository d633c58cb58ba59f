import { parseEnv } from "../../server/config/env.ts";
import { startServer } from "../../server/main.ts";
import { demoLogin, demoWorkspace } from "../../server/modules/demo/demo.service.ts";
import { say } from "../output.ts";
import { fail } from "../run-command.ts";
import { buildWeb, webBuildIsStale } from "../web-build.ts";

export async function serveCommand(options: { buildIfNeeded?: boolean }) {
  try {
    const env = parseEnv();
    if (options.buildIfNeeded && webBuildIsStale()) {
      say("De webapp wordt gebouwd…");
      await buildWeb();
    }
    const server = await startServer(env);
    say("");
    say(`Sociale basis draait op ${server.url}  (database: ${server.database.driver})`);
    if (server.demoCreated) say(`Demowerkruimte ${demoWorkspace.name} is aangemaakt.`);
    say(`Demo-login: ${demoLogin.email} / ${demoLogin.password}`);
    say("Stoppen: Ctrl+C");
    let closing = false;
    const shutdown = async () => {
      if (closing) return;
      closing = true;
      await server.close();
      process.exit(0);
    };
    process.on("SIGINT", shutdown);
    process.on("SIGTERM", shutdown);
  } catch (error) {
    fail(error);
  }
}
