import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import { renderMessage } from "@/lib/i18n/translate";
import { auditEvents, pageElements, pages, pageSnapshots, stories } from "../schema";
import { makeSeededDb, proofreadPage } from "../test-db";
import { addProofMark } from "./add-proof-mark";
import { createPage } from "./create-page";
import { createStory } from "./create-story";
import { deletePage } from "./delete-page";
import { savePageLayout } from "./save-page-layout";
import { transitionPage } from "./transition-page";
import { transitionStory } from "./transition-story";
import { updatePageDetails } from "./update-page-details";

let t: Awaited<ReturnType<typeof makeSeededDb>>;
beforeAll(() => {
  t = makeSeededDb();
});
afterAll(() => t.close());

const DATE = "2019-01-09";
const version = (id: number) => t.db.select({ v: pages.version }).from(pages).where(eq(pages.id, id)).get()!.v;

/** A page with one passed brief on it, signed by the chief and then withdrawn (撤签): back in layout. */
function signedOnceThenWithdrawn(): number {
  const { id } = createPage(t.db, { editionDate: DATE, name: "签过的版", actor: t.users.editor });
  const story = createStory(t.db, { editionDate: DATE, slug: "短讯", kind: "brief", actor: t.users.editor });
  transitionStory(t.db, { storyId: story.id, action: "file", actor: t.users.editor });
  transitionStory(t.db, { storyId: story.id, action: "pass", actor: t.users.editor });
  const boxes = t.db.select().from(pageElements).where(eq(pageElements.pageId, id)).all().map(({ pageId: _p, ...e }) => e);
  savePageLayout(t.db, { pageId: id, baseVersion: 1, elements: [...boxes, { kind: "story", storyId: story.id, firstColumn: 1, columnSpan: 2, topLine: 5, heightLines: 1 }], actor: t.users.editor });
  updatePageDetails(t.db, { pageId: id, baseVersion: version(id), responsibleEditorId: t.users.editor.id, actorId: t.users.editor.id });
  transitionPage(t.db, { pageId: id, action: "submit", actor: t.users.editor });
  proofreadPage(t.db, id);
  transitionPage(t.db, { pageId: id, action: "sign", actor: t.users.chief });
  transitionPage(t.db, { pageId: id, action: "withdraw", reason: "换稿", actor: t.users.chief });
  return id;
}

describe("deleting a page that was signed once", () => {
  it("is refused (409): its signing snapshots stay with the audit rows that name their hash", () => {
    const id = signedOnceThenWithdrawn();
    const snapshots = t.db.select().from(pageSnapshots).where(eq(pageSnapshots.pageId, id)).all();
    expect(snapshots).toHaveLength(1);
    const signAudit = t.db.select().from(auditEvents).where(and(eq(auditEvents.entityType, "page"), eq(auditEvents.entityId, id), eq(auditEvents.action, "sign"))).get();
    expect(signAudit).toBeDefined();

    let refused: DomainError | undefined;
    try {
      deletePage(t.db, { pageId: id, baseVersion: version(id), actor: t.users.editor });
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      refused = e;
    }
    expect(refused?.status).toBe(409);
    expect(renderMessage("zh-CN", refused!.reason)).toBe("第 2 版签过版，签版记录须保留，不能删除");
    expect(t.db.select().from(pages).where(eq(pages.id, id)).get()).toMatchObject({ state: "layout" });
    expect(t.db.select().from(pageSnapshots).where(eq(pageSnapshots.pageId, id)).all()).toEqual(snapshots);
  });

  it("cannot be forced past the database either: the snapshot's key no longer cascades", () => {
    const id = t.db.select({ pageId: pageSnapshots.pageId }).from(pageSnapshots).get()!.pageId;
    expect(() => t.db.delete(pages).where(eq(pages.id, id)).run()).toThrow(/FOREIGN KEY constraint failed/);
    expect(t.db.select().from(pageSnapshots).where(eq(pageSnapshots.pageId, id)).all()).toHaveLength(1);
  });

  it("a page never signed is still deleted", () => {
    const { id } = createPage(t.db, { editionDate: DATE, name: "空版", actor: t.users.editor });
    expect(deletePage(t.db, { pageId: id, baseVersion: version(id), actor: t.users.editor })).toMatchObject({ id });
    expect(t.db.select().from(pages).where(eq(pages.id, id)).get()).toBeUndefined();
  });
});

describe("deleting a page that was proofread", () => {
  it("is refused (409) while it has a proofreading record — its marks are the page's 差错率 record", () => {
    const { id } = createPage(t.db, { editionDate: DATE, name: "校对过的版", actor: t.users.editor });
    const story = createStory(t.db, { editionDate: DATE, slug: "校对短讯", kind: "brief", actor: t.users.editor });
    transitionStory(t.db, { storyId: story.id, action: "file", actor: t.users.editor });
    transitionStory(t.db, { storyId: story.id, action: "pass", actor: t.users.editor });
    const boxes = t.db.select().from(pageElements).where(eq(pageElements.pageId, id)).all().map(({ pageId: _p, ...e }) => e);
    savePageLayout(t.db, { pageId: id, baseVersion: 1, elements: [...boxes, { kind: "story", storyId: story.id, firstColumn: 1, columnSpan: 4, topLine: 5, heightLines: 4 }], actor: t.users.editor });
    updatePageDetails(t.db, { pageId: id, baseVersion: version(id), responsibleEditorId: t.users.editor.id, actorId: t.users.editor.id });
    t.db.update(stories).set({ headline: "聊城短讯" }).where(eq(stories.id, story.id)).run();
    transitionPage(t.db, { pageId: id, action: "submit", actor: t.users.editor });
    addProofMark(t.db, { pageId: id, storyId: story.id, field: "headline", paragraph: 0, offset: 0, marked: "聊城", type: "typo", correction: "聊城市", note: "", actor: t.users.proofreader });
    // 退回重排 clears the signed rounds (docs/PROOFING.md); the marks stay, and with them the page's error record
    transitionPage(t.db, { pageId: id, action: "reject", reason: "重排", actor: t.users.chief });
    const err = (() => {
      try {
        deletePage(t.db, { pageId: id, baseVersion: version(id), actor: t.users.editor });
      } catch (e) {
        return e as DomainError;
      }
      throw new Error("expected a refusal");
    })();
    expect(err.key).toBe("page.proofreadNoDelete");
    expect(renderMessage("zh-CN", err.reason)).toContain("校对记录");
    expect(t.db.select().from(pages).where(eq(pages.id, id)).get()).toBeDefined();
  });
});
