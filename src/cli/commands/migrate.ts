import { say } from "../output.ts";
import { withServices } from "../run-command.ts";

export async function migrateCommand() {
  await withServices(async (_services, database) => {
    say(`Migraties uitgevoerd (database: ${database.driver}).`);
  });
}
