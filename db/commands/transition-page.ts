import { and, eq, inArray } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import { messageList, type Message } from "@/lib/i18n/translate";
import type { PageState } from "@/lib/page-states";
import type { Role } from "@/lib/roles";
import type { PageTransitionBody } from "@/lib/api/page-schemas";
import { decidePageTransition } from "@/lib/workflow/page-workflow";
import { clearsProofRounds } from "@/lib/workflow/proof-workflow";
import { decideStoryTransition } from "@/lib/workflow/story-workflow";
import type { Db, DbOrTx } from "../client";
import { pageElements, pages, pageSnapshots, proofRounds, stories, type Page } from "../schema";
import { proofProgressOf } from "../queries/proofing";
import { getPageDetail } from "../queries/pages";
import { pageSnapshot } from "@/lib/page-snapshot";
import { recordAudit } from "./record-audit";
import { notifyPageHandOver } from "./notify-page-hand-over";
import { loadStoryForWrite } from "../queries/story-for-write";
import { writeRevision } from "./write-revision";
import { pageCheckBlockers } from "../queries/check-gate";
import { reviewSheetsOf } from "../queries/story-reviews";
import { checkOverridesOf } from "../queries/story-check";

export type PageTransitionRequest = PageTransitionBody & { pageId: number; actor: { id: number; role: Role } };

export interface PageTransitionResult {
  state: PageState;
  version: number;
  snapshotHash: string | null;
  /** Stories published by 付印. */
  published: number[];
}

/** The blockers again at signing: stories may have changed while the page waited for the chief. */
function refuseSignWithBlockers(blockers: Message[]): void {
  if (blockers.length === 0) return;
  throw new DomainError("conflict", "page.cannotSign", { blockers: messageList(blockers) }, blockers);
}

/**
 * 付印: every approved story in a box of the page becomes published (a system action), each with revision and
 * audit row. `actor.id` is null only for the seed page, printed before Newsdesk (seeds/load-seed.ts).
 */
export function publishStories(tx: DbOrTx, page: Page, actor: { id: number | null; role: Role }): number[] {
  const ids = [
    ...new Set(
      tx
        .select({ storyId: pageElements.storyId })
        .from(pageElements)
        .where(and(eq(pageElements.pageId, page.id), inArray(pageElements.kind, ["story", "photo"])))
        .all()
        .flatMap((r) => (r.storyId === null ? [] : [r.storyId])),
    ),
  ];
  const published: number[] = [];
  for (const id of ids) {
    const loaded = loadStoryForWrite(tx, id);
    const { story } = loaded;
    if (story.status !== "approved") continue;
    const { to } = decideStoryTransition({
      action: "publish",
      from: story.status,
      statusBeforeSpike: story.statusBeforeSpike,
      actor: { id: actor.id ?? 0, role: actor.role },
      isOwnStory: false,
      system: true,
      onReleasedPage: true,
    });
    const version = story.version + 1;
    const updated = tx
      .update(stories)
      .set({ status: to, version, updatedAt: new Date().toISOString() })
      .where(and(eq(stories.id, id), eq(stories.status, story.status), eq(stories.version, story.version)))
      .returning({ id: stories.id })
      .get();
    if (!updated) throw new DomainError("conflict", "page.storyChangedDuringRelease", { id });
    writeRevision(tx, { storyId: id, storyVersion: version, authorId: actor.id, cause: "publish", content: loaded.content });
    recordAudit(tx, { actorId: actor.id, entityType: "story", entityId: id, action: "publish", fromState: story.status, toState: to, reason: `第 ${page.number} 版付印 (page ${page.number} released)` });
    published.push(id);
  }
  return published;
}

/**
 * Moves a page through its workflow (DESIGN.md "Page states") in one transaction: the pure state machine
 * decides (role 403 → state 409 → reason 400 → submit blockers 409 → for sign, the proofreading rounds and open marks
 * 409); sign stores the frozen snapshot and its hash; withdraw clears the signature; reject and withdraw clear the
 * signed proofreading rounds; release publishes the page's approved stories. Audited.
 */
export function transitionPage(db: Db, req: PageTransitionRequest): PageTransitionResult {
  return db.transaction((tx) => {
    const page = tx.select().from(pages).where(eq(pages.id, req.pageId)).get();
    if (!page) throw new DomainError("not_found", "page.notFound", { id: req.pageId });
    const reason = req.reason?.trim() || null;
    const needsDetail = req.action === "submit" || req.action === "sign";
    const detail = needsDetail ? getPageDetail(tx, { id: page.id }) : undefined;
    const { to } = decidePageTransition({
      action: req.action,
      from: page.state,
      actor: req.actor,
      reason,
      submitBlockers: req.action === "submit" ? detail!.submitBlockerMessages : undefined,
      proof: req.action === "sign" ? proofProgressOf(tx, page.id) : undefined,
    });

    const now = new Date().toISOString();
    let snapshotHash = page.snapshotHash;
    let signed: Partial<Pick<Page, "signedById" | "signedAt" | "snapshotHash">> = {};
    if (req.action === "sign") {
      // 机检: every story on the page, as at filing (blocks not overridden; warnings never block).
      refuseSignWithBlockers([...detail!.submitBlockerMessages, ...pageCheckBlockers(tx, page.id)]);
      // the signature covers each story's 审稿单 as well (三审, #12): its review acts and the 机检 blocks let through
      const storyIds = [...new Set(detail!.elements.flatMap((e) => (e.story ? [e.story.id] : [])))];
      const snapshot = pageSnapshot(detail!, { reviewSheets: reviewSheetsOf(tx, storyIds), checkOverrides: checkOverridesOf(tx, storyIds) });
      tx.insert(pageSnapshots).values({ pageId: page.id, hash: snapshot.hash, content: snapshot.content, signedById: req.actor.id, createdAt: now }).run();
      snapshotHash = snapshot.hash;
      signed = { signedById: req.actor.id, signedAt: now, snapshotHash };
    } else if (req.action === "withdraw") {
      snapshotHash = null;
      signed = { signedById: null, signedAt: null, snapshotHash: null };
    }
    // 退回重排 / 撤签: the page goes back to layout and will be proofread again from 一校 (docs/PROOFING.md).
    if (clearsProofRounds(req.action)) tx.delete(proofRounds).where(eq(proofRounds.pageId, page.id)).run();

    const version = page.version + 1;
    const updated = tx
      .update(pages)
      .set({ state: to, version, updatedAt: now, ...signed })
      .where(and(eq(pages.id, page.id), eq(pages.state, page.state), eq(pages.version, page.version)))
      .returning({ id: pages.id })
      .get();
    if (!updated) throw new DomainError("conflict", "page.changedDuringDecision", {}, { version: page.version });
    recordAudit(tx, {
      actorId: req.actor.id,
      entityType: "page",
      entityId: page.id,
      action: req.action,
      fromState: page.state,
      toState: to,
      reason: req.action === "sign" ? `sha256:${snapshotHash}` : reason,
    });
    const published = req.action === "release" ? publishStories(tx, page, req.actor) : [];
    notifyPageHandOver(tx, { page, action: req.action, actor: req.actor, reason });
    return { state: to, version, snapshotHash, published };
  });
}
