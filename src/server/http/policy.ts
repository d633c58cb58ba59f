import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import type { User } from "../../domain/auth.schemas.ts";
import { roleSatisfies, type WorkspaceRole, workspaceRoles } from "../../domain/roles.ts";
import { slugSchema } from "../../domain/workspaces.schemas.ts";
import { errors } from "../errors.ts";
import type { AuthService, WorkspaceMembership } from "../modules/auth/auth.service.ts";
import { readSessionCookie } from "./session-cookie.ts";

/**
 * Who may call a route. Every route declares one; a route without one is refused.
 * - public: anyone; the user is not looked up
 * - optional: anyone; the user is looked up when a session cookie is sent
 * - authenticated: a logged-in user
 * - workspace: a member of the workspace named by `:slug` with at least `role`;
 *   non-members get 404, as if the workspace did not exist
 */
export type Policy =
  | { access: "public" }
  | { access: "optional" }
  | { access: "authenticated" }
  | { access: "workspace"; role: WorkspaceRole };

export const policies = {
  public: { access: "public" },
  optional: { access: "optional" },
  authenticated: { access: "authenticated" },
  workspace: (role: WorkspaceRole): Policy => ({ access: "workspace", role }),
} as const satisfies Record<string, Policy | ((role: WorkspaceRole) => Policy)>;

declare module "fastify" {
  interface FastifyContextConfig {
    policy?: Policy;
  }
  interface FastifyRequest {
    user: User | null;
    workspace: WorkspaceMembership | null;
  }
}

/** True when a value is a well-formed policy (used by the route-policy test, too). */
export function isPolicy(value: unknown): value is Policy {
  if (!value || typeof value !== "object") return false;
  const access = (value as { access?: unknown }).access;
  if (access === "workspace") {
    return (workspaceRoles as readonly unknown[]).includes((value as { role?: unknown }).role);
  }
  return access === "public" || access === "optional" || access === "authenticated";
}

export const authorisationPlugin = fp(
  async (app: FastifyInstance, opts: { auth: AuthService }) => {
    app.decorateRequest("user", null);
    app.decorateRequest("workspace", null);

    async function identify(request: FastifyRequest): Promise<User | null> {
      const token = readSessionCookie(request);
      return token ? opts.auth.authenticate(token) : null;
    }

    app.addHook("onRequest", async (request) => {
      if (request.is404) return;
      const policy = request.routeOptions.config.policy;
      if (!isPolicy(policy)) {
        request.log.error({ url: request.routeOptions.url }, "route without authorisation policy");
        throw errors.forbidden();
      }
      if (policy.access === "public") return;
      if (policy.access !== "workspace") {
        request.user = await identify(request);
        if (!request.user && policy.access === "authenticated") throw errors.unauthenticated();
        return;
      }
      const token = readSessionCookie(request);
      if (!token) throw errors.unauthenticated();
      const slug = (request.params as { slug?: unknown }).slug;
      // Checked before the lookup: validation runs after this hook, and a slug with a NUL in
      // it would reach the database (a server error) instead of answering "not found".
      if (typeof slug !== "string" || !slugSchema.safeParse(slug).success) throw errors.notFound();
      const found = await opts.auth.authenticateInWorkspace(token, slug);
      if (!found) throw errors.unauthenticated();
      request.user = found.user;
      if (!found.membership) throw errors.notFound();
      if (!roleSatisfies(found.membership.role, policy.role)) throw errors.forbidden();
      request.workspace = found.membership;
    });
  },
  { name: "authorisation" },
);
