import { Command } from "commander";
import { appVersion } from "../server/services.ts";
import { createUserCommand } from "./commands/create-user.ts";
import { demoCommand } from "./commands/demo.ts";
import { exportCommand } from "./commands/export.ts";
import { importCommand } from "./commands/import.ts";
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

program
  .command("import")
  .description(
    "importeer ingrediënten uit CSV of XLSX; bij één foute regel wordt niets geïmporteerd",
  )
  .argument("<file>", "CSV (; of ,; UTF-8 of Windows-1252) of XLSX")
  .requiredOption("--workspace <slug>", "de werkruimte")
  .option("--dry-run", "alleen controleren, niets importeren")
  .action(importCommand);

program
  .command("export")
  .description(
    "exporteer de inventaris als CSV of XLSX (importeert terug naar dezelfde ingrediënten)",
  )
  .argument("<slug>", "de werkruimte")
  .option("--format <format>", "csv of xlsx", "csv")
  .option("--out <path>", "bestand om naar te schrijven")
  .action(exportCommand);

await program.parseAsync();
