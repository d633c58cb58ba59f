import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditPageSchema, auditQuerySchema } from "../../../domain/audit.ts";
import { slugSchema } from "../../../domain/workspaces.schemas.ts";
import { problemResponses } from "../../http/openapi.ts";
import { policies } from "../../http/policy.ts";
import type { RouteDeps } from "../deps.ts";

export async function auditRoutes(app: FastifyInstance, { services }: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/workspaces/:slug/audit",
    {
      config: { policy: policies.workspace("owner") },
      schema: {
        tags: ["audit"],
        summary: "The workspace's audit log, newest first (owners only)",
        params: z.object({ slug: slugSchema }),
        querystring: auditQuerySchema,
        response: { 200: auditPageSchema, ...problemResponses },
      },
    },
    async (request) => services.audit.page(request.workspace!.id, request.query),
  );
}
