import type { IntlError } from "use-intl/core";

/** A missing message is logged (the page shows `missingMessage`'s marker); other i18n errors too. */
export function reportIntlError(error: IntlError): void {
  console.error(`[i18n] ${error.code}: ${error.originalMessage ?? error.message}`);
}
