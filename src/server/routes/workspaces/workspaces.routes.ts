import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  createInviteSchema,
  createWorkspaceSchema,
  inviteSchema,
  memberSchema,
  slugSchema,
  updateMemberSchema,
  workspaceOverviewSchema,
  workspaceSchema,
} from "../../../domain/workspaces.schemas.ts";
import { noteForAudit } from "../../http/audit.ts";
import { problemResponses } from "../../http/openapi.ts";
import { policies } from "../../http/policy.ts";
import type { RouteDeps } from "../deps.ts";

const slugParams = z.object({ slug: slugSchema });
const memberParams = slugParams.extend({ userId: z.uuid() });
const inviteParams = slugParams.extend({ inviteId: z.uuid() });

export async function workspacesRoutes(app: FastifyInstance, { services, env }: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["workspaces"];

  r.get(
    "/workspaces",
    {
      config: { policy: policies.authenticated },
      schema: {
        tags,
        summary: "The workspaces the user is a member of",
        response: { 200: z.object({ workspaces: z.array(workspaceSchema) }), ...problemResponses },
      },
    },
    async (request) => ({ workspaces: await services.workspaces.listForUser(request.user!.id) }),
  );

  r.post(
    "/workspaces",
    {
      config: { policy: policies.authenticated },
      schema: {
        tags,
        summary: "Create a workspace; the creator becomes its owner",
        body: createWorkspaceSchema,
        response: { 201: z.object({ workspace: workspaceSchema }), ...problemResponses },
      },
    },
    async (request, reply) => {
      const workspace = await services.workspaces.create(request.body, request.user!.id);
      noteForAudit(request, { workspaceId: workspace.id });
      return reply.code(201).send({ workspace });
    },
  );

  r.get(
    "/workspaces/:slug",
    {
      config: { policy: policies.workspace("viewer") },
      schema: {
        tags,
        summary: "A workspace with its counts",
        params: slugParams,
        response: { 200: workspaceOverviewSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { id, slug, name, role } = request.workspace!;
      return { workspace: { id, slug, name, role }, counts: await services.workspaces.counts(id) };
    },
  );

  r.get(
    "/workspaces/:slug/members",
    {
      config: { policy: policies.workspace("viewer") },
      schema: {
        tags,
        summary: "Members and their roles",
        params: slugParams,
        response: { 200: z.object({ members: z.array(memberSchema) }), ...problemResponses },
      },
    },
    async (request) => ({ members: await services.workspaces.listMembers(request.workspace!.id) }),
  );

  r.patch(
    "/workspaces/:slug/members/:userId",
    {
      config: { policy: policies.workspace("owner") },
      schema: {
        tags,
        summary: "Change a member's role",
        params: memberParams,
        body: updateMemberSchema,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await services.workspaces.changeRole(
        request.workspace!.id,
        request.params.userId,
        request.body.role,
      );
      return reply.code(204).send(null);
    },
  );

  r.delete(
    "/workspaces/:slug/members/:userId",
    {
      config: { policy: policies.workspace("owner") },
      schema: {
        tags,
        summary: "Remove a member",
        params: memberParams,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await services.workspaces.removeMember(request.workspace!.id, request.params.userId);
      return reply.code(204).send(null);
    },
  );

  r.delete(
    "/workspaces/:slug/membership",
    {
      config: { policy: policies.workspace("viewer") },
      schema: {
        tags,
        summary: "Leave the workspace",
        params: slugParams,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await services.workspaces.removeMember(request.workspace!.id, request.user!.id);
      return reply.code(204).send(null);
    },
  );

  r.get(
    "/workspaces/:slug/invites",
    {
      config: { policy: policies.workspace("owner") },
      schema: {
        tags,
        summary: "Open invitations",
        params: slugParams,
        response: { 200: z.object({ invites: z.array(inviteSchema) }), ...problemResponses },
      },
    },
    async (request) => ({ invites: await services.workspaces.listInvites(request.workspace!.id) }),
  );

  r.post(
    "/workspaces/:slug/invites",
    {
      config: { policy: policies.workspace("owner") },
      schema: {
        tags,
        summary: "Create a single-use invitation link",
        params: slugParams,
        body: createInviteSchema,
        response: {
          201: z.object({ invite: inviteSchema, token: z.string(), url: z.string() }),
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const { invite, token } = await services.workspaces.createInvite(
        request.workspace!.id,
        request.user!.id,
        request.body,
      );
      const origin = env.publicUrl ?? `${request.protocol}://${request.host}`;
      const url = new URL(`/uitnodiging/${token}`, origin).toString();
      return reply.code(201).send({ invite, token, url });
    },
  );

  r.delete(
    "/workspaces/:slug/invites/:inviteId",
    {
      config: { policy: policies.workspace("owner") },
      schema: {
        tags,
        summary: "Revoke an invitation",
        params: inviteParams,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await services.workspaces.revokeInvite(request.workspace!.id, request.params.inviteId);
      return reply.code(204).send(null);
    },
  );
}
