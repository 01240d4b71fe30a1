import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { and, desc, eq } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import { isMessage, renderMessage } from "@/lib/i18n/translate";
import { auditEvents, pageElements, proofMarks, proofRounds, storyRevisions } from "../schema";
import { listPageProofMarks, pageProofing } from "../queries/proofing";
import { loadStoryForWrite } from "../queries/story-for-write";
import { makeSeededDb } from "../test-db";
import { addProofMark } from "./add-proof-mark";
import { acceptProofMark, rejectProofMark } from "./resolve-proof-mark";
import { signProofRound } from "./sign-proof-round";
import { transitionPage } from "./transition-page";
import { updateStory } from "./update-story";

let t: ReturnType<typeof makeSeededDb>;
beforeEach(() => {
  t = makeSeededDb({ seedPage: "in-layout" });
  transitionPage(t.db, { pageId: t.seedPage.id, action: "submit", actor: t.users.editor });
});
afterEach(() => t.close());

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

/** The seed page's lead story (the first story box) and a string of its real text. */
function leadStory() {
  const el = t.db.select().from(pageElements).where(and(eq(pageElements.pageId, t.seedPage.id), eq(pageElements.kind, "story"))).orderBy(pageElements.id).get()!;
  const { content } = loadStoryForWrite(t.db, el.storyId!);
  return { id: el.storyId!, body: content.body };
}

function mark(storyId: number, paragraph: number, offset: number, marked: string, correction: string) {
  return addProofMark(t.db, { pageId: t.seedPage.id, storyId, field: "body", paragraph, offset, marked, type: "typo", correction, note: "", actor: t.users.proofreader });
}

const sign = (round: number) => signProofRound(t.db, { pageId: t.seedPage.id, round, actor: t.users.proofreader });
const chiefSigns = () => transitionPage(t.db, { pageId: t.seedPage.id, action: "sign", actor: t.users.chief });

describe("三校 on the seed page", () => {
  it("签版 is refused until the three rounds are signed and no mark is open; the 409 says what is missing", () => {
    const story = leadStory();
    const p = story.body[1];
    const { id: markId, round } = mark(story.id, 1, 2, p.slice(2, 4), "更正");
    expect(round).toBe(1);
    sign(1);
    const r = refusal(chiefSigns);
    expect(r.status).toBe(409);
    expect(r.key).toBe("proofing.signNeedsProofing");
    expect(r.details).toEqual(["二校未签字", "三校未签字", "还有 1 处校对标记未处理"]);
    sign(2);
    sign(3);
    expect(refusal(chiefSigns).details).toEqual(["还有 1 处校对标记未处理"]);
    rejectProofMark(t.db, { markId, baseVersion: 1, reason: "原文无误", actor: t.users.editor });
    expect(chiefSigns().state).toBe("signed");
    expect(pageProofing(t.db, { pageId: t.seedPage.id })).toMatchObject({ rounds: 3, signedRounds: [1, 2, 3], openMarks: 0, current: null });
  });

  it("rounds are signed in order, once, only while the page is submitted", () => {
    expect(refusal(() => sign(2)).message).toBe("须先签一校，才能签二校");
    sign(1);
    expect(refusal(() => sign(1)).key).toBe("proofing.roundSigned");
    expect(refusal(() => sign(4)).key).toBe("proofing.roundOutOfRange");
    expect(t.db.select().from(auditEvents).where(and(eq(auditEvents.entityType, "page"), eq(auditEvents.action, "proof-round"))).all()).toHaveLength(1);
  });

  it("a mark's string must be at the place given, in a story on the page", () => {
    const story = leadStory();
    expect(refusal(() => mark(story.id, 0, 0, "不在这里的字", "x")).key).toBe("proofing.markNotInText");
    expect(refusal(() => mark(999_999, 0, 0, "字", "x")).key).toBe("proofing.storyNotOnPage");
    expect(t.db.select().from(proofMarks).all()).toHaveLength(0);
  });

  it("accepting applies the correction where the string is now, as a revision, audited; a stale mark is refused", () => {
    const story = leadStory();
    const p = story.body[2];
    const marked = p.slice(5, 8);
    const { id } = mark(story.id, 2, 5, marked, "【改】");
    // The editor edits the paragraph before the span after the mark was made: the mark moves with its string.
    const loaded = loadStoryForWrite(t.db, story.id);
    const body = [...loaded.content.body];
    body[2] = "　" + body[2];
    updateStory(t.db, { storyId: story.id, baseVersion: loaded.story.version, content: { ...loaded.content, body }, actor: t.users.editor });
    const before = loadStoryForWrite(t.db, story.id).story.version;
    expect(refusal(() => acceptProofMark(t.db, { markId: id, baseVersion: 2, actor: t.users.editor })).key).toBe("proofing.markStale");
    const accepted = acceptProofMark(t.db, { markId: id, baseVersion: 1, actor: t.users.editor });
    const after = loadStoryForWrite(t.db, story.id);
    expect(after.story.version).toBe(before + 1);
    expect(after.content.body[2]).toBe("　" + p.slice(0, 5) + "【改】" + p.slice(8));
    const revision = t.db.select().from(storyRevisions).where(eq(storyRevisions.storyId, story.id)).orderBy(desc(storyRevisions.number)).get()!;
    expect(revision).toMatchObject({ number: accepted.revision, cause: "proof-mark", authorId: t.users.editor.id });
    const { marks } = listPageProofMarks(t.db, { pageId: t.seedPage.id });
    expect(marks[0]).toMatchObject({ state: "accepted", resolvedBy: "李强", revisionNumber: accepted.revision, version: 2 });
    expect(refusal(() => acceptProofMark(t.db, { markId: id, baseVersion: 2, actor: t.users.editor })).key).toBe("proofing.markResolved");
    expect(t.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, story.id), eq(auditEvents.action, "proof-accept"))).all()).toHaveLength(1);
  });

  it("a mark whose string was edited away cannot be accepted, and rejecting needs a reason", () => {
    const story = leadStory();
    const p = story.body[1];
    const { id } = mark(story.id, 1, 0, p.slice(0, 4), "改");
    const loaded = loadStoryForWrite(t.db, story.id);
    updateStory(t.db, { storyId: story.id, baseVersion: loaded.story.version, content: { ...loaded.content, body: loaded.content.body.map((x, i) => (i === 1 ? "重写的一段。" : x)) }, actor: t.users.editor });
    expect(refusal(() => acceptProofMark(t.db, { markId: id, baseVersion: 1, actor: t.users.editor })).key).toBe("proofing.markGone");
    expect(refusal(() => rejectProofMark(t.db, { markId: id, baseVersion: 1, reason: " ", actor: t.users.editor })).status).toBe(400);
    rejectProofMark(t.db, { markId: id, baseVersion: 1, reason: "段落已重写", actor: t.users.editor });
    expect(listPageProofMarks(t.db, { pageId: t.seedPage.id }).marks[0]).toMatchObject({ state: "rejected", resolveReason: "段落已重写" });
  });

  it("退回重排 and 撤签 clear the signed rounds: the page is proofread again from 一校", () => {
    sign(1);
    transitionPage(t.db, { pageId: t.seedPage.id, action: "reject", reason: "头条改稿", actor: t.users.chief });
    expect(t.db.select().from(proofRounds).all()).toHaveLength(0);
    transitionPage(t.db, { pageId: t.seedPage.id, action: "submit", actor: t.users.editor });
    [1, 2, 3].forEach(sign);
    chiefSigns();
    transitionPage(t.db, { pageId: t.seedPage.id, action: "withdraw", reason: "广告调整", actor: t.users.chief });
    expect(pageProofing(t.db, { pageId: t.seedPage.id }).signedRounds).toEqual([]);
    expect(refusal(() => sign(1)).key).toBe("proofing.pageNotSubmitted");
  });
});
