import { and, asc, eq, inArray, or } from "drizzle-orm";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, type EditionArchive } from "@/lib/exchange/edition-archive";
import type { DbOrTx } from "../client";
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

/** Groups rows by a key, each group keeping the rows' order. */
function groupBy<T, K>(rows: T[], key: (r: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/**
 * The edition of `date` with everything that hangs off it, as an archive (lib/exchange/edition-archive.ts), or
 * undefined when there is none. Read in one transaction, so the file is one consistent moment. Left out: the
 * search index (it follows the stories), the machine check's counts (story_check_counts: derived, recounted by the
 * importing Newsdesk against its own word lists), the word lists themselves (check_terms: the publication's, not
 * the edition's), locks, notifications and sessions (no one's work, only who is at it now).
 */
export function exportEditionArchive(db: DbOrTx, { date, now = new Date() }: { date: string; now?: Date }): EditionArchive | undefined {
  return db.transaction((tx) => {
    const edition = tx.select().from(editions).where(eq(editions.date, date)).get();
    if (!edition) return undefined;
    const publication = tx.select().from(publications).where(eq(publications.id, edition.publicationId)).get()!;
    const pageRows = tx.select().from(pages).where(eq(pages.editionId, edition.id)).orderBy(asc(pages.number), asc(pages.id)).all();
    const pageIds = pageRows.map((p) => p.id);
    const storyRows = tx.select().from(stories).where(eq(stories.editionId, edition.id)).orderBy(asc(stories.position), asc(stories.id)).all();
    const storyIds = storyRows.map((s) => s.id);
    const inPages = (c: AnySQLiteColumn) => inArray(c, pageIds);
    const inStories = (c: AnySQLiteColumn) => inArray(c, storyIds);

    const elements = groupBy(tx.select().from(pageElements).where(inPages(pageElements.pageId)).orderBy(asc(pageElements.id)).all(), (e) => e.pageId);
    const elementIds = new Set([...elements.values()].flat().map((e) => e.id));
    const snapshots = groupBy(tx.select().from(pageSnapshots).where(inPages(pageSnapshots.pageId)).orderBy(asc(pageSnapshots.id)).all(), (s) => s.pageId);
    const rounds = groupBy(tx.select().from(proofRounds).where(inPages(proofRounds.pageId)).orderBy(asc(proofRounds.round), asc(proofRounds.id)).all(), (r) => r.pageId);
    const sidebarsOf = groupBy(tx.select().from(sidebars).where(inStories(sidebars.storyId)).orderBy(asc(sidebars.position), asc(sidebars.id)).all(), (s) => s.storyId);
    const bylinesOf = groupBy(tx.select().from(storyBylines).where(inStories(storyBylines.storyId)).orderBy(asc(storyBylines.position)).all(), (b) => b.storyId);
    const assigneesOf = groupBy(tx.select().from(storyAssignees).where(inStories(storyAssignees.storyId)).orderBy(asc(storyAssignees.userId)).all(), (a) => a.storyId);
    const revisionsOf = groupBy(tx.select().from(storyRevisions).where(inStories(storyRevisions.storyId)).orderBy(asc(storyRevisions.number)).all(), (r) => r.storyId);
    const commentsOf = groupBy(tx.select().from(comments).where(inStories(comments.storyId)).orderBy(asc(comments.id)).all(), (c) => c.storyId);
    const correctionsOf = groupBy(tx.select().from(storyCorrections).where(inStories(storyCorrections.storyId)).orderBy(asc(storyCorrections.id)).all(), (c) => c.storyId);
    const reviewsOf = groupBy(tx.select().from(storyReviews).where(inStories(storyReviews.storyId)).orderBy(asc(storyReviews.id)).all(), (r) => r.storyId);
    const dismissalsOf = groupBy(tx.select().from(checkDismissals).where(inStories(checkDismissals.storyId)).orderBy(asc(checkDismissals.id)).all(), (d) => d.storyId);
    // a mark belongs to the edition through its page (a story may since have moved to another edition's page: not ours then)
    const marks = tx.select().from(proofMarks).where(inPages(proofMarks.pageId)).orderBy(asc(proofMarks.id)).all();
    const audit = tx
      .select()
      .from(auditEvents)
      .where(
        or(
          and(eq(auditEvents.entityType, "edition"), eq(auditEvents.entityId, edition.id)),
          and(eq(auditEvents.entityType, "page"), inArray(auditEvents.entityId, pageIds)),
          and(eq(auditEvents.entityType, "story"), inArray(auditEvents.entityId, storyIds)),
        ),
      )
      .orderBy(asc(auditEvents.id))
      .all();

    const storySet = new Set(storyIds);
    const pageSet = new Set(pageIds);
    const ownStory = (id: number | null) => (id !== null && storySet.has(id) ? id : null);
    const ownPage = (id: number | null) => (id !== null && pageSet.has(id) ? id : null);

    const personRows = (() => {
      const ids = [...new Set([...bylinesOf.values()].flat().map((b) => b.personId))];
      return ids.length ? tx.select().from(people).where(inArray(people.id, ids)).orderBy(asc(people.id)).all() : [];
    })();
    const userIds = new Set<number>();
    const use = (id: number | null) => {
      if (id !== null) userIds.add(id);
      return id;
    };
    const archive: Omit<EditionArchive, "users" | "people"> = {
      format: ARCHIVE_FORMAT,
      version: ARCHIVE_VERSION,
      exportedAt: now.toISOString(),
      publication: {
        name: publication.name,
        timeZone: publication.timeZone,
        firstTotalNumber: publication.firstTotalNumber,
        firstYearNumber: publication.firstYearNumber,
        weekdays: publication.weekdays,
        reviewLevels: publication.reviewLevels,
        proofRounds: publication.proofRounds,
      },
      template: {
        pages: pageIds.length
          ? tx
              .select({
                number: pageTemplates.number,
                name: pageTemplates.name,
                gridColumns: pageTemplates.gridColumns,
                charsPerColumn: pageTemplates.charsPerColumn,
                gutterChars: pageTemplates.gutterChars,
                linesPerColumn: pageTemplates.linesPerColumn,
                stripLines: pageTemplates.stripLines,
                footerLines: pageTemplates.footerLines,
              })
              .from(pageTemplates)
              .where(and(eq(pageTemplates.publicationId, publication.id), inArray(pageTemplates.number, pageRows.map((p) => p.number))))
              .orderBy(asc(pageTemplates.number))
              .all()
          : [],
      },
      edition: {
        id: edition.id,
        date: edition.date,
        note: edition.note,
        totalNumber: edition.totalNumber,
        yearNumber: edition.yearNumber,
        reviewLevels: edition.reviewLevels,
        proofRounds: edition.proofRounds,
        createdAt: edition.createdAt,
      },
      pages: pageRows.map(({ editionId: _e, ...p }) => ({
        ...p,
        responsibleEditorId: use(p.responsibleEditorId),
        signedById: use(p.signedById),
        elements: (elements.get(p.id) ?? []).map(({ pageId: _p, ...e }) => ({
          ...e,
          storyId: ownStory(e.storyId),
          continuedFromElementId: e.continuedFromElementId !== null && elementIds.has(e.continuedFromElementId) ? e.continuedFromElementId : null,
        })),
        snapshots: (snapshots.get(p.id) ?? []).map((s) => ({ hash: s.hash, content: s.content as Record<string, unknown>, signedById: use(s.signedById), createdAt: s.createdAt })),
        proofRounds: (rounds.get(p.id) ?? []).map((r) => ({ round: r.round, signedById: use(r.signedById)!, signedAt: r.signedAt })),
      })),
      stories: storyRows.map(({ editionId: _e, ...s }) => ({
        ...s,
        pageId: ownPage(s.pageId),
        passedById: use(s.passedById),
        receivedById: use(s.receivedById),
        createdById: use(s.createdById),
        sidebars: (sidebarsOf.get(s.id) ?? []).map((b) => ({ position: b.position, title: b.title, paragraphs: b.paragraphs })),
        bylines: (bylinesOf.get(s.id) ?? []).map((b) => ({ personId: b.personId, role: b.role, position: b.position })),
        assignees: (assigneesOf.get(s.id) ?? []).map((a) => use(a.userId)!),
        revisions: (revisionsOf.get(s.id) ?? []).map((r) => ({
          number: r.number,
          storyVersion: r.storyVersion,
          authorId: use(r.authorId),
          cause: r.cause,
          content: r.content as Record<string, unknown>,
          createdAt: r.createdAt,
        })),
        comments: (commentsOf.get(s.id) ?? []).map((c) => ({ id: c.id, parentId: c.parentId, authorId: use(c.authorId)!, body: c.body, resolvedAt: c.resolvedAt, createdAt: c.createdAt })),
        corrections: (correctionsOf.get(s.id) ?? []).map((c) => ({ note: c.note, errorCount: c.errorCount, createdById: use(c.createdById)!, createdAt: c.createdAt })),
        reviews: (reviewsOf.get(s.id) ?? []).map(({ id: _id, storyId: _s, ...r }) => ({ ...r, reviewerId: use(r.reviewerId)! })),
        checkDismissals: (dismissalsOf.get(s.id) ?? []).map(({ id: _id, storyId: _s, ...d }) => ({ ...d, byId: use(d.byId)! })),
      })),
      proofMarks: marks
        .filter((m) => storySet.has(m.storyId))
        .map(({ id: _id, ...m }) => ({ ...m, createdById: use(m.createdById)!, resolvedById: use(m.resolvedById) })),
      audit: audit.map(({ id: _id, ...e }) => ({ ...e, entityType: e.entityType as "edition" | "page" | "story", actorId: use(e.actorId) })),
    };
    for (const p of personRows) use(p.userId);
    const userRows = userIds.size
      ? tx.select({ id: users.id, login: users.login, name: users.name, role: users.role }).from(users).where(inArray(users.id, [...userIds])).orderBy(asc(users.id)).all()
      : [];
    return { ...archive, people: personRows.map((p) => ({ id: p.id, name: p.name, userId: p.userId })), users: userRows };
  });
}
