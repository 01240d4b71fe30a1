import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { canonicalJson } from "@/lib/page-snapshot";
import { makeSeededDb, pageLayoutOf, proofreadPage, refusal } from "../test-db";
import { pages, pageSnapshots } from "../schema";
import { checkStory, listCheckOverrides } from "../queries/story-check";
import { loadStoryForWrite } from "../queries/story-for-write";
import { addCheckTerm } from "./add-check-term";
import { dismissCheckFinding } from "./dismiss-check-finding";
import { transitionPage } from "./transition-page";

/**
 * The signed page's snapshot holds each story's whole 审稿单 (docs/REVIEW.md): the review acts and the 机检 blocks
 * the chief let through, as they stood at 签版. On the seed page before print (stories approved, in layout): one
 * story's text holds a word the test puts on the 禁用词 list, the chief lets it through, the page is signed.
 */
let t: ReturnType<typeof makeSeededDb>;
beforeAll(() => {
  t = makeSeededDb({ seedPage: "in-layout" });
});
afterAll(() => t.close());

type SnapshotStory = { id: number; reviewSheet?: unknown[]; checkOverrides?: Record<string, unknown>[] };
const snapshotsOf = (pageId: number) => t.db.select().from(pageSnapshots).where(eq(pageSnapshots.pageId, pageId)).orderBy(pageSnapshots.id).all();
const storiesOf = (content: unknown) => (content as { stories: SnapshotStory[] }).stories;

function sign(pageId: number) {
  transitionPage(t.db, { pageId, action: "submit", actor: t.users.editor });
  proofreadPage(t.db, pageId);
  return transitionPage(t.db, { pageId, action: "sign", actor: t.users.chief });
}

describe("签版 keeps the 审稿单's 机检 overrides", () => {
  it("has the chief's override in the snapshot; a later change to the dismissals leaves the signed snapshot as it was", () => {
    const { db, users, seedPage } = t;
    const storyId = pageLayoutOf(db, seedPage.id).find((e) => e.kind === "story")!.storyId!;
    // a word of this story's own text (the seed's), four characters from its first paragraph
    const word = loadStoryForWrite(db, storyId).content.body[0].slice(0, 4);
    addCheckTerm(db, { list: "banned", term: word, replacement: null, note: null, actor: users.chief });
    const block = checkStory(db, storyId)!.findings.find((f) => f.severity === "block" && f.text === word)!;
    expect(block).toBeDefined();
    dismissCheckFinding(db, { storyId, key: block.key, kind: "override", reason: "引用文件原文，照登", actor: users.chief });
    const shown = listCheckOverrides(db, storyId);
    expect(shown).toHaveLength(1);

    const signed = sign(seedPage.id);
    const [snap] = snapshotsOf(seedPage.id);
    expect(snap.hash).toBe(signed.snapshotHash);
    expect(snap.hash).toBe(createHash("sha256").update(canonicalJson(snap.content)).digest("hex"));
    const stories = storiesOf(snap.content);
    expect(stories.length).toBeGreaterThan(1);
    // what the on-screen 审稿单 lists (rule, text, who, when, why), with who's id too
    const { id: _id, ...line } = shown[0];
    expect(stories.find((s) => s.id === storyId)!.checkOverrides).toEqual([{ ...line, byId: users.chief.id }]);
    expect(stories.find((s) => s.id === storyId)!.checkOverrides![0]).toMatchObject({ rule: "banned", text: word, reason: "引用文件原文，照登", by: "值班总编" });
    // every story has its sheet; only the one with an override has the key
    for (const s of stories) expect(s.reviewSheet, `story ${s.id}`).toEqual([]);
    expect(stories.filter((s) => "checkOverrides" in s).map((s) => s.id)).toEqual([storyId]);

    // while signed, nobody changes the sheet: the override cannot be decided again
    expect(refusal(() => dismissCheckFinding(db, { storyId, key: block.key, kind: "dismiss", reason: "改", actor: users.chief })).key).toBe("story.pageSigned");

    // 撤签; a second word of the story goes on the list and the chief lets it through too: the sheet has two now
    transitionPage(db, { pageId: seedPage.id, action: "withdraw", reason: "重新审定机检放行", actor: users.chief });
    const second = loadStoryForWrite(db, storyId).content.body[0].slice(4, 8);
    addCheckTerm(db, { list: "banned", term: second, replacement: null, note: null, actor: users.chief });
    const next = checkStory(db, storyId)!.findings.find((f) => f.severity === "block" && f.text === second)!;
    dismissCheckFinding(db, { storyId, key: next.key, kind: "override", reason: "同上", actor: users.chief });
    expect(listCheckOverrides(db, storyId).map((o) => o.text)).toEqual([word, second]);

    // the signed snapshot is the record: unchanged, byte for byte
    expect(snapshotsOf(seedPage.id)[0]).toEqual(snap);
    // signing again takes the sheet as it is now: both overrides, another hash
    const again = sign(seedPage.id);
    const latest = snapshotsOf(seedPage.id).at(-1)!;
    expect(again.snapshotHash).not.toBe(snap.hash);
    expect(storiesOf(latest.content).find((s) => s.id === storyId)!.checkOverrides!.map((o) => o.text)).toEqual([word, second]);
    expect(db.select({ hash: pages.snapshotHash }).from(pages).where(eq(pages.id, seedPage.id)).get()!.hash).toBe(latest.hash);
  });
});
