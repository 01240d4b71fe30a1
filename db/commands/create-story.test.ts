import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { makeTestDb, refusal } from "../test-db";
import { listStaff } from "../queries/people";
import { stories } from "../schema";
import { createStory } from "./create-story";

let t: Awaited<ReturnType<typeof makeTestDb>>;
beforeAll(async () => {
  t = await makeTestDb([
    { login: "limeng", name: "李梦", role: "reporter" },
    { login: "liqiang", name: "李强", role: "editor" },
    { login: "wangfang", name: "王芳", role: "desk_head" },
    { login: "zhaomin", name: "赵敏", role: "proofreader" },
    { login: "admin", name: "管理员", role: "admin" },
  ]);
});
afterAll(() => t.close());

describe("派稿: who may be given a story", () => {
  it.each(["limeng", "liqiang", "wangfang"])("the desk assigns a story to %s (on the editorial ladder)", (login) => {
    const { db, users } = t;
    const story = createStory(db, { editionDate: "2019-01-09", slug: `派给${login}`, kind: "article", assigneeIds: [users[login].id], actor: users.wangfang });
    expect(db.select().from(stories).where(eq(stories.id, story.id)).get()).toBeDefined();
  });

  // A proofreader reads only pages submitted for sign-off (docs/PROOFING.md): copy owed by them could not even be opened.
  it.each(["zhaomin", "admin"])("a story is not assigned to %s (no editorial role); nothing is written", (login) => {
    const { db, users } = t;
    const before = db.select().from(stories).all().length;
    const e = refusal(() => createStory(db, { editionDate: "2019-01-09", slug: `派给${login}`, kind: "article", assigneeIds: [users.limeng.id, users[login].id], actor: users.liqiang }));
    expect([e.code, e.key]).toEqual(["unprocessable", "assignment.assigneeRole"]);
    expect(db.select().from(stories).all().length).toBe(before);
  });

  it("the assignment form offers exactly the people a story can be given to", () => {
    const { db } = t;
    expect(listStaff(db).assignable.map((u) => u.name).sort()).toEqual(["李强", "李梦", "王芳"].sort());
  });
});
