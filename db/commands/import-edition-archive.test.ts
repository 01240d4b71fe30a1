import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import type { Db } from "../client";
import { exportEditionArchive } from "../queries/edition-archive";
import { makeSeededDb, openTestDb, refusal } from "../test-db";
import { checkDismissals, editions, pages, proofMarks, proofRounds, stories, storyCheckCounts, storyCorrections, storyReviews, users } from "../schema";
import { editionCheckSummary } from "../queries/edition-check-summary";
import { ARCHIVE_VERSION, type EditionArchive } from "@/lib/exchange/edition-archive";
import { addComment } from "./add-comment";
import { correctStory } from "./correct-story";
import { createStory } from "./create-story";
import { IMPORTED_ACCOUNT_HASH, importEditionArchive } from "./import-edition-archive";
import { setCommentResolved } from "./set-comment-resolved";
import { transitionStory } from "./transition-story";
import { updateStory } from "./update-story";

const DATE = "2019-01-09";
const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((c) => c()));

const sqliteOf = (db: Db) => (db as unknown as { $client: Database.Database }).$client;

/**
 * The seed edition (page 1 signed and released, with its snapshot and published stories), made richer through
 * the commands: a 更正 on a printed story, a comment thread (one resolved), a new story with assignees, a
 * correspondent's byline, a sidebar and three revisions by two people, proof marks and a signed proof round;
 * (#12) three review levels and two proof rounds on the edition, a 审稿单 (初审 passed by the command, a 复审
 * return), a dismissed warning and an overridden block, and the check counts (derived: not carried).
 */
function richEdition() {
  const seeded = makeSeededDb();
  closers.push(seeded.close);
  const { db, users: u, seedPage } = seeded;
  const chief = { ...u.chief };
  const editor = { ...u.editor };
  const reporter = { ...u.reporter };
  const printed = db.select().from(stories).where(eq(stories.pageId, seedPage.id)).orderBy(stories.id).all();
  expect(printed.length).toBeGreaterThan(2);
  correctStory(db, { storyId: printed[0].id, note: "第二段“2018年”应为“2019年”。", errorCount: 3, actor: chief });
  const question = addComment(db, { storyId: printed[1].id, body: "标题字号再确认", actor: editor });
  addComment(db, { storyId: printed[1].id, body: "已确认，大号", parentId: question.id, actor: chief });
  setCommentResolved(db, { storyId: printed[1].id, commentId: question.id, resolved: true, actor: editor });

  const made = createStory(db, { editionDate: DATE, slug: "聊城新春走基层", kind: "article", assigneeIds: [reporter.id, editor.id], targetLength: 800, actor: editor });
  const text = {
    kicker: "新春走基层",
    headline: "东昌府区：暖心服务进万家",
    subheadline: null,
    dateline: "本报聊城讯",
    body: ["1月8日，记者走进东昌府区古楼街道。", "社区志愿者为老人送去春联和福字。"],
    sidebars: [{ title: "相关链接", paragraphs: ["古楼街道今年开展志愿服务120余场。"] }],
    bylines: [
      { name: reporter.name, role: "reporter" as const },
      { name: "宋宇", role: "correspondent" as const },
    ],
  };
  let version = transitionStory(db, { storyId: made.id, action: "start", actor: reporter }).version;
  version = updateStory(db, { storyId: made.id, baseVersion: version, content: text, actor: reporter }).version;
  version = transitionStory(db, { storyId: made.id, action: "file", actor: reporter }).version;
  db.update(editions).set({ reviewLevels: 3, proofRounds: 2 }).where(eq(editions.date, DATE)).run();
  updateStory(db, { storyId: made.id, baseVersion: version, content: { ...text, body: [...text.body, "活动持续到正月十五。"] }, actor: editor });
  addComment(db, { storyId: made.id, body: "第三段请补充来源", actor: editor });
  transitionStory(db, { storyId: made.id, action: "pass", reason: "事实已核", actor: editor });
  db.insert(storyReviews)
    .values({ storyId: made.id, level: "second", outcome: "returned", reviewerId: chief.id, opinion: "导语太长，请压缩到两句。", zi: 52, revision: 3, createdAt: "2019-01-08T13:00:00.000Z" })
    .run();
  db.insert(checkDismissals)
    .values([
      { storyId: made.id, key: "caution:body:0:社区", rule: "caution", text: "社区", kind: "dismiss", reason: "此处用法无误", byId: editor.id },
      { storyId: printed[0].id, key: "banned:headline:0:某词", rule: "banned", text: "某词", kind: "override", reason: "引用法院判决原文", byId: chief.id },
    ])
    .run();
  // the check counts were written with the text by the commands (derived data, recounted by the importer)
  expect(db.select().from(storyCheckCounts).where(eq(storyCheckCounts.storyId, made.id)).get()).toBeDefined();

  // (the seed signs its page's rounds since #12; the row is added when it does not)
  db.insert(proofRounds).values({ pageId: seedPage.id, round: 1, signedById: chief.id, signedAt: "2019-01-08T14:00:00.000Z" }).onConflictDoNothing().run();
  db.insert(proofMarks)
    .values([
      { pageId: seedPage.id, storyId: printed[0].id, round: 1, type: "typo", paragraph: 0, offset: 3, marked: "聊诚", correction: "聊城", state: "accepted", createdById: chief.id, resolvedById: editor.id, resolvedAt: "2019-01-08T14:10:00.000Z", revisionNumber: 1 },
      { pageId: seedPage.id, storyId: printed[1].id, round: 1, type: "punctuation", field: "headline", offset: 0, marked: "，", note: "标点", state: "rejected", createdById: chief.id, resolveReason: "原文无误" },
    ])
    .run();
  return { db, storyId: made.id };
}

// ── the database's content, independent of the archive code: every column of every table of the edition,
//    with each id replaced by what it means (a login, a name, a page number, a story's place in the budget) ──

type Row = Record<string, unknown>;
const all = (s: Database.Database, sql: string, ...args: unknown[]) => s.prepare(sql).all(...args) as Row[];

function editionContent(db: Db, date: string) {
  const s = sqliteOf(db);
  const edition = all(s, "SELECT * FROM editions WHERE date = ?", date)[0];
  const pageRows = all(s, "SELECT * FROM pages WHERE edition_id = ? ORDER BY number", edition.id);
  const storyRows = all(s, "SELECT * FROM stories WHERE edition_id = ? ORDER BY position, id", edition.id);
  const pageIds = pageRows.map((p) => p.id as number);
  const storyIds = storyRows.map((r) => r.id as number);
  const list = (ids: number[]) => (ids.length ? ids.join(",") : "NULL");
  const key = {
    page: new Map(pageRows.map((p) => [p.id, `page ${p.number}`])),
    story: new Map(storyRows.map((r, i) => [r.id, `story ${i}`])),
    user: new Map(all(s, "SELECT id, login FROM users").map((u) => [u.id, `user ${u.login}`])),
    person: new Map(all(s, "SELECT people.id, people.name, users.login FROM people LEFT JOIN users ON users.id = people.user_id").map((p) => [p.id, `person ${p.name}/${p.login ?? ""}`])),
    element: new Map<unknown, string>(),
    comment: new Map<unknown, string>(),
  };
  const elementRows = all(s, `SELECT * FROM page_elements WHERE page_id IN (${list(pageIds)}) ORDER BY page_id, id`);
  elementRows.forEach((e, i) => key.element.set(e.id, `element ${key.page.get(e.page_id)}#${i}`));
  const commentRows = all(s, `SELECT * FROM comments WHERE story_id IN (${list(storyIds)}) ORDER BY story_id, id`);
  commentRows.forEach((c, i) => key.comment.set(c.id, `comment ${i}`));
  const columnKind: Record<string, keyof typeof key | "edition" | "drop"> = {
    id: "drop",
    edition_id: "edition",
    publication_id: "drop",
    page_id: "page",
    story_id: "story",
    person_id: "person",
    continued_from_element_id: "element",
    parent_id: "comment",
  };
  for (const c of ["user_id", "author_id", "actor_id", "created_by_id", "passed_by_id", "received_by_id", "signed_by_id", "resolved_by_id", "responsible_editor_id", "reviewer_id", "by_id"]) columnKind[c] = "user";
  const mapped = (row: Row, idKind?: keyof typeof key): Row => {
    const out: Row = {};
    for (const [col, v] of Object.entries(row)) {
      const kind = columnKind[col];
      if (col === "id") out.id = idKind ? key[idKind].get(v) : undefined;
      else if (kind === "drop") continue;
      else if (kind === "edition") out[col] = "edition";
      else if (kind && v !== null) {
        const k = key[kind].get(v);
        expect(k, `${col} ${String(v)} points to a row of the edition`).toBeDefined();
        out[col] = k;
      } else out[col] = v;
    }
    return out;
  };
  const sortRows = (rows: Row[]) => rows.map((r) => JSON.stringify(r)).sort();
  const ofStories = (table: string) => sortRows(all(s, `SELECT * FROM ${table} WHERE story_id IN (${list(storyIds)})`).map((r) => mapped(r)));
  const ofPages = (table: string) => sortRows(all(s, `SELECT * FROM ${table} WHERE page_id IN (${list(pageIds)})`).map((r) => mapped(r)));
  const audit = all(s, "SELECT * FROM audit_events WHERE entity_type IN ('edition', 'page', 'story') ORDER BY id")
    .filter((e) => (e.entity_type === "edition" ? e.entity_id === edition.id : e.entity_type === "page" ? pageIds.includes(e.entity_id as number) : storyIds.includes(e.entity_id as number)))
    .map((e) => ({ ...mapped(e), entity_id: e.entity_type === "edition" ? "edition" : key[e.entity_type as "page" | "story"].get(e.entity_id) }));
  const personIds = [...new Set(all(s, `SELECT person_id FROM story_bylines WHERE story_id IN (${list(storyIds)})`).map((b) => b.person_id as number))];
  return {
    edition: mapped(edition),
    pages: pageRows.map((p) => mapped(p, "page")),
    stories: storyRows.map((r) => mapped(r, "story")),
    pageElements: elementRows.map((e) => mapped(e, "element")),
    comments: commentRows.map((c) => mapped(c, "comment")),
    pageSnapshots: ofPages("page_snapshots"),
    proofRounds: ofPages("proof_rounds"),
    proofMarks: ofPages("proof_marks"),
    sidebars: ofStories("sidebars"),
    storyBylines: ofStories("story_bylines"),
    storyAssignees: ofStories("story_assignees"),
    storyRevisions: ofStories("story_revisions"),
    storyCorrections: ofStories("story_corrections"),
    storyReviews: ofStories("story_reviews"),
    checkDismissals: ofStories("check_dismissals"),
    audit,
    people: all(s, `SELECT id FROM people WHERE id IN (${list(personIds)}) ORDER BY id`).map((p) => key.person.get(p.id)).sort(),
    // the accounts the edition names: login, name and role (never a password)
    // the accounts (login, name, role; never a password): the test compares those the archive names
    users: all(s, "SELECT login, name, role FROM users ORDER BY login"),
  };
}

/** Ids renumbered in the order of their records, so two archives of the same edition from two databases compare equal. */
function withoutIds(a: EditionArchive): unknown {
  const renumber = <T extends { id: number }>(rows: T[]) => new Map(rows.map((r, i) => [r.id, i + 1]));
  const user = renumber(a.users);
  const person = renumber(a.people);
  const page = renumber(a.pages);
  const story = renumber(a.stories);
  const element = renumber(a.pages.flatMap((p) => p.elements));
  const u = (id: number | null) => (id === null ? null : user.get(id));
  return {
    ...a,
    exportedAt: "-",
    edition: { ...a.edition, id: 1 },
    users: a.users.map((x) => ({ ...x, id: user.get(x.id) })),
    people: a.people.map((x) => ({ ...x, id: person.get(x.id), userId: u(x.userId) })),
    pages: a.pages.map((p) => ({
      ...p,
      id: page.get(p.id),
      responsibleEditorId: u(p.responsibleEditorId),
      signedById: u(p.signedById),
      elements: p.elements.map((e) => ({ ...e, id: element.get(e.id), storyId: e.storyId && story.get(e.storyId), continuedFromElementId: e.continuedFromElementId && element.get(e.continuedFromElementId) })),
      snapshots: p.snapshots.map((x) => ({ ...x, signedById: u(x.signedById) })),
      proofRounds: p.proofRounds.map((x) => ({ ...x, signedById: u(x.signedById) })),
    })),
    stories: a.stories.map((s) => {
      const comment = renumber(s.comments);
      return {
        ...s,
        id: story.get(s.id),
        pageId: s.pageId && page.get(s.pageId),
        passedById: u(s.passedById),
        receivedById: u(s.receivedById),
        createdById: u(s.createdById),
        bylines: s.bylines.map((b) => ({ ...b, personId: person.get(b.personId) })),
        assignees: s.assignees.map(u),
        revisions: s.revisions.map((r) => ({ ...r, authorId: u(r.authorId) })),
        comments: s.comments.map((c) => ({ ...c, id: comment.get(c.id), parentId: c.parentId && comment.get(c.parentId), authorId: u(c.authorId) })),
        corrections: s.corrections.map((c) => ({ ...c, createdById: u(c.createdById) })),
        reviews: s.reviews.map((r) => ({ ...r, reviewerId: u(r.reviewerId) })),
        checkDismissals: s.checkDismissals.map((d) => ({ ...d, byId: u(d.byId) })),
      };
    }),
    proofMarks: a.proofMarks.map((m) => ({ ...m, pageId: page.get(m.pageId), storyId: story.get(m.storyId), createdById: u(m.createdById), resolvedById: u(m.resolvedById) })),
    audit: a.audit.map((e) => ({ ...e, actorId: u(e.actorId), entityId: e.entityType === "edition" ? 1 : (e.entityType === "page" ? page : story).get(e.entityId) })),
  };
}

/** sha256 of every row of every table (the refusals must leave the database exactly as it was). */
function databaseHash(db: Db): string {
  const s = sqliteOf(db);
  const hash = createHash("sha256");
  const tables = s.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string; sql: string }[];
  for (const { name, sql } of tables) {
    hash.update(`\u0000${name}\u0000`);
    const order = /without rowid/i.test(sql) ? "" : " ORDER BY rowid";
    for (const row of s.prepare(`SELECT * FROM "${name}"${order}`).raw().iterate()) hash.update(JSON.stringify(row));
  }
  return hash.digest("hex");
}

function freshDb() {
  const t = openTestDb();
  closers.push(t.close);
  return t.db;
}

describe("edition archive: export, import into an empty Newsdesk, compare", () => {
  it("carries every record of the edition, field by field, with the ids remapped", () => {
    const { db: source } = richEdition();
    const archive = exportEditionArchive(source, { date: DATE })!;
    expect(archive.pages[0].snapshots.length).toBeGreaterThan(0);
    expect(archive.stories.some((s) => s.corrections.length && s.status === "published")).toBe(true);
    expect(JSON.stringify(archive)).not.toMatch(/password|\$2[aby]\$/i);

    const target = freshDb();
    const result = importEditionArchive(target, { text: JSON.stringify(archive) });
    expect(result).toMatchObject({ date: DATE, pages: archive.pages.length, stories: archive.stories.length });
    expect(result.createdUsers.sort()).toEqual(archive.users.map((u) => u.login).sort());

    const before = editionContent(source, DATE);
    const after = editionContent(target, DATE);
    // every table of the edition holds something, so the comparison compares something
    for (const [table, rows] of Object.entries(before)) if (Array.isArray(rows)) expect(rows.length, table).toBeGreaterThan(0);
    const { users: sourceUsers, ...sourceRest } = before;
    const { users: targetUsers, ...targetRest } = after;
    expect(targetRest).toEqual(sourceRest);
    // the accounts named come over as login, name and role; only those
    expect(targetUsers).toEqual(sourceUsers.filter((u) => archive.users.some((a) => a.login === u.login)));
  });

  it("gives back the same archive when the imported edition is exported again (but for ids and exportedAt)", () => {
    const { db: source } = richEdition();
    const first = exportEditionArchive(source, { date: DATE })!;
    const target = freshDb();
    importEditionArchive(target, { text: JSON.stringify(first) });
    const second = exportEditionArchive(target, { date: DATE })!;
    expect(withoutIds(second)).toEqual(withoutIds(first));
    expect(second.pages[0].snapshots).toEqual(first.pages[0].snapshots);
  });

  it("into a Newsdesk that has the people: accounts matched by login, people by name; an unknown login is created disabled with no usable password", () => {
    const { db: source, storyId } = richEdition();
    const archive = exportEditionArchive(source, { date: DATE })!;
    archive.edition.date = "2017-06-01";
    archive.users.push({ id: 9999, login: "visitor", name: "访客编辑", role: "editor" });
    archive.stories.find((s) => s.id === storyId)!.assignees.push(9999);
    const target = makeSeededDb();
    closers.push(target.close);
    const peopleBefore = sqliteOf(target.db).prepare("SELECT count(*) FROM people").pluck().get();
    const result = importEditionArchive(target.db, { text: JSON.stringify(archive) });
    expect(result.createdUsers).toEqual(["visitor"]);
    expect(result.createdPeople).toEqual([]);
    expect(sqliteOf(target.db).prepare("SELECT count(*) FROM people").pluck().get()).toBe(peopleBefore);
    const visitor = target.db.select().from(users).where(eq(users.login, "visitor")).get()!;
    expect(visitor).toMatchObject({ name: "访客编辑", role: "editor", passwordHash: IMPORTED_ACCOUNT_HASH });
    expect(visitor.disabledAt).not.toBeNull();
    expect(editionContent(target.db, "2017-06-01").stories).toEqual(editionContent(source, DATE).stories);
    // the page numbers and texts are the seed's; the publication is this Newsdesk's own
    const imported = target.db.select().from(pages).where(eq(pages.editionId, result.editionId)).all();
    expect(imported.map((p) => p.name)).toEqual(archive.pages.map((p) => p.name));
  });
});

describe("edition archive: a refused import changes nothing", () => {
  function refusedWith(text: string, opts: { maxBytes?: number; locale?: "zh-CN" | "en" } = {}) {
    const seeded = makeSeededDb();
    closers.push(seeded.close);
    const before = databaseHash(seeded.db);
    const err = refusal(() => importEditionArchive(seeded.db, { text, ...opts }));
    expect(databaseHash(seeded.db)).toBe(before);
    return err;
  }
  const archiveText = (change: (a: EditionArchive) => void = () => {}) => {
    const seeded = makeSeededDb();
    closers.push(seeded.close);
    const a = exportEditionArchive(seeded.db, { date: DATE })!;
    a.edition.date = "2017-06-02";
    change(a);
    return JSON.stringify(a);
  };

  it("malformed JSON", () => {
    expect(refusedWith(archiveText().slice(0, -10))).toMatchObject({ code: "bad_request", key: "archive.badJson" });
  });

  it("JSON that is not an archive", () => {
    expect(refusedWith(JSON.stringify({ format: "ninjs", version: 1 }))).toMatchObject({ code: "bad_request", key: "archive.notArchive" });
  });

  it("a file against the schema, saying where (in the caller's language)", () => {
    const text = archiveText((a) => {
      a.stories[0].bylines[0].personId = 424242;
      (a.pages[0] as { state: string }).state = "burnt";
    });
    const err = refusedWith(text, { locale: "zh-CN" });
    expect(err).toMatchObject({ code: "bad_request", key: "archive.invalid" });
    expect(String(err.params.issues)).toContain("pages.0.state");
    const links = refusedWith(archiveText((a) => (a.stories[0].bylines[0].personId = 424242)), { locale: "zh-CN" });
    expect(String(links.params.issues)).toContain("stories.0.bylines.0.personId");
    expect(String(links.params.issues)).toContain("存档中没有");
  });

  it("a newer format version than this Newsdesk reads", () => {
    const err = refusedWith(archiveText((a) => ((a as { version: number }).version = ARCHIVE_VERSION + 1)));
    expect(err).toMatchObject({ code: "unprocessable", key: "archive.newerVersion", params: { version: ARCHIVE_VERSION + 1, supported: ARCHIVE_VERSION } });
  });

  it("an edition date that exists here (409)", () => {
    const err = refusedWith(archiveText((a) => (a.edition.date = DATE)));
    expect(err).toMatchObject({ code: "conflict", key: "archive.dateTaken", params: { date: DATE } });
    expect(err.status).toBe(409);
  });

  it("a file over the size limit (413)", () => {
    const text = archiveText();
    const err = refusedWith(text, { maxBytes: Buffer.byteLength(text) - 1 });
    expect(err).toMatchObject({ code: "payload_too_large", key: "archive.tooLarge" });
    expect(err.status).toBe(413);
  });

  it("an import that fails half-way leaves nothing behind (one transaction)", () => {
    const text = archiveText();
    const seeded = makeSeededDb();
    closers.push(seeded.close);
    // the database refuses the last kind of row the import writes, after everything else is in
    sqliteOf(seeded.db).exec("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_events BEGIN SELECT RAISE(ABORT, 'refused by the test'); END");
    const before = databaseHash(seeded.db);
    expect(() => importEditionArchive(seeded.db, { text })).toThrow(/refused by the test/);
    expect(databaseHash(seeded.db)).toBe(before);
  });
});

describe("edition archive: the search index after an import", () => {
  /** Every token of the index (term, story, column, offset) for the stories of the edition on `date`, the story by its place in the budget. */
  function indexOf(db: Db, date: string) {
    const s = sqliteOf(db);
    s.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab USING fts5vocab(main, story_search, instance)");
    const place = new Map(all(s, "SELECT s.id FROM stories s JOIN editions e ON e.id = s.edition_id WHERE e.date = ? ORDER BY s.position, s.id", date).map((r, i) => [r.id, i]));
    return all(s, "SELECT term, doc, col, offset FROM search_vocab")
      .filter((r) => place.has(r.doc))
      .map((r) => `${place.get(r.doc)} ${String(r.col)} ${String(r.offset)} ${String(r.term)}`)
      .sort();
  }
  const triggers = (db: Db) => all(sqliteOf(db), "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name");
  /** What npm run search:reindex does (scripts/search-reindex.ts), in one statement. */
  const rebuild = (db: Db) =>
    sqliteOf(db).exec(
      "INSERT INTO story_search(story_search) VALUES ('delete-all'); INSERT INTO story_search(rowid, title, body, people, slug, edition) SELECT id, title, body, people, slug, edition FROM story_search_source",
    );

  it("indexes every imported story exactly as a rebuild does (sidebars and bylines included), and keeps the triggers as they were", () => {
    const { db: source } = richEdition();
    const archive = exportEditionArchive(source, { date: DATE })!;
    const target = freshDb();
    const before = triggers(target);
    expect(before.filter((t) => String(t.name).startsWith("story_search")).length).toBeGreaterThan(5);
    importEditionArchive(target, { text: JSON.stringify(archive) });
    expect(triggers(target)).toEqual(before);

    const imported = indexOf(target, DATE);
    // the source's index was kept by the triggers, save by save: the import's one pass gives the same tokens
    expect(imported).toEqual(indexOf(source, DATE));
    rebuild(target);
    expect(indexOf(target, DATE)).toEqual(imported);
    // the sidebar's and the correspondent's words are in it
    const sqlite = sqliteOf(target);
    const found = (q: string) => sqlite.prepare("SELECT count(*) FROM story_search WHERE story_search MATCH ?").pluck().get(q) as number;
    expect(found('body:"志愿 愿服 服务"')).toBe(1);
    expect(found('people:"宋宇"')).toBeGreaterThan(0);
    // and the triggers work again after the import: a sidebar added later is indexed by them
    const story = sqlite.prepare("SELECT id FROM stories WHERE slug = '聊城新春走基层'").pluck().get() as number;
    const vocabBefore = indexOf(target, DATE).length;
    sqlite.prepare("INSERT INTO sidebars (story_id, position, title, paragraphs) VALUES (?, 9, '延伸阅读', '[\"茌平区开展文化下乡。\"]')").run(story);
    expect(indexOf(target, DATE).length).toBeGreaterThan(vocabBefore);
  });

  it("an import refused while the triggers are lifted puts them back and leaves the index as it was", () => {
    const { db: source } = richEdition();
    const text = JSON.stringify({ ...exportEditionArchive(source, { date: DATE })!, edition: { ...exportEditionArchive(source, { date: DATE })!.edition, date: "2017-06-03" } });
    const seeded = makeSeededDb();
    closers.push(seeded.close);
    sqliteOf(seeded.db).exec("CREATE TRIGGER refuse_byline BEFORE INSERT ON story_bylines BEGIN SELECT RAISE(ABORT, 'refused by the test'); END");
    const before = { hash: databaseHash(seeded.db), triggers: triggers(seeded.db) };
    expect(() => importEditionArchive(seeded.db, { text })).toThrow(/refused by the test/);
    expect({ hash: databaseHash(seeded.db), triggers: triggers(seeded.db) }).toEqual(before);
  });
});

describe("edition archive: #12's data", () => {
  it("a version-1 file written before #12 (no review levels, proof rounds, 审稿单 or dismissals) still imports, with the migrations' defaults", () => {
    const { db: source } = richEdition();
    const archive = exportEditionArchive(source, { date: DATE })! as unknown as Record<string, unknown> & EditionArchive;
    const old = JSON.parse(JSON.stringify(archive)) as { edition: Record<string, unknown>; stories: Record<string, unknown>[]; publication: { proofRounds: number } };
    delete old.edition.reviewLevels;
    delete old.edition.proofRounds;
    for (const s of old.stories) {
      delete s.reviews;
      delete s.checkDismissals;
    }
    old.publication.proofRounds = 1;
    const target = freshDb();
    const result = importEditionArchive(target, { text: JSON.stringify(old) });
    expect(target.select().from(editions).where(eq(editions.id, result.editionId)).get()).toMatchObject({ reviewLevels: 2, proofRounds: 1 });
    // the 审稿单 is rebuilt from the audit trail, as migration 0014 did (below): the one 初审 the audit records
    expect(target.select({ level: storyReviews.level, outcome: storyReviews.outcome, opinion: storyReviews.opinion }).from(storyReviews).all()).toEqual([
      { level: "first", outcome: "passed", opinion: "事实已核" },
    ]);
    expect(target.select().from(checkDismissals).all()).toEqual([]);
    expect(editionContent(target, DATE).stories).toEqual(editionContent(source, DATE).stories);
  });

  it("carries each correction's error count; a file written before it imports every correction as one error", () => {
    const { db: source } = richEdition();
    const archive = exportEditionArchive(source, { date: DATE })!;
    expect(archive.stories.flatMap((s) => s.corrections.map((c) => c.errorCount))).toEqual([3]);
    const old = JSON.parse(JSON.stringify(archive)) as { stories: { corrections: Record<string, unknown>[] }[] };
    for (const s of old.stories) for (const c of s.corrections) delete c.errorCount;
    const target = freshDb();
    importEditionArchive(target, { text: JSON.stringify(old) });
    expect(target.select({ note: storyCorrections.note, errorCount: storyCorrections.errorCount }).from(storyCorrections).all()).toEqual([{ note: "第二段“2018年”应为“2019年”。", errorCount: 1 }]);
    // and a count out of range is refused like any other bad field
    const bad = JSON.parse(JSON.stringify(archive)) as { stories: { corrections: { errorCount: number }[] }[] };
    bad.stories.find((s) => s.corrections.length)!.corrections[0].errorCount = 51;
    expect(refusal(() => importEditionArchive(freshDb(), { text: JSON.stringify(bad) })).status).toBe(400);
  });

  it("the check counts are not carried: the importing Newsdesk counts the stories against its own lists, with the dismissals imported", () => {
    const { db: source } = richEdition();
    const archive = exportEditionArchive(source, { date: DATE })!;
    expect(JSON.stringify(archive)).not.toMatch(/blockOpen|warnDismissed|listsVersion/);
    const target = freshDb();
    importEditionArchive(target, { text: JSON.stringify(archive) });
    expect(target.select().from(storyCheckCounts).all()).toEqual([]);
    const summary = editionCheckSummary(target, DATE);
    expect(summary.recounted).toBe(archive.stories.length);
    const counts = (s: ReturnType<typeof editionCheckSummary>) => s.stories.map(({ id: _id, ...r }) => r);
    // same lists on both sides (the seed's starter lists or none): the same counts as the source's
    if (summary.listsVersion === editionCheckSummary(source, DATE).listsVersion) expect(counts(summary)).toEqual(counts(editionCheckSummary(source, DATE)));
    expect(summary.totals.blockOverridden + summary.totals.warnDismissed).toBeGreaterThanOrEqual(0);
  });
});

describe("edition archive: a version-1 file written before #12 gets its 审稿单 back from the audit trail", () => {
  /** Migration 0014's `-- data:` statement, as the file has it. */
  const migration0014Data = () => {
    const text = readFileSync(new URL("../migrations/0014_review_sheet.sql", import.meta.url), "utf8");
    return text.slice(text.indexOf("-- data:")).replace(/^--.*$/gm, "").trim();
  };
  /** Every act of the edition's stories, without the row id, each story's oldest first. */
  const sheetsOf = (db: Db, date: string) =>
    all(
      sqliteOf(db),
      `SELECT r.story_id, r.level, r.outcome, u.login AS reviewer, r.opinion, r.zi, r.revision, r.created_at FROM story_reviews r
       JOIN users u ON u.id = r.reviewer_id JOIN stories s ON s.id = r.story_id JOIN editions e ON e.id = s.edition_id
       WHERE e.date = ? ORDER BY r.story_id, r.id`,
      date,
    );
  /** An export with the #12 fields dropped, as Newsdesk wrote it before #12. */
  const writtenBefore12 = (archive: EditionArchive) => {
    const old = JSON.parse(JSON.stringify(archive)) as { edition: Record<string, unknown>; stories: Record<string, unknown>[] };
    delete old.edition.reviewLevels;
    delete old.edition.proofRounds;
    for (const s of old.stories) {
      delete s.reviews;
      delete s.checkDismissals;
    }
    return JSON.stringify(old);
  };

  it("the imported 审稿单 is what migration 0014 makes of the same audit rows", () => {
    const { db: source, storyId } = richEdition();
    const u = (login: string) => source.select().from(users).where(eq(users.login, login)).get()!;
    const [editor, chief, reporter] = [u("liqiang"), u("chief"), u("limeng")];
    // a two-level night, through the commands: a return at 初审 with a reason, 初审 again, 终审; and 终审 of the rich story
    source.update(editions).set({ reviewLevels: 2 }).where(eq(editions.date, DATE)).run();
    const made = createStory(source, { editionDate: DATE, slug: "东昌湖冬季旅游", kind: "article", assigneeIds: [reporter.id], actor: editor });
    let v = transitionStory(source, { storyId: made.id, action: "start", actor: reporter }).version;
    const text = { kicker: null, headline: "东昌湖冰雪节开幕", subheadline: null, dateline: "本报聊城讯", body: ["1月8日，东昌湖冰雪节开幕。"], sidebars: [], bylines: [{ name: reporter.name, role: "reporter" as const }] };
    v = updateStory(source, { storyId: made.id, baseVersion: v, content: text, actor: reporter }).version;
    transitionStory(source, { storyId: made.id, action: "file", actor: reporter });
    transitionStory(source, { storyId: made.id, action: "return", reason: "请补充游客人数", actor: editor });
    v = loadVersion(source, made.id);
    updateStory(source, { storyId: made.id, baseVersion: v, content: { ...text, body: [...text.body, "当天接待游客两万人次。"] }, actor: reporter });
    transitionStory(source, { storyId: made.id, action: "file", actor: reporter });
    transitionStory(source, { storyId: made.id, action: "pass", actor: editor });
    transitionStory(source, { storyId: made.id, action: "approve", reason: "同意", actor: chief });
    transitionStory(source, { storyId, action: "approve", actor: chief });

    const target = freshDb();
    importEditionArchive(target, { text: writtenBefore12(exportEditionArchive(source, { date: DATE })!) });
    const imported = sheetsOf(target, DATE);
    // who did what at which level, as the audit recorded it (the command wrote the same acts in the source)
    const acts = (rows: Row[]) => rows.map((r) => `${r.level}:${r.outcome}:${r.reviewer}:${r.opinion ?? ""}`);
    expect(acts(imported)).toEqual([
      "first:passed:liqiang:事实已核",
      "final:passed:chief:",
      "first:returned:liqiang:请补充游客人数",
      "first:passed:liqiang:",
      "final:passed:chief:同意",
    ]);

    // migration 0014 run on the imported edition's own audit rows gives the same sheet, field by field
    sqliteOf(target).prepare("DELETE FROM story_reviews").run();
    sqliteOf(target).exec(migration0014Data());
    expect(sheetsOf(target, DATE)).toEqual(imported);
  });

  it("a file with its 审稿单 is imported as it is: nothing is rebuilt beside it", () => {
    const { db: source } = richEdition();
    const target = freshDb();
    importEditionArchive(target, { text: JSON.stringify(exportEditionArchive(source, { date: DATE })!) });
    expect(acts(sheetsOf(target, DATE))).toEqual(acts(sheetsOf(source, DATE)));
    function acts(rows: Row[]) {
      return rows.map((r) => `${r.level}:${r.outcome}:${r.reviewer}:${r.opinion ?? ""}:${r.zi}:${r.revision}`);
    }
  });

  it("a refused import rebuilds nothing (the rebuild is in the import's one transaction)", () => {
    const { db: source } = richEdition();
    const target = freshDb();
    const text = writtenBefore12(exportEditionArchive(source, { date: DATE })!);
    // the database refuses the import's last write (the publication's import row) after the rebuild
    sqliteOf(target).exec("CREATE TRIGGER refuse_import BEFORE INSERT ON audit_events WHEN NEW.action = 'import_edition' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END");
    expect(() => importEditionArchive(target, { text })).toThrow(/refused by the test/);
    expect(target.select().from(storyReviews).all()).toEqual([]);
    expect(target.select().from(editions).all()).toEqual([]);
  });
});

const loadVersion = (db: Db, id: number) => db.select({ v: stories.version }).from(stories).where(eq(stories.id, id)).get()!.v;
