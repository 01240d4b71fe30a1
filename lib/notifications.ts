/**
 * In-app notifications are stored as a kind plus parameters (names and titles as they were when it
 * happened) and worded only when read, in the reader's language. `legacy` holds a sentence written
 * before kinds had parameters, shown as it is.
 */
import type { Locale } from "./i18n/locales";
import { translator } from "./i18n/translate";

export const NOTIFICATION_KINDS = ["assigned", "filed", "returned", "passed", "approved", "taken_over", "legacy", "recalled"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NotificationParamsOf {
  assigned: { actor: string; story: string };
  filed: { actor: string; story: string };
  returned: { story: string; reason: string };
  passed: { story: string };
  approved: { story: string };
  taken_over: { actor: string; story: string };
  legacy: { text: string };
  recalled: { actor: string; story: string };
}
/** What the `params` column holds (JSON). */
export type NotificationParams = Record<string, string | number>;

export type Notice = { [K in NotificationKind]: { kind: K; params: NotificationParamsOf[K] } }[NotificationKind];

/** Which action a review notification names (its label comes from the catalogue). */
const REVIEW_ACTION = { passed: "storyAction.pass", approved: "storyAction.approve" } as const;

/** Only plain values reach the formatter, whatever a stored row holds. */
function plain(params: unknown): NotificationParams {
  if (typeof params !== "object" || params === null) return {};
  return Object.fromEntries(Object.entries(params).filter(([, v]) => typeof v === "string" || typeof v === "number"));
}

/** The notification as its reader reads it. */
export function renderNotification(locale: Locale, notice: { kind: NotificationKind; params: unknown }): string {
  const t = translator(locale);
  const values = plain(notice.params);
  if (notice.kind === "passed" || notice.kind === "approved") values.action = t(REVIEW_ACTION[notice.kind]);
  return t(`notification.${notice.kind}`, values);
}
