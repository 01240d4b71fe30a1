import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTestDb } from "../test-db";
import { editions, people, stories, storyAssignees, storyBylines } from "../schema";
import { getLatestEdition, listEarlierEditions, listPagesWithState } from "./editions";
import { listEarlierStoriesOfUser, listOpenAssignmentsOfUser, listStoriesOfUserInEdition } from "./stories";

let t: Awaited<ReturnType<typeof makeTestDb>>;
let limengPerson: number;
const OLD_STORIES = 33_000; // past SQLite's 32,766 bound variables: the old dashboard's IN (…) failed here

beforeAll(async () => {
  t = await makeTestDb([
    { login: "limeng", name: "李梦", role: "reporter" },
    { login: "xiaohui", name: "肖会", role: "reporter" },
  ]);
  const { db, sqlite, edition, users } = t;
  const personOf = (userId: number) => db.select({ id: people.id }).from(people).where(eq(people.userId, userId)).get()!.id;
  limengPerson = personOf(users.limeng.id);
  const xiaohuiPerson = personOf(users.xiaohui.id);
  // 30 older editions, 2018-12-01 … 2018-12-30, holding her history
  const older = db
    .insert(editions)
    .values(Array.from({ length: 30 }, (_, i) => ({ publicationId: edition.publicationId, date: `2018-12-${String(i + 1).padStart(2, "0")}` })))
    .returning()
    .all();
  const story = sqlite.prepare("INSERT INTO stories (edition_id, position, slug) VALUES (?, ?, ?)");
  const byline = sqlite.prepare("INSERT INTO story_bylines (story_id, person_id, role, position) VALUES (?, ?, 'reporter', 1)");
  sqlite.transaction(() => {
    for (let i = 0; i < OLD_STORIES; i++) byline.run(story.run(older[i % older.length].id, i, `旧稿${i}`).lastInsertRowid, limengPerson);
  })();
  // the edition in hand (2019-01-09): two of hers (out of budget order by id), one of his, one assignment
  const second = db.insert(stories).values({ editionId: edition.id, position: 2, slug: "高新区" }).returning().get();
  const first = db.insert(stories).values({ editionId: edition.id, position: 1, slug: "两新党建" }).returning().get();
  const his = db.insert(stories).values({ editionId: edition.id, position: 3, slug: "他的" }).returning().get();
  db.insert(storyBylines).values([
    { storyId: second.id, personId: limengPerson, role: "reporter", position: 1 },
    { storyId: first.id, personId: limengPerson, role: "reporter", position: 1 },
    { storyId: his.id, personId: xiaohuiPerson, role: "reporter", position: 1 },
  ]).run();
  const assigned = db.insert(stories).values({ editionId: edition.id, position: 4, slug: "派稿", status: "assigned" }).returning().get();
  const filed = db.insert(stories).values({ editionId: edition.id, position: 5, slug: "已交", status: "filed" }).returning().get();
  db.insert(storyAssignees).values([{ storyId: assigned.id, userId: users.limeng.id }, { storyId: filed.id, userId: users.limeng.id }]).run();
}, 60_000); // 33,000 stories and bylines, each also written to the search index by its triggers
afterAll(() => t.close());

describe("the reporter's dashboard", () => {
  it("shows her stories of the edition in hand, in budget order", () => {
    const latest = getLatestEdition(t.db)!;
    expect(latest.date).toBe("2019-01-09");
    expect(listStoriesOfUserInEdition(t.db, { userId: t.users.limeng.id, editionId: latest.id }).map((s) => s.slug)).toEqual(["两新党建", "高新区"]);
  });

  it("pages through the rest of her history, newest first, a bounded page at a time, past the old variable limit", () => {
    const latest = getLatestEdition(t.db)!;
    const seen: number[] = [];
    let before: number | undefined;
    for (let page = 0; page < 3; page++) {
      const { stories: rows, next } = listEarlierStoriesOfUser(t.db, { userId: t.users.limeng.id, exceptEditionId: latest.id, before });
      expect(rows).toHaveLength(20);
      expect(rows.every((r) => r.editionDate < "2019-01-09" && r.slug.startsWith("旧稿"))).toBe(true);
      seen.push(...rows.map((r) => r.id));
      before = next!;
    }
    expect(new Set(seen).size).toBe(60);
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    expect(seen[0]).toBe(Math.max(...seen));
    const oldest = t.db.select({ id: stories.id }).from(stories).orderBy(stories.id).limit(1).get()!.id;
    const last = listEarlierStoriesOfUser(t.db, { userId: t.users.limeng.id, exceptEditionId: latest.id, before: oldest + 1 });
    expect([last.stories.map((s) => s.id), last.next]).toEqual([[oldest], null]);
  });

  it("lists only assignments still owed", () => {
    expect(listOpenAssignmentsOfUser(t.db, { userId: t.users.limeng.id }).map((s) => s.slug)).toEqual(["派稿"]);
  });
});

describe("the chief's dashboard", () => {
  it("shows the pages of the edition in hand, and earlier editions a page at a time", () => {
    const latest = getLatestEdition(t.db)!;
    expect(listPagesWithState(t.db, { editionId: latest.id }).map((p) => [p.editionDate, p.number])).toEqual([["2019-01-09", 1]]);
    const first = listEarlierEditions(t.db, { before: latest.date });
    expect(first.editions.map((e) => e.date)).toEqual(Array.from({ length: 20 }, (_, i) => `2018-12-${String(30 - i).padStart(2, "0")}`));
    const second = listEarlierEditions(t.db, { before: first.next! });
    expect(second.editions.map((e) => e.date)).toEqual(Array.from({ length: 10 }, (_, i) => `2018-12-${String(10 - i).padStart(2, "0")}`));
    expect(second.next).toBeNull();
  });
});
