import { z } from "zod";
import { currentPasswordSchema } from "./auth.schemas.ts";

/** The longest retention a workspace can set for raw session data: ten years. */
export const retentionDaysMax = 3650;

/** Deleting one's own account: the password again, so a left-open browser cannot do it. */
export const deleteAccountSchema = z.object({
  password: currentPasswordSchema,
});
export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;

const workspaceRefSchema = z.object({ slug: z.string(), name: z.string() });

/** What deleting the account would do, shown before the user confirms. */
export const deletionPreviewSchema = z.object({
  /** Workspaces the user is the only owner of while others are members: deletion is refused. */
  blocking: z.array(workspaceRefSchema),
  /** Workspaces the user is the only member of: deleted with the account. */
  deletedWithAccount: z.array(workspaceRefSchema),
});
export type DeletionPreview = z.infer<typeof deletionPreviewSchema>;

/** Days after a session's meeting date before its raw data is purged; null keeps it. */
export const sessionRetentionSchema = z.object({
  days: z.number().int().min(0).max(retentionDaysMax).nullable(),
});
export type SessionRetention = z.infer<typeof sessionRetentionSchema>;
