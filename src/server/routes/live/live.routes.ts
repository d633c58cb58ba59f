import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import QRCode from "qrcode";
import { z } from "zod";
import {
  controlSchema,
  createSessionSchema,
  joinSchema,
  moderateSchema,
  sessionStatuses,
  stepKinds,
  stepStates,
  updateSessionSchema,
} from "../../../domain/live/index.ts";
import { themeColorKeys } from "../../../domain/theme/index.ts";
import { slugSchema } from "../../../domain/workspaces.schemas.ts";
import { errors } from "../../errors.ts";
import { problemResponses } from "../../http/openapi.ts";
import { policies } from "../../http/policy.ts";
import { requestLanguage } from "../../http/problems.ts";
import type { RouteDeps } from "../deps.ts";

const slugParams = z.object({ slug: slugSchema });
const sessionParams = slugParams.extend({ sessionId: z.uuid() });

const stepSchema = z.object({
  id: z.uuid(),
  position: z.number(),
  kind: z.enum(stepKinds),
  title: z.string(),
  notes: z.string(),
  minutes: z.number(),
  question: z.string(),
  itemIds: z.array(z.uuid()),
  expectationIds: z.array(z.uuid()),
  state: z.enum(stepStates),
});

const sessionSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  date: z.string(),
  code: z.string(),
  status: z.enum(sessionStatuses),
  currentStepId: z.uuid().nullable(),
  steps: z.array(stepSchema),
});

/** The link a participant opens: the QR code holds it. */
export function joinUrl(request: FastifyRequest, publicUrl: string | undefined, code: string) {
  const origin = publicUrl ?? `${request.protocol}://${request.host}`;
  return `${origin.replace(/\/$/, "")}/doe-mee/${code}`;
}

export async function liveRoutes(app: FastifyInstance, { services, env }: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["live sessions"];
  const viewer = { policy: policies.workspace("viewer") };
  const editor = { policy: policies.workspace("editor") };

  r.get(
    "/workspaces/:slug/sessions",
    {
      config: viewer,
      schema: {
        tags,
        summary: "The workspace's sessions, newest first",
        params: slugParams,
        response: {
          200: z.object({
            sessions: z.array(
              z.object({
                id: z.uuid(),
                title: z.string(),
                date: z.string(),
                code: z.string(),
                status: z.enum(sessionStatuses),
                participants: z.number(),
                /** Its raw data was purged after the workspace's retention period. */
                purged: z.boolean(),
              }),
            ),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => ({ sessions: await services.live.list(request.workspace!.id) }),
  );

  r.post(
    "/workspaces/:slug/sessions",
    {
      config: editor,
      schema: {
        tags,
        summary: "Creates a session, from the 90-minute template or empty",
        params: slugParams,
        body: createSessionSchema,
        response: { 201: sessionSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const session = await services.live.create(
        request.workspace!.id,
        request.body,
        request.user!.id,
        requestLanguage(request),
      );
      return reply.code(201).send(session);
    },
  );

  r.get(
    "/workspaces/:slug/sessions/:sessionId",
    {
      config: viewer,
      schema: {
        tags,
        summary: "A session with its agenda",
        params: sessionParams,
        response: { 200: sessionSchema, ...problemResponses },
      },
    },
    async (request) => services.live.get(request.workspace!.id, request.params.sessionId),
  );

  r.patch(
    "/workspaces/:slug/sessions/:sessionId",
    {
      config: editor,
      schema: {
        tags,
        summary: "Changes title, date or (while planned) the agenda",
        params: sessionParams,
        body: updateSessionSchema,
        response: { 200: sessionSchema, ...problemResponses },
      },
    },
    async (request) =>
      services.live.update(request.workspace!.id, request.params.sessionId, request.body),
  );

  r.delete(
    "/workspaces/:slug/sessions/:sessionId",
    {
      config: editor,
      schema: {
        tags,
        summary: "Deletes a session and its votes",
        params: sessionParams,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await services.live.remove(request.workspace!.id, request.params.sessionId);
      return reply.code(204).send(null);
    },
  );

  r.post(
    "/workspaces/:slug/sessions/:sessionId/control",
    {
      config: editor,
      schema: {
        tags,
        summary: "Start or end the session; open, close, reveal, hide or go to a step",
        params: sessionParams,
        body: controlSchema,
        response: { 200: sessionSchema, ...problemResponses },
      },
    },
    async (request) =>
      services.live.control(request.workspace!.id, request.params.sessionId, request.body),
  );

  r.patch(
    "/workspaces/:slug/sessions/:sessionId/open-answers/:answerId",
    {
      config: editor,
      schema: {
        tags,
        summary: "Approves or hides an answer to an open question",
        params: sessionParams.extend({ answerId: z.uuid() }),
        body: moderateSchema,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await services.live.moderate(
        request.workspace!.id,
        request.params.sessionId,
        request.params.answerId,
        request.body.status,
      );
      return reply.code(204).send(null);
    },
  );

  r.get(
    "/workspaces/:slug/sessions/:sessionId/results/:stepId",
    {
      config: viewer,
      schema: {
        tags,
        summary: "A step's results (viewers: revealed steps only)",
        params: sessionParams.extend({ stepId: z.uuid() }),
        response: { 200: z.looseObject({ kind: z.string() }), ...problemResponses },
      },
    },
    async (request) => {
      const session = await services.live.get(request.workspace!.id, request.params.sessionId);
      const step = session.steps.find((s) => s.id === request.params.stepId);
      if (!step) throw errors.notFound();
      const editorOrMore =
        request.workspace!.role !== "viewer" && request.workspace!.role !== "member";
      if (step.state !== "revealed" && !editorOrMore) throw errors.forbidden();
      const hub = services.liveHub;
      const room = await hub.room(session.id);
      try {
        await hub.caughtUp();
        const results = await room.resultsOf(step.id);
        if (!results) throw errors.notFound();
        return results;
      } finally {
        hub.release(room);
      }
    },
  );

  r.get(
    "/workspaces/:slug/sessions/:sessionId/qr-code",
    {
      config: viewer,
      schema: { tags, summary: "The join link as a QR code", params: sessionParams },
    },
    async (request, reply) => {
      const session = await services.live.get(request.workspace!.id, request.params.sessionId);
      const svg = await QRCode.toString(joinUrl(request, env.publicUrl, session.code), {
        type: "svg",
        errorCorrectionLevel: "M",
        margin: 2,
      });
      return reply.type("image/svg+xml").header("cache-control", "private, max-age=300").send(svg);
    },
  );

  r.get(
    "/workspaces/:slug/sessions/:sessionId/votes",
    {
      config: viewer,
      schema: {
        tags,
        summary: "Every vote of the session as CSV, without identities",
        params: sessionParams,
      },
    },
    async (request, reply) => {
      const session = await services.live.get(request.workspace!.id, request.params.sessionId);
      const csv = await services.live.resultsCsv(
        request.workspace!.id,
        session.id,
        requestLanguage(request),
      );
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="bijeenkomst-${session.date}.csv"`)
        .send(csv);
    },
  );

  r.get(
    "/live/sessions/:code",
    {
      config: { policy: policies.public },
      schema: {
        tags,
        summary: "What the join page shows for a code (throttled per IP address)",
        params: z.object({ code: z.string().max(40) }),
        response: {
          200: z.object({
            id: z.uuid(),
            title: z.string(),
            status: z.enum(sessionStatuses),
            groups: z.array(
              z.object({ id: z.uuid(), key: z.string().nullable(), name: z.string().nullable() }),
            ),
            /** The workspace's theme, so the participant page looks like the municipality's. */
            theme: z.object({
              colors: z.partialRecord(z.enum(themeColorKeys), z.string()),
              logo: z.string().nullable(),
            }),
            /** Its name: the logo's text alternative. */
            workspaceName: z.string(),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const info = await services.live.joinInfo(request.params.code, request.ip);
      return { ...info, ...(await services.theme.forSession(info.id)) };
    },
  );

  r.post(
    "/live/join",
    {
      config: { policy: policies.public },
      schema: {
        tags,
        summary: "Joins a session without an account; returns the participant token",
        body: joinSchema,
        response: {
          201: z.object({ token: z.string(), participantId: z.uuid(), sessionId: z.uuid() }),
          ...problemResponses,
        },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await services.live.join(request.body, request.ip)),
  );
}
