import fs from "node:fs";
import { catalogues } from "../../domain/i18n/index.ts";
import { AppError } from "../../server/errors.ts";
import { say } from "../output.ts";
import { fail, withServices } from "../run-command.ts";

/**
 * Restores a backup into this installation, in one transaction: a damaged or cut-off file, a
 * newer format version or a workspace that exists here (unless --replace) is refused, and
 * nothing is written.
 */
export async function restoreCommand(file: string, options: { replace?: boolean } = {}) {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    fail(new Error(`kan ${file} niet lezen (${(error as NodeJS.ErrnoException).code})`));
  }
  await withServices(async (services) => {
    try {
      const result = await services.backup.restore(bytes, { replace: options.replace });
      const c = result.counts;
      if (result.replaced) {
        say(
          `De werkruimte ${result.workspace.slug} die hier al stond is vervangen door de back-up.`,
        );
      }
      say(
        `Werkruimte ${result.workspace.name} (${result.workspace.slug}) is teruggezet: ` +
          `${c.items} ingrediënten, ${c.scores} scores, ${c.decisions} besluiten, ` +
          `${c.sessions} bijeenkomsten, ${c.actions} acties, ${c.indicators} indicatoren, ` +
          `${c.snapshots} momentopnames, ${c.members} leden.`,
      );
      if (result.accountsWithoutPassword.length) {
        say(
          `Deze ${result.accountsWithoutPassword.length} mensen hebben hier nog geen wachtwoord; ` +
            "zet het met sociale-basis create-user --email … --password …: " +
            result.accountsWithoutPassword.join(", "),
        );
      }
      if (result.codesChanged) {
        say(
          `${result.codesChanged} bijeenkomsten kregen een nieuwe deelnamecode (de oude was hier in gebruik).`,
        );
      }
    } catch (error) {
      if (error instanceof AppError && error.code.startsWith("backup_")) {
        // The catalogue says what to do; a clash's detail adds nothing but English.
        const details =
          error.code === "backup_workspace_exists"
            ? []
            : (error.extra.fields ?? []).map((f) => `${f.path}: ${f.message}`);
        throw new Error([catalogues.nl.errors[error.code], ...details].join(" — "));
      }
      throw error;
    }
  });
}
