/**
 * The edition archive (docs/EXCHANGE.md "Edition archive"): one edition with everything that hangs off it, as
 * one JSON file another Newsdesk imports. This schema is the format's one definition: the export is typed by
 * it and the import validates with it. Ids in the file are the exporting database's, used only to link the
 * records of the file to each other; the import gives every record a new id.
 */
import { z } from "zod";
import { AUDIT_ENTITY_TYPES } from "../audit";
import { errorKey } from "../i18n/error-key";
import { CORRECTION_ERRORS_MAX, CORRECTION_ERRORS_MIN } from "../error-rate";
import { ELEMENT_KINDS, HEADLINE_SIZES, PAGE_STATES } from "../page-states";
import { CHECK_DISMISSAL_KINDS } from "../check-desk/dismissal-kinds";
import type { CheckRule } from "../check/types";
import { PROOF_MARK_STATES, PROOF_MARK_TYPES } from "../proofing/kinds";
import { REVIEW_LEVELS, REVIEW_OUTCOMES } from "../review/review-levels";
import { ROLES } from "../roles";
import { BYLINE_ROLES, STORY_KINDS, STORY_STATES } from "../story-kinds";

export const ARCHIVE_FORMAT = "newsdesk-edition-archive";
/** The newest version this Newsdesk reads (and the one it writes). A file of a later version is refused. */
export const ARCHIVE_VERSION = 1;

/** The file name an exported edition is offered as. */
export const archiveFileName = (date: string) => `newsdesk-edition-${date}.json`;

const id = z.number().int().positive();
const ref = id.nullable();
const count = z.number().int().nonnegative();
const time = z.string().min(1);
const dateOnly = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, errorKey("validation.dateFormat"));
/** A JSON object kept as it is (a revision's text, a snapshot's frozen content). */
const jsonObject = z.record(z.string(), z.unknown());

/** A user account as the archive names it: never a password hash or a session. */
const archiveUser = z.strictObject({ id, login: z.string().min(1).max(100), name: z.string().min(1).max(100), role: z.enum(ROLES) });
const archivePerson = z.strictObject({ id, name: z.string().min(1).max(100), userId: ref });

const archivePublication = z.strictObject({
  name: z.string().min(1),
  timeZone: z.string().min(1),
  firstTotalNumber: z.number().int(),
  firstYearNumber: z.number().int(),
  weekdays: z.array(z.number().int().min(1).max(7)),
  reviewLevels: z.number().int(),
  proofRounds: z.number().int(),
});

/** The publication's template slots of the edition's page numbers as they were at export: a reference, not imported. */
const archiveTemplatePage = z.strictObject({
  number: z.number().int(),
  name: z.string(),
  gridColumns: z.number().int(),
  charsPerColumn: z.number().int(),
  gutterChars: z.number().int(),
  linesPerColumn: z.number().int(),
  stripLines: z.number().int(),
  footerLines: z.number().int(),
});

const archiveEdition = z.strictObject({
  id,
  date: dateOnly,
  note: z.string().nullable(),
  totalNumber: z.number().int().nullable(),
  yearNumber: z.number().int().nullable(),
  /** 三审 levels of the edition (#12). Absent in files written before it: 2, as every edition had then (migration 0014). */
  reviewLevels: z.number().int().min(2).max(3).optional(),
  /** 三校 rounds of the edition (#12). Absent in files written before it: the file's publication's rounds (as migration 0015 did). */
  proofRounds: z.number().int().min(1).max(3).optional(),
  createdAt: time,
});

const archiveElement = z.strictObject({
  id,
  kind: z.enum(ELEMENT_KINDS),
  storyId: ref,
  firstColumn: z.number().int(),
  columnSpan: z.number().int(),
  topLine: z.number().int(),
  heightLines: z.number().int(),
  textColumnSpan: z.number().int(),
  headlineSize: z.enum(HEADLINE_SIZES),
  locked: z.boolean(),
  text: z.string().nullable(),
  label: z.string().nullable(),
  caption: z.string().nullable(),
  continuedFromElementId: ref,
});

const archiveSnapshot = z.strictObject({ hash: z.string().min(1), content: jsonObject, signedById: ref, createdAt: time });
const archiveProofRound = z.strictObject({ round: z.number().int().positive(), signedById: id, signedAt: time });

const archivePage = z.strictObject({
  id,
  number: z.number().int(),
  name: z.string(),
  state: z.enum(PAGE_STATES),
  responsibleEditorId: ref,
  gridColumns: z.number().int(),
  charsPerColumn: z.number().int(),
  gutterChars: z.number().int(),
  linesPerColumn: z.number().int(),
  version: z.number().int().positive(),
  signedById: ref,
  signedAt: z.string().nullable(),
  snapshotHash: z.string().nullable(),
  createdAt: time,
  updatedAt: z.string(),
  elements: z.array(archiveElement),
  /** what was signed, oldest first; `content` exactly as frozen (with the exporting database's ids), so `hash` still verifies */
  snapshots: z.array(archiveSnapshot),
  proofRounds: z.array(archiveProofRound),
});

const CHECK_RULES = ["banned", "caution", "typo", "preferred", "halfwidthPunct", "unbalancedPair", "repeatedWord", "mixedNumbers"] as const satisfies readonly CheckRule[];

/** One act of the story's 审稿单 (story_reviews, #12). */
const archiveReview = z.strictObject({
  level: z.enum(REVIEW_LEVELS),
  outcome: z.enum(REVIEW_OUTCOMES),
  reviewerId: id,
  opinion: z.string().nullable(),
  zi: count,
  revision: z.number().int().nonnegative(),
  createdAt: time,
});

/** A machine-check finding dismissed or overridden for the story (check_dismissals, #12). */
const archiveCheckDismissal = z.strictObject({
  key: z.string().min(1),
  rule: z.enum(CHECK_RULES),
  text: z.string(),
  kind: z.enum(CHECK_DISMISSAL_KINDS),
  reason: z.string().min(1),
  byId: id,
  createdAt: time,
});

const archiveStory = z.strictObject({
  id,
  pageId: ref,
  position: z.number().int(),
  slug: z.string(),
  kind: z.enum(STORY_KINDS),
  status: z.enum(STORY_STATES),
  statusBeforeSpike: z.enum(STORY_STATES).nullable(),
  kicker: z.string().nullable(),
  headline: z.string().nullable(),
  subheadline: z.string().nullable(),
  dateline: z.string().nullable(),
  body: z.array(z.string()),
  continues: z.boolean(),
  section: z.string().nullable(),
  brief: z.string().nullable(),
  targetLength: z.number().int().nullable(),
  zi: count,
  deadline: z.string().nullable(),
  version: z.number().int().positive(),
  passedById: ref,
  receivedById: ref,
  receivedAt: z.string().nullable(),
  createdById: ref,
  createdAt: time,
  updatedAt: z.string(),
  sidebars: z.array(z.strictObject({ position: z.number().int(), title: z.string(), paragraphs: z.array(z.string()) })),
  bylines: z.array(z.strictObject({ personId: id, role: z.enum(BYLINE_ROLES), position: z.number().int() })),
  assignees: z.array(id),
  revisions: z.array(
    z.strictObject({ number: z.number().int().positive(), storyVersion: z.number().int(), authorId: ref, cause: z.string().min(1), content: jsonObject, createdAt: time }),
  ),
  comments: z.array(z.strictObject({ id, parentId: ref, authorId: id, body: z.string(), resolvedAt: z.string().nullable(), createdAt: time })),
  corrections: z.array(
    z.strictObject({
      note: z.string().min(1),
      /** 差错 the notice corrects (absent in files written before it: 1, as migration 0017 gave every correction) */
      errorCount: z.number().int().min(CORRECTION_ERRORS_MIN).max(CORRECTION_ERRORS_MAX).default(1),
      createdById: id,
      createdAt: time,
    }),
  ),
  /** the 审稿单, oldest first (absent in files written before #12: the import rebuilds it from the audit, as migration 0014 did) */
  reviews: z.array(archiveReview).default([]),
  /** the check findings set aside, oldest first (absent in files written before #12: none) */
  checkDismissals: z.array(archiveCheckDismissal).default([]),
});

const archiveProofMark = z.strictObject({
  pageId: id,
  storyId: id,
  round: z.number().int().positive(),
  type: z.enum(PROOF_MARK_TYPES),
  field: z.string(),
  paragraph: z.number().int(),
  offset: z.number().int(),
  marked: z.string(),
  correction: z.string(),
  note: z.string(),
  state: z.enum(PROOF_MARK_STATES),
  createdById: id,
  resolvedById: ref,
  resolvedAt: z.string().nullable(),
  resolveReason: z.string().nullable(),
  revisionNumber: z.number().int().nullable(),
  version: z.number().int().positive(),
  createdAt: time,
  updatedAt: z.string(),
});

/** The audit entity types that belong to an edition. */
export const ARCHIVE_AUDIT_TYPES = ["edition", "page", "story"] as const satisfies readonly (typeof AUDIT_ENTITY_TYPES)[number][];

const archiveAuditEvent = z.strictObject({
  actorId: ref,
  entityType: z.enum(ARCHIVE_AUDIT_TYPES),
  entityId: id,
  action: z.string().min(1),
  fromState: z.string().nullable(),
  toState: z.string().nullable(),
  reason: z.string().nullable(),
  createdAt: time,
});

const archiveShape = z.strictObject({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.literal(ARCHIVE_VERSION),
  exportedAt: time,
  publication: archivePublication,
  template: z.strictObject({ pages: z.array(archiveTemplatePage) }),
  edition: archiveEdition,
  pages: z.array(archivePage),
  stories: z.array(archiveStory),
  proofMarks: z.array(archiveProofMark),
  people: z.array(archivePerson),
  users: z.array(archiveUser),
  audit: z.array(archiveAuditEvent),
});

type Shape = z.infer<typeof archiveShape>;
type Ctx = z.core.$RefinementCtx<Shape>;

/** Every id the file refers to must be a record of the file, and no record twice: the links the import remaps. */
function checkLinks(a: Shape, ctx: Ctx): void {
  const missing = (path: (string | number)[], what: string, value: number) =>
    ctx.addIssue({ code: "custom", path, message: errorKey("archive.unknownRef"), params: { what, id: value } });
  const duplicate = (path: (string | number)[], what: string, value: number | string) =>
    ctx.addIssue({ code: "custom", path, message: errorKey("archive.duplicate"), params: { what, id: value } });
  const idsOf = <T>(rows: T[], key: (r: T) => number | string, path: string, what: string) => {
    const seen = new Set<number | string>();
    rows.forEach((r, i) => {
      const k = key(r);
      if (seen.has(k)) duplicate([path, i], what, k);
      seen.add(k);
    });
    return seen;
  };
  const users = idsOf(a.users, (u) => u.id, "users", "user");
  idsOf(a.users, (u) => u.login, "users", "login");
  const people = idsOf(a.people, (p) => p.id, "people", "person");
  const pages = idsOf(a.pages, (p) => p.id, "pages", "page");
  idsOf(a.pages, (p) => p.number, "pages", "page number");
  idsOf(a.template.pages, (p) => p.number, "template.pages", "template page number");
  const stories = idsOf(a.stories, (s) => s.id, "stories", "story");
  const elements = idsOf(
    a.pages.flatMap((p) => p.elements),
    (e) => e.id,
    "pages",
    "element",
  );
  const user = (path: (string | number)[], v: number | null) => v !== null && !users.has(v) && missing(path, "user", v);

  a.people.forEach((p, i) => user(["people", i, "userId"], p.userId));
  idsOf(
    a.people.filter((p) => p.userId !== null),
    (p) => p.userId!,
    "people",
    "person of account",
  );
  a.pages.forEach((p, i) => {
    user(["pages", i, "responsibleEditorId"], p.responsibleEditorId);
    user(["pages", i, "signedById"], p.signedById);
    p.elements.forEach((e, j) => {
      if (e.storyId !== null && !stories.has(e.storyId)) missing(["pages", i, "elements", j, "storyId"], "story", e.storyId);
      if (e.continuedFromElementId !== null && !elements.has(e.continuedFromElementId))
        missing(["pages", i, "elements", j, "continuedFromElementId"], "element", e.continuedFromElementId);
    });
    p.snapshots.forEach((s, j) => user(["pages", i, "snapshots", j, "signedById"], s.signedById));
    p.proofRounds.forEach((r, j) => user(["pages", i, "proofRounds", j, "signedById"], r.signedById));
    idsOf(p.proofRounds, (r) => r.round, `pages.${i}.proofRounds`, "proof round");
  });
  a.stories.forEach((s, i) => {
    if (s.pageId !== null && !pages.has(s.pageId)) missing(["stories", i, "pageId"], "page", s.pageId);
    for (const k of ["passedById", "receivedById", "createdById"] as const) user(["stories", i, k], s[k]);
    s.bylines.forEach((b, j) => !people.has(b.personId) && missing(["stories", i, "bylines", j, "personId"], "person", b.personId));
    s.assignees.forEach((u, j) => user(["stories", i, "assignees", j], u));
    idsOf(s.bylines, (b) => b.position, `stories.${i}.bylines`, "byline position");
    idsOf(s.assignees, (u) => u, `stories.${i}.assignees`, "assignee");
    s.revisions.forEach((r, j) => user(["stories", i, "revisions", j, "authorId"], r.authorId));
    idsOf(s.revisions, (r) => r.number, `stories.${i}.revisions`, "revision");
    const comments = idsOf(s.comments, (c) => c.id, `stories.${i}.comments`, "comment");
    s.comments.forEach((c, j) => {
      user(["stories", i, "comments", j, "authorId"], c.authorId);
      if (c.parentId !== null && !comments.has(c.parentId)) missing(["stories", i, "comments", j, "parentId"], "comment", c.parentId);
    });
    s.corrections.forEach((c, j) => user(["stories", i, "corrections", j, "createdById"], c.createdById));
    s.reviews.forEach((r, j) => user(["stories", i, "reviews", j, "reviewerId"], r.reviewerId));
    s.checkDismissals.forEach((d, j) => user(["stories", i, "checkDismissals", j, "byId"], d.byId));
    idsOf(s.checkDismissals, (d) => d.key, `stories.${i}.checkDismissals`, "check finding");
  });
  a.proofMarks.forEach((m, i) => {
    if (!pages.has(m.pageId)) missing(["proofMarks", i, "pageId"], "page", m.pageId);
    if (!stories.has(m.storyId)) missing(["proofMarks", i, "storyId"], "story", m.storyId);
    user(["proofMarks", i, "createdById"], m.createdById);
    user(["proofMarks", i, "resolvedById"], m.resolvedById);
  });
  const entities = { edition: new Set([a.edition.id]), page: pages, story: stories };
  a.audit.forEach((e, i) => {
    user(["audit", i, "actorId"], e.actorId);
    if (!entities[e.entityType].has(e.entityId)) missing(["audit", i, "entityId"], e.entityType, e.entityId);
  });
}

export const editionArchive = archiveShape.superRefine(checkLinks);
export type EditionArchive = z.infer<typeof editionArchive>;
export type ArchivePage = EditionArchive["pages"][number];
export type ArchiveStory = EditionArchive["stories"][number];

/** What the import reads before the schema: enough to refuse a file that is not an archive, or is too new, with that reason. */
export const archiveHeader = z.looseObject({ format: z.unknown(), version: z.unknown() });
