import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  createCriterionSchema,
  criterionSchema,
  decisionInputSchema,
  decisionSchema,
  decisionValues,
  myScoreSchema,
  scoreInputSchema,
  stakeholderGroupInputSchema,
  stakeholderGroupSchema,
  thresholdsSchema,
  updateCriterionSchema,
} from "../../../domain/delimitation.schemas.ts";
import { outcomes } from "../../../domain/scoring/index.ts";
import { spheres } from "../../../domain/spheres.ts";
import { slugSchema } from "../../../domain/workspaces.schemas.ts";
import { problemResponses } from "../../http/openapi.ts";
import { policies } from "../../http/policy.ts";
import type { RouteDeps } from "../deps.ts";

const slugParams = z.object({ slug: slugSchema });
const itemParams = slugParams.extend({ itemId: z.uuid() });
const criterionParams = slugParams.extend({ criterionId: z.uuid() });
const groupParams = slugParams.extend({ groupId: z.uuid() });

const overviewItemSchema = z.object({
  itemId: z.uuid(),
  name: z.string(),
  sphere: z.enum(spheres).nullable(),
  scorers: z.number(),
  degree: z.number().nullable(),
  outcome: z.enum(outcomes).nullable(),
  disagreement: z.number(),
  insufficient: z.boolean(),
  proposedSphere: z.enum(spheres).nullable(),
  decision: decisionSchema.nullable(),
});

/** The aggregate's own shape (src/domain/scoring/results.ts), passed through as computed. */
const itemFiguresSchema = z.object({
  result: z.looseObject({ itemId: z.string(), scorers: z.number() }).nullable(),
  olderAnswers: z.number(),
  decisions: z.array(decisionSchema),
  comments: z.array(z.string()),
});

export async function delimitationRoutes(app: FastifyInstance, { services }: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["delimitation"];
  const viewer = { policy: policies.workspace("viewer") };
  const member = { policy: policies.workspace("member") };
  const editor = { policy: policies.workspace("editor") };

  r.get(
    "/workspaces/:slug/criteria",
    {
      config: viewer,
      schema: {
        tags,
        summary: "The workspace's criteria in their current wording",
        params: slugParams,
        response: { 200: z.object({ criteria: z.array(criterionSchema) }), ...problemResponses },
      },
    },
    async (request) => ({ criteria: await services.criteria.list(request.workspace!.id) }),
  );

  r.post(
    "/workspaces/:slug/criteria",
    {
      config: editor,
      schema: {
        tags,
        summary: "Add a criterion of the workspace's own",
        params: slugParams,
        body: createCriterionSchema,
        response: { 201: criterionSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await services.criteria.create(request.workspace!.id, request.body, request.user!.id),
        ),
  );

  r.patch(
    "/workspaces/:slug/criteria/:criterionId",
    {
      config: editor,
      schema: {
        tags,
        summary: "Reword (new version), weight, enable or disable a criterion",
        params: criterionParams,
        body: updateCriterionSchema,
        response: { 200: criterionSchema, ...problemResponses },
      },
    },
    async (request) =>
      services.criteria.update(
        request.workspace!.id,
        request.params.criterionId,
        request.body,
        request.user!.id,
      ),
  );

  r.get(
    "/workspaces/:slug/items/:itemId/my-score",
    {
      config: member,
      schema: {
        tags,
        summary: "The logged-in user's latest score of an item, or null",
        params: itemParams,
        response: { 200: z.object({ score: myScoreSchema }), ...problemResponses },
      },
    },
    async (request) => ({
      score: await services.scores.mine(
        request.workspace!.id,
        request.params.itemId,
        request.user!.id,
      ),
    }),
  );

  r.put(
    "/workspaces/:slug/items/:itemId/my-score",
    {
      config: member,
      schema: {
        tags,
        summary: "Score an item (replaces the user's earlier score of it)",
        params: itemParams,
        body: scoreInputSchema,
        response: { 200: z.object({ score: myScoreSchema }), ...problemResponses },
      },
    },
    async (request) => ({
      score: await services.scores.put(
        request.workspace!.id,
        request.params.itemId,
        request.user!.id,
        request.body,
      ),
    }),
  );

  r.get(
    "/workspaces/:slug/delimitation",
    {
      config: viewer,
      schema: {
        tags,
        summary: "Every item's outcome, most disagreement first (optionally of one live session)",
        params: slugParams,
        querystring: z.object({ session: z.uuid().optional() }),
        response: {
          200: z.object({
            items: z.array(overviewItemSchema),
            thresholds: z.object({ lower: z.number(), upper: z.number() }),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const workspaceId = request.workspace!.id;
      const [items, thresholds] = await Promise.all([
        services.delimitation.overview(workspaceId, request.query.session),
        services.delimitation.thresholds(workspaceId),
      ]);
      return { items, thresholds };
    },
  );

  r.get(
    "/workspaces/:slug/delimitation/items/:itemId",
    {
      config: viewer,
      schema: {
        tags,
        summary: "One item's figures per criterion and stakeholder group, and its decisions",
        params: itemParams,
        response: { 200: itemFiguresSchema, ...problemResponses },
      },
    },
    async (request) => {
      const figures = await services.delimitation.item(
        request.workspace!.id,
        request.params.itemId,
      );
      return {
        ...figures,
        result: figures.result as unknown as
          | (Record<string, unknown> & { itemId: string; scorers: number })
          | null,
      };
    },
  );

  r.post(
    "/workspaces/:slug/items/:itemId/decisions",
    {
      config: editor,
      schema: {
        tags,
        summary: "Record the group's decision on an item (binnen, grensgeval, buiten)",
        params: itemParams,
        body: decisionInputSchema,
        response: { 201: z.object({ decision: z.enum(decisionValues) }), ...problemResponses },
      },
    },
    async (request, reply) => {
      await services.scores.decide(
        request.workspace!.id,
        request.params.itemId,
        request.body,
        request.user!.id,
      );
      return reply.code(201).send({ decision: request.body.decision });
    },
  );

  r.get(
    "/workspaces/:slug/summary",
    {
      config: viewer,
      schema: {
        tags,
        summary: "Onze sociale basis: the criteria as used and every item's decision",
        params: slugParams,
        response: {
          200: z.object({
            criteria: z.array(criterionSchema),
            items: z.array(
              z.object({
                itemId: z.uuid(),
                name: z.string(),
                sphere: z.enum(spheres).nullable(),
                decision: decisionSchema.nullable(),
              }),
            ),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => services.delimitation.summary(request.workspace!.id),
  );

  r.put(
    "/workspaces/:slug/thresholds",
    {
      config: editor,
      schema: {
        tags,
        summary: "Where 'eerder niet' ends and 'eerder wel' begins (degree 0..1)",
        params: slugParams,
        body: thresholdsSchema,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await services.delimitation.setThresholds(
        request.workspace!.id,
        request.body.lower,
        request.body.upper,
      );
      return reply.code(204).send(null);
    },
  );

  r.get(
    "/workspaces/:slug/stakeholder-groups",
    {
      config: viewer,
      schema: {
        tags,
        summary: "Stakeholder groups, and the user's own",
        params: slugParams,
        response: {
          200: z.object({ groups: z.array(stakeholderGroupSchema), mine: z.uuid().nullable() }),
          ...problemResponses,
        },
      },
    },
    async (request) => ({
      groups: await services.scores.stakeholderGroups(request.workspace!.id),
      mine: await services.scores.myGroup(request.workspace!.id, request.user!.id),
    }),
  );

  r.post(
    "/workspaces/:slug/stakeholder-groups",
    {
      config: editor,
      schema: {
        tags,
        summary: "Add a stakeholder group",
        params: slugParams,
        body: stakeholderGroupInputSchema,
        response: { 201: stakeholderGroupSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await services.scores.addGroup(request.workspace!.id, request.body.name)),
  );

  r.patch(
    "/workspaces/:slug/stakeholder-groups/:groupId",
    {
      config: editor,
      schema: {
        tags,
        summary: "Rename a stakeholder group",
        params: groupParams,
        body: stakeholderGroupInputSchema,
        response: { 200: stakeholderGroupSchema, ...problemResponses },
      },
    },
    async (request) =>
      services.scores.renameGroup(request.workspace!.id, request.params.groupId, request.body.name),
  );

  r.delete(
    "/workspaces/:slug/stakeholder-groups/:groupId",
    {
      config: editor,
      schema: {
        tags,
        summary: "Remove a stakeholder group nobody scores for",
        params: groupParams,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await services.scores.removeGroup(request.workspace!.id, request.params.groupId);
      return reply.code(204).send(null);
    },
  );

  r.put(
    "/workspaces/:slug/membership/group",
    {
      config: viewer,
      schema: {
        tags,
        summary: "Choose the stakeholder group you score for",
        params: slugParams,
        body: z.strictObject({ groupId: z.uuid().nullable() }),
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await services.scores.setMyGroup(
        request.workspace!.id,
        request.user!.id,
        request.body.groupId,
      );
      return reply.code(204).send(null);
    },
  );
}
