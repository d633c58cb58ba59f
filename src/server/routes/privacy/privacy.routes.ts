import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  changePasswordSchema,
  updateProfileSchema,
  userSchema,
} from "../../../domain/auth.schemas.ts";
import {
  deleteAccountSchema,
  deletionPreviewSchema,
  sessionRetentionSchema,
} from "../../../domain/privacy.schemas.ts";
import { slugSchema } from "../../../domain/workspaces.schemas.ts";
import { noteForAudit } from "../../http/audit.ts";
import { problemResponses } from "../../http/openapi.ts";
import { policies } from "../../http/policy.ts";
import { clearSessionCookie, readSessionCookie } from "../../http/session-cookie.ts";
import type { RouteDeps } from "../deps.ts";

const slugParams = z.object({ slug: slugSchema });

/**
 * The data subject's rights (download, correct, delete; the password with them) and the
 * workspace's retention of session data.
 */
export async function privacyRoutes(app: FastifyInstance, { services, env }: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["privacy"];

  r.get(
    "/account/data",
    {
      config: { policy: policies.authenticated },
      schema: {
        tags,
        summary:
          "Everything stored about the logged-in user, as a JSON file to download (no password hash, no tokens)",
      },
    },
    async (request, reply) => {
      const data = await services.privacy.accountData(request.user!.id);
      const day = data.exportedAt.slice(0, 10);
      return reply
        .header("content-disposition", `attachment; filename="mijn-gegevens-${day}.json"`)
        .header("cache-control", "no-store")
        .type("application/json; charset=utf-8")
        .send(JSON.stringify(data, null, 2));
    },
  );

  r.patch(
    "/account",
    {
      config: { policy: policies.authenticated },
      schema: {
        tags,
        summary:
          "Change the logged-in user's name or e-mail address (a new address needs currentPassword)",
        body: updateProfileSchema,
        response: { 200: z.object({ user: userSchema }), ...problemResponses },
      },
    },
    async (request) => ({
      user: await services.auth.updateProfile(request.user!, request.body, request.ip),
    }),
  );

  r.put(
    "/account/password",
    {
      config: { policy: policies.authenticated },
      schema: {
        tags,
        summary:
          "Change the logged-in user's password; their other login sessions end, this one stays",
        body: changePasswordSchema,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await services.auth.changePassword(
        request.user!,
        request.body,
        request.ip,
        readSessionCookie(request),
      );
      return reply.code(204).send(null);
    },
  );

  r.get(
    "/account/deletion",
    {
      config: { policy: policies.authenticated },
      schema: {
        tags,
        summary: "What deleting the account would do: workspaces that block it or go with it",
        response: { 200: deletionPreviewSchema, ...problemResponses },
      },
    },
    async (request) => services.privacy.deletionPreview(request.user!.id),
  );

  r.delete(
    "/account",
    {
      config: { policy: policies.authenticated },
      schema: {
        tags,
        summary:
          "Delete the logged-in user's account (password again); scores and ratings stay, anonymised",
        body: deleteAccountSchema,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await services.privacy.deleteAccount(request.user!, request.body.password, request.ip);
      noteForAudit(request, { userId: null });
      clearSessionCookie(request, reply, env);
      return reply.code(204).send(null);
    },
  );

  r.get(
    "/workspaces/:slug/session-retention",
    {
      config: { policy: policies.workspace("viewer") },
      schema: {
        tags,
        summary: "Days after a session's date before its raw data is purged (null: kept)",
        params: slugParams,
        response: { 200: sessionRetentionSchema, ...problemResponses },
      },
    },
    async (request) => ({ days: await services.privacy.retention(request.workspace!.id) }),
  );

  r.put(
    "/workspaces/:slug/session-retention",
    {
      config: { policy: policies.workspace("owner") },
      schema: {
        tags,
        summary: "Set the retention of raw session data; owners only",
        params: slugParams,
        body: sessionRetentionSchema,
        response: { 200: sessionRetentionSchema, ...problemResponses },
      },
    },
    async (request) => {
      await services.privacy.setRetention(request.workspace!.id, request.body.days);
      return { days: request.body.days };
    },
  );
}
