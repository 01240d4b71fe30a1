import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import { editions, publications, storyReviews } from "../schema";
import { makeTestDb } from "../test-db";
import { createEdition } from "./create-edition";
import { createStory } from "./create-story";
import { transitionStory } from "./transition-story";
import { updateStory } from "./update-story";
import { finalReviewQueue, secondReviewQueue } from "../queries/desk-queues";
import { reviewSheetOf } from "../queries/story-reviews";

let t: Awaited<ReturnType<typeof makeTestDb>>;
beforeAll(async () => {
  t = await makeTestDb([
    { login: "limeng", name: "李梦", role: "reporter" },
    { login: "liqiang", name: "李强", role: "editor" },
    { login: "wangfang", name: "王芳", role: "desk_head" },
    { login: "chief", name: "值班总编", role: "chief" },
    { login: "chief2", name: "副总编", role: "chief" },
  ]);
});
afterAll(() => t.close());

const errorOf = (fn: () => unknown): DomainError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error("expected a DomainError");
};

function storyIn(date: string, slug: string) {
  const s = createStory(t.db, { editionDate: date, slug, kind: "article", actor: t.users.liqiang });
  transitionStory(t.db, { storyId: s.id, action: "file", actor: t.users.liqiang });
  return s.id;
}

describe("an edition's review levels", () => {
  it("are the publication's setting when the edition is made, or the caller's choice; fixed afterwards", () => {
    t.db.update(publications).set({ reviewLevels: 3 }).run();
    const three = createEdition(t.db, { date: "2019-02-01", actor: t.users.chief, template: false, override: true });
    t.db.update(publications).set({ reviewLevels: 2 }).run();
    const chosen = createEdition(t.db, { date: "2019-02-02", actor: t.users.chief, template: false, override: true, reviewLevels: 3 });
    const two = createEdition(t.db, { date: "2019-02-03", actor: t.users.chief, template: false, override: true });
    const levels = (id: number) => t.db.select({ n: editions.reviewLevels }).from(editions).where(eq(editions.id, id)).get()!.n;
    expect([levels(three.id), levels(chosen.id), levels(two.id)]).toEqual([3, 3, 2]);
    // the test database's first edition predates the setting: two levels
    expect(levels(t.edition.id)).toBe(2);
  });
});

describe("transitionStory with three levels", () => {
  it("writes each act on the 审稿单 in the transition, with the opinion, the 字数 and the revision then", () => {
    const id = storyIn("2019-02-01", "三审稿");
    const version = transitionStory(t.db, { storyId: id, action: "pass", actor: t.users.liqiang, reason: "数字已核" }).version;
    updateStory(t.db, { storyId: id, actor: t.users.wangfang, baseVersion: version, content: { kicker: null, headline: "聊城两新组织党建", subheadline: null, dateline: "本报聊城讯", body: ["2018年5月份，聊城市委组织部邀请专家授课。"], sidebars: [], bylines: [] } });
    transitionStory(t.db, { storyId: id, action: "review", actor: t.users.wangfang });
    transitionStory(t.db, { storyId: id, action: "approve", actor: t.users.chief });
    const sheet = reviewSheetOf(t.db, id);
    expect(sheet.map((e) => [e.level, e.outcome, e.reviewer, e.opinion])).toEqual([
      ["first", "passed", "李强", "数字已核"],
      ["second", "passed", "王芳", null],
      ["final", "passed", "值班总编", null],
    ]);
    expect(sheet[0].zi).toBe(0);
    expect(sheet[1].zi).toBeGreaterThan(15); // the text as 复审 saw it
    expect(sheet[2].revision).toBeGreaterThan(sheet[1].revision);
  });

  it("refuses a second level across versions and writes nothing", () => {
    const id = storyIn("2019-02-01", "一人一审");
    transitionStory(t.db, { storyId: id, action: "pass", actor: t.users.wangfang });
    transitionStory(t.db, { storyId: id, action: "return", actor: t.users.chief, reason: "标题不准" });
    transitionStory(t.db, { storyId: id, action: "file", actor: t.users.liqiang });
    transitionStory(t.db, { storyId: id, action: "pass", actor: t.users.liqiang });
    const before = t.db.select().from(storyReviews).where(eq(storyReviews.storyId, id)).all().length;
    const err = errorOf(() => transitionStory(t.db, { storyId: id, action: "review", actor: t.users.wangfang }));
    expect(err.status).toBe(403);
    expect(err.key).toBe("review.levelHeld");
    expect(t.db.select().from(storyReviews).where(eq(storyReviews.storyId, id)).all()).toHaveLength(before);
    // the return is on the sheet at the level the story stood at
    expect(reviewSheetOf(t.db, id).map((e) => `${e.level}:${e.outcome}:${e.reviewer}`)).toEqual(["first:passed:王芳", "second:returned:值班总编", "first:passed:李强"]);
  });

  it("puts 复审 and 终审 in their queues by the edition's levels", () => {
    const waitingSecond = storyIn("2019-02-02", "待复审稿");
    transitionStory(t.db, { storyId: waitingSecond, action: "pass", actor: t.users.liqiang });
    const waitingFinalTwo = storyIn("2019-02-03", "两审待终审");
    transitionStory(t.db, { storyId: waitingFinalTwo, action: "pass", actor: t.users.liqiang });
    const waitingFinalThree = storyIn("2019-02-02", "三审待终审");
    transitionStory(t.db, { storyId: waitingFinalThree, action: "pass", actor: t.users.liqiang });
    transitionStory(t.db, { storyId: waitingFinalThree, action: "review", actor: t.users.wangfang });
    const ids = (q: { items: { id: number }[] }) => q.items.map((s) => s.id);
    expect(ids(secondReviewQueue(t.db))).toContain(waitingSecond);
    expect(ids(secondReviewQueue(t.db))).not.toContain(waitingFinalTwo);
    expect(ids(finalReviewQueue(t.db))).toEqual(expect.arrayContaining([waitingFinalTwo, waitingFinalThree]));
    expect(ids(finalReviewQueue(t.db))).not.toContain(waitingSecond);
  });
});
