import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  areaInputSchema,
  areaSchema,
  itemChangeSchema,
  itemInputSchema,
  itemPageSchema,
  itemPatchSchema,
  itemSchema,
  listItemsQuerySchema,
  moveItemSchema,
  sphereCountsSchema,
} from "../../../domain/items.schemas.ts";
import { builtInThemes } from "../../../domain/themes.ts";
import { slugSchema } from "../../../domain/workspaces.schemas.ts";
import { problemResponses } from "../../http/openapi.ts";
import { policies } from "../../http/policy.ts";
import type { RouteDeps } from "../deps.ts";

const slugParams = z.object({ slug: slugSchema });
const itemParams = slugParams.extend({ itemId: z.uuid() });
const areaParams = slugParams.extend({ areaId: z.uuid() });
const itemResponse = { 200: itemSchema, ...problemResponses };

export async function itemsRoutes(app: FastifyInstance, { services }: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const items = services.items;
  const tags = ["inventory"];
  const viewer = { policy: policies.workspace("viewer") };
  const editor = { policy: policies.workspace("editor") };

  r.get(
    "/workspaces/:slug/items",
    {
      config: viewer,
      schema: {
        tags,
        summary: "The inventory: search, filter, sort and page",
        params: slugParams,
        querystring: listItemsQuerySchema,
        response: { 200: itemPageSchema, ...problemResponses },
      },
    },
    async (request) => items.list(request.workspace!.id, request.query),
  );

  r.post(
    "/workspaces/:slug/items",
    {
      config: editor,
      schema: {
        tags,
        summary: "Add an item",
        params: slugParams,
        body: itemInputSchema,
        response: { 201: itemSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await items.create(request.workspace!.id, request.body, request.user!.id)),
  );

  r.get(
    "/workspaces/:slug/items/:itemId",
    {
      config: viewer,
      schema: { tags, summary: "One item", params: itemParams, response: itemResponse },
    },
    async (request) => items.get(request.workspace!.id, request.params.itemId),
  );

  r.patch(
    "/workspaces/:slug/items/:itemId",
    {
      config: editor,
      schema: {
        tags,
        summary: "Change an item",
        params: itemParams,
        body: itemPatchSchema,
        response: itemResponse,
      },
    },
    async (request) =>
      items.update(request.workspace!.id, request.params.itemId, request.body, request.user!.id),
  );

  r.put(
    "/workspaces/:slug/items/:itemId/sphere",
    {
      config: editor,
      schema: {
        tags,
        summary: "Move an item to a sphere (null: unplaced)",
        params: itemParams,
        body: moveItemSchema,
        response: itemResponse,
      },
    },
    async (request) =>
      items.move(
        request.workspace!.id,
        request.params.itemId,
        request.body.sphere,
        request.user!.id,
      ),
  );

  r.post(
    "/workspaces/:slug/items/:itemId/archive",
    {
      config: editor,
      schema: { tags, summary: "Archive an item", params: itemParams, response: itemResponse },
    },
    async (request) =>
      items.archive(request.workspace!.id, request.params.itemId, request.user!.id),
  );

  r.post(
    "/workspaces/:slug/items/:itemId/restore",
    {
      config: editor,
      schema: {
        tags,
        summary: "Restore an archived item",
        params: itemParams,
        response: itemResponse,
      },
    },
    async (request) =>
      items.restore(request.workspace!.id, request.params.itemId, request.user!.id),
  );

  r.get(
    "/workspaces/:slug/items/:itemId/history",
    {
      config: viewer,
      schema: {
        tags,
        summary: "Who changed what on an item, newest first",
        params: itemParams,
        response: { 200: z.object({ changes: z.array(itemChangeSchema) }), ...problemResponses },
      },
    },
    async (request) => ({
      changes: await items.history(request.workspace!.id, request.params.itemId),
    }),
  );

  r.get(
    "/workspaces/:slug/sphere-counts",
    {
      config: viewer,
      schema: {
        tags,
        summary: "Items per sphere, optionally filtered by area and theme",
        params: slugParams,
        querystring: listItemsQuerySchema.pick({ area: true, theme: true }),
        response: { 200: sphereCountsSchema, ...problemResponses },
      },
    },
    async (request) => items.sphereCounts(request.workspace!.id, request.query),
  );

  r.get(
    "/workspaces/:slug/themes",
    {
      config: viewer,
      schema: {
        tags,
        summary: "Built-in themes and the workspace's own",
        params: slugParams,
        response: {
          200: z.object({ builtIn: z.array(z.string()), own: z.array(z.string()) }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const inUse = await items.themesInUse(request.workspace!.id);
      const builtIn: readonly string[] = builtInThemes;
      return { builtIn: [...builtInThemes], own: inUse.filter((t) => !builtIn.includes(t)) };
    },
  );

  r.get(
    "/workspaces/:slug/areas",
    {
      config: viewer,
      schema: {
        tags,
        summary: "Areas (wijk, buurt, dorp)",
        params: slugParams,
        response: { 200: z.object({ areas: z.array(areaSchema) }), ...problemResponses },
      },
    },
    async (request) => ({ areas: await items.listAreas(request.workspace!.id) }),
  );

  r.post(
    "/workspaces/:slug/areas",
    {
      config: editor,
      schema: {
        tags,
        summary: "Add an area",
        params: slugParams,
        body: areaInputSchema,
        response: { 201: areaSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await items.createArea(request.workspace!.id, request.body)),
  );

  r.put(
    "/workspaces/:slug/areas/:areaId",
    {
      config: editor,
      schema: {
        tags,
        summary: "Change an area",
        params: areaParams,
        body: areaInputSchema,
        response: { 200: areaSchema, ...problemResponses },
      },
    },
    async (request) => items.updateArea(request.workspace!.id, request.params.areaId, request.body),
  );

  r.delete(
    "/workspaces/:slug/areas/:areaId",
    {
      config: editor,
      schema: {
        tags,
        summary: "Delete an area",
        params: areaParams,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await items.deleteArea(request.workspace!.id, request.params.areaId);
      return reply.code(204).send(null);
    },
  );
}
