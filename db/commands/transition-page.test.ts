import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import { isMessage, renderMessage } from "@/lib/i18n/translate";
import { auditEvents, pageElements, pages, pageSnapshots, stories } from "../schema";
import { getPageDetail } from "../queries/pages";
import { loadStoryForWrite } from "../queries/story-for-write";
import { createPage } from "./create-page";
import { deletePage } from "./delete-page";
import { updatePageDetails } from "./update-page-details";
import { savePageLayout, type LayoutElementInput } from "./save-page-layout";
import { canonicalJson } from "@/lib/page-snapshot";
import { makeSeededDb, pageLayoutOf, proofreadPage } from "../test-db";
import { transitionPage } from "./transition-page";
import { createStory } from "./create-story";
import { restoreRevision } from "./restore-revision";
import { transitionStory } from "./transition-story";
import { updateStory } from "./update-story";

let t: Awaited<ReturnType<typeof makeSeededDb>>;
beforeAll(async () => {
  t = makeSeededDb({ seedPage: "in-layout" });
});
afterAll(() => t.close());

/** The refusal as a zh-CN reader gets it: blocker messages in `details` rendered, as the route does. */
function refusal(fn: () => unknown): { status: number; key: string; message: string; details: unknown } {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) {
      const details = Array.isArray(e.details) && e.details.every(isMessage) ? e.details.map((m) => renderMessage("zh-CN", m)) : e.details;
      return { status: e.status, key: e.key, message: renderMessage("zh-CN", e.reason), details };
    }
    throw e;
  }
  throw new Error("expected a refusal");
}

const pageRow = (id: number) => t.db.select().from(pages).where(eq(pages.id, id)).get()!;
const layoutOf = (id: number) => pageLayoutOf(t.db, id);
const lead = (id: number) => layoutOf(id).find((e) => e.kind === "story")!;

function resize(pageId: number, elementId: number, heightLines: number) {
  const elements = layoutOf(pageId).map((e) => (e.id === elementId ? { ...e, heightLines } : e));
  return savePageLayout(t.db, { pageId, baseVersion: pageRow(pageId).version, elements, actor: t.users.editor });
}

/** Replace one character of a story's first paragraph (same length, so the copyfit does not change). */
function retouch(storyId: number) {
  const { story, content, bylines } = loadStoryForWrite(t.db, storyId);
  const first = content.body[0];
  const body = [first.slice(0, -1) + (first.endsWith("。") ? "！" : "。"), ...content.body.slice(1)];
  const edited = { ...content, body, bylines: bylines.map((b) => ({ name: b.name, role: b.role })) };
  return updateStory(t.db, { storyId, baseVersion: story.version, content: edited, actor: t.users.editor });
}

describe("submitting a page", () => {
  it("is refused with the reasons while a box is overset, and goes through once it fits", () => {
    const page = t.seedPage;
    const box = lead(page.id);
    resize(page.id, box.id!, 20);
    const detail = getPageDetail(t.db, { id: page.id })!;
    const overset = detail.elements.find((e) => e.id === box.id)!;
    expect(overset.fit?.status).toBe("over");
    expect(detail.submitBlockers).toEqual([`「党支部唱响两新组织发展主旋律」超 ${overset.fit!.linesNeeded - overset.fit!.linesAvailable} 行`]);

    const r = refusal(() => transitionPage(t.db, { pageId: page.id, action: "submit", actor: t.users.editor }));
    expect(r.status).toBe(409);
    expect(r.details).toEqual(detail.submitBlockers);
    expect(pageRow(page.id).state).toBe("layout");

    resize(page.id, box.id!, 32);
    expect(getPageDetail(t.db, { id: page.id })!.submitBlockers).toEqual([]);
  });

  it("is refused with the places while a box is underset (缺行) by more than 3 lines, in the caller's language", () => {
    const page = t.seedPage;
    const before = layoutOf(page.id);
    const tall = before.find((e) => e.kind === "story" && e.firstColumn === 3 && e.topLine === 37)!;
    const below = before.find((e) => e.kind === "story" && e.firstColumn === 3 && e.topLine === 74)!;
    // the box below goes, and this one is stretched into its place: 5 lines more than its text needs
    savePageLayout(t.db, {
      pageId: page.id,
      baseVersion: pageRow(page.id).version,
      elements: before.filter((e) => e.id !== below.id).map((e) => (e.id === tall.id ? { ...e, heightLines: tall.heightLines + 5 } : e)),
      actor: t.users.editor,
    });
    const detail = getPageDetail(t.db, { id: page.id, viewer: { role: "editor", locale: "en" } })!;
    const headline = detail.elements.find((e) => e.id === tall.id)!.story!.headline;
    expect(detail.submitBlockers).toEqual([`“${headline}” is short by 5 lines (column 3, from line 37); at most 3 are allowed`]);

    const r = refusal(() => transitionPage(t.db, { pageId: page.id, action: "submit", actor: t.users.editor }));
    expect(r.status).toBe(409);
    expect(r.message).toContain("版面还不能提交签版");
    expect(r.details).toEqual([`「${headline}」缺 5 行（第 3 栏、第 37 行起），缺行不得超过 3 行`]);
    expect(pageRow(page.id).state).toBe("layout");

    const { id: _gone, ...again } = below;
    const restored = [...layoutOf(page.id).map((e) => (e.id === tall.id ? { ...e, heightLines: tall.heightLines } : e)), again];
    savePageLayout(t.db, { pageId: page.id, baseVersion: pageRow(page.id).version, elements: restored, actor: t.users.editor });
    expect(getPageDetail(t.db, { id: page.id })!.submitBlockers).toEqual([]);
  });

  it("is refused while a story on the page is not edited or approved, and without a 责任编辑", () => {
    const { id } = createPage(t.db, { editionDate: "2019-01-09", name: "待审", actor: t.users.editor });
    const draft = createStory(t.db, { editionDate: "2019-01-09", slug: "还在写", kind: "article", actor: t.users.editor });
    const elements = [...layoutOf(id), { kind: "story" as const, storyId: draft.id, firstColumn: 1, columnSpan: 2, topLine: 5, heightLines: 3 }];
    savePageLayout(t.db, { pageId: id, baseVersion: 1, elements, actor: t.users.editor });
    const r = refusal(() => transitionPage(t.db, { pageId: id, action: "submit", actor: t.users.editor }));
    expect(r.status).toBe(409);
    expect(r.details).toEqual(["「还在写」状态为草稿，需已初审或已终审", "未设置责任编辑"]);
  });

  it("is an editor's action; a reporter or an admin gets 403", () => {
    expect(refusal(() => transitionPage(t.db, { pageId: t.seedPage.id, action: "submit", actor: t.users.reporter })).status).toBe(403);
    expect(refusal(() => transitionPage(t.db, { pageId: t.seedPage.id, action: "submit", actor: t.users.admin })).status).toBe(403);
  });
});

describe("signing, withdrawing and releasing", () => {
  const storyOnPage = () => lead(t.seedPage.id).storyId!;

  it("only the chief signs; signing stores the snapshot and its sha256, and freezes page and stories", () => {
    const id = t.seedPage.id;
    transitionPage(t.db, { pageId: id, action: "submit", actor: t.users.editor });
    expect(refusal(() => transitionPage(t.db, { pageId: id, action: "sign", actor: t.users.editor })).status).toBe(403);
    proofreadPage(t.db, id);
    const signed = transitionPage(t.db, { pageId: id, action: "sign", actor: t.users.chief });
    expect(signed.state).toBe("signed");
    const row = pageRow(id);
    expect(row).toMatchObject({ state: "signed", signedById: t.users.chief.id, snapshotHash: signed.snapshotHash });
    expect(row.signedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const snap = t.db.select().from(pageSnapshots).where(eq(pageSnapshots.pageId, id)).all();
    expect(snap).toHaveLength(1);
    expect(snap[0].hash).toBe(createHash("sha256").update(canonicalJson(snap[0].content)).digest("hex"));
    const content = snap[0].content as { elements: unknown[]; stories: { id: number; version: number; body: string[] }[] };
    expect(content.elements).toHaveLength(12);
    expect(content.stories).toHaveLength(8);
    expect(content.stories.find((s) => s.id === storyOnPage())).toMatchObject({ version: 1 });
    expect(Object.keys(snap[0].content as object)).toEqual(["elements", "page", "stories"]);
    expect(getPageDetail(t.db, { id, viewer: t.users.chief })!).toMatchObject({ signedBy: "值班总编", allowedActions: ["withdraw", "release"] });
  });

  it("while signed, the layout, the page's details and its stories refuse every change (409)", () => {
    const id = t.seedPage.id;
    const story = loadStoryForWrite(t.db, storyOnPage()).story;
    const cases: [string, () => unknown][] = [
      ["layout", () => savePageLayout(t.db, { pageId: id, baseVersion: pageRow(id).version, elements: layoutOf(id), actor: t.users.editor })],
      ["rename", () => updatePageDetails(t.db, { pageId: id, baseVersion: pageRow(id).version, name: "新名", actorId: t.users.editor.id })],
      ["delete", () => deletePage(t.db, { pageId: id, baseVersion: pageRow(id).version, actor: t.users.chief })],
      ["story edit", () => retouch(story.id)],
      ["story return", () => transitionStory(t.db, { storyId: story.id, action: "return", reason: "再改改", actor: { ...t.users.chief } })],
      ["story restore", () => restoreRevision(t.db, { storyId: story.id, number: 1, baseVersion: story.version, actor: t.users.editor })],
    ];
    for (const [what, fn] of cases) expect(refusal(fn).status, what).toBe(409);
    expect(loadStoryForWrite(t.db, story.id).story.version).toBe(story.version);
  });

  it("withdraw (撤签) needs a reason, is audited, and clears the signature", () => {
    const id = t.seedPage.id;
    expect(refusal(() => transitionPage(t.db, { pageId: id, action: "withdraw", reason: "  ", actor: t.users.chief })).status).toBe(400);
    expect(refusal(() => transitionPage(t.db, { pageId: id, action: "withdraw", reason: "标题有误", actor: t.users.editor })).status).toBe(403);
    transitionPage(t.db, { pageId: id, action: "withdraw", reason: "标题有误", actor: t.users.chief });
    expect(pageRow(id)).toMatchObject({ state: "layout", signedById: null, signedAt: null, snapshotHash: null });
    const audit = t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "page"), eq(auditEvents.entityId, id), eq(auditEvents.action, "withdraw")))
      .get();
    expect(audit).toMatchObject({ actorId: t.users.chief.id, fromState: "signed", toState: "layout", reason: "标题有误" });
  });

  it("signing the unchanged page again gives the same hash; after an edit the hash changes", () => {
    const id = t.seedPage.id;
    const first = t.db.select().from(pageSnapshots).where(eq(pageSnapshots.pageId, id)).get()!.hash;
    transitionPage(t.db, { pageId: id, action: "submit", actor: t.users.editor });
    proofreadPage(t.db, id);
    const again = transitionPage(t.db, { pageId: id, action: "sign", actor: t.users.chief });
    expect(again.snapshotHash).toBe(first);

    transitionPage(t.db, { pageId: id, action: "withdraw", reason: "改一个字", actor: t.users.chief });
    retouch(storyOnPage());
    transitionPage(t.db, { pageId: id, action: "submit", actor: t.users.editor });
    proofreadPage(t.db, id);
    const changed = transitionPage(t.db, { pageId: id, action: "sign", actor: t.users.chief });
    expect(changed.snapshotHash).not.toBe(first);
    expect(t.db.select().from(pageSnapshots).where(eq(pageSnapshots.pageId, id)).all().map((s) => s.hash)).toEqual([first, first, changed.snapshotHash]);
  });

  it("refuses to sign when a story on the submitted page went back to the desk meanwhile", () => {
    const { id } = createPage(t.db, { editionDate: "2019-01-09", name: "改稿", actor: t.users.editor });
    const story = createStory(t.db, { editionDate: "2019-01-09", slug: "短讯", kind: "brief", actor: t.users.editor });
    transitionStory(t.db, { storyId: story.id, action: "file", actor: t.users.editor });
    transitionStory(t.db, { storyId: story.id, action: "pass", actor: t.users.editor });
    savePageLayout(t.db, { pageId: id, baseVersion: 1, elements: [...layoutOf(id), { kind: "story", storyId: story.id, firstColumn: 1, columnSpan: 2, topLine: 5, heightLines: 1 }], actor: t.users.editor });
    updatePageDetails(t.db, { pageId: id, baseVersion: pageRow(id).version, responsibleEditorId: t.users.editor.id, actorId: t.users.editor.id });
    transitionPage(t.db, { pageId: id, action: "submit", actor: t.users.editor });
    transitionStory(t.db, { storyId: story.id, action: "return", reason: "数据再核", actor: t.users.chief });
    proofreadPage(t.db, id);
    const r = refusal(() => transitionPage(t.db, { pageId: id, action: "sign", actor: t.users.chief }));
    expect(r.status).toBe(409);
    expect(r.details).toEqual(["「短讯」状态为已退回，需已初审或已终审"]);
    // the chief sends it back instead (reason required)
    expect(refusal(() => transitionPage(t.db, { pageId: id, action: "reject", actor: t.users.chief })).status).toBe(400);
    expect(transitionPage(t.db, { pageId: id, action: "reject", reason: "稿件退回了", actor: t.users.chief }).state).toBe("layout");
  });

  it("release (付印) publishes the page's approved stories, each audited, and the page stays frozen", () => {
    const id = t.seedPage.id;
    expect(refusal(() => transitionPage(t.db, { pageId: id, action: "release", actor: t.users.editor })).status).toBe(403);
    const released = transitionPage(t.db, { pageId: id, action: "release", actor: t.users.chief });
    expect(released.state).toBe("released");
    expect(released.published).toHaveLength(8);
    const onPage = t.db.select({ status: stories.status }).from(stories).where(eq(stories.pageId, id)).all();
    expect(onPage.map((s) => s.status)).toEqual(Array(8).fill("published"));
    const publishAudits = t.db.select().from(auditEvents).where(and(eq(auditEvents.entityType, "story"), eq(auditEvents.action, "publish"))).all();
    expect(publishAudits).toHaveLength(8);
    expect(publishAudits[0]).toMatchObject({ fromState: "approved", toState: "published", actorId: t.users.chief.id });
    expect(refusal(() => transitionPage(t.db, { pageId: id, action: "withdraw", reason: "太晚了", actor: t.users.chief })).status).toBe(409);
    // a published story is no longer anyone's to edit (corrections are separate records)
    expect(refusal(() => retouch(storyOnPage())).status).toBe(403);
  });
});
