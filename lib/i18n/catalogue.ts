import type { Locale } from "./locales";
import { en } from "./messages/en";
import { zhCN, type Messages } from "./messages/zh-CN";

export type { Messages };
export { LOCALE_COOKIE, MISSING_MESSAGE_MARK, NEWSROOM_TIME_ZONE, missingMessage } from "./intl-config";

/** Every locale's messages (zh-CN is the source, en is typed against it). Server code only: see intl-config.ts. */
export const MESSAGES: Record<Locale, Messages> = { "zh-CN": zhCN, en };

/** What client components get (app/layout.tsx): everything but the server's namespaces. */
export type ClientMessages = Omit<Messages, "error" | "notification">;
