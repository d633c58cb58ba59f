import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { spheres } from "../../../domain/spheres.ts";
import {
  actionInputSchema,
  actionStatuses,
  directions,
  indicatorInputSchema,
  measurementInputSchema,
  roleKeys,
  snapshotInputSchema,
  sphereRolesSchema,
} from "../../../domain/strengthening/index.ts";
import { slugSchema } from "../../../domain/workspaces.schemas.ts";
import { problemResponses } from "../../http/openapi.ts";
import { policies } from "../../http/policy.ts";
import type { RouteDeps } from "../deps.ts";

const slugParams = z.object({ slug: slugSchema });
const idParams = slugParams.extend({ id: z.uuid() });

const rolesSchema = z.object({
  spheres: z.array(
    z.object({
      sphere: z.enum(spheres),
      roles: z.array(z.enum(roleKeys)),
      explanation: z.string(),
      isDefault: z.boolean(),
    }),
  ),
});

const actionSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string(),
  spheres: z.array(z.enum(spheres)),
  itemIds: z.array(z.uuid()),
  expectationIds: z.array(z.uuid()),
  indicatorIds: z.array(z.uuid()),
  owner: z.string(),
  budget: z.number().nullable(),
  from: z.string().nullable(),
  until: z.string().nullable(),
  status: z.enum(actionStatuses),
  updatedAt: z.string(),
});

const indicatorSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  unit: z.string(),
  direction: z.enum(directions),
  source: z.string(),
  libraryKey: z.string().nullable(),
  measurements: z.array(
    z.object({ id: z.uuid(), date: z.string(), value: z.number(), note: z.string() }),
  ),
  trend: z.enum(["better", "worse", "same", "unknown"]),
});

const snapshotSchema = z.object({ id: z.uuid(), label: z.string(), takenAt: z.string() });

export async function strengtheningRoutes(app: FastifyInstance, { services }: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["strengthening"];
  const viewer = { policy: policies.workspace("viewer") };
  const editor = { policy: policies.workspace("editor") };
  const s = services.strengthening;
  const noContent = { 204: z.null(), ...problemResponses };

  r.get(
    "/workspaces/:slug/roles",
    {
      config: viewer,
      schema: {
        tags,
        summary: "The municipality's roles per sphere",
        params: slugParams,
        response: { 200: rolesSchema, ...problemResponses },
      },
    },
    async (request) => ({ spheres: await s.roles(request.workspace!.id) }),
  );

  r.put(
    "/workspaces/:slug/roles/:sphere",
    {
      config: editor,
      schema: {
        tags,
        summary: "Chooses the roles in one sphere, with an explanation",
        params: slugParams.extend({ sphere: z.enum(spheres) }),
        body: sphereRolesSchema,
        response: { 200: rolesSchema, ...problemResponses },
      },
    },
    async (request) => ({
      spheres: await s.setRoles(request.workspace!.id, request.params.sphere, request.body),
    }),
  );

  r.get(
    "/workspaces/:slug/actions",
    {
      config: viewer,
      schema: {
        tags,
        summary: "The action plan, with budget per sphere",
        params: slugParams,
        response: {
          200: z.object({
            actions: z.array(actionSchema),
            budget: z.object({
              rows: z.array(
                z.object({
                  sphere: z.enum(spheres).nullable(),
                  budget: z.number(),
                  actions: z.number(),
                }),
              ),
              total: z.number(),
            }),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => s.plan(request.workspace!.id),
  );

  r.post(
    "/workspaces/:slug/actions",
    {
      config: editor,
      schema: {
        tags,
        summary: "Adds an action",
        params: slugParams,
        body: actionInputSchema,
        response: { 201: actionSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await s.createAction(request.workspace!.id, request.body)),
  );

  r.put(
    "/workspaces/:slug/actions/:id",
    {
      config: editor,
      schema: {
        tags,
        summary: "Changes an action (all fields)",
        params: idParams,
        body: actionInputSchema,
        response: { 200: actionSchema, ...problemResponses },
      },
    },
    async (request) => s.updateAction(request.workspace!.id, request.params.id, request.body),
  );

  r.delete(
    "/workspaces/:slug/actions/:id",
    {
      config: editor,
      schema: { tags, summary: "Removes an action", params: idParams, response: noContent },
    },
    async (request, reply) => {
      await s.deleteAction(request.workspace!.id, request.params.id);
      return reply.code(204).send(null);
    },
  );

  r.get(
    "/workspaces/:slug/indicators",
    {
      config: viewer,
      schema: {
        tags,
        summary: "Indicators with their measurements",
        params: slugParams,
        response: { 200: z.object({ indicators: z.array(indicatorSchema) }), ...problemResponses },
      },
    },
    async (request) => ({ indicators: await s.listIndicators(request.workspace!.id) }),
  );

  r.post(
    "/workspaces/:slug/indicators",
    {
      config: editor,
      schema: {
        tags,
        summary: "Adds an indicator",
        params: slugParams,
        body: indicatorInputSchema,
        response: { 201: indicatorSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await s.createIndicator(request.workspace!.id, request.body)),
  );

  r.patch(
    "/workspaces/:slug/indicators/:id",
    {
      config: editor,
      schema: {
        tags,
        summary: "Changes an indicator",
        params: idParams,
        body: indicatorInputSchema
          .partial()
          .refine((v) => Object.keys(v).length > 0, "empty change"),
        response: { 200: indicatorSchema, ...problemResponses },
      },
    },
    async (request) => s.updateIndicator(request.workspace!.id, request.params.id, request.body),
  );

  r.delete(
    "/workspaces/:slug/indicators/:id",
    {
      config: editor,
      schema: {
        tags,
        summary: "Removes an indicator and its measurements",
        params: idParams,
        response: noContent,
      },
    },
    async (request, reply) => {
      await s.deleteIndicator(request.workspace!.id, request.params.id);
      return reply.code(204).send(null);
    },
  );

  r.post(
    "/workspaces/:slug/indicators/:id/measurements",
    {
      config: editor,
      schema: {
        tags,
        summary: "Adds a measurement",
        params: idParams,
        body: measurementInputSchema,
        response: { 201: indicatorSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await s.addMeasurement(request.workspace!.id, request.params.id, request.body)),
  );

  r.delete(
    "/workspaces/:slug/indicators/:id/measurements/:measurementId",
    {
      config: editor,
      schema: {
        tags,
        summary: "Removes a measurement",
        params: idParams.extend({ measurementId: z.uuid() }),
        response: noContent,
      },
    },
    async (request, reply) => {
      await s.deleteMeasurement(
        request.workspace!.id,
        request.params.id,
        request.params.measurementId,
      );
      return reply.code(204).send(null);
    },
  );

  r.get(
    "/workspaces/:slug/snapshots",
    {
      config: viewer,
      schema: {
        tags,
        summary: "Snapshots, newest first",
        params: slugParams,
        response: { 200: z.object({ snapshots: z.array(snapshotSchema) }), ...problemResponses },
      },
    },
    async (request) => ({ snapshots: await s.listSnapshots(request.workspace!.id) }),
  );

  r.post(
    "/workspaces/:slug/snapshots",
    {
      config: editor,
      schema: {
        tags,
        summary: "Freezes today's state under a label",
        params: slugParams,
        body: snapshotInputSchema,
        response: { 201: snapshotSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await s.takeSnapshot(request.workspace!.id, request.body.label, request.user!.id)),
  );

  r.delete(
    "/workspaces/:slug/snapshots/:id",
    {
      config: editor,
      schema: { tags, summary: "Removes a snapshot", params: idParams, response: noContent },
    },
    async (request, reply) => {
      await s.deleteSnapshot(request.workspace!.id, request.params.id);
      return reply.code(204).send(null);
    },
  );

  r.get(
    "/workspaces/:slug/snapshots/compare",
    {
      config: viewer,
      schema: {
        tags,
        summary: "What changed between two snapshots, or a snapshot and today (to=now)",
        params: slugParams,
        querystring: z.object({
          from: z.uuid(),
          to: z.union([z.uuid(), z.literal("now")]).default("now"),
        }),
        response: {
          200: z.object({ changes: z.array(z.looseObject({ kind: z.string() })) }),
          ...problemResponses,
        },
      },
    },
    async (request) => ({
      changes: await s.compare(request.workspace!.id, request.query.from, request.query.to),
    }),
  );
}
