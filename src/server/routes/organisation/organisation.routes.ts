import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { problemResponses } from "../../http/openapi.ts";
import { policies } from "../../http/policy.ts";
import type { RouteDeps } from "../deps.ts";

/** The deploying organisation, for the accessibility statement (env ORGANISATION_NAME, …). */
export async function organisationRoutes(app: FastifyInstance, { env }: RouteDeps) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/organisation",
    {
      config: { policy: policies.public },
      schema: {
        tags: ["organisation"],
        summary: "The organisation that offers this installation, and its accessibility contact",
        response: {
          200: z.object({
            name: z.string().nullable(),
            accessibilityContact: z.string().nullable(),
          }),
          ...problemResponses,
        },
      },
    },
    async () => env.organisation,
  );
}
