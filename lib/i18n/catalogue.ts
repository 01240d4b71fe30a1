import { DEFAULT_TIME_ZONE } from "../publication";
import type { Locale } from "./locales";
import { en } from "./messages/en";
import { zhCN, type Messages } from "./messages/zh-CN";

export type { Messages };

/** Every locale's messages (zh-CN is the source, en is typed against it). */
export const MESSAGES: Record<Locale, Messages> = { "zh-CN": zhCN, en };

/** The cookie that remembers the language before sign-in (after it, `users.locale` decides). */
export const LOCALE_COOKIE = "newsdesk-locale";

/**
 * The time zone times are shown in when the publication's own setting (publications.time_zone) is not at
 * hand: outside a request (scripts, lib/i18n/translate.ts). Requests use the stored one (i18n/request.ts).
 */
export const NEWSROOM_TIME_ZONE = DEFAULT_TIME_ZONE;

/**
 * What a key with no message renders: a marker no translation contains, so a walk of the pages
 * (e2e/locale-walk.spec.ts) finds any untranslated key.
 */
export const MISSING_MESSAGE_MARK = "⟦i18n:";

export function missingMessage({ namespace, key }: { namespace?: string; key: string }): string {
  return `${MISSING_MESSAGE_MARK}${namespace ? `${namespace}.` : ""}${key}⟧`;
}
