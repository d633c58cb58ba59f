import { say } from "../output.ts";
import { withServices } from "../run-command.ts";

/**
 * Purges the raw data of every ended session past its workspace's retention period, and audit
 * entries outside workspaces past ACCOUNT_LOG_RETENTION_DAYS, as the server does on start and
 * every hour: for a cron job, or to check the setting at once.
 */
export async function purgeCommand() {
  await withServices(async (services) => {
    const { sessions, accountLogEntries } = await services.privacy.purge();
    say(
      sessions === 1
        ? "Van 1 afgelopen bijeenkomst zijn de ruwe gegevens verwijderd."
        : `Van ${sessions} afgelopen bijeenkomsten zijn de ruwe gegevens verwijderd.`,
    );
    say(
      accountLogEntries === 1
        ? "1 oude logboekregel buiten werkruimtes (inloggen, account) is verwijderd."
        : `${accountLogEntries} oude logboekregels buiten werkruimtes (inloggen, account) zijn verwijderd.`,
    );
  });
}
