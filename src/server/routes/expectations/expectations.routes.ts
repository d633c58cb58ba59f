import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  localExpectationInputSchema,
  localExpectationPatchSchema,
  nationalExpectationKeys,
  realismRatingInputSchema,
  realismRatings,
} from "../../../domain/expectations/index.ts";
import { spheres } from "../../../domain/spheres.ts";
import { slugSchema } from "../../../domain/workspaces.schemas.ts";
import { problemResponses } from "../../http/openapi.ts";
import { policies } from "../../http/policy.ts";
import type { RouteDeps } from "../deps.ts";

const slugParams = z.object({ slug: slugSchema });
const expectationParams = slugParams.extend({ expectationId: z.uuid() });

const expectationSchema = z.object({
  id: z.uuid(),
  nationalKey: z.enum(nationalExpectationKeys).nullable(),
  /** The library's texts in Dutch and English, with pages (src/domain/expectations/library.ts). */
  national: z.looseObject({ title: z.string() }).nullable(),
  title: z.string(),
  source: z.string(),
  page: z.string(),
  expects: z.string(),
  purpose: z.string(),
  themes: z.array(z.string()),
  forces: z.array(z.string()),
  relievesFormalCare: z.boolean(),
  spheres: z.array(z.enum(spheres)),
  itemIds: z.array(z.uuid()),
  /** The aggregate's own shape (src/domain/expectations/realism.ts), passed through. */
  realism: z.looseObject({ n: z.number() }),
  realismGroups: z.array(
    z.looseObject({ group: z.uuid().nullable(), pooled: z.boolean(), people: z.number() }),
  ),
  needed: z.array(z.string()),
  myRating: z.object({ rating: z.enum(realismRatings), needed: z.string() }).nullable(),
});

export async function expectationsRoutes(app: FastifyInstance, { services }: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["expectations"];
  const viewer = { policy: policies.workspace("viewer") };
  const member = { policy: policies.workspace("member") };
  const editor = { policy: policies.workspace("editor") };

  r.get(
    "/workspaces/:slug/expectations",
    {
      config: viewer,
      schema: {
        tags,
        summary: "The national library and the workspace's own expectations, with realism",
        params: slugParams,
        response: {
          200: z.object({ expectations: z.array(expectationSchema) }),
          ...problemResponses,
        },
      },
    },
    async (request) => ({
      expectations: await services.expectations.list(request.workspace!.id, request.user!.id),
    }),
  );

  r.get(
    "/workspaces/:slug/expectations/load",
    {
      config: viewer,
      schema: {
        tags,
        summary: "How much each sphere and item is leaned on, with warnings",
        params: slugParams,
        response: {
          /** The analysis's own shape (src/domain/expectations/load.ts), passed through. */
          200: z.object({
            spheres: z.unknown(),
            items: z.unknown(),
            warnings: z.array(z.unknown()),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => services.expectations.load(request.workspace!.id, request.user!.id),
  );

  r.get(
    "/workspaces/:slug/expectations/:expectationId",
    {
      config: viewer,
      schema: {
        tags,
        summary: "One expectation",
        params: expectationParams,
        response: { 200: expectationSchema, ...problemResponses },
      },
    },
    async (request) =>
      services.expectations.get(
        request.workspace!.id,
        request.params.expectationId,
        request.user!.id,
      ),
  );

  r.post(
    "/workspaces/:slug/expectations",
    {
      config: editor,
      schema: {
        tags,
        summary: "Add an expectation of the workspace's own",
        params: slugParams,
        body: localExpectationInputSchema,
        response: { 201: expectationSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await services.expectations.create(request.workspace!.id, request.body, request.user!.id),
        ),
  );

  r.patch(
    "/workspaces/:slug/expectations/:expectationId",
    {
      config: editor,
      schema: {
        tags,
        summary: "Change an expectation; of a national one only its links and reading",
        params: expectationParams,
        body: localExpectationPatchSchema,
        response: { 200: expectationSchema, ...problemResponses },
      },
    },
    async (request) =>
      services.expectations.update(
        request.workspace!.id,
        request.params.expectationId,
        request.body,
        request.user!.id,
      ),
  );

  r.delete(
    "/workspaces/:slug/expectations/:expectationId",
    {
      config: editor,
      schema: {
        tags,
        summary: "Remove an expectation of the workspace's own",
        params: expectationParams,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await services.expectations.remove(request.workspace!.id, request.params.expectationId);
      return reply.code(204).send(null);
    },
  );

  r.put(
    "/workspaces/:slug/expectations/:expectationId/my-rating",
    {
      config: member,
      schema: {
        tags,
        summary: "Rate how realistic an expectation is, and what would be needed",
        params: expectationParams,
        body: realismRatingInputSchema,
        response: { 200: expectationSchema, ...problemResponses },
      },
    },
    async (request) =>
      services.expectations.rate(
        request.workspace!.id,
        request.params.expectationId,
        request.user!.id,
        request.body,
      ),
  );
}
