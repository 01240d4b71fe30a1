/**
 * The i18n settings client code needs, in a module that imports no catalogue: a client component that
 * imported them from catalogue.ts shipped both locales' messages in its JavaScript.
 */
/** The cookie that remembers the language before sign-in (after it, `users.locale` decides). */
export const LOCALE_COOKIE = "newsdesk-locale";

/**
 * The time zone times are shown in when the publication's own setting (publications.time_zone) is not at
 * hand: outside a request (scripts, lib/i18n/translate.ts). Requests use the stored one (i18n/request.ts).
 */
export const NEWSROOM_TIME_ZONE = "Asia/Shanghai";

/**
 * What a key with no message renders: a marker no translation contains, so a walk of the pages
 * (e2e/locale-walk.spec.ts) finds any untranslated key.
 */
export const MISSING_MESSAGE_MARK = "⟦i18n:";

export function missingMessage({ namespace, key }: { namespace?: string; key: string }): string {
  return `${MISSING_MESSAGE_MARK}${namespace ? `${namespace}.` : ""}${key}⟧`;
}
