import type { ErrorKey } from "./translate";

/**
 * A schema's custom message, as a key of the `error` namespace (typed, so a typo fails the typecheck);
 * lib/i18n/zod-issues.ts words it in the reader's language. Kept apart so a schema does not pull in the catalogue.
 */
export function errorKey(key: ErrorKey): string {
  return key;
}
