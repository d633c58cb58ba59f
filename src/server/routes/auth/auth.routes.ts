import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { loginSchema, userSchema } from "../../../domain/auth.schemas.ts";
import { noteForAudit } from "../../http/audit.ts";
import { problemResponses } from "../../http/openapi.ts";
import { policies } from "../../http/policy.ts";
import {
  clearSessionCookie,
  readSessionCookie,
  setSessionCookie,
} from "../../http/session-cookie.ts";
import type { RouteDeps } from "../deps.ts";

export async function authRoutes(app: FastifyInstance, { services, env }: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const maxAge = env.session.absoluteHours * 3600;

  r.post(
    "/auth/login",
    {
      config: { policy: policies.public },
      schema: {
        tags: ["auth"],
        summary: "Log in with email and password; sets the session cookie",
        body: loginSchema,
        response: { 200: z.object({ user: userSchema }), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { user, token } = await services.auth.login(
        request.body,
        request.ip,
        readSessionCookie(request),
      );
      noteForAudit(request, { userId: user.id });
      setSessionCookie(request, reply, token, maxAge, env);
      return { user };
    },
  );

  r.post(
    "/auth/logout",
    {
      config: { policy: policies.optional },
      schema: { tags: ["auth"], summary: "End the current session", response: { 204: z.null() } },
    },
    async (request, reply) => {
      const token = readSessionCookie(request);
      if (token) await services.auth.logout(token);
      clearSessionCookie(request, reply, env);
      return reply.code(204).send(null);
    },
  );

  r.get(
    "/auth/me",
    {
      config: { policy: policies.optional },
      schema: {
        tags: ["auth"],
        summary: "The logged-in user, or null when not logged in",
        response: { 200: z.object({ user: userSchema.nullable() }), ...problemResponses },
      },
    },
    async (request) => ({ user: request.user }),
  );
}
