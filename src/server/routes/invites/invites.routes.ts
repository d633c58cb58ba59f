import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { userSchema } from "../../../domain/auth.schemas.ts";
import {
  acceptInviteSchema,
  invitePreviewSchema,
  inviteTokenSchema,
  workspaceSchema,
} from "../../../domain/workspaces.schemas.ts";
import { errors } from "../../errors.ts";
import { noteForAudit } from "../../http/audit.ts";
import { problemResponses } from "../../http/openapi.ts";
import { policies } from "../../http/policy.ts";
import { setSessionCookie } from "../../http/session-cookie.ts";
import type { RouteDeps } from "../deps.ts";

const tokenParams = z.object({ token: inviteTokenSchema });

export async function invitesRoutes(app: FastifyInstance, { services, env }: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["invites"];

  r.get(
    "/invites/:token",
    {
      config: { policy: policies.public },
      schema: {
        tags,
        summary: "What an invitation link is for",
        params: tokenParams,
        response: { 200: invitePreviewSchema, ...problemResponses },
      },
    },
    async (request) => services.workspaces.previewInvite(request.params.token),
  );

  r.post(
    "/invites/:token/accept",
    {
      config: { policy: policies.optional },
      schema: {
        tags,
        summary: "Accept an invitation, creating an account on the way if not logged in",
        params: tokenParams,
        body: acceptInviteSchema,
        response: {
          200: z.object({ workspace: workspaceSchema, user: userSchema }),
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const { token } = request.params;
      let user = request.user;
      if (!user) {
        const account = request.body.account;
        if (!account) throw errors.unauthenticated();
        await services.workspaces.assertInviteUsable(token);
        user = await services.auth.createUser(account);
        noteForAudit(request, { userId: user.id });
        const sessionToken = await services.auth.startSession(user.id);
        setSessionCookie(request, reply, sessionToken, env.session.absoluteHours * 3600, env);
      }
      const workspace = await services.workspaces.acceptInvite(token, user.id);
      noteForAudit(request, { workspaceId: workspace.id });
      return { workspace, user };
    },
  );
}
