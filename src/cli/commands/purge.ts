import { say } from "../output.ts";
import { withServices } from "../run-command.ts";

/**
 * Purges the raw data of every ended session past its workspace's retention period, as the
 * server does on start and every hour: for a cron job, or to check the setting at once.
 */
export async function purgeCommand() {
  await withServices(async (services) => {
    const purged = await services.privacy.purge();
    say(
      purged === 1
        ? "Van 1 afgelopen bijeenkomst zijn de ruwe gegevens verwijderd."
        : `Van ${purged} afgelopen bijeenkomsten zijn de ruwe gegevens verwijderd.`,
    );
  });
}
