import { and, asc, desc, eq, isNotNull, lt } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import { editionNumbers, weekdayOf, type EditionNumbers } from "@/lib/publication";
import type { Db, DbOrTx } from "../client";
import { editions, pageTemplates } from "../schema";
import { getPublication } from "../queries/publication";
import { carryOverStories, type CarriedStories } from "./carry-over-stories";
import { pageFromTemplate } from "./page-from-template";
import { recordAudit } from "./record-audit";
import type { ReviewLevels } from "@/lib/proofing/kinds";
import { reviewLevelCount } from "@/lib/review/review-levels";

export interface NewEdition {
  /** YYYY-MM-DD, a real calendar date (the route checks it). */
  date: string;
  actor: { id: number | null };
  /** Lay out the pages of that weekday's template (default); false opens an empty edition. */
  template?: boolean;
  /** Allow a date that is not one of the publication's days (an extra edition, 加出). */
  override?: boolean;
  /** ids of unfinished stories of earlier editions to move into the new one (carry-over-stories.ts) */
  carryOver?: readonly number[];
  /** 三审: the edition's review levels; the publication's setting when not given (the route lets only the chief choose). */
  reviewLevels?: ReviewLevels;
  /** 三校 rounds for this edition's pages (the chief's choice); default the publication's (docs/PROOFING.md). */
  proofRounds?: number;
}

export interface CreatedEdition extends EditionNumbers {
  id: number;
  date: string;
  /** The pages laid out from the template, in page order. */
  pages: { id: number; number: number }[];
  /** The stories carried over into it. */
  carried: CarriedStories;
}

/**
 * Opens an edition inside the caller's transaction (createEdition, the seed): refuses a date that has an
 * edition (409) or is not a publication day without `override` (422), numbers it (总第N期, 第N期 of the year),
 * and lays out every template page of that weekday. The publication's review levels (三审) are copied onto it
 * (or the caller's choice), so a later change of the setting never alters an edition already made. Audited.
 */
export function openEdition(tx: DbOrTx, input: NewEdition): CreatedEdition {
  const publication = getPublication(tx);
  if (!publication) throw new DomainError("unprocessable", "edition.noPublication");
  const taken = tx
    .select({ id: editions.id })
    .from(editions)
    .where(and(eq(editions.publicationId, publication.id), eq(editions.date, input.date)))
    .get();
  if (taken) throw new DomainError("conflict", "edition.exists", { date: input.date });
  const weekday = weekdayOf(input.date);
  if (!input.override && !publication.weekdays.includes(weekday)) throw new DomainError("unprocessable", "template.notPublicationDay", { date: input.date }, { weekday });

  const previous = tx
    .select({ date: editions.date, totalNumber: editions.totalNumber, yearNumber: editions.yearNumber })
    .from(editions)
    .where(and(eq(editions.publicationId, publication.id), lt(editions.date, input.date), isNotNull(editions.totalNumber)))
    .orderBy(desc(editions.date))
    .limit(1)
    .get();
  const numbers = editionNumbers(input.date, previous, publication);
  const edition = tx
    .insert(editions)
    .values({
      publicationId: publication.id,
      date: input.date,
      ...numbers,
      reviewLevels: input.reviewLevels ?? reviewLevelCount(publication.reviewLevels),
      proofRounds: input.proofRounds ?? publication.proofRounds,
    })
    .returning({ id: editions.id, date: editions.date })
    .get();
  recordAudit(tx, { actorId: input.actor.id, entityType: "edition", entityId: edition.id, action: "create", reason: input.date });

  const templates =
    input.template === false
      ? []
      : tx.select().from(pageTemplates).where(eq(pageTemplates.publicationId, publication.id)).orderBy(asc(pageTemplates.number)).all().filter((t) => t.weekdays.includes(weekday));
  const pages = templates.map((template) => pageFromTemplate(tx, { editionId: edition.id, template, actorId: input.actor.id }));
  // after the pages: a carried story joins the finished edition, unplaced
  const carried = carryOverStories(tx, { storyIds: input.carryOver ?? [], toEditionId: edition.id, actor: input.actor });
  return { ...edition, ...numbers, pages, carried };
}

/** Opens an edition (see openEdition) in one transaction: nothing is written when any part is refused. */
export function createEdition(db: Db, input: NewEdition): CreatedEdition {
  return db.transaction((tx) => openEdition(tx, input));
}
