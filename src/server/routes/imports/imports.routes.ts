import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { importFields } from "../../../domain/import/index.ts";
import { carriers, itemKinds } from "../../../domain/items.ts";
import { spheres } from "../../../domain/spheres.ts";
import { slugSchema } from "../../../domain/workspaces.schemas.ts";
import { problemResponses } from "../../http/openapi.ts";
import { policies } from "../../http/policy.ts";
import { requestLanguage } from "../../http/problems.ts";
import { describeProblems } from "../../modules/imports/imports.service.ts";
import type { RouteDeps } from "../deps.ts";

const slugParams = z.object({ slug: slugSchema });
const maxFileBytes = 15 * 1024 * 1024;

const uploadSchema = z.strictObject({
  /** The file's bytes, base64-encoded (CSV or XLSX). */
  content: z.base64().max(Math.ceil((maxFileBytes * 4) / 3)),
  /** Which column holds which field, when the user chose differently from what was detected. */
  mapping: z.partialRecord(z.enum(importFields), z.number().int().min(0).max(200)).optional(),
});

const importedItemSchema = z.object({
  line: z.number(),
  name: z.string(),
  description: z.string(),
  kind: z.enum(itemKinds),
  sphere: z.enum(spheres).nullable(),
  areas: z.array(z.string()),
  themes: z.array(z.string()),
  carriedBy: z.enum(carriers),
  funding: z.string(),
  reach: z.string(),
});

const previewSchema = z.object({
  format: z.enum(["csv", "xlsx"]),
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  header: z.array(z.string()),
  mapping: z.partialRecord(z.enum(importFields), z.number()),
  unknownColumns: z.array(z.object({ index: z.number(), header: z.string() })),
  rowCount: z.number(),
  itemCount: z.number(),
  items: z.array(importedItemSchema),
  problems: z.array(z.object({ path: z.string(), message: z.string() })),
  newAreas: z.array(z.string()),
  duplicates: z.array(z.object({ line: z.number(), name: z.string() })),
});

const previewRows = 50;

export async function importsRoutes(app: FastifyInstance, { services }: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["inventory"];

  r.post(
    "/workspaces/:slug/imports/preview",
    {
      bodyLimit: maxFileBytes * 2,
      config: { policy: policies.workspace("editor") },
      schema: {
        tags,
        summary: "Read a CSV or XLSX file and show what an import would do; changes nothing",
        params: slugParams,
        body: uploadSchema,
        response: { 200: previewSchema, ...problemResponses },
      },
    },
    async (request) => {
      const preview = await services.imports.preview(
        request.workspace!.id,
        Buffer.from(request.body.content, "base64"),
        request.body.mapping,
      );
      return {
        ...preview,
        itemCount: preview.items.length,
        items: preview.items.slice(0, previewRows),
        problems: describeProblems(preview.problems, requestLanguage(request)),
      };
    },
  );

  r.post(
    "/workspaces/:slug/imports",
    {
      bodyLimit: maxFileBytes * 2,
      config: { policy: policies.workspace("editor") },
      schema: {
        tags,
        summary: "Import every row of a CSV or XLSX file, or none when any row is invalid",
        params: slugParams,
        body: uploadSchema,
        response: {
          201: z.object({ created: z.number(), areasCreated: z.number() }),
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const result = await services.imports.commit(
        request.workspace!.id,
        Buffer.from(request.body.content, "base64"),
        request.user!.id,
        requestLanguage(request),
        request.body.mapping,
      );
      return reply.code(201).send(result);
    },
  );

  r.get(
    "/workspaces/:slug/export",
    {
      config: { policy: policies.workspace("viewer") },
      schema: {
        tags,
        summary: "The inventory as CSV (UTF-8, ;) or XLSX; it imports back to the same items",
        params: slugParams,
        querystring: z.strictObject({ format: z.enum(["csv", "xlsx"]).default("csv") }),
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const body = await services.imports.export(
        request.workspace!.id,
        format,
        request.workspace!.name,
      );
      const fileName = `inventaris-${request.workspace!.slug}.${format}`;
      return reply
        .header("content-disposition", `attachment; filename="${fileName}"`)
        .type(
          format === "csv"
            ? "text/csv; charset=utf-8"
            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        .send(body);
    },
  );
}
