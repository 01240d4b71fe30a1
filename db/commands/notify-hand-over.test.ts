import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, gt } from "drizzle-orm";
import { renderNotification } from "@/lib/notifications";
import { makeSeededDb, makeTestDb, proofreadPage } from "../test-db";
import { notifications, pages } from "../schema";
import { getPageDetail } from "../queries/pages";
import { listNotificationsWithLinks } from "../queries/notifications";
import { pageStoryPeopleUserIds } from "../queries/page-people";
import { createStory } from "./create-story";
import { markNotificationRead } from "./mark-notification-read";
import { transitionPage } from "./transition-page";
import { transitionStory } from "./transition-story";

/** Who got a notification of this kind after `afterId`, sorted. */
function recipients(db: Parameters<typeof listNotificationsWithLinks>[0], kind: string, afterId: number) {
  return db
    .select({ userId: notifications.userId, pageId: notifications.pageId, storyId: notifications.storyId, params: notifications.params })
    .from(notifications)
    .where(and(gt(notifications.id, afterId), eq(notifications.kind, kind as never)))
    .all()
    .sort((a, b) => a.userId - b.userId);
}
const lastId = (db: Parameters<typeof listNotificationsWithLinks>[0]) => db.select({ id: notifications.id }).from(notifications).all().reduce((m, r) => Math.max(m, r.id), 0);

describe("story hand-overs notify", () => {
  let t: Awaited<ReturnType<typeof makeTestDb>>;
  beforeAll(async () => {
    t = await makeTestDb([
      { login: "limeng", name: "李梦", role: "reporter" },
      { login: "liqiang", name: "李强", role: "editor" },
      { login: "wangfang", name: "王芳", role: "editor" },
      { login: "chief", name: "值班总编", role: "chief" },
      { login: "chief2", name: "副总编", role: "chief" },
    ]);
  });
  afterAll(() => t.close());

  it("filed → the desk; 初审 passed → the chiefs and the reporter; returned → the reporter; 终审 passed → the reporter and the first reviewer", () => {
    const { db, users } = t;
    const story = createStory(db, { editionDate: "2019-01-09", slug: "交接", kind: "article", assigneeIds: [users.limeng.id], actor: users.liqiang });
    transitionStory(db, { storyId: story.id, action: "start", actor: users.limeng });

    let mark = lastId(db);
    transitionStory(db, { storyId: story.id, action: "file", actor: users.limeng });
    expect(recipients(db, "filed", mark).map((r) => r.userId)).toEqual([users.liqiang.id, users.wangfang.id, users.chief.id, users.chief2.id]);

    mark = lastId(db);
    transitionStory(db, { storyId: story.id, action: "return", reason: "导语太长", actor: users.wangfang });
    expect(recipients(db, "returned", mark).map((r) => [r.userId, r.params.reason])).toEqual([[users.limeng.id, "导语太长"]]);

    transitionStory(db, { storyId: story.id, action: "file", actor: users.limeng });
    mark = lastId(db);
    transitionStory(db, { storyId: story.id, action: "pass", actor: users.liqiang });
    expect(recipients(db, "passed", mark).map((r) => r.userId)).toEqual([users.limeng.id, users.chief.id, users.chief2.id]);

    mark = lastId(db);
    transitionStory(db, { storyId: story.id, action: "approve", actor: users.chief });
    expect(recipients(db, "approved", mark).map((r) => r.userId)).toEqual([users.limeng.id, users.liqiang.id]);
  });
});

describe("page hand-overs notify", () => {
  let t: ReturnType<typeof makeSeededDb>;
  beforeAll(() => {
    t = makeSeededDb({ seedPage: "in-layout" });
  });
  afterAll(() => t.close());

  it("submitted → the chiefs; rejected, signed, 撤签 → the 责任编辑 with the reason; released → the 责任编辑 and the stories' people; each opens the page", () => {
    const { db, users } = t;
    const pageId = t.seedPage.id;
    const page = db.select().from(pages).where(eq(pages.id, pageId)).get()!;
    expect(getPageDetail(db, { id: pageId })!.submitBlockers).toEqual([]);
    // the page's 责任编辑 is someone other than the editor who submits, so the editor's own hand-over is not sent back to them
    const responsible = page.responsibleEditorId!;
    expect(responsible).not.toBeNull();

    let mark = lastId(db);
    transitionPage(db, { pageId, action: "submit", actor: users.editor });
    expect(recipients(db, "page_submitted", mark)).toEqual([{ userId: users.chief.id, pageId, storyId: null, params: { actor: users.editor.name, date: "2019-01-09", n: page.number, name: page.name } }]);

    mark = lastId(db);
    transitionPage(db, { pageId, action: "reject", reason: "头条标题太长", actor: users.chief });
    expect(recipients(db, "page_rejected", mark).map((r) => [r.userId, r.params.reason])).toEqual(responsible === users.chief.id ? [] : [[responsible, "头条标题太长"]]);

    transitionPage(db, { pageId, action: "submit", actor: users.editor });
    mark = lastId(db);
    proofreadPage(db, pageId);
    transitionPage(db, { pageId, action: "sign", actor: users.chief });
    expect(recipients(db, "page_signed", mark).map((r) => r.userId)).toEqual([responsible]);

    mark = lastId(db);
    transitionPage(db, { pageId, action: "withdraw", reason: "广告客户改稿", actor: users.chief });
    const withdrawn = recipients(db, "page_withdrawn", mark);
    expect(withdrawn.map((r) => [r.userId, r.pageId, r.params.reason])).toEqual([[responsible, pageId, "广告客户改稿"]]);
    const shown = listNotificationsWithLinks(db, { userId: responsible }).find((n) => n.kind === "page_withdrawn")!;
    expect(shown.href).toBe(`/editions/2019-01-09/pages/${page.number}`);
    expect(renderNotification("zh-CN", shown)).toBe(`${users.chief.name} 撤签：1月9日 第${page.number}版「${page.name}」，理由：广告客户改稿`);
    expect(renderNotification("en", shown)).toBe(`${users.chief.name}: Withdraw signature, page ${page.number} “${page.name}” (9 Jan). Reason: 广告客户改稿`);
    // read in another year, the edition's day carries its year
    expect(renderNotification("zh-CN", shown, "2026-12-01")).toBe(`${users.chief.name} 撤签：2019年1月9日 第${page.number}版「${page.name}」，理由：广告客户改稿`);
    expect(renderNotification("en", shown, "2019-03-01")).toContain("(9 Jan)");

    transitionPage(db, { pageId, action: "submit", actor: users.editor });
    proofreadPage(db, pageId);
    transitionPage(db, { pageId, action: "sign", actor: users.chief });
    const storyPeople = pageStoryPeopleUserIds(db, { pageId });
    expect(storyPeople.length).toBeGreaterThan(0);
    mark = lastId(db);
    transitionPage(db, { pageId, action: "release", actor: users.chief });
    expect(recipients(db, "page_released", mark).map((r) => r.userId)).toEqual([...new Set([responsible, ...storyPeople])].filter((id) => id !== users.chief.id).sort((a, b) => a - b));
  });

  it("marks one notification read, and only the reader's own", () => {
    const { db, users } = t;
    const [first, second] = listNotificationsWithLinks(db, { userId: users.chief.id });
    expect(markNotificationRead(db, { userId: users.editor.id, id: first.id })).toBe(false);
    expect(markNotificationRead(db, { userId: users.chief.id, id: first.id })).toBe(true);
    const after = listNotificationsWithLinks(db, { userId: users.chief.id });
    expect(after.find((n) => n.id === first.id)!.readAt).not.toBeNull();
    expect(after.find((n) => n.id === second.id)!.readAt).toBeNull();
  });
});
