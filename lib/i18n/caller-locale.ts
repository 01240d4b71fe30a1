import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";

/** The cookie that remembers the language chosen before sign-in. */
export const LOCALE_COOKIE = "newsdesk-locale";

function cookieValue(cookieHeader: string | null | undefined, name: string): string | undefined {
  for (const part of (cookieHeader ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** The first language of Accept-Language (by weight) that we speak: any `en…` is en, any `zh…` is zh-CN. */
function fromAcceptLanguage(header: string | null | undefined): Locale | undefined {
  const ranges = (header ?? "")
    .split(",")
    .map((r, i) => {
      const [tag, ...attrs] = r.trim().split(";");
      const q = attrs.map((a) => a.trim()).find((a) => a.startsWith("q="));
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1, i };
    })
    .filter((r) => r.tag !== "" && r.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { tag } of ranges) {
    if (tag === "en" || tag.startsWith("en-")) return "en";
    if (tag === "zh" || tag.startsWith("zh-")) return "zh-CN";
  }
  return undefined;
}

/**
 * The language to answer a caller in: the signed-in user's choice, else the `newsdesk-locale` cookie,
 * else Accept-Language, else zh-CN.
 */
export function callerLocale(caller: { userLocale?: string | null; cookieHeader?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(caller.userLocale)) return caller.userLocale;
  const cookie = cookieValue(caller.cookieHeader, LOCALE_COOKIE);
  if (isLocale(cookie)) return cookie;
  return fromAcceptLanguage(caller.acceptLanguage) ?? DEFAULT_LOCALE;
}
