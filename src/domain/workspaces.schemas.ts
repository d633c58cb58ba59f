import { z } from "zod";
import { createUserSchema } from "./auth.schemas.ts";
import { limits } from "./limits.ts";
import { workspaceRoles } from "./roles.ts";
import { slugPattern } from "./slug.ts";

export const workspaceRoleSchema = z.enum(workspaceRoles);

export const slugSchema = z.string().min(2).max(60).regex(slugPattern);

export const workspaceSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  role: workspaceRoleSchema,
});
export type WorkspaceSummary = z.infer<typeof workspaceSchema>;

export const createWorkspaceSchema = z.object({
  name: z.string().trim().min(2).max(limits.workspaceNameMax),
  slug: slugSchema.optional(),
});
export type CreateWorkspaceInput = z.infer<typeof createWorkspaceSchema>;

export const memberSchema = z.object({
  userId: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: workspaceRoleSchema,
  joinedAt: z.string(),
});
export type Member = z.infer<typeof memberSchema>;

export const updateMemberSchema = z.object({ role: workspaceRoleSchema });
export type UpdateMemberInput = z.infer<typeof updateMemberSchema>;

export const createInviteSchema = z.object({
  role: workspaceRoleSchema.exclude(["owner"]),
  expiresInDays: z.number().int().min(limits.inviteDaysMin).max(limits.inviteDaysMax).default(7),
});
export type CreateInviteInput = z.infer<typeof createInviteSchema>;

export const inviteSchema = z.object({
  id: z.uuid(),
  role: workspaceRoleSchema,
  expiresAt: z.string(),
  createdAt: z.string(),
});
export type Invite = z.infer<typeof inviteSchema>;

export const inviteTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{32,64}$/);

export const invitePreviewSchema = z.object({
  workspaceName: z.string(),
  role: workspaceRoleSchema,
  expiresAt: z.string(),
});
export type InvitePreview = z.infer<typeof invitePreviewSchema>;

/** Accepting an invite: signed in (empty body) or creating an account on the way. */
export const acceptInviteSchema = z.object({ account: createUserSchema.optional() });
export type AcceptInviteInput = z.infer<typeof acceptInviteSchema>;

export const workspaceOverviewSchema = z.object({
  workspace: workspaceSchema,
  counts: z.object({ items: z.number(), areas: z.number(), members: z.number() }),
});
export type WorkspaceOverview = z.infer<typeof workspaceOverviewSchema>;
