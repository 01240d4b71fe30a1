import { z } from "zod";
import { errorKey } from "@/lib/i18n/error-key";
import { LOCALES } from "@/lib/i18n/locales";
import { MAX_PASSWORD_BYTES, MIN_PASSWORD_LENGTH, passwordBytes } from "@/lib/passwords";
import { ROLES } from "@/lib/roles";
import { positiveId } from "./common";

/** Request and answer schemas of the account routes (/api/me, /api/users, /api/staff). */

/** A password being set: at least 8 characters, at most 72 bytes of UTF-8 (bcrypt's limit; 24 Han characters). */
export const newPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, errorKey("validation.passwordTooShort"))
  .refine((p) => passwordBytes(p) <= MAX_PASSWORD_BYTES, { message: errorKey("validation.passwordTooLong"), params: { max: MAX_PASSWORD_BYTES } });

export const newUserSchema = z.object({
  login: z
    .string()
    .trim()
    .min(2, errorKey("validation.loginTooShort"))
    .max(40, errorKey("validation.loginTooLong"))
    .regex(/^[a-z0-9._-]+$/, errorKey("validation.loginCharacters")),
  name: z.string().trim().min(1, errorKey("validation.nameRequired")).max(40, errorKey("validation.nameTooLong")),
  role: z.enum(ROLES),
  password: newPassword,
});
export type NewUser = z.infer<typeof newUserSchema>;

export const mePatch = z.object({ locale: z.enum(LOCALES) }).strict();

/** PUT /api/me/password: the caller's own password, the current one required. */
export const ownPasswordPut = z
  .object({ currentPassword: z.string().min(1, errorKey("validation.currentPasswordRequired")).max(200), newPassword })
  .strict();

/** PUT /api/users/:id/password: an admin sets a new password (ends that user's sessions). */
export const passwordResetPut = z.object({ password: newPassword }).strict();

/** PATCH /api/users/:id: an admin changes the role or disables / enables the account. */
export const userPatch = z
  .object({ role: z.enum(ROLES).optional(), disabled: z.boolean().optional() })
  .strict()
  .refine((p) => p.role !== undefined || p.disabled !== undefined, errorKey("validation.nothingToChange"));
export type UserPatch = z.infer<typeof userPatch>;

/** A user as the API shows one: never the password hash. */
export const sessionUser = z.object({
  id: positiveId,
  login: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  locale: z.enum(LOCALES),
});

export const createdUser = sessionUser.omit({ locale: true });

/** A login as the admin's users list shows it. */
export const userAccount = sessionUser.extend({ disabled: z.boolean().describe("disabled: no sign-in, no session") });
export type PublicUser = z.infer<typeof createdUser>;

export const staffList = z.object({
  people: z.array(z.object({ personId: positiveId, name: z.string(), userId: positiveId.nullable(), role: z.enum(ROLES).nullable() })),
  assignable: z.array(z.object({ id: positiveId, name: z.string(), role: z.enum(ROLES) })),
});
