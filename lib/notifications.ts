/**
 * In-app notifications are stored as a kind plus parameters (names and titles as they were when it
 * happened) and worded only when read, in the reader's language. `legacy` holds a sentence written
 * before kinds had parameters, shown as it is.
 */
import type { Locale } from "./i18n/locales";
import { translator } from "./i18n/translate";
import { formatShortEditionDate } from "./short-edition-date";

export const NOTIFICATION_KINDS = [
  "assigned",
  "filed",
  "returned",
  "passed",
  "approved",
  "taken_over",
  "legacy",
  "page_submitted",
  "page_signed",
  "page_rejected",
  "page_withdrawn",
  "page_released",
  "recalled",
  /** 复审 passed (三审, #12) */
  "reviewed",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NotificationParamsOf {
  assigned: { actor: string; story: string };
  filed: { actor: string; story: string };
  returned: { story: string; reason: string };
  passed: { story: string };
  approved: { story: string };
  taken_over: { actor: string; story: string };
  legacy: { text: string };
  page_submitted: PageNoticeParams;
  page_signed: PageNoticeParams;
  page_rejected: PageNoticeParams & { reason: string };
  page_withdrawn: PageNoticeParams & { reason: string };
  page_released: PageNoticeParams;
  recalled: { actor: string; story: string };
  reviewed: { story: string };
}

/** A page hand-over names who did it and the page: its edition date (YYYY-MM-DD), number and name. */
export type PageNoticeParams = {
  actor: string;
  date: string;
  n: number;
  name: string;
};

const PAGE_ACTION = {
  page_submitted: "pageAction.submit",
  page_signed: "pageAction.sign",
  page_rejected: "pageAction.reject",
  page_withdrawn: "pageAction.withdraw",
  page_released: "pageAction.release",
} as const;
const isPageKind = (kind: NotificationKind): kind is keyof typeof PAGE_ACTION => kind in PAGE_ACTION;
/** What the `params` column holds (JSON). */
export type NotificationParams = Record<string, string | number>;

export type Notice = { [K in NotificationKind]: { kind: K; params: NotificationParamsOf[K] } }[NotificationKind];

/** Which action a review notification names (its label comes from the catalogue). */
const REVIEW_ACTION = { passed: "storyAction.pass", reviewed: "storyAction.review", approved: "storyAction.approve" } as const;

/** Only plain values reach the formatter, whatever a stored row holds. */
function plain(params: unknown): NotificationParams {
  if (typeof params !== "object" || params === null) return {};
  return Object.fromEntries(Object.entries(params).filter(([, v]) => typeof v === "string" || typeof v === "number"));
}

/** The notification as its reader reads it. */
export function renderNotification(locale: Locale, notice: { kind: NotificationKind; params: unknown }, reference?: string): string {
  const t = translator(locale);
  const values = plain(notice.params);
  if (notice.kind === "passed" || notice.kind === "reviewed" || notice.kind === "approved") values.action = t(REVIEW_ACTION[notice.kind]);
  if (isPageKind(notice.kind)) {
    values.action = t(PAGE_ACTION[notice.kind]);
    if (typeof values.date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(values.date)) values.date = formatShortEditionDate(values.date, locale, reference);
  }
  return t(`notification.${notice.kind}`, values);
}
