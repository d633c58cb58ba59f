import { z } from "zod";
import { limits } from "./limits.ts";

export const emailSchema = z.string().trim().toLowerCase().max(limits.emailMax).pipe(z.email());

export const passwordSchema = z.string().min(limits.passwordMin).max(limits.passwordMax);

export const loginSchema = z.object({
  email: emailSchema,
  // No minimum on login: a short password is simply wrong, not malformed.
  password: z.string().min(1).max(limits.passwordMax),
});
export type LoginInput = z.infer<typeof loginSchema>;

export const displayNameSchema = z.string().trim().min(1).max(limits.displayNameMax);

export const createUserSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  displayName: displayNameSchema.optional(),
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
});
export type User = z.infer<typeof userSchema>;
