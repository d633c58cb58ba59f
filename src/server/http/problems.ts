import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import type { FieldProblem, ProblemBody } from "../../domain/errors.ts";
import { catalogues, interpolate, negotiateLanguage } from "../../domain/i18n/index.ts";
import { AppError, errors } from "../errors.ts";

export function requestLanguage(request: FastifyRequest) {
  return negotiateLanguage(request.headers["accept-language"]);
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fields: FieldProblem[] = error.validation.map((v) => ({
      path: [error.validationContext, ...(v.instancePath ? v.instancePath.split("/").slice(1) : [])]
        .filter(Boolean)
        .join("."),
      message: v.message ?? "invalid",
    }));
    return errors.validation(fields);
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.code === "FST_ERR_CTP_BODY_TOO_LARGE") return errors.payloadTooLarge();
  if (fastifyError.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") return errors.unsupportedMediaType();
  if (fastifyError.statusCode === 400 || fastifyError.code?.startsWith("FST_ERR_CTP")) {
    return errors.malformedBody();
  }
  if (fastifyError.statusCode === 404) return errors.notFound();
  return new AppError("internal", 500);
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: AppError) {
  const catalogue = catalogues[requestLanguage(request)];
  const titles = catalogue.problemTitles as Record<string, string>;
  const body: ProblemBody = {
    type: `about:blank#${error.code}`,
    title: titles[String(error.status)] ?? titles["500"]!,
    status: error.status,
    detail: interpolate(catalogue.errors[error.code], {
      seconds: error.extra.retryAfterSeconds ?? 0,
    }),
    code: error.code,
    ...(error.extra.fields ? { errors: error.extra.fields } : {}),
    ...(error.extra.retryAfterSeconds ? { retryAfterSeconds: error.extra.retryAfterSeconds } : {}),
  };
  if (error.extra.retryAfterSeconds) {
    reply.header("retry-after", String(error.extra.retryAfterSeconds));
  }
  return reply.code(error.status).type("application/problem+json").send(body);
}

export function registerProblemHandlers(app: FastifyInstance) {
  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) request.log.error({ err: error }, "unhandled error");
    return sendProblem(request, reply, appError);
  });
  app.setNotFoundHandler((request, reply) => sendProblem(request, reply, errors.notFound()));
}
