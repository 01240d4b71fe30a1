import { asc, desc, eq, isNull, sql } from "drizzle-orm";
import { ZodError } from "zod";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, archiveHeader, editionArchive, type EditionArchive } from "@/lib/exchange/edition-archive";
import type { Locale } from "@/lib/i18n/locales";
import type { Weekday } from "@/lib/publication";
import { zodIssuesText } from "@/lib/i18n/zod-issues";
import { DEFAULT_REVIEW_LEVELS } from "@/lib/proofing/kinds";
import { reviewActsFromAudit } from "@/lib/review/review-acts-from-audit";
import type { Db, Tx } from "../client";
import {
  auditEvents,
  checkDismissals,
  comments,
  editions,
  pageElements,
  pages,
  pageSnapshots,
  pageTemplates,
  people,
  proofMarks,
  proofRounds,
  publications,
  sidebars,
  stories,
  storyAssignees,
  storyBylines,
  storyCorrections,
  storyReviews,
  storyRevisions,
  users,
} from "../schema";
import { recordAudit } from "./record-audit";

/**
 * The password hash of an account the import had to create: not a bcrypt hash, so no password ever matches
 * it (the account is disabled as well). An admin who wants the person to sign in sets a password and enables it.
 */
export const IMPORTED_ACCOUNT_HASH = "!imported-from-archive";

/** How many zod issues a refusal names (the first ones; a broken file tends to repeat one mistake). */
const ISSUES_SHOWN = 8;

export const archiveMaxBytes = () => env().NEWSDESK_ARCHIVE_MAX_MB * 1_000_000;

export interface ArchiveImportResult {
  date: string;
  editionId: number;
  pages: number;
  stories: number;
  /** accounts of the file that had no login here: created disabled, without a usable password */
  createdUsers: string[];
  /** byline people of the file that had no one of that name here */
  createdPeople: string[];
}

/**
 * Reads an archive file's text and refuses it, before anything is written, when it is over the size limit (413),
 * not JSON or not an archive (400), of a version later than this Newsdesk reads (422), or fails the schema
 * (400, naming where).
 */
export function readEditionArchive(text: string, { locale = "en", maxBytes = archiveMaxBytes() }: { locale?: Locale; maxBytes?: number } = {}): EditionArchive {
  if (Buffer.byteLength(text, "utf8") > maxBytes) throw new DomainError("payload_too_large", "archive.tooLarge", { max: Math.floor(maxBytes / 1_000_000) || 1 });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DomainError("bad_request", "archive.badJson");
  }
  const header = archiveHeader.safeParse(json);
  if (!header.success || header.data.format !== ARCHIVE_FORMAT) throw new DomainError("bad_request", "archive.notArchive", { format: ARCHIVE_FORMAT });
  const { version } = header.data;
  if (typeof version === "number" && Number.isInteger(version) && version > ARCHIVE_VERSION) {
    throw new DomainError("unprocessable", "archive.newerVersion", { version, supported: ARCHIVE_VERSION });
  }
  const parsed = editionArchive.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    const shown = new ZodError(parsed.error.issues.slice(0, ISSUES_SHOWN));
    throw new DomainError("bad_request", "archive.invalid", { issues: zodIssuesText(shown, locale), count: parsed.error.issues.length });
  }
  return parsed.data;
}

/**
 * Imports an edition archive (lib/exchange/edition-archive.ts) in one transaction: every record gets a new id
 * and every link is remapped; user accounts are matched by login (a login unknown here is created disabled,
 * without a usable password), byline people by name (created when there is none); the edition goes into the
 * publication of the archive's name, else into this Newsdesk's publication (in an empty database the publication
 * and its template's page slots are created from the archive). An edition of that date already here is a 409, and nothing is written. The import is
 * recorded in the publication's audit, not the edition's (the edition's trail stays the one it had).
 */
export function importEditionArchive(
  db: Db,
  { text, locale = "en", actorId = null, maxBytes }: { text: string; locale?: Locale; actorId?: number | null; maxBytes?: number },
): ArchiveImportResult {
  const a = readEditionArchive(text, { locale, maxBytes });
  return db.transaction((tx) => writeArchive(tx, a, actorId));
}

/**
 * The search index's insert triggers on stories, sidebars and bylines (migration 0011), dropped for the import's
 * transaction: with them, each story would be indexed at its insert and again at each of its sidebars and bylines
 * (a tokenizer run over the whole story each time). The returned function indexes the edition's stories once, from
 * the same view the triggers read (story_search_source), and creates the triggers again from their own SQL, in the
 * same transaction: no other connection ever sees the schema without them, and a failed import rolls it all back.
 */
function liftSearchInsertTriggers(tx: Tx): (editionId: number) => void {
  const lifted = tx.all<{ name: string; sql: string }>(
    sql`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('stories', 'sidebars', 'story_bylines') AND sql LIKE '%AFTER INSERT%' AND sql LIKE '%story_search%' ORDER BY name`,
  );
  for (const t of lifted) tx.run(sql.raw(`DROP TRIGGER "${t.name.replaceAll('"', '""')}"`));
  return (editionId) => {
    tx.run(sql`INSERT INTO story_search(rowid, title, body, people, slug, edition)
      SELECT id, title, body, people, slug, edition FROM story_search_source WHERE id IN (SELECT id FROM stories WHERE edition_id = ${editionId})`);
    for (const t of lifted) tx.run(sql.raw(t.sql));
  };
}

/** The review acts the file's audit rows record (migration 0014's rules), with the file's ids, oldest first. */
function rebuiltReviewActs(a: EditionArchive) {
  const zi = new Map(a.stories.map((s) => [s.id, s.zi]));
  return reviewActsFromAudit({
    audit: a.audit,
    revisions: a.stories.flatMap((s) => s.revisions.map((r) => ({ ...r, storyId: s.id }))),
    ziOf: (id) => zi.get(id),
  });
}

function writeArchive(tx: Tx, a: EditionArchive, actorId: number | null): ArchiveImportResult {
  const taken = tx.select({ id: editions.id }).from(editions).where(eq(editions.date, a.edition.date)).get();
  if (taken) throw new DomainError("conflict", "archive.dateTaken", { date: a.edition.date });

  const publicationId = (() => {
    const byName = tx.select({ id: publications.id }).from(publications).where(eq(publications.name, a.publication.name)).get();
    const any = byName ?? tx.select({ id: publications.id }).from(publications).orderBy(asc(publications.id)).limit(1).get();
    if (any) return any.id;
    // an empty Newsdesk: the paper, and its template's page slots as the file names them, come from the archive
    const id = tx.insert(publications).values({ ...a.publication, weekdays: a.publication.weekdays as Weekday[] }).returning({ id: publications.id }).get().id;
    for (const t of a.template.pages) tx.insert(pageTemplates).values({ ...t, publicationId: id }).run();
    return id;
  })();

  const createdUsers: string[] = [];
  const userId = new Map<number, number>();
  for (const u of a.users) {
    const here = tx.select({ id: users.id }).from(users).where(eq(users.login, u.login)).get();
    if (here) userId.set(u.id, here.id);
    else {
      const made = tx
        .insert(users)
        .values({ login: u.login, name: u.name, role: u.role, passwordHash: IMPORTED_ACCOUNT_HASH, disabledAt: new Date().toISOString() })
        .returning({ id: users.id })
        .get();
      userId.set(u.id, made.id);
      createdUsers.push(u.login);
      recordAudit(tx, { actorId, entityType: "user", entityId: made.id, action: "import", toState: u.role, reason: `edition archive ${a.edition.date}` });
    }
  }
  const user = (id: number | null) => (id === null ? null : userId.get(id)!);

  const createdPeople: string[] = [];
  const personId = new Map<number, number>();
  for (const p of a.people) {
    const linked = p.userId === null ? null : user(p.userId);
    const here =
      linked !== null
        ? tx.select({ id: people.id }).from(people).where(eq(people.userId, linked)).get()
        : tx
            .select({ id: people.id })
            .from(people)
            .where(eq(people.name, p.name))
            .orderBy(desc(isNull(people.userId)), asc(people.id))
            .limit(1)
            .get();
    if (here) personId.set(p.id, here.id);
    else {
      personId.set(p.id, tx.insert(people).values({ name: p.name, userId: linked }).returning({ id: people.id }).get().id);
      createdPeople.push(p.name);
    }
  }

  const indexStories = liftSearchInsertTriggers(tx);
  const { id: _fileId, reviewLevels = DEFAULT_REVIEW_LEVELS, proofRounds: rounds = a.publication.proofRounds, ...edition } = a.edition;
  const editionId = tx.insert(editions).values({ ...edition, reviewLevels, proofRounds: rounds, publicationId }).returning({ id: editions.id }).get().id;

  const pageId = new Map<number, number>();
  for (const { id, elements: _e, snapshots: _s, proofRounds: _r, ...p } of a.pages) {
    const row = { ...p, editionId, responsibleEditorId: user(p.responsibleEditorId), signedById: user(p.signedById) };
    pageId.set(id, tx.insert(pages).values(row).returning({ id: pages.id }).get().id);
  }
  const page = (id: number | null) => (id === null ? null : pageId.get(id)!);

  const storyId = new Map<number, number>();
  for (const { id, sidebars: _sb, bylines: _b, assignees: _a, revisions: _r, comments: _c, corrections: _k, reviews: _v, checkDismissals: _d, ...s } of a.stories) {
    const row = { ...s, editionId, pageId: page(s.pageId), passedById: user(s.passedById), receivedById: user(s.receivedById), createdById: user(s.createdById) };
    storyId.set(id, tx.insert(stories).values(row).returning({ id: stories.id }).get().id);
  }
  const story = (id: number | null) => (id === null ? null : storyId.get(id)!);

  const elementId = new Map<number, number>();
  for (const p of a.pages) {
    for (const { id, continuedFromElementId: _c, ...e } of p.elements) {
      elementId.set(id, tx.insert(pageElements).values({ ...e, pageId: pageId.get(p.id)!, storyId: story(e.storyId) }).returning({ id: pageElements.id }).get().id);
    }
    for (const s of p.snapshots) tx.insert(pageSnapshots).values({ ...s, pageId: pageId.get(p.id)!, signedById: user(s.signedById) }).run();
    for (const r of p.proofRounds) tx.insert(proofRounds).values({ ...r, pageId: pageId.get(p.id)!, signedById: user(r.signedById)! }).run();
  }
  // 转版 links last: a box may continue one inserted after it
  for (const e of a.pages.flatMap((p) => p.elements)) {
    if (e.continuedFromElementId !== null) {
      tx.update(pageElements).set({ continuedFromElementId: elementId.get(e.continuedFromElementId)! }).where(eq(pageElements.id, elementId.get(e.id)!)).run();
    }
  }

  for (const s of a.stories) {
    const sid = storyId.get(s.id)!;
    for (const b of s.sidebars) tx.insert(sidebars).values({ ...b, storyId: sid }).run();
    for (const b of s.bylines) tx.insert(storyBylines).values({ ...b, storyId: sid, personId: personId.get(b.personId)! }).run();
    for (const u of s.assignees) tx.insert(storyAssignees).values({ storyId: sid, userId: user(u)! }).run();
    for (const r of s.revisions) tx.insert(storyRevisions).values({ ...r, storyId: sid, authorId: user(r.authorId) }).run();
    const commentId = new Map<number, number>();
    for (const { id, parentId: _p, ...c } of s.comments) {
      commentId.set(id, tx.insert(comments).values({ ...c, storyId: sid, authorId: user(c.authorId)! }).returning({ id: comments.id }).get().id);
    }
    for (const c of s.comments) {
      if (c.parentId !== null) tx.update(comments).set({ parentId: commentId.get(c.parentId)! }).where(eq(comments.id, commentId.get(c.id)!)).run();
    }
    for (const c of s.corrections) tx.insert(storyCorrections).values({ ...c, storyId: sid, createdById: user(c.createdById)! }).run();
    for (const r of s.reviews) tx.insert(storyReviews).values({ ...r, storyId: sid, reviewerId: user(r.reviewerId)! }).run();
    for (const d of s.checkDismissals) tx.insert(checkDismissals).values({ ...d, storyId: sid, byId: user(d.byId)! }).run();
  }
  // A file written before #12 has no 审稿单: rebuilt from its audit rows by migration 0014's rules, as the database was.
  for (const act of a.stories.some((s) => s.reviews.length > 0) ? [] : rebuiltReviewActs(a)) {
    tx.insert(storyReviews).values({ ...act, storyId: storyId.get(act.storyId)!, reviewerId: user(act.reviewerId)! }).run();
  }

  indexStories(editionId);

  for (const m of a.proofMarks) {
    tx.insert(proofMarks)
      .values({ ...m, pageId: pageId.get(m.pageId)!, storyId: storyId.get(m.storyId)!, createdById: user(m.createdById)!, resolvedById: user(m.resolvedById) })
      .run();
  }

  const entity = { edition: () => editionId, page: (id: number) => pageId.get(id)!, story: (id: number) => storyId.get(id)! };
  for (const e of a.audit) tx.insert(auditEvents).values({ ...e, actorId: user(e.actorId), entityId: entity[e.entityType](e.entityId) }).run();

  recordAudit(tx, { actorId, entityType: "publication", entityId: publicationId, action: "import_edition", toState: a.edition.date, reason: `exported ${a.exportedAt}` });
  return { date: a.edition.date, editionId, pages: a.pages.length, stories: a.stories.length, createdUsers, createdPeople };
}

