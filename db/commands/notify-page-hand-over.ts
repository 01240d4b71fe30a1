import { eq } from "drizzle-orm";
import type { PageAction } from "@/lib/workflow/page-workflow";
import type { NotificationKind } from "@/lib/notifications";
import type { DbOrTx } from "../client";
import { editions, users, type Page } from "../schema";
import { pageStoryPeopleUserIds } from "../queries/page-people";
import { chiefUserIds } from "../queries/users";
import { notify } from "./notify";

type PageKind = Extract<NotificationKind, `page_${string}`>;

const KIND: Partial<Record<PageAction, PageKind>> = {
  submit: "page_submitted",
  sign: "page_signed",
  reject: "page_rejected",
  withdraw: "page_withdrawn",
  release: "page_released",
};

/**
 * Who a page's hand-over is for, in the transaction of the change: submitted → the chiefs (签版 waits for
 * them); signed, rejected, 撤签 → the page's 责任编辑 (with the reason); released → the 责任编辑 and the
 * people of the page's stories. Never the one who did it.
 */
export function notifyPageHandOver(tx: DbOrTx, { page, action, actor, reason }: { page: Page; action: PageAction; actor: { id: number }; reason: string | null }): void {
  const kind = KIND[action];
  if (!kind) return;
  const responsible = page.responsibleEditorId === null ? [] : [page.responsibleEditorId];
  const userIds =
    kind === "page_submitted" ? chiefUserIds(tx) : kind === "page_released" ? [...responsible, ...pageStoryPeopleUserIds(tx, { pageId: page.id })] : responsible;
  if (userIds.length === 0) return;
  const actorName = tx.select({ name: users.name }).from(users).where(eq(users.id, actor.id)).get()?.name ?? "";
  const date = tx.select({ date: editions.date }).from(editions).where(eq(editions.id, page.editionId)).get()!.date;
  const base = { actor: actorName, date, n: page.number, name: page.name };
  const notice =
    kind === "page_rejected" || kind === "page_withdrawn" ? { kind, params: { ...base, reason: reason ?? "" } } : { kind, params: base };
  notify(tx, { userIds, storyId: null, pageId: page.id, notice, exceptUserId: actor.id });
}
