import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createStory } from "@/db/commands/create-story";
import { transitionStory } from "@/db/commands/transition-story";
import { makeTestDb } from "@/db/test-db";
import type { LiveEvent } from "@/lib/live/live-events";
import { eventHub, pageChanged, publishing, storyChanged } from "./live";

let t: Awaited<ReturnType<typeof makeTestDb>>;
let other: Database.Database;
beforeAll(async () => {
  t = await makeTestDb([
    { login: "limeng", name: "李梦", role: "reporter" },
    { login: "xiaohui", name: "肖会", role: "reporter" },
    { login: "liqiang", name: "李强", role: "editor" },
  ]);
  // A second connection sees only committed rows.
  const { file } = t.db.get<{ file: string }>(sql`select file from pragma_database_list where name = 'main'`);
  other = new Database(file, { readonly: true });
});
afterAll(() => {
  other.close();
  t.close();
});

/** Listens on the process's hub as `userId` would; for each event, what the other connection could read then. */
function listen(userId: number, role: "reporter" | "editor" = "reporter") {
  const got: { event: LiveEvent; committedStories: number }[] = [];
  const leave = eventHub().subscribe({
    userId,
    role,
    send: (event) => got.push({ event, committedStories: (other.prepare("select count(*) n from stories").get() as { n: number }).n }),
    supersede: () => {},
  });
  return { got, leave };
}
let leaving: (() => void)[] = [];
afterEach(() => {
  for (const l of leaving) l();
  leaving = [];
});

describe("publishing a write's changes", () => {
  it("publishes after the commit: the event's story is already readable by another connection", () => {
    const { users, db } = t;
    const reporter = listen(users.limeng.id);
    leaving.push(reporter.leave);
    const before = (other.prepare("select count(*) n from stories").get() as { n: number }).n;
    const story = publishing(db, () => createStory(db, { editionDate: "2019-01-09", slug: "提交后", kind: "article", assigneeIds: [users.limeng.id], actor: users.liqiang }), (s) => [storyChanged(db, s.id)]);
    expect(reporter.got.map((g) => g.event)).toEqual([
      { type: "story", id: story.id, editionDate: "2019-01-09" },
      { type: "notification", userId: users.limeng.id },
    ]);
    expect(reporter.got.every((g) => g.committedStories === before + 1)).toBe(true);
  });

  it("sends a notification event only to the notified user's stream", () => {
    const { users, db } = t;
    const story = createStory(db, { editionDate: "2019-01-09", slug: "只给本人", kind: "article", actor: users.xiaohui });
    const limeng = listen(users.limeng.id);
    const xiaohui = listen(users.xiaohui.id);
    const editor = listen(users.liqiang.id, "editor");
    leaving.push(limeng.leave, xiaohui.leave, editor.leave);
    // filing notifies the desk (the editor), not the reporters
    publishing(db, () => transitionStory(db, { storyId: story.id, action: "file", actor: users.xiaohui }), () => [storyChanged(db, story.id)]);
    const kinds = (l: typeof limeng) => l.got.map((g) => g.event.type);
    expect(kinds(editor)).toEqual(["story", "notification"]);
    expect(editor.got[1].event).toEqual({ type: "notification", userId: users.liqiang.id });
    expect(kinds(limeng)).toEqual(["story"]);
    expect(kinds(xiaohui)).toEqual(["story"]);
  });

  it("publishes nothing for a write that is refused (rolled back)", () => {
    const { users, db } = t;
    const story = createStory(db, { editionDate: "2019-01-09", slug: "退回", kind: "article", actor: users.xiaohui });
    const editor = listen(users.liqiang.id, "editor");
    leaving.push(editor.leave);
    // a reporter may not pass a story: 403, nothing written
    expect(() => publishing(db, () => transitionStory(db, { storyId: story.id, action: "pass", actor: users.limeng }), () => [storyChanged(db, story.id)])).toThrow();
    expect(editor.got).toEqual([]);
  });

  it("names the edition of a story or page, and nothing for one that does not exist", () => {
    const { db, page } = t;
    expect(pageChanged(db, page.id)).toEqual({ type: "page", id: page.id, editionDate: "2019-01-09" });
    expect(pageChanged(db, 99_999)).toBeNull();
    expect(pageChanged(db, 99_999, "2019-01-09")).toEqual({ type: "page", id: 99_999, editionDate: "2019-01-09" });
    expect(storyChanged(db, 99_999)).toBeNull();
  });
});
