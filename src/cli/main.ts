import { Command } from "commander";
import { appVersion } from "../server/services.ts";
import { createUserCommand } from "./commands/create-user.ts";
import { demoCommand } from "./commands/demo.ts";
import { migrateCommand } from "./commands/migrate.ts";
import { serveCommand } from "./commands/serve.ts";

const program = new Command("sociale-basis")
  .description(
    "Sociale basis: gespreksinstrument om de lokale sociale basis af te bakenen en te versterken.\n" +
      "Database: PostgreSQL als DATABASE_URL is gezet, anders de ingebouwde PGlite in DATA_DIR (./data).",
  )
  .version(appVersion);

program
  .command("serve")
  .description("start de webserver (PORT, standaard 3000)")
  .option("--build-if-needed", "bouw de webapp eerst als die ontbreekt of verouderd is")
  .action(serveCommand);

program.command("migrate").description("voer databasemigraties uit").action(migrateCommand);

program
  .command("demo")
  .description("maak de demowerkruimte Voorbeeldgemeente aan, of zet hem terug")
  .action(demoCommand);

program
  .command("create-user")
  .description("maak een gebruiker aan")
  .requiredOption("--email <email>", "e-mailadres")
  .requiredOption("--password <password>", "wachtwoord (minimaal 10 tekens)")
  .option("--name <name>", "weergavenaam")
  .option("--workspace <slug>", "maak de gebruiker lid van deze werkruimte")
  .option("--role <role>", "rol in die werkruimte", "member")
  .action(createUserCommand);

await program.parseAsync();
