import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { getStoryForUser } from "../queries/story-for-user";
import { makeTestDb, refusal } from "../test-db";
import { auditEvents, notifications, stories } from "../schema";
import { createStory } from "./create-story";
import { receiveStory } from "./receive-story";
import { transitionStory } from "./transition-story";

let t: Awaited<ReturnType<typeof makeTestDb>>;
beforeAll(async () => {
  t = await makeTestDb([
    { login: "limeng", name: "李梦", role: "reporter" },
    { login: "liqiang", name: "李强", role: "editor" },
    { login: "chief", name: "值班总编", role: "chief" },
  ]);
});
afterAll(() => t.close());

function filedStory(slug: string) {
  const { db, users } = t;
  const story = createStory(db, { editionDate: "2019-01-09", slug, kind: "article", assigneeIds: [users.limeng.id], actor: users.liqiang });
  transitionStory(db, { storyId: story.id, action: "start", actor: users.limeng });
  transitionStory(db, { storyId: story.id, action: "file", actor: users.limeng });
  return story.id;
}

describe("签收 and 撤回", () => {
  it("the reporter recalls a filed story nobody has received; the desk is told", () => {
    const { db, users } = t;
    const id = filedStory("撤回-未签收");
    // The reporter opening their own story does not receive it.
    expect(receiveStory(db, { storyId: id, actor: users.limeng })).toEqual({ received: false });
    expect(transitionStory(db, { storyId: id, action: "recall", actor: users.limeng }).status).toBe("draft");
    const desk = db.select().from(notifications).where(and(eq(notifications.userId, users.liqiang.id), eq(notifications.kind, "recalled"))).all();
    expect(desk.map((n) => n.params)).toEqual([{ actor: "李梦", story: "撤回-未签收" }]);
  });

  it("the first editor to open it receives it (recorded, audited, shown); recall is refused after", () => {
    const { db, users } = t;
    const id = filedStory("撤回-已签收");
    expect(receiveStory(db, { storyId: id, actor: users.liqiang, now: new Date("2019-01-09T10:42:00.000Z") })).toEqual({ received: true });
    expect(receiveStory(db, { storyId: id, actor: users.chief })).toEqual({ received: false });
    expect(db.select({ by: stories.receivedById }).from(stories).where(eq(stories.id, id)).get()).toEqual({ by: users.liqiang.id });
    expect(db.select({ a: auditEvents.action }).from(auditEvents).where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, "receive"))).all()).toHaveLength(1);

    const read = getStoryForUser(db, { id, user: { ...users.limeng, locale: "zh-CN" } })!;
    expect(read.received).toEqual({ name: "李强", at: "2019-01-09T10:42:00.000Z" });
    expect(read.permissions.choices).toEqual([{ action: "recall", allowed: false, reason: "李强 已签收本稿，不能撤回；如需修改请联系编辑" }]);
    expect(refusal(() => transitionStory(db, { storyId: id, action: "recall", actor: users.limeng })).key).toBe("storyDesk.recallReceived");
  });

  it("a returned and refiled story is a new filing: nobody has received it yet", () => {
    const { db, users } = t;
    const id = filedStory("撤回-重交");
    receiveStory(db, { storyId: id, actor: users.liqiang });
    transitionStory(db, { storyId: id, action: "return", reason: "导语请点明时间地点", actor: users.liqiang });
    const returned = getStoryForUser(db, { id, user: { ...users.limeng, locale: "zh-CN" } })!;
    expect(returned.returned).toMatchObject({ by: "李强", reason: "导语请点明时间地点" });
    transitionStory(db, { storyId: id, action: "file", actor: users.limeng });
    const refiled = getStoryForUser(db, { id, user: { ...users.limeng, locale: "zh-CN" } })!;
    expect(refiled.received).toBeNull();
    expect(refiled.returned).toBeNull();
    expect(transitionStory(db, { storyId: id, action: "recall", actor: users.limeng }).status).toBe("draft");
  });

  it("the 初审 person sees 终审 disabled with the reason; another chief may give it", () => {
    const { db, users } = t;
    const id = filedStory("两级审核");
    transitionStory(db, { storyId: id, action: "pass", actor: users.chief });
    const own = getStoryForUser(db, { id, user: { ...users.chief, locale: "zh-CN" } })!;
    expect(own.permissions.choices.find((c) => c.action === "approve")).toEqual({ action: "approve", allowed: false, reason: expect.stringContaining("你已完成本稿初审，终审须由另一人进行") });
    expect(own.permissions.actions).not.toContain("approve");
  });
});
