import { createTranslator, type NamespaceKeys, type NestedKeyOf } from "use-intl/core";
import { MESSAGES, missingMessage, NEWSROOM_TIME_ZONE, type Messages } from "./catalogue";
import type { Locale } from "./locales";

/**
 * Translates outside React (route handlers, server modules): `translatorFor(user.locale)("status.filed")`,
 * or with a namespace: `translatorFor(locale, "pageAction")("sign")`. Same catalogue and ICU rules as
 * `useTranslations` / `getTranslations`; a missing key renders `missingMessage` instead of throwing.
 */
export function translatorFor<NS extends NamespaceKeys<Messages, NestedKeyOf<Messages>> = never>(locale: Locale, namespace?: NS) {
  return createTranslator<Messages, NS>({
    locale,
    messages: MESSAGES[locale],
    namespace,
    timeZone: NEWSROOM_TIME_ZONE,
    getMessageFallback: missingMessage,
    onError: () => {},
  });
}
