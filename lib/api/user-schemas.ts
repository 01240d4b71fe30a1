import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { MIN_PASSWORD_LENGTH } from "@/lib/passwords";
import { ROLES } from "@/lib/roles";
import { positiveId } from "./common";

/** Request and answer schemas of the account routes (/api/me, /api/users, /api/staff). */

export const newUserSchema = z.object({
  login: z
    .string()
    .trim()
    .min(2, "login must be at least 2 characters")
    .max(40, "login must be at most 40 characters")
    .regex(/^[a-z0-9._-]+$/, "login may use a–z, 0–9, dot, dash and underscore"),
  name: z.string().trim().min(1, "name is required").max(40, "name must be at most 40 characters"),
  role: z.enum(ROLES),
  password: z.string().min(MIN_PASSWORD_LENGTH, `password must be at least ${MIN_PASSWORD_LENGTH} characters`).max(200),
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
