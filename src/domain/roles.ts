/** Workspace roles, from most to least powerful. */
export const workspaceRoles = ["owner", "editor", "member", "viewer"] as const;
export type WorkspaceRole = (typeof workspaceRoles)[number];

const rank: Record<WorkspaceRole, number> = { owner: 4, editor: 3, member: 2, viewer: 1 };

/** True when `actual` grants at least what `required` grants. */
export function roleSatisfies(actual: WorkspaceRole, required: WorkspaceRole): boolean {
  return rank[actual] >= rank[required];
}
