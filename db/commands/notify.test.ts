import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { renderNotification } from "@/lib/notifications";
import { makeTestDb } from "../test-db";
import { notifications } from "../schema";
import { createStory } from "./create-story";
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

const noticesOf = (userId: number) =>
  t.db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(notifications.id)
    .all();

describe("notifications", () => {
  it("are stored as a kind with parameters and worded in the reader's language", () => {
    const { db, users } = t;
    const story = createStory(db, { editionDate: "2019-01-09", slug: "两新党建", kind: "article", assigneeIds: [users.limeng.id], actor: users.liqiang });
    transitionStory(db, { storyId: story.id, action: "start", actor: users.limeng });
    transitionStory(db, { storyId: story.id, action: "file", actor: users.limeng });
    transitionStory(db, { storyId: story.id, action: "return", reason: "数据需核实", actor: users.liqiang });
    transitionStory(db, { storyId: story.id, action: "file", actor: users.limeng });
    transitionStory(db, { storyId: story.id, action: "pass", actor: users.liqiang });
    transitionStory(db, { storyId: story.id, action: "approve", actor: users.chief });

    const reporter = noticesOf(users.limeng.id);
    expect(reporter.map((n) => [n.kind, n.params])).toEqual([
      ["assigned", { actor: "李强", story: "两新党建" }],
      ["returned", { story: "两新党建", reason: "数据需核实" }],
      ["passed", { story: "两新党建" }],
      ["approved", { story: "两新党建" }],
    ]);
    expect(reporter.map((n) => renderNotification("zh-CN", n))).toEqual(["李强 派稿给你：「两新党建」", "「两新党建」被退回：数据需核实", "「两新党建」初审通过", "「两新党建」终审通过"]);
    expect(reporter.map((n) => renderNotification("en", n))).toEqual([
      "李强 assigned you “两新党建”",
      "“两新党建” was returned: 数据需核实",
      "“两新党建”: Pass (first review)",
      "“两新党建”: Approve (final review)",
    ]);
    const desk = noticesOf(users.chief.id).filter((n) => n.kind === "filed");
    expect(desk.map((n) => renderNotification("en", n))).toEqual(["李梦 filed “两新党建”", "李梦 filed “两新党建”"]);
  });
});
