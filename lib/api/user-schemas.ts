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

/** A user as the API shows one: never the password hash. */
export const sessionUser = z.object({
  id: positiveId,
  login: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  locale: z.enum(LOCALES),
});

export const createdUser = sessionUser.omit({ locale: true });
export type PublicUser = z.infer<typeof createdUser>;

export const staffList = z.object({
  people: z.array(z.object({ personId: positiveId, name: z.string(), userId: positiveId.nullable(), role: z.enum(ROLES).nullable() })),
  assignable: z.array(z.object({ id: positiveId, name: z.string(), role: z.enum(ROLES) })),
});
