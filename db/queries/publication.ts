import { asc, eq } from "drizzle-orm";
import { DEFAULT_TIME_ZONE } from "@/lib/publication";
import type { DbOrTx } from "../client";
import { pageTemplates, publications, users, type PageTemplate, type Publication } from "../schema";

/** Newsdesk has one publication: the first (the seed's 大众日报). */
export function getPublication(db: DbOrTx): Publication | undefined {
  return db.select().from(publications).orderBy(asc(publications.id)).limit(1).get();
}

/** The zone "today", deadlines and every time shown are in: the publication's, else the default. */
export function getPublicationTimeZone(db: DbOrTx): string {
  return db.select({ timeZone: publications.timeZone }).from(publications).orderBy(asc(publications.id)).limit(1).get()?.timeZone ?? DEFAULT_TIME_ZONE;
}

/** A template page as the API and the admin page show it. */
export function pageTemplateView(t: PageTemplate, responsibleEditor: string | null) {
  return {
    id: t.id,
    number: t.number,
    name: t.name,
    responsibleEditorId: t.responsibleEditorId,
    responsibleEditor,
    grid: { columns: t.gridColumns, charsPerColumn: t.charsPerColumn, gutterChars: t.gutterChars, linesPerColumn: t.linesPerColumn },
    weekdays: t.weekdays,
    stripLines: t.stripLines,
    footerLines: t.footerLines,
    footerText: t.footerText,
    adSlots: t.adSlots,
    version: t.version,
    updatedAt: t.updatedAt,
  };
}
export type PageTemplateView = ReturnType<typeof pageTemplateView>;

/** The publication's template pages in page order, with their 责任编辑's name. */
export function listPageTemplates(db: DbOrTx, { publicationId }: { publicationId?: number } = {}): PageTemplateView[] {
  const pub = publicationId ?? getPublication(db)?.id;
  if (pub === undefined) return [];
  return db
    .select({ template: pageTemplates, editor: users.name })
    .from(pageTemplates)
    .leftJoin(users, eq(users.id, pageTemplates.responsibleEditorId))
    .where(eq(pageTemplates.publicationId, pub))
    .orderBy(asc(pageTemplates.number))
    .all()
    .map((r) => pageTemplateView(r.template, r.editor));
}

export function getPageTemplate(db: DbOrTx, { id }: { id: number }): PageTemplateView | undefined {
  const row = db
    .select({ template: pageTemplates, editor: users.name })
    .from(pageTemplates)
    .leftJoin(users, eq(users.id, pageTemplates.responsibleEditorId))
    .where(eq(pageTemplates.id, id))
    .get();
  return row && pageTemplateView(row.template, row.editor);
}

/** The publication's settings as the API shows them. */
export function publicationView(p: Publication) {
  return {
    id: p.id,
    name: p.name,
    timeZone: p.timeZone,
    firstTotalNumber: p.firstTotalNumber,
    firstYearNumber: p.firstYearNumber,
    weekdays: p.weekdays,
    reviewLevels: p.reviewLevels,
    proofRounds: p.proofRounds,
    version: p.version,
    updatedAt: p.updatedAt,
  };
}
export type PublicationView = ReturnType<typeof publicationView>;
