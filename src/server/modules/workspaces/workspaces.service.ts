import type { WorkspaceRole } from "../../../domain/roles.ts";
import { slugify } from "../../../domain/slug.ts";
import type {
  CreateInviteInput,
  CreateWorkspaceInput,
  Invite,
  InvitePreview,
  Member,
  WorkspaceSummary,
} from "../../../domain/workspaces.schemas.ts";
import { errors } from "../../errors.ts";
import { hashToken, newToken } from "../auth/tokens.ts";
import type { WorkspacesRepository } from "./workspaces.repository.ts";

export function createWorkspacesService(
  repo: WorkspacesRepository,
  now: () => Date = () => new Date(),
) {
  async function changeMembership(workspaceId: string, userId: string, role: WorkspaceRole | null) {
    const outcome = await repo.changeMembership(workspaceId, userId, role);
    if (outcome === "not_found") throw errors.notFound();
    if (outcome === "last_owner") throw errors.lastOwner();
  }

  async function findUsableInvite(token: string) {
    const found = await repo.findInvite(hashToken(token));
    if (!found || found.invite.revokedAt) throw errors.notFound();
    if (found.invite.acceptedAt) throw errors.inviteUsed();
    if (found.invite.expiresAt <= now()) throw errors.inviteExpired();
    return found;
  }

  return {
    listForUser: (userId: string): Promise<WorkspaceSummary[]> => repo.listForUser(userId),

    async create(input: CreateWorkspaceInput, ownerId: string): Promise<WorkspaceSummary> {
      const slug = input.slug ?? slugify(input.name);
      if (slug.length < 2) throw errors.validation([{ path: "slug", message: "slug" }]);
      const workspace = await repo.create({ slug, name: input.name }, ownerId);
      if (!workspace) throw errors.slugTaken();
      return { id: workspace.id, slug: workspace.slug, name: workspace.name, role: "owner" };
    },

    counts: (workspaceId: string) => repo.counts(workspaceId),

    async listMembers(workspaceId: string): Promise<Member[]> {
      const rows = await repo.listMembers(workspaceId);
      return rows.map((r) => ({ ...r, joinedAt: r.joinedAt.toISOString() }));
    },

    changeRole: (workspaceId: string, userId: string, role: WorkspaceRole): Promise<void> =>
      changeMembership(workspaceId, userId, role),

    /** Removes a member, or lets a member leave; a workspace always keeps one owner. */
    removeMember: (workspaceId: string, userId: string): Promise<void> =>
      changeMembership(workspaceId, userId, null),

    async createInvite(
      workspaceId: string,
      createdBy: string,
      input: CreateInviteInput,
    ): Promise<{ invite: Invite; token: string }> {
      const token = newToken();
      const expiresAt = new Date(now().getTime() + input.expiresInDays * 86_400_000);
      const row = await repo.insertInvite({
        workspaceId,
        tokenHash: hashToken(token),
        role: input.role,
        createdBy,
        expiresAt,
      });
      return { invite: toInvite(row), token };
    },

    async listInvites(workspaceId: string): Promise<Invite[]> {
      return (await repo.listOpenInvites(workspaceId, now())).map(toInvite);
    },

    async revokeInvite(workspaceId: string, inviteId: string): Promise<void> {
      if (!(await repo.revokeInvite(workspaceId, inviteId, now()))) throw errors.notFound();
    },

    async previewInvite(token: string): Promise<InvitePreview> {
      const { invite, workspace } = await findUsableInvite(token);
      return {
        workspaceName: workspace.name,
        role: invite.role,
        expiresAt: invite.expiresAt.toISOString(),
      };
    },

    async acceptInvite(token: string, userId: string): Promise<WorkspaceSummary> {
      const { invite, workspace } = await findUsableInvite(token);
      if (await repo.findMember(workspace.id, userId)) throw errors.alreadyMember();
      if (!(await repo.acceptInvite(invite.id, userId, now()))) throw errors.inviteUsed();
      return { id: workspace.id, slug: workspace.slug, name: workspace.name, role: invite.role };
    },

    /** Checks the invite can still be used, without using it (before creating an account). */
    async assertInviteUsable(token: string): Promise<void> {
      await findUsableInvite(token);
    },
  };
}
export type WorkspacesService = ReturnType<typeof createWorkspacesService>;

function toInvite(row: {
  id: string;
  role: WorkspaceRole;
  expiresAt: Date;
  createdAt: Date;
}): Invite {
  return {
    id: row.id,
    role: row.role,
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
  };
}
