import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { and, asc, count, eq } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { ImportItem } from "@/lib/api/import-schemas";
import { DomainError } from "@/lib/errors";
import { makeSeededDb } from "../test-db";
import { auditEvents, editions, people, stories, storyBylines, storyRevisions } from "../schema";
import { createEdition } from "./create-edition";
import { createPage } from "./create-page";
import { importStories } from "./import-stories";

let t: ReturnType<typeof makeSeededDb>;
const DATE = "2019-02-01";
beforeEach(async () => {
  t = makeSeededDb();
  createEdition(t.db, { date: DATE, actor: t.users.editor });
  await createPage(t.db, { editionDate: DATE, name: "聊城新闻", number: 3, actor: t.users.editor });
});
afterEach(() => t.close());

const item = (headline: string, bylines: ImportItem["content"]["bylines"], more: Partial<ImportItem["content"]> = {}): ImportItem => ({
  kind: "article",
  continues: false,
  content: { kicker: null, headline, subheadline: null, dateline: "本报聊城讯", body: ["第一段。", "第二段。"], sidebars: [], bylines, ...more },
});

const editionId = () => t.db.select({ id: editions.id }).from(editions).where(eq(editions.date, DATE)).get()!.id;
const storiesOfEdition = () => t.db.select().from(stories).where(eq(stories.editionId, editionId())).orderBy(asc(stories.position)).all();
const peopleNamed = (name: string) => t.db.select().from(people).where(eq(people.name, name)).all();
const rowsOf = (table: SQLiteTable) => t.db.select({ n: count() }).from(table).get()!.n;
const counts = () => ({
  stories: rowsOf(stories),
  people: rowsOf(people),
  bylines: rowsOf(storyBylines),
  revisions: rowsOf(storyRevisions),
  audit: rowsOf(auditEvents),
});

describe("importing a page text's stories", () => {
  it("creates them filed, on the chosen page, with bylines, a revision and audit rows", () => {
    const result = importStories(t.db, {
      editionDate: DATE,
      pageNumber: 3,
      fileName: "来稿.txt",
      items: [item("全市重点项目集中开工", [{ name: "王强", role: "reporter" }, { name: "王强", role: "photographer" }]), { ...item("冬日暖阳照农家", [{ name: "王兆锋", role: "photographer" }]), kind: "photo", continues: true }],
      actor: t.users.editor,
    });
    expect(result.stories.map((s) => [s.slug, s.kind, s.status])).toEqual([
      ["全市重点项目集中开工", "article", "filed"],
      ["冬日暖阳照农家", "photo", "filed"],
    ]);
    const rows = storiesOfEdition();
    expect(rows.map((s) => [s.headline, s.status, s.section, s.continues, s.createdById])).toEqual([
      ["全市重点项目集中开工", "filed", "聊城新闻", false, t.users.editor.id],
      ["冬日暖阳照农家", "filed", "聊城新闻", true, t.users.editor.id],
    ]);
    expect(rows[0].pageId).not.toBeNull();
    expect(rows[0].zi).toBe(8);
    // one person 王强, credited twice (text and photos)
    expect(peopleNamed("王强")).toHaveLength(1);
    const bylines = t.db.select().from(storyBylines).where(eq(storyBylines.storyId, rows[0].id)).orderBy(asc(storyBylines.position)).all();
    expect(bylines.map((b) => [b.personId, b.role])).toEqual([
      [peopleNamed("王强")[0].id, "reporter"],
      [peopleNamed("王强")[0].id, "photographer"],
    ]);
    expect(t.db.select().from(storyRevisions).where(eq(storyRevisions.storyId, rows[0].id)).all()).toMatchObject([{ number: 1, cause: "import", authorId: t.users.editor.id }]);
    const audit = t.db.select().from(auditEvents).where(and(eq(auditEvents.action, "import"))).all();
    expect(audit.map((a) => [a.entityType, a.toState, a.reason])).toEqual([
      ["story", "filed", "来稿.txt"],
      ["story", "filed", "来稿.txt"],
      ["edition", null, "来稿.txt: 2"],
    ]);
    expect(result.people).toEqual({ matched: 1, created: 1 }); // 王兆锋 is in the seed already
  });

  it("matches people by name — a staff member's own person first — and never makes one twice", () => {
    const staffPerson = peopleNamed("李梦").find((p) => p.userId !== null)!;
    const before = rowsOf(people);
    const first = importStories(t.db, {
      editionDate: DATE,
      pageNumber: null,
      fileName: "a.txt",
      items: [item("一", [{ name: "李梦", role: "reporter" }, { name: "新通讯员", role: "correspondent" }]), item("二", [{ name: "新通讯员", role: "correspondent" }])],
      actor: t.users.editor,
    });
    expect(first.people).toEqual({ matched: 1, created: 1 });
    const second = importStories(t.db, { editionDate: DATE, pageNumber: null, fileName: "b.txt", items: [item("三", [{ name: "新通讯员", role: "correspondent" }])], actor: t.users.editor });
    expect(second.people).toEqual({ matched: 1, created: 0 });
    expect(rowsOf(people)).toBe(before + 1);
    expect(peopleNamed("新通讯员")).toHaveLength(1);
    const personIds = t.db.select({ personId: storyBylines.personId }).from(storyBylines).where(eq(storyBylines.storyId, first.stories[0].id)).all();
    expect(personIds[0].personId).toBe(staffPerson.id);
    expect(storiesOfEdition().every((s) => s.pageId === null)).toBe(true);
  });

  it("rolls the whole file back when one item fails: no story, person, byline, revision or audit row", () => {
    const before = counts();
    const bad = item("两行\n标题", [{ name: "另一位新人", role: "reporter" }]);
    let error: unknown;
    try {
      importStories(t.db, { editionDate: DATE, pageNumber: 3, fileName: "坏.txt", items: [item("好的一篇", [{ name: "第一位新人", role: "reporter" }]), bad], actor: t.users.editor });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).key).toBe("import.itemInvalid");
    expect((error as DomainError).params).toEqual({ n: 2 });
    expect(counts()).toEqual(before);
    expect(peopleNamed("第一位新人")).toEqual([]);
    expect(storiesOfEdition()).toEqual([]);
  });

  it("refuses a page that is not in the edition, and an unknown edition, changing nothing", () => {
    const before = counts();
    expect(() => importStories(t.db, { editionDate: DATE, pageNumber: 9, fileName: "x.txt", items: [item("一", [])], actor: t.users.editor })).toThrow(
      expect.objectContaining({ key: "page.notInEdition" }),
    );
    expect(() => importStories(t.db, { editionDate: "2019-02-02", pageNumber: null, fileName: "x.txt", items: [item("一", [])], actor: t.users.editor })).toThrow(
      expect.objectContaining({ key: "edition.notFound" }),
    );
    expect(counts()).toEqual(before);
  });
});
