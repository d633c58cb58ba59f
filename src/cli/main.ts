import { Command } from "commander";
import { appVersion } from "../server/services.ts";
import { backupCommand } from "./commands/backup.ts";
import { createUserCommand } from "./commands/create-user.ts";
import { demoCommand } from "./commands/demo.ts";
import { exportCommand } from "./commands/export.ts";
import { importCommand } from "./commands/import.ts";
import { migrateCommand } from "./commands/migrate.ts";
import { purgeCommand } from "./commands/purge.ts";
import { restoreCommand } from "./commands/restore.ts";
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
    "exporteer het rapport van een werkruimte: Word, Excel, CSV per onderdeel, JSON of open data (HSDS 3.0)",
  )
  .argument("<slug>", "de werkruimte")
  .option("--format <format>", "docx, xlsx, csv, json of hsds", "csv")
  .option("--out <path>", "bestand om naar te schrijven (bij --entity all: een map)")
  .option(
    "--entity <entity>",
    "bij csv: items, scores, decisions, expectations, actions, indicators of all",
    "items",
  )
  .option("--language <language>", "taal van het rapport: nl of en", "nl")
  .option("--session <id>", "tel alleen de stemmen van deze bijeenkomst")
  .option("--snapshot <id>", "maak het rapport van deze momentopname")
  .option("--compare <id>", "voeg de veranderingen sinds deze momentopname toe")
  .action(exportCommand);

program
  .command("backup")
  .description("schrijf de hele werkruimte naar één back-upbestand (JSON, zonder wachtwoorden)")
  .argument("<slug>", "de werkruimte")
  .option("--out <path>", "bestand om naar te schrijven")
  .action(backupCommand);

program
  .command("restore")
  .description(
    "zet een back-up terug in deze installatie; bij een fout bestand of een bestaande werkruimte wordt niets teruggezet",
  )
  .argument("<file>", "het back-upbestand")
  .option(
    "--replace",
    "vervang een werkruimte met dezelfde slug of id die hier al staat (alles daarin gaat verloren); mislukt het terugzetten, dan blijft zij zoals zij was",
  )
  .action(restoreCommand);

program
  .command("purge")
  .description(
    "verwijder de ruwe gegevens (codes, bijnamen, niet goedgekeurde antwoorden) van afgelopen bijeenkomsten na de bewaartermijn van hun werkruimte, en logboekregels buiten werkruimtes ouder dan ACCOUNT_LOG_RETENTION_DAYS",
  )
  .action(purgeCommand);

await program.parseAsync();
