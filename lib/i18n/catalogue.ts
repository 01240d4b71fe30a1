import type { Locale } from "./locales";
import { en } from "./messages/en";
import { zhCN, type Messages } from "./messages/zh-CN";

export type { Messages };

/** Every locale's messages (zh-CN is the source, en is typed against it). */
export const MESSAGES: Record<Locale, Messages> = { "zh-CN": zhCN, en };

/** The cookie that remembers the language before sign-in (after it, `users.locale` decides). */
export const LOCALE_COOKIE = "newsdesk-locale";

/** The time zone every time is shown in (the publication's, DESIGN.md). */
export const NEWSROOM_TIME_ZONE = "Asia/Shanghai";

/**
 * What a key with no message renders: a marker no translation contains, so a walk of the pages
 * (e2e/locale-walk.spec.ts) finds any untranslated key.
 */
export const MISSING_MESSAGE_MARK = "⟦i18n:";

export function missingMessage({ namespace, key }: { namespace?: string; key: string }): string {
  return `${MISSING_MESSAGE_MARK}${namespace ? `${namespace}.` : ""}${key}⟧`;
}
