import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { themeColorKeys, themeSchema } from "../../../domain/theme/index.ts";
import { slugSchema } from "../../../domain/workspaces.schemas.ts";
import { problemResponses } from "../../http/openapi.ts";
import { policies } from "../../http/policy.ts";
import { requestLanguage } from "../../http/problems.ts";
import type { RouteDeps } from "../deps.ts";

const slugParams = z.object({ slug: slugSchema });
const themeResponse = z.object({
  theme: z.object({
    colors: z.partialRecord(z.enum(themeColorKeys), z.string()),
    logo: z.string().nullable(),
  }),
});

export async function themeRoutes(app: FastifyInstance, { services }: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["workspaces"];

  r.get(
    "/workspaces/:slug/theme",
    {
      config: { policy: policies.workspace("viewer") },
      schema: {
        tags,
        summary: "The workspace's theme (colour tokens and logo); empty is the default theme",
        params: slugParams,
        response: { 200: themeResponse, ...problemResponses },
      },
    },
    async (request) => ({ theme: await services.theme.get(request.workspace!.id) }),
  );

  r.put(
    "/workspaces/:slug/theme",
    {
      config: { policy: policies.workspace("owner") },
      // A logo of at most 100 kB is about 137 kB as a data URL.
      bodyLimit: 256 * 1024,
      schema: {
        tags,
        summary:
          "Replace the theme; refused (422, every failing pair) if it breaks WCAG AA contrast",
        params: slugParams,
        body: themeSchema,
        response: { 200: themeResponse, ...problemResponses },
      },
    },
    async (request) => ({
      theme: await services.theme.set(
        request.workspace!.id,
        request.body,
        requestLanguage(request),
      ),
    }),
  );
}
