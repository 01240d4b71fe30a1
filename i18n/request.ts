import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getSessionUser } from "@/app/_server/session";
import { getDb } from "@/db/client";
import { getPublicationTimeZone } from "@/db/queries/publication";
import { LOCALE_COOKIE, MESSAGES, missingMessage } from "@/lib/i18n/catalogue";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { reportIntlError } from "@/lib/i18n/report-intl-error";

/** The reader's language: the signed-in user's setting, else the cookie chosen before sign-in, else zh-CN. */
export async function requestLocale(): Promise<Locale> {
  const user = await getSessionUser();
  if (user) return user.locale;
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(chosen) ? chosen : DEFAULT_LOCALE;
}

// next-intl without locale routing: URLs carry no locale, every request picks it as above.
export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return {
    locale,
    messages: MESSAGES[locale],
    // the publication's zone (its settings), so every time shown is the newsroom's, whatever the browser's
    timeZone: getPublicationTimeZone(getDb()),
    getMessageFallback: missingMessage,
    onError: reportIntlError,
  };
});
