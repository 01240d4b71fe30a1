import { renderMessage, type ErrorKey, type Message, type MessageParams } from "./i18n/translate";

/** One error type for the domain and the commands; its code maps to an HTTP status at the route. */
export const ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;
export type { ErrorKey };

/**
 * `code` says what kind of refusal it is (the HTTP status); `key` and `params` say why, as a message of
 * the catalogue's `error` namespace, rendered in the caller's language by the route. `message` is the
 * English text, for logs and scripts.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly key: ErrorKey,
    readonly params: MessageParams = {},
    readonly details?: unknown,
  ) {
    super(renderMessage("en", { key, params }));
    this.name = "DomainError";
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
  /** The reason as a storable, sendable message. */
  get reason(): Message {
    return { key: this.key, params: this.params };
  }
}
