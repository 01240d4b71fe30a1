import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { ROLES } from "@/lib/roles";
import { BYLINE_ROLES, STORY_KINDS, STORY_STATES } from "@/lib/story-kinds";
import { ELEMENT_KINDS, HEADLINE_SIZES, PAGE_STATES, UNRELEASED_PAGE_SQL } from "@/lib/page-states";
import { AUDIT_ENTITY_TYPES } from "@/lib/audit";
import { CARRY_OVER_STATES_SQL_LIST } from "@/lib/carry-over";
import { LOCALES } from "@/lib/i18n/locales";
import { NOTIFICATION_KINDS, type NotificationParams } from "@/lib/notifications";
import { DEFAULT_TIME_ZONE, type AdSlot, type Weekday } from "@/lib/publication";
import { CHECK_LISTS } from "@/lib/check/lists";
import { REVIEW_LEVELS, REVIEW_OUTCOMES } from "@/lib/review/review-levels";
import { DEFAULT_PROOF_ROUNDS, DEFAULT_REVIEW_LEVELS, PROOF_MARK_STATES, PROOF_MARK_TYPES } from "@/lib/proofing/kinds";
import { CHECK_DISMISSAL_KINDS } from "@/lib/check-desk/dismissal-kinds";
import type { CheckRule } from "@/lib/check/types";

const createdAt = () =>
  text("created_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);

/**
 * When the row last changed. SQLite cannot add a column with a computed default to a table that has rows,
 * so the column's own default is '' and the app supplies the time on insert (an insert trigger from
 * migration 0003 fills '' from created_at for rows written by hand); every write sets it.
 */
const updatedAt = () =>
  text("updated_at")
    .notNull()
    .default("")
    .$defaultFn(() => new Date().toISOString());

// ── People and accounts ────────────────────────────────────────────────────

export const users = sqliteTable("users", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  login: text("login").notNull().unique(),
  name: text("name").notNull(),
  role: text("role", { enum: ROLES }).notNull(),
  passwordHash: text("password_hash").notNull(),
  locale: text("locale", { enum: LOCALES }).notNull().default("zh-CN"),
  /** Set when an admin disables the account: no sign-in, and its sessions are ended. */
  disabledAt: text("disabled_at"),
  createdAt: createdAt(),
});

/**
 * One row per signed-in session (the JWT carries its id): signing out, a password change and disabling
 * the account delete rows, and a session whose row is gone is refused at once (app/_server/session.ts).
 */
export const userSessions = sqliteTable(
  "user_sessions",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    /** epoch ms the server last accepted it (refreshed at most hourly), for clearing out old rows */
    seenAt: integer("seen_at").notNull(),
  },
  (t) => [index("user_sessions_user_idx").on(t.userId), index("user_sessions_seen_idx").on(t.seenAt)],
);

/** Anyone who can appear in a byline; staff have a login (user_id), correspondents and photographers may not. */
export const people = sqliteTable(
  "people",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("people_name_idx").on(t.name), uniqueIndex("people_user_idx").on(t.userId)],
);

/** Failed sign-in counters, per login and per client address (key = "login:x" | "ip:y"). */
export const loginThrottle = sqliteTable("login_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  windowStartedAt: integer("window_started_at").notNull(),
  lockedUntil: integer("locked_until").notNull().default(0),
});

// ── Publication, editions, pages ───────────────────────────────────────────

export const publications = sqliteTable("publications", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull().unique(),
  /** IANA zone every "today", deadline and time shown is in (lib/publication.ts). */
  timeZone: text("time_zone").notNull().default(DEFAULT_TIME_ZONE),
  /** 总第N期 and 第N期 of an edition with no earlier edition in the database (later ones count on from it). */
  firstTotalNumber: integer("first_total_number").notNull().default(1),
  firstYearNumber: integer("first_year_number").notNull().default(1),
  /** ISO weekdays (1 Monday … 7 Sunday) the paper appears on. */
  weekdays: text("weekdays", { mode: "json" }).$type<Weekday[]>().notNull().default(sql`'[1,2,3,4,5,6,7]'`),
  /** 三审: 2 (初审, 终审) or 3 (初审, 复审, 终审) review levels per story (lib/proofing/kinds.ts). */
  reviewLevels: integer("review_levels").notNull().default(DEFAULT_REVIEW_LEVELS),
  /** 三校: proofreading rounds a page's proof goes through before 签版 (1–3). */
  proofRounds: integer("proof_rounds").notNull().default(DEFAULT_PROOF_ROUNDS),
  version: integer("version").notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/**
 * A page slot of the publication's template: what every edition's page of that number starts as (name,
 * 责任编辑, grid, page strip and footer, ad slots). Creating an edition copies it into pages and page
 * elements, so a later change of the template never alters an edition already made.
 */
export const pageTemplates = sqliteTable(
  "page_templates",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    publicationId: integer("publication_id")
      .notNull()
      .references(() => publications.id),
    number: integer("number").notNull(),
    name: text("name").notNull(),
    responsibleEditorId: integer("responsible_editor_id").references(() => users.id),
    gridColumns: integer("grid_columns").notNull().default(8),
    charsPerColumn: integer("chars_per_column").notNull().default(13),
    gutterChars: integer("gutter_chars").notNull().default(1),
    linesPerColumn: integer("lines_per_column").notNull().default(100),
    /** ISO weekdays this page appears on (within the publication's own days). */
    weekdays: text("weekdays", { mode: "json" }).$type<Weekday[]>().notNull().default(sql`'[1,2,3,4,5,6,7]'`),
    /** Lines of the page strip (报头: publication, date, page, 责任编辑) at the top; 0 for none. */
    stripLines: integer("strip_lines").notNull().default(4),
    /** Lines of the footer at the foot; 0 for none. */
    footerLines: integer("footer_lines").notNull().default(4),
    /** The footer's printed lines (notices, legal adviser, phone), "\n" between lines. */
    footerText: text("footer_text").notNull().default(""),
    /** Reserved rectangles for ads, placed as locked ad boxes in every new edition's page. */
    adSlots: text("ad_slots", { mode: "json" }).$type<AdSlot[]>().notNull().default(sql`'[]'`),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("page_templates_pub_number_idx").on(t.publicationId, t.number)],
);

export const editions = sqliteTable(
  "editions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    publicationId: integer("publication_id")
      .notNull()
      .references(() => publications.id),
    date: text("date").notNull(), // YYYY-MM-DD
    note: text("note"),
    /** 总第N期, set when the edition is created (lib/publication.ts editionNumbers) */
    totalNumber: integer("total_number"),
    /** 第N期 of the year, likewise */
    yearNumber: integer("year_number"),
    /** 三审: the review levels (2 or 3) its stories go through — the publication's setting when the edition was made (or the chief's choice then); fixed afterwards */
    reviewLevels: integer("review_levels").notNull().default(DEFAULT_REVIEW_LEVELS),
    /** 三校: the proofreading rounds this edition's pages go through, copied from the publication when it is made (docs/PROOFING.md). */
    proofRounds: integer("proof_rounds").notNull().default(DEFAULT_PROOF_ROUNDS),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("editions_pub_date_idx").on(t.publicationId, t.date), index("editions_date_idx").on(t.date)],
);

export const pages = sqliteTable(
  "pages",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    editionId: integer("edition_id")
      .notNull()
      .references(() => editions.id),
    number: integer("number").notNull(),
    name: text("name").notNull(),
    state: text("state", { enum: PAGE_STATES }).notNull().default("planning"),
    responsibleEditorId: integer("responsible_editor_id").references(() => users.id),
    // grid template (DESIGN.md: 8 base columns, 13 字 a column, 1-字 gutter, 100 lines)
    gridColumns: integer("grid_columns").notNull().default(8),
    charsPerColumn: integer("chars_per_column").notNull().default(13),
    gutterChars: integer("gutter_chars").notNull().default(1),
    linesPerColumn: integer("lines_per_column").notNull().default(100),
    version: integer("version").notNull().default(1),
    signedById: integer("signed_by_id").references(() => users.id),
    signedAt: text("signed_at"),
    /** sha256 of the frozen snapshot taken at signing (page_snapshots) */
    snapshotHash: text("snapshot_hash"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("pages_edition_number_idx").on(t.editionId, t.number),
    // pages not yet released (the open work): which editions are still to go to print (the desk's "today")
    index("pages_unreleased_idx").on(t.editionId).where(sql.raw(UNRELEASED_PAGE_SQL)),
    // the desks' queues: pages in one state (in layout, submitted, signed), the latest handed over (or changed) first
    index("pages_state_idx").on(t.state, t.updatedAt),
  ],
);

// ── Stories ────────────────────────────────────────────────────────────────

export const stories = sqliteTable(
  "stories",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    editionId: integer("edition_id")
      .notNull()
      .references(() => editions.id),
    pageId: integer("page_id").references(() => pages.id, { onDelete: "set null" }),
    /** reading order within the edition's budget */
    position: integer("position").notNull().default(0),
    slug: text("slug").notNull(),
    kind: text("kind", { enum: STORY_KINDS }).notNull().default("article"),
    status: text("status", { enum: STORY_STATES }).notNull().default("draft"),
    /** the status a spiked story returns to on unspike */
    statusBeforeSpike: text("status_before_spike", { enum: STORY_STATES }),
    kicker: text("kicker"),
    headline: text("headline"),
    subheadline: text("subheadline"),
    dateline: text("dateline"),
    /** JSON array of paragraph strings */
    body: text("body", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    /** the text stops mid-sentence and continues on another page (转版) */
    continues: integer("continues", { mode: "boolean" }).notNull().default(false),
    section: text("section"),
    brief: text("brief"),
    targetLength: integer("target_length"),
    /** 字数 of body and sidebars (storyZi), written with the text in the same transaction, so lists never read bodies */
    zi: integer("zi").notNull().default(0),
    deadline: text("deadline"),
    version: integer("version").notNull().default(1),
    /** who passed 初审 — that person may not also give 终审 (one person, one review level) */
    passedById: integer("passed_by_id").references(() => users.id),
    /** 签收: the first desk editor who opened the filed story for review, and when — the reporter may no longer recall it */
    receivedById: integer("received_by_id").references(() => users.id),
    receivedAt: text("received_at"),
    createdById: integer("created_by_id").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("stories_budget_idx").on(t.editionId, t.position),
    index("stories_status_idx").on(t.editionId, t.status),
    // the desks' queues: stories in one state across editions (filed, edited, returned), by deadline (overdue = a range)
    index("stories_queue_idx").on(t.status, t.deadline),
    index("stories_page_idx").on(t.pageId),
    // the open work only (what a new edition may carry over): its size follows the unfinished stories, not the archive
    index("stories_unfinished_idx").on(t.editionId, t.id).where(sql.raw(`status in ${CARRY_OVER_STATES_SQL_LIST}`)),
  ],
);

export const sidebars = sqliteTable(
  "sidebars",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    storyId: integer("story_id")
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    paragraphs: text("paragraphs", { mode: "json" }).$type<string[]>().notNull(),
  },
  (t) => [index("sidebars_story_idx").on(t.storyId, t.position)],
);

export const storyBylines = sqliteTable(
  "story_bylines",
  {
    storyId: integer("story_id")
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    role: text("role", { enum: BYLINE_ROLES }).notNull(),
    position: integer("position").notNull(),
  },
  (t) => [uniqueIndex("story_bylines_pk").on(t.storyId, t.position), index("story_bylines_person_idx").on(t.personId, t.storyId)],
);

export const storyAssignees = sqliteTable(
  "story_assignees",
  {
    storyId: integer("story_id")
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
  },
  (t) => [uniqueIndex("story_assignees_pk").on(t.storyId, t.userId), index("story_assignees_user_idx").on(t.userId)],
);

export const storyRevisions = sqliteTable(
  "story_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    storyId: integer("story_id")
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    storyVersion: integer("story_version").notNull(),
    authorId: integer("author_id").references(() => users.id),
    /** what cut this revision: "seed", "edit", "file", "pass", "restore" … */
    cause: text("cause").notNull(),
    /** JSON snapshot of the story content at this revision */
    content: text("content", { mode: "json" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("story_revisions_number_idx").on(t.storyId, t.number)],
);

export const comments = sqliteTable(
  "comments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    storyId: integer("story_id")
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    parentId: integer("parent_id").references((): AnySQLiteColumn => comments.id),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    resolvedAt: text("resolved_at"),
    createdAt: createdAt(),
  },
  (t) => [index("comments_story_idx").on(t.storyId)],
);

/** Lease lock on a story's text: one holder at a time, renewed while they work, expiring on its own. */
export const storyLocks = sqliteTable("story_locks", {
  storyId: integer("story_id")
    .primaryKey()
    .references(() => stories.id, { onDelete: "cascade" }),
  holderId: integer("holder_id")
    .notNull()
    .references(() => users.id),
  acquiredAt: text("acquired_at").notNull(),
  /** epoch ms */
  expiresAt: integer("expires_at").notNull(),
});

export const notifications = sqliteTable(
  "notifications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    storyId: integer("story_id").references(() => stories.id, { onDelete: "cascade" }),
    /** The page a page hand-over (submit, sign, reject, 撤签, release) is about; the notification opens it. */
    pageId: integer("page_id").references(() => pages.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: NOTIFICATION_KINDS }).notNull(),
    /** Names and titles the message is worded with, as they were (`lib/notifications.ts`). */
    params: text("params", { mode: "json" }).$type<NotificationParams>().notNull().default(sql`'{}'`),
    readAt: text("read_at"),
    createdAt: createdAt(),
  },
  // the poll reads a user's latest 50 (user_id, id); marking read finds the unread ones (user_id, read_at)
  (t) => [index("notifications_user_idx").on(t.userId, t.readAt), index("notifications_user_latest_idx").on(t.userId, t.id), index("notifications_page_idx").on(t.pageId)],
);

// ── Page elements ──────────────────────────────────────────────────────────

/** A rectangle on the page grid: a story, photo, ad or furniture box. Columns and lines are 1-based. */
export const pageElements = sqliteTable(
  "page_elements",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    pageId: integer("page_id")
      .notNull()
      .references(() => pages.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ELEMENT_KINDS }).notNull(),
    storyId: integer("story_id").references(() => stories.id, { onDelete: "set null" }),
    firstColumn: integer("first_column").notNull(),
    columnSpan: integer("column_span").notNull(),
    topLine: integer("top_line").notNull(),
    heightLines: integer("height_lines").notNull(),
    /** base columns per text column inside a story box */
    textColumnSpan: integer("text_column_span").notNull().default(1),
    headlineSize: text("headline_size", { enum: HEADLINE_SIZES }).notNull().default("medium"),
    locked: integer("locked", { mode: "boolean" }).notNull().default(false),
    /** ad / furniture content, one line per line */
    text: text("text"),
    label: text("label"),
    /** photo box caption (when the box is not a photo-news story) */
    caption: text("caption"),
    /** 转版: this box continues the text of that box (on another page) */
    continuedFromElementId: integer("continued_from_element_id").references((): AnySQLiteColumn => pageElements.id, { onDelete: "set null" }),
  },
  (t) => [index("page_elements_page_idx").on(t.pageId), index("page_elements_story_idx").on(t.storyId)],
);

/**
 * What was signed: the page's elements and its stories' versions and text, frozen, with its hash. Part of
 * the record: a page with a snapshot cannot be deleted (no cascade; db/commands/delete-page.ts refuses).
 */
export const pageSnapshots = sqliteTable(
  "page_snapshots",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    pageId: integer("page_id")
      .notNull()
      .references(() => pages.id, { onDelete: "restrict" }),
    hash: text("hash").notNull(),
    content: text("content", { mode: "json" }).notNull(),
    /** null only for the seed page, which was printed before Newsdesk existed (docs/TEMPLATES.md) */
    signedById: integer("signed_by_id").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("page_snapshots_page_idx").on(t.pageId)],
);

/**
 * 更正: a correction to a story after its page was released (published → correct). The printed text stays
 * as it was; the e-paper shows the note on the article.
 */
export const storyCorrections = sqliteTable(
  "story_corrections",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    storyId: integer("story_id")
      .notNull()
      .references(() => stories.id, { onDelete: "restrict" }),
    note: text("note").notNull(),
    /** 差错 the notice corrects (1–50, lib/error-rate.ts): the 差错率 counts errors, not notices (docs/ERROR-RATE.md) */
    errorCount: integer("error_count").notNull().default(1),
    createdById: integer("created_by_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  // error_count in the index: the 差错率's sum per story stays an index-only read
  (t) => [index("story_corrections_story_idx").on(t.storyId, t.errorCount)],
);

// ── Proofreading (三校, #12) ────────────────────────────────────────────────

/**
 * A proofreader's mark on a page proof: anchored to the story text (paragraph, offset in UTF-16 units within
 * that paragraph, and the marked string itself, so a later edit can re-anchor it by the string), with the
 * correction and a note. The 责任编辑 accepts it (the correction becomes a story revision: `revisionNumber`)
 * or rejects it with a reason. Accepted marks are the errors caught (差错率).
 */
export const proofMarks = sqliteTable(
  "proof_marks",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    pageId: integer("page_id")
      .notNull()
      .references(() => pages.id),
    storyId: integer("story_id")
      .notNull()
      .references(() => stories.id),
    /** the proofreading round (1 一校, 2 二校, 3 三校) the mark was made in */
    round: integer("round").notNull(),
    type: text("type", { enum: PROOF_MARK_TYPES }).notNull(),
    /** which text of the story: "body" (paragraph = index in body), "headline", "kicker", "subheadline" */
    field: text("field").notNull().default("body"),
    paragraph: integer("paragraph").notNull().default(0),
    offset: integer("offset").notNull(),
    marked: text("marked").notNull(),
    correction: text("correction").notNull().default(""),
    note: text("note").notNull().default(""),
    state: text("state", { enum: PROOF_MARK_STATES }).notNull().default("open"),
    createdById: integer("created_by_id")
      .notNull()
      .references(() => users.id),
    resolvedById: integer("resolved_by_id").references(() => users.id),
    resolvedAt: text("resolved_at"),
    /** why a mark was rejected */
    resolveReason: text("resolve_reason"),
    /** the story revision the accepted correction made */
    revisionNumber: integer("revision_number"),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("proof_marks_page_idx").on(t.pageId, t.state), index("proof_marks_story_idx").on(t.storyId)],
);

/** 校对签字: a proofreader signs round N of a page's proof. */
export const proofRounds = sqliteTable(
  "proof_rounds",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    pageId: integer("page_id")
      .notNull()
      .references(() => pages.id),
    round: integer("round").notNull(),
    signedById: integer("signed_by_id")
      .notNull()
      .references(() => users.id),
    signedAt: text("signed_at").notNull(),
  },
  (t) => [uniqueIndex("proof_rounds_page_round_idx").on(t.pageId, t.round)],
);

/**
 * 审稿单 (#12): one row per review act on a story — 初审, 复审 or 终审, passed or returned — with the 审稿意见 and
 * the story's 字数 and version at that moment, written in the transaction of the transition. Never updated:
 * the one-person-one-level rule (lib/review/review-levels.ts) reads every act of the story, across versions.
 */
export const storyReviews = sqliteTable(
  "story_reviews",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    storyId: integer("story_id")
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    level: text("level", { enum: REVIEW_LEVELS }).notNull(),
    outcome: text("outcome", { enum: REVIEW_OUTCOMES }).notNull(),
    reviewerId: integer("reviewer_id")
      .notNull()
      .references(() => users.id),
    /** 审稿意见: optional when passing, the reason when returning */
    opinion: text("opinion"),
    /** the story's 字数 when it was reviewed */
    zi: integer("zi").notNull(),
    /** the number of the story revision the act cut (story_revisions.number): the text as reviewed */
    revision: integer("revision").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("story_reviews_story_idx").on(t.storyId, t.id)],
);

// ── Machine check (机检) on the desk ─────────────────────────────────────────

/**
 * A finding of the machine check set aside for a story (docs/CHECK.md "The checker on the desk"): a warning
 * dismissed (kind dismiss, anyone who may edit the story) or a block overridden (kind override, the chief
 * only), always with a reason. `key` is the finding's stable key (lib/check Finding.key); the rule and the
 * text as written are kept so the 审稿单 can show what was let through after the text changed.
 */
export const checkDismissals = sqliteTable(
  "check_dismissals",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    storyId: integer("story_id")
      .notNull()
      .references(() => stories.id),
    key: text("key").notNull(),
    rule: text("rule").$type<CheckRule>().notNull(),
    text: text("text").notNull(),
    kind: text("kind", { enum: CHECK_DISMISSAL_KINDS }).notNull(),
    reason: text("reason").notNull(),
    byId: integer("by_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("check_dismissals_story_key_idx").on(t.storyId, t.key), index("check_dismissals_story_kind_idx").on(t.storyId, t.kind, t.id)],
);

/**
 * The check's counts for one story, written with the story's text (same transaction) and with each dismissal,
 * so the edition's check summary never reads bodies. Valid for `storyVersion` and `listsVersion`: a row for an
 * older version or other lists is recounted when the summary is read.
 */
export const storyCheckCounts = sqliteTable("story_check_counts", {
  storyId: integer("story_id")
    .primaryKey()
    .references(() => stories.id, { onDelete: "cascade" }),
  storyVersion: integer("story_version").notNull(),
  listsVersion: text("lists_version").notNull(),
  blockOpen: integer("block_open").notNull().default(0),
  warnOpen: integer("warn_open").notNull().default(0),
  blockOverridden: integer("block_overridden").notNull().default(0),
  warnDismissed: integer("warn_dismissed").notNull().default(0),
  updatedAt: updatedAt(),
});

// ── 机检 word lists ─────────────────────────────────────────────────────────

/**
 * One entry of the machine check's word lists (lib/check, docs/CHECK.md): 禁用词 banned, 慎用词 caution,
 * 错别字 typo (term = the wrong form, replacement = the right one), 规范名称 preferred (term → replacement),
 * 例外 whitelist. Kept by the chief and admin; read by everyone (the editor checks live).
 */
export const checkTerms = sqliteTable(
  "check_terms",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    list: text("list", { enum: CHECK_LISTS }).notNull(),
    term: text("term").notNull(),
    replacement: text("replacement"),
    note: text("note"),
    /** who last added or changed it (null: the starter lists) */
    updatedById: integer("updated_by_id").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("check_terms_list_term_idx").on(t.list, t.term)],
);

/**
 * One row (id 1): the lists version, bumped in the transaction of every change to check_terms, so the
 * server and the clients cache the compiled lists per version; and when the starter lists were loaded
 * (once: a deleted starter entry does not come back on the next start).
 */
export const checkListsState = sqliteTable("check_lists_state", {
  id: integer("id").primaryKey(),
  version: integer("version").notNull().default(0),
  starterLoadedAt: text("starter_loaded_at"),
});

// ── Audit ──────────────────────────────────────────────────────────────────

/** Append-only: who did what to which object, from which state to which, and why. */
export const auditEvents = sqliteTable(
  "audit_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    actorId: integer("actor_id").references(() => users.id),
    entityType: text("entity_type", { enum: AUDIT_ENTITY_TYPES }).notNull(),
    entityId: integer("entity_id").notNull(),
    action: text("action").notNull(),
    fromState: text("from_state"),
    toState: text("to_state"),
    reason: text("reason"),
    createdAt: createdAt(),
  },
  (t) => [index("audit_entity_idx").on(t.entityType, t.entityId)],
);

export type User = typeof users.$inferSelect;
export type Person = typeof people.$inferSelect;
export type Edition = typeof editions.$inferSelect;
export type Publication = typeof publications.$inferSelect;
export type PageTemplate = typeof pageTemplates.$inferSelect;
export type Page = typeof pages.$inferSelect;
export type Story = typeof stories.$inferSelect;
export type Sidebar = typeof sidebars.$inferSelect;
export type PageElement = typeof pageElements.$inferSelect;
export type StoryCorrection = typeof storyCorrections.$inferSelect;
export type ProofMark = typeof proofMarks.$inferSelect;
export type ProofRound = typeof proofRounds.$inferSelect;
export type CheckDismissal = typeof checkDismissals.$inferSelect;
export type CheckTermRow = typeof checkTerms.$inferSelect;
export type StoryReview = typeof storyReviews.$inferSelect;
