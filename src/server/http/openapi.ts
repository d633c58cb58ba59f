import { z } from "zod";
import { errorCodes } from "../../domain/errors.ts";

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.enum(errorCodes),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    retryAfterSeconds: z.number().int().optional(),
  })
  .meta({ id: "Problem" });

/** The problem+json responses every route may give, for the OpenAPI document. */
export const problemResponses = {
  "4xx": problemSchema,
  "5xx": problemSchema,
} as const;
