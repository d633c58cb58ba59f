import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  deleteAccountSchema,
  deletionPreviewSchema,
  sessionRetentionSchema,
} from "../../../domain/privacy.schemas.ts";
import { slugSchema } from "../../../domain/workspaces.schemas.ts";
import { noteForAudit } from "../../http/audit.ts";
import { problemResponses } from "../../http/openapi.ts";
import { policies } from "../../http/policy.ts";
import { clearSessionCookie } from "../../http/session-cookie.ts";
import type { RouteDeps } from "../deps.ts";

const slugParams = z.object({ slug: slugSchema });

/** The data subject's rights (download, delete) and the workspace's retention of session data. */
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
