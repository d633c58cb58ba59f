import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { policies } from "../../http/policy.ts";
import type { RouteDeps } from "../deps.ts";

const healthSchema = z.object({
  status: z.enum(["ok", "degraded"]),
  db: z.enum(["pglite", "postgres"]),
  version: z.string(),
});

export async function healthRoutes(app: FastifyInstance, { services }: RouteDeps) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/healthz",
    {
      config: { policy: policies.public },
      schema: {
        tags: ["meta"],
        summary: "Liveness and database check",
        response: { 200: healthSchema, 503: healthSchema },
      },
    },
    async (_request, reply) => {
      const health = await services.health.check();
      return reply.code(health.status === "ok" ? 200 : 503).send(health);
    },
  );
}
