import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { languages } from "../../../domain/i18n/index.ts";
import { reportEntities, reportFormats } from "../../../domain/reports/index.ts";
import { slugSchema } from "../../../domain/workspaces.schemas.ts";
import { problemResponses } from "../../http/openapi.ts";
import { policies } from "../../http/policy.ts";
import { requestLanguage } from "../../http/problems.ts";
import type { RouteDeps } from "../deps.ts";

const slugParams = z.object({ slug: slugSchema });

/** Which report: the workspace now or a snapshot, all votes or one session's, a comparison. */
const reportQuery = z.strictObject({
  session: z.uuid().optional(),
  snapshot: z.uuid().optional(),
  compare: z.uuid().optional(),
});

const downloadQuery = reportQuery.extend({
  format: z.enum(reportFormats),
  entity: z.enum(reportEntities).default("items"),
  /** The interface language; the Accept-Language header when left out. */
  language: z.enum(languages).optional(),
});

export async function reportsRoutes(app: FastifyInstance, { services }: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["reports"];
  const workspaceOf = (request: {
    workspace: { id: string; slug: string; name: string } | null;
  }) => {
    const { id, slug, name } = request.workspace!;
    return { id, slug, name };
  };

  r.get(
    "/workspaces/:slug/report",
    {
      config: { policy: policies.workspace("viewer") },
      schema: {
        tags,
        summary:
          "The report model every format renders (the print page reads it); groups under 3 people are pooled",
        params: slugParams,
        querystring: reportQuery,
        response: { 200: z.unknown(), ...problemResponses },
      },
    },
    async (request) =>
      services.reports.model(workspaceOf(request), {
        sessionId: request.query.session,
        snapshotId: request.query.snapshot,
        compareWith: request.query.compare,
      }),
  );

  r.get(
    "/workspaces/:slug/report/download",
    {
      config: { policy: policies.workspace("viewer") },
      schema: {
        tags,
        summary:
          "The report as Word, Excel, CSV (one entity), JSON or Open Referral HSDS 3.0 open data",
        params: slugParams,
        querystring: downloadQuery,
      },
    },
    async (request, reply) => {
      const { format, entity, session, snapshot, compare } = request.query;
      const file = await services.reports.download(workspaceOf(request), format, {
        sessionId: session,
        snapshotId: snapshot,
        compareWith: compare,
        entity,
        language: request.query.language ?? requestLanguage(request),
      });
      return reply
        .header("content-disposition", `attachment; filename="${file.fileName}"`)
        .header("cache-control", "no-store")
        .type(file.contentType)
        .send(file.body);
    },
  );

  r.get(
    "/workspaces/:slug/backup",
    {
      config: { policy: policies.workspace("owner") },
      schema: {
        tags,
        summary:
          "The whole workspace as a versioned backup file (docs/backup-format.md); owners only",
        params: slugParams,
      },
    },
    async (request, reply) => {
      const { file } = await services.backup.backup(request.workspace!.id);
      const day = new Date().toISOString().slice(0, 10);
      return reply
        .header(
          "content-disposition",
          `attachment; filename="backup-${request.workspace!.slug}-${day}.json"`,
        )
        .header("cache-control", "no-store")
        .type("application/json; charset=utf-8")
        .send(file);
    },
  );
}
