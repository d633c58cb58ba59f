import type { User } from "../../../domain/auth.schemas.ts";
import { errors } from "../../errors.ts";
import type { AuthService } from "../auth/auth.service.ts";
import type { PrivacyRepository } from "./privacy.repository.ts";

/** The format name and version of the "download my data" file. */
export const accountDataFormat = { format: "sociale-basis-account-data", version: 1 } as const;

/** How often the server looks for sessions whose raw data is due to be purged. */
export const purgeIntervalMs = 60 * 60_000;

const group = (key: string | null, name: string | null) => (key || name ? { key, name } : null);

export function createPrivacyService(
  repo: PrivacyRepository,
  auth: AuthService,
  retention: { accountLogRetentionDays: number },
) {
  /** Today in UTC as yyyy-mm-dd: the meeting dates are plain dates. */
  const day = (now: Date) => now.toISOString().slice(0, 10);

  /**
   * Purges the raw data of every session whose retention has passed, and the audit entries
   * outside any workspace (logins, account changes) older than their retention; returns how many
   * of each.
   */
  async function purge(now = new Date()): Promise<{ sessions: number; accountLogEntries: number }> {
    const sessions = (await repo.purgeExpiredSessions(day(now))).length;
    const before = new Date(now.getTime() - retention.accountLogRetentionDays * 86_400_000);
    return { sessions, accountLogEntries: await repo.purgeAccountLog(before) };
  }

  return {
    /**
     * Everything stored about the user, as one JSON document for "download my data" (AVG art. 15
     * and 20). No password hash and no tokens: they are not data about the person, and a token
     * in a file would be a key.
     */
    async accountData(userId: string, now = new Date()) {
      const data = await repo.accountData(userId);
      if (!data) throw errors.notFound();
      const answersByScore = new Map<string, typeof data.answerRows>();
      for (const a of data.answerRows) {
        const list = answersByScore.get(a.scoreId) ?? [];
        list.push(a);
        answersByScore.set(a.scoreId, list);
      }
      return {
        ...accountDataFormat,
        exportedAt: now.toISOString(),
        profile: data.profile,
        loginSessions: data.loginSessions,
        memberships: data.memberRows.map((m) => ({
          workspace: m.workspace,
          role: m.role,
          stakeholderGroup: group(m.groupKey, m.groupName),
          joinedAt: m.joinedAt,
        })),
        scores: data.scoreRows.map(({ id, groupKey, groupName, ...s }) => ({
          ...s,
          stakeholderGroup: group(groupKey, groupName),
          answers: (answersByScore.get(id) ?? []).map(({ scoreId: _, ...a }) => a),
        })),
        realismRatings: data.ratingRows,
        itemChanges: data.changeRows,
        items: data.createdItems,
        decisions: data.decisionRows,
        criterionWordings: data.versionRows,
        expectations: data.expectationRows,
        sessions: data.sessionRows,
        snapshots: data.snapshotRows,
        invites: data.inviteRows,
        auditEvents: data.auditRows,
      };
    },

    /** What deleting the account would do: which workspaces block it, which go with it. */
    async deletionPreview(userId: string) {
      const owned = await repo.ownedWorkspaces(userId);
      const ref = ({ slug, name }: { slug: string; name: string }) => ({ slug, name });
      return {
        blocking: owned.filter((w) => w.otherMembers > 0 && w.otherOwners === 0).map(ref),
        deletedWithAccount: owned.filter((w) => w.otherMembers === 0).map(ref),
      };
    },

    /**
     * Deletes the account after the password is given again. Refused while the user is the only
     * owner of a workspace with other members; workspaces where they are the only member are
     * deleted with them. Their scores and ratings stay, without a name (anonymised).
     */
    async deleteAccount(user: User, password: string, ip: string) {
      await auth.confirmPassword(user, password, ip);
      const result = await repo.deleteAccount(user.id);
      if (!result.deleted) {
        throw errors.accountOwnsWorkspace(
          result.blocking.map((w) => ({ path: `workspaces.${w.slug}`, message: w.name })),
        );
      }
      return { deletedWorkspaces: result.workspaces.length };
    },

    retention: (workspaceId: string) => repo.retention(workspaceId),
    setRetention: (workspaceId: string, days: number | null) =>
      repo.setRetention(workspaceId, days),

    purge,

    /**
     * Purges now and then every `intervalMs`; returns a stop function. A failure is logged and
     * tried again at the next turn.
     */
    startPurging(
      log: { error(obj: object, msg: string): void; info(obj: object, msg: string): void },
      intervalMs = purgeIntervalMs,
    ) {
      const run = () =>
        purge()
          .then(({ sessions, accountLogEntries }) => {
            if (sessions)
              log.info({ sessions }, "purged raw data of ended sessions past retention");
            if (accountLogEntries) {
              log.info(
                { accountLogEntries },
                "purged audit entries outside workspaces past retention",
              );
            }
          })
          .catch((err) => log.error({ err }, "purging session data failed"));
      let running = run();
      const timer = setInterval(() => {
        running = running.then(run);
      }, intervalMs);
      timer.unref();
      return async () => {
        clearInterval(timer);
        await running;
      };
    },
  };
}
export type PrivacyService = ReturnType<typeof createPrivacyService>;
