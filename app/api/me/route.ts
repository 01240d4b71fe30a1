import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { setUserLocale } from "@/db/commands/set-user-locale";
import { mePatch } from "@/lib/api/user-schemas";
import { parseBody, withUser } from "@/app/_server/route";

/** GET /api/me — who is signed in (no password hash, ever). */
export const GET = withUser((_req, { user }) => NextResponse.json({ user }));

/** PATCH /api/me {locale} — the user's interface language, kept across sessions. */
export const PATCH = withUser(async (req, { user }) => {
  const { locale } = await parseBody(req, mePatch);
  setUserLocale(getDb(), { userId: user.id, locale });
  return NextResponse.json({ user: { ...user, locale } });
});
