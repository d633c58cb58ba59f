import { z } from "zod";
import { limits } from "./limits.ts";

/** A quick check a form makes before sending; the server's `emailSchema` decides. */
export const looksLikeEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());

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

/** The password given again, to confirm a step an open browser alone must not take. */
export const currentPasswordSchema = z.string().min(1).max(limits.passwordMax);

/**
 * Changing one's own name or e-mail address (AVG art. 16). A new e-mail address is the login, so
 * it needs the current password too.
 */
export const updateProfileSchema = z.object({
  displayName: displayNameSchema.optional(),
  email: emailSchema.optional(),
  currentPassword: currentPasswordSchema.optional(),
});
export type UpdateProfileInput = z.infer<typeof updateProfileSchema>;

export const changePasswordSchema = z.object({
  currentPassword: currentPasswordSchema,
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
});
export type User = z.infer<typeof userSchema>;
