import type { FastifyReply, FastifyRequest } from "fastify";
import type { Env } from "../config/env.ts";

export const sessionCookieName = "sb_session";

export function readSessionCookie(request: FastifyRequest): string | undefined {
  const value = request.cookies[sessionCookieName];
  return value && value.length <= 100 ? value : undefined;
}

/**
 * Secure when the request came over https (directly, or through a trusted proxy's
 * X-Forwarded-Proto) or when the app's public address is https: behind a TLS proxy that is not
 * trusted, or that sends no X-Forwarded-Proto, the request itself looks like plain http.
 */
function secure(request: FastifyRequest, env: Pick<Env, "publicUrl">): boolean {
  return request.protocol === "https" || Boolean(env.publicUrl?.startsWith("https:"));
}

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  maxAgeSeconds: number,
  env: Pick<Env, "publicUrl">,
) {
  reply.setCookie(sessionCookieName, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: secure(request, env),
    path: "/",
    maxAge: maxAgeSeconds,
  });
}

export function clearSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  env: Pick<Env, "publicUrl">,
) {
  reply.clearCookie(sessionCookieName, {
    httpOnly: true,
    sameSite: "lax",
    secure: secure(request, env),
    path: "/",
  });
}
