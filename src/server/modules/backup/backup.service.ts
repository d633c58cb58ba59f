import { createHash } from "node:crypto";
import {
  type BackupData,
  backupCounts,
  backupDataSchema,
  backupEnvelopeSchema,
  backupFormatName,
  backupFormatVersion,
  backupReferenceProblems,
} from "../../../domain/backup/format.ts";
import { databaseCode, uniqueViolation } from "../../db/errors.ts";
import { errors } from "../../errors.ts";
import type { ExpectationsRepository } from "../expectations/expectations.repository.ts";
import { BackupReferenceError, type BackupRepository } from "./backup.repository.ts";

const checksumOf = (data: unknown) =>
  `sha256:${createHash("sha256").update(JSON.stringify(data)).digest("hex")}`;

/**
 * Backs up a whole workspace into one versioned, checksummed JSON file
 * (docs/backup-format.md) and restores one, all or nothing.
 */
export function createBackupService(
  repo: BackupRepository,
  expectations: ExpectationsRepository,
  appVersion: string,
) {
  /** Reads and checks a file; throws a clear refusal and touches nothing when it is not sound. */
  function parse(bytes: Uint8Array): BackupData {
    let json: unknown;
    try {
      json = JSON.parse(Buffer.from(bytes).toString("utf8"));
    } catch {
      throw errors.backupUnreadable([
        { path: "file", message: "not complete JSON (damaged or cut off)" },
      ]);
    }
    const envelope = backupEnvelopeSchema.safeParse(json);
    if (!envelope.success) {
      const version = (json as { formatVersion?: unknown } | null)?.formatVersion;
      if (
        (json as { format?: unknown } | null)?.format === backupFormatName &&
        typeof version === "number" &&
        version > backupFormatVersion
      ) {
        throw tooNew(version);
      }
      throw errors.backupUnreadable([{ path: "file", message: `not a ${backupFormatName} file` }]);
    }
    if (envelope.data.formatVersion > backupFormatVersion) {
      throw tooNew(envelope.data.formatVersion);
    }
    if (checksumOf(envelope.data.data) !== envelope.data.checksum) {
      throw errors.backupUnreadable([
        { path: "checksum", message: "the data does not match its checksum (damaged)" },
      ]);
    }
    const data = backupDataSchema.safeParse(envelope.data.data);
    if (!data.success) {
      throw errors.backupUnreadable(
        data.error.issues.slice(0, 5).map((issue) => ({
          path: `data.${issue.path.join(".")}`,
          message: issue.message,
        })),
      );
    }
    return data.data;
  }

  function tooNew(version: number) {
    return errors.backupTooNew([
      {
        path: "formatVersion",
        message: `format version ${version}; this version of Sociale basis reads up to ${backupFormatVersion}`,
      },
    ]);
  }

  return {
    /** The workspace as a backup file. */
    async backup(workspaceId: string): Promise<{ file: Buffer; data: BackupData }> {
      // National expectations appear on first read; make them exist so a restored workspace
      // has the very same rows (and ids) as this one.
      await expectations.ensureNational(workspaceId);
      const data = await repo.read(workspaceId);
      const envelope = {
        format: backupFormatName,
        formatVersion: backupFormatVersion,
        createdAt: new Date().toISOString(),
        appVersion,
        checksum: checksumOf(data),
        data,
      };
      return { file: Buffer.from(`${JSON.stringify(envelope)}\n`, "utf8"), data };
    },

    parse,

    /**
     * Restores a backup file into this installation in one transaction. Refuses, with nothing
     * written, a damaged or cut-off file, one of a newer format version, and a workspace whose
     * slug (or id) exists here already — unless `replace`, when that workspace is deleted in the
     * same transaction, so a failed restore leaves it as it was.
     */
    async restore(bytes: Uint8Array, { replace = false }: { replace?: boolean } = {}) {
      const data = parse(bytes);
      const missing = backupReferenceProblems(data);
      if (missing.length) {
        throw errors.backupUnreadable(
          missing.map((what) => ({ path: "data", message: `refers to a missing ${what}` })),
        );
      }
      const clash = await repo.existing(data.workspace.slug, data.workspace.id);
      if (clash.length && !replace) {
        throw errors.backupWorkspaceExists([
          {
            path: "workspace.slug",
            message: `a workspace '${clash[0]!.slug}' exists here already`,
          },
        ]);
      }
      let written: { accountsCreated: string[]; codesChanged: number };
      try {
        written = await repo.write(data, replace ? clash.map((w) => w.id) : []);
      } catch (error) {
        if (error instanceof BackupReferenceError) {
          throw errors.backupUnreadable([
            { path: "data", message: `refers to a missing ${error.message}` },
          ]);
        }
        const code = databaseCode(error);
        if (
          code === uniqueViolation &&
          (await repo.existing(data.workspace.slug, data.workspace.id)).length
        ) {
          throw errors.backupWorkspaceExists([
            { path: "workspace.slug", message: "created meanwhile by someone else" },
          ]);
        }
        if (code?.startsWith("23") || code?.startsWith("22")) {
          throw errors.backupUnreadable([
            {
              path: "data",
              message: `the database refused it (${code}): ${(error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message}`,
            },
          ]);
        }
        throw error;
      }
      return {
        workspace: { id: data.workspace.id, slug: data.workspace.slug, name: data.workspace.name },
        replaced: replace ? clash.length : 0,
        counts: backupCounts(data),
        accountsCreated: written.accountsCreated.length,
        accountsWithoutPassword: await repo.withoutPassword(data.people.map((p) => p.email)),
        codesChanged: written.codesChanged,
      };
    },
  };
}
export type BackupService = ReturnType<typeof createBackupService>;
