import fs from "node:fs";
import path from "node:path";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { openEdition } from "@/db/commands/create-edition";
import { createUser } from "@/db/commands/create-user";
import { loadStarterCheckTerms } from "@/db/commands/load-starter-check-terms";
import { recordAudit } from "@/db/commands/record-audit";
import { publishStories } from "@/db/commands/transition-page";
import { getPageDetail } from "@/db/queries/pages";
import {
  editions,
  pageElements,
  pages,
  pageSnapshots,
  pageTemplates,
  people,
  proofRounds,
  publications,
  sidebars,
  stories,
  storyBylines,
  storyRevisions,
  users,
  type Page,
} from "@/db/schema";
import { autoPlace, type PlacementItem } from "@/lib/copyfit/auto-place";
import { BROADSHEET_GRID, type Rect } from "@/lib/copyfit/grid";
import { copyfitStoryOf } from "@/lib/copyfit/story-input";
import { pageSnapshot } from "@/lib/page-snapshot";
import { parsePageText } from "@/lib/page-text/parse";
import { editionNumbers, type AdSlot } from "@/lib/publication";
import type { ParsedItem } from "@/lib/page-text/types";
import type { Role } from "@/lib/roles";
import type { StoryKind } from "@/lib/story-kinds";
import { env } from "@/lib/env";
import { revisionTextOf, storyTextOfItem } from "@/lib/story-text";
import { storyZi } from "@/lib/story-zi";

export const SEED_FILE = path.join(process.cwd(), "seeds", "liaocheng-news-2019-01.txt");
export const SEED_PUBLICATION = "大众日报";
/** The page text carries no date; 2019-01-09 is our assumption (editable on the edition). */
export const SEED_EDITION_DATE = "2019-01-09";
export const SEED_PAGE_NAME = "聊城新闻";
/** The desk's first night: the edition after the seed's, made from the template, empty. */
export const NEXT_EDITION_DATE = "2019-01-10";
/** The advertisers of the seed page's two ads, in page order (the labels of the template's ad slots). */
export const SEED_ADVERTISERS = ["泸州酒业", "中国农业银行聊城分行"];

export const DEMO_ACCOUNTS: { login: string; name: string; role: Role }[] = [
  { login: "chief", name: "值班总编", role: "chief" },
  { login: "liqiang", name: "李强", role: "editor" },
  { login: "wangfang", name: "王芳", role: "desk_head" },
  { login: "zhaomin", name: "赵敏", role: "proofreader" },
  { login: "limeng", name: "李梦", role: "reporter" },
  { login: "xiaohui", name: "肖会", role: "reporter" },
  { login: "admin", name: "管理员", role: "admin" },
];

/** The first admin a start creates from NEWSDESK_ADMIN_PASSWORD when the database has no account. */
export const FIRST_ADMIN = { login: "admin", name: "管理员", role: "admin" as const };

export interface SeedReport {
  usersCreated: string[];
  /** No account exists after loading: someone must create the first admin (`npm run user:add`). */
  noAccounts: boolean;
  editionCreated: boolean;
  /** The seed page signed and released (付印) as printed; `signedBy` the chief who signed, null for none (docs/TEMPLATES.md). */
  printed: { signedBy: string | null } | null;
  /** The next edition made from the template (NEXT_EDITION_DATE), on first load. */
  nextEditionCreated: boolean;
  stories: number;
  elements: number;
  warnings: string[];
}

export interface SeedOptions {
  demo?: boolean;
  password?: string;
  adminPassword?: string;
  file?: string;
  /**
   * Load the page as the printed page it is (default): stories published, page signed and released. False
   * leaves it in layout with its stories approved — only for tests about something else that need the
   * seed's real stories on a page they may still change (db/test-db.ts makeSeededDb).
   */
  printed?: boolean;
}

/**
 * Loads the seed edition, and the demo accounts only when asked (`demo`: their password is public). A
 * database without any account gets the first admin when `adminPassword` is given. On first load the seed
 * page also becomes the template's page 聊城新闻, is signed and released as printed, and the next edition
 * (2019-01-10) is made from the template. Idempotent: an existing login or edition is left exactly as it is
 * (never duplicated, never overwritten).
 */
export async function loadSeed(db: Db, opts: SeedOptions = {}): Promise<SeedReport> {
  const report: SeedReport = { usersCreated: [], noAccounts: false, editionCreated: false, printed: null, nextEditionCreated: false, stories: 0, elements: 0, warnings: [] };

  if (opts.demo) {
    const password = opts.password ?? env().NEWSDESK_DEMO_PASSWORD;
    for (const account of DEMO_ACCOUNTS) {
      const exists = db.select({ id: users.id }).from(users).where(eq(users.login, account.login)).get();
      if (exists) continue;
      await createUser(db, { ...account, password });
      report.usersCreated.push(account.login);
    }
  }
  const anyAccount = () => db.select({ id: users.id }).from(users).limit(1).get() !== undefined;
  if (opts.adminPassword && !anyAccount()) {
    await createUser(db, { ...FIRST_ADMIN, password: opts.adminPassword });
    report.usersCreated.push(FIRST_ADMIN.login);
  }
  report.noAccounts = !anyAccount();

  const parsed = parsePageText(fs.readFileSync(opts.file ?? SEED_FILE, "utf8"));
  report.warnings = parsed.warnings;

  db.transaction((tx) => {
    const publication =
      tx.select().from(publications).where(eq(publications.name, SEED_PUBLICATION)).get() ??
      tx.insert(publications).values({ name: SEED_PUBLICATION }).returning().get();
    const existing = tx
      .select({ id: editions.id })
      .from(editions)
      .where(and(eq(editions.publicationId, publication.id), eq(editions.date, SEED_EDITION_DATE)))
      .get();
    if (existing) return;

    const edition = tx
      .insert(editions)
      .values({
        publicationId: publication.id,
        date: SEED_EDITION_DATE,
        note: "版面原文未载日期，暂定 2019-01-09（可修改）",
        ...editionNumbers(SEED_EDITION_DATE, undefined, publication),
        proofRounds: publication.proofRounds,
      })
      .returning()
      .get();
    const editor = parsed.responsibleEditor
      ? tx.select({ id: users.id }).from(users).where(eq(users.name, parsed.responsibleEditor)).get()
      : undefined;
    const page = tx
      .insert(pages)
      .values({ editionId: edition.id, number: 1, name: SEED_PAGE_NAME, state: "layout", responsibleEditorId: editor?.id })
      .returning()
      .get();
    const fixed = fixedElements(parsed.items);
    insertSeedTemplate(tx, publication.id, fixed, editor?.id ?? null);

    const storyItems = parsed.items.filter((i) => i.kind === "story" || i.kind === "photo" || i.kind === "brief");
    const placementItems: PlacementItem[] = [];
    storyItems.forEach((item, index) => {
      const storyId = insertSeedStory(tx, item, { editionId: edition.id, pageId: page.id, position: index + 1 });
      placementItems.push({ id: String(storyId), kind: item.kind === "photo" ? "photo" : "story", story: copyfitStoryOf(storyTextOfItem(item)) });
    });
    report.stories = storyItems.length;

    for (const box of fixed) {
      tx.insert(pageElements)
        .values({ pageId: page.id, kind: box.kind, ...box.rect, text: box.text, label: box.label, locked: box.kind === "ad" })
        .run();
    }
    const { placed, unplaced } = autoPlace(
      placementItems,
      fixed.map((f, i) => ({ id: `fixed-${i}`, rect: f.rect, kind: f.kind })),
      BROADSHEET_GRID,
    );
    for (const p of placed) {
      const item = placementItems.find((i) => i.id === p.id)!;
      tx.insert(pageElements)
        .values({ pageId: page.id, kind: item.kind === "photo" ? "photo" : "story", storyId: Number(p.id), ...p.rect })
        .run();
    }
    for (const u of unplaced) report.warnings.push(`story ${u.id} not placed on page 1: ${u.reason}`);
    report.elements = fixed.length + placed.length;
    recordAudit(tx, { actorId: null, entityType: "edition", entityId: edition.id, action: "seed", toState: "loaded" });
    report.editionCreated = true;
    if (opts.printed !== false) report.printed = signAndReleaseAsPrinted(tx, page);
    const nextTaken = tx.select({ id: editions.id }).from(editions).where(and(eq(editions.publicationId, publication.id), eq(editions.date, NEXT_EDITION_DATE))).get();
    if (!nextTaken) {
      openEdition(tx, { date: NEXT_EDITION_DATE, actor: { id: null } });
      report.nextEditionCreated = true;
    }
  });
  // 机检: the starter word lists, once (docs/CHECK.md)
  loadStarterCheckTerms(db);
  return report;
}

/**
 * The template's page 聊城新闻 as the seed page is set: its grid, page strip, footer lines and the two ad
 * slots where the seed's ads stand (their copy as the slots' default), its 责任编辑 when that account exists.
 * Left alone when the template already has a page 1.
 */
function insertSeedTemplate(tx: Tx, publicationId: number, fixed: FixedElement[], responsibleEditorId: number | null): void {
  const taken = tx.select({ id: pageTemplates.id }).from(pageTemplates).where(and(eq(pageTemplates.publicationId, publicationId), eq(pageTemplates.number, 1))).get();
  if (taken) return;
  const strip = fixed.find((f) => f.label === "masthead")!;
  const footer = fixed.find((f) => f.label === "footer")!;
  const adSlots: AdSlot[] = fixed.filter((f) => f.kind === "ad").map((f) => ({ label: f.label, text: f.text, ...f.rect }));
  const row = tx
    .insert(pageTemplates)
    .values({
      publicationId,
      number: 1,
      name: SEED_PAGE_NAME,
      responsibleEditorId,
      gridColumns: BROADSHEET_GRID.columns,
      charsPerColumn: BROADSHEET_GRID.charsPerColumn,
      gutterChars: BROADSHEET_GRID.gutterChars,
      linesPerColumn: BROADSHEET_GRID.linesPerColumn,
      stripLines: strip.rect.heightLines,
      footerLines: footer.rect.heightLines,
      footerText: footer.text,
      adSlots,
    })
    .returning({ id: pageTemplates.id })
    .get();
  recordAudit(tx, { actorId: null, entityType: "page_template", entityId: row.id, action: "seed", reason: `第 1 版 ${SEED_PAGE_NAME}` });
}

/**
 * 三校 of the printed page (docs/PROOFING.md "The seed page"): it was proofread on paper before Newsdesk. Like its
 * signature, each round of its edition is recorded as signed by the first active proofreader when one exists (the
 * demo's 赵敏); on a production first start there is none and no round row is written (a round names the person
 * who signed it; the loader invents no one) — the audit keeps one `proof-round` step per round with no actor.
 * The page is released, so nothing checks its rounds again. Returns the audit steps.
 */
function proofreadAsPrinted(tx: Tx, page: Page, now: string) {
  const proofreader = tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "proofreader"), isNull(users.disabledAt)))
    .orderBy(asc(users.id))
    .limit(1)
    .get();
  const { rounds } = tx.select({ rounds: editions.proofRounds }).from(editions).where(eq(editions.id, page.editionId)).get()!;
  const steps = [];
  for (let round = 1; round <= rounds; round++) {
    if (proofreader) tx.insert(proofRounds).values({ pageId: page.id, round, signedById: proofreader.id, signedAt: now }).run();
    steps.push({ action: "proof-round", fromState: null, toState: null, actorId: proofreader?.id ?? null, reason: String(round) });
  }
  return steps;
}

/**
 * The seed page was printed: it goes the way every page goes to print — submitted, signed (签版: the frozen
 * snapshot and its hash, exactly as transitionPage takes them) and released (付印: its approved stories
 * published, each with revision and audit row). Signed by the first active chief when one exists (the demo's
 * 值班总编); on a production first start there is none, so the signature records no person (signed_by_id
 * null, audit actor null: the seed loader, for a page signed off before Newsdesk existed).
 */
function signAndReleaseAsPrinted(tx: Tx, page: Page): { signedBy: string | null } {
  const chief = tx
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.role, "chief"), isNull(users.disabledAt)))
    .orderBy(asc(users.id))
    .limit(1)
    .get();
  const signerId = chief?.id ?? null;
  const snapshot = pageSnapshot(getPageDetail(tx, { id: page.id })!);
  const now = new Date().toISOString();
  tx.insert(pageSnapshots).values({ pageId: page.id, hash: snapshot.hash, content: snapshot.content, signedById: signerId, createdAt: now }).run();
  tx.update(pages)
    .set({ state: "released", version: page.version + 3, signedById: signerId, signedAt: now, snapshotHash: snapshot.hash, updatedAt: now })
    .where(eq(pages.id, page.id))
    .run();
  const steps = [
    { action: "submit", fromState: "layout", toState: "submitted", actorId: page.responsibleEditorId, reason: null },
    ...proofreadAsPrinted(tx, page, now),
    { action: "sign", fromState: "submitted", toState: "signed", actorId: signerId, reason: `sha256:${snapshot.hash}` },
    { action: "release", fromState: "signed", toState: "released", actorId: signerId, reason: "印刷原版 (the printed page, loaded by the seed)" },
  ];
  for (const step of steps) recordAudit(tx, { entityType: "page", entityId: page.id, ...step });
  publishStories(tx, page, { id: signerId, role: "chief" });
  return { signedBy: chief?.name ?? null };
}

const KIND_OF_ITEM: Record<string, StoryKind> = { story: "article", photo: "photo", brief: "brief" };

function insertSeedStory(tx: Tx, item: ParsedItem, at: { editionId: number; pageId: number; position: number }): number {
  const slug = item.headline ?? `图片新闻：${item.paragraphs[0]?.slice(0, 16) ?? ""}`;
  const story = tx
    .insert(stories)
    .values({
      editionId: at.editionId,
      pageId: at.pageId,
      position: at.position,
      slug,
      kind: KIND_OF_ITEM[item.kind] ?? "article",
      status: "approved", // they were printed
      kicker: item.kicker,
      headline: item.headline,
      subheadline: item.subheadline,
      dateline: item.dateline,
      body: item.paragraphs,
      zi: storyZi({ body: item.paragraphs, sidebars: item.sidebars }),
      continues: item.continues,
      section: SEED_PAGE_NAME,
    })
    .returning({ id: stories.id })
    .get();
  item.sidebars.forEach((s, i) =>
    tx.insert(sidebars).values({ storyId: story.id, position: i + 1, title: s.title, paragraphs: s.paragraphs }).run(),
  );
  (item.byline?.people ?? []).forEach((person, i) =>
    tx.insert(storyBylines).values({ storyId: story.id, personId: personIdFor(tx, person.name), role: person.role, position: i + 1 }).run(),
  );
  tx.insert(storyRevisions)
    .values({
      storyId: story.id,
      number: 1,
      storyVersion: 1,
      cause: "seed",
      content: revisionTextOf(storyTextOfItem(item)),
    })
    .run();
  recordAudit(tx, { actorId: null, entityType: "story", entityId: story.id, action: "seed", toState: "approved" });
  return story.id;
}

/** The byline person of that name: the staff member's own person when one exists, else one without login. */
function personIdFor(tx: Tx, name: string): number {
  const all = tx.select({ id: people.id, userId: people.userId }).from(people).where(eq(people.name, name)).all();
  const found = all.find((p) => p.userId !== null) ?? all[0];
  if (found) return found.id;
  return tx.insert(people).values({ name }).returning({ id: people.id }).get().id;
}

interface FixedElement {
  kind: "ad" | "furniture";
  label: string;
  rect: Rect;
  text: string;
}

/**
 * Where the seed page's fixed material goes: the page strip across the top, the two ads side by side
 * above the footer, the footer (notices, legal adviser, 责任编辑) across the bottom.
 */
function fixedElements(items: ParsedItem[]): FixedElement[] {
  const { columns, linesPerColumn } = BROADSHEET_GRID;
  const ads = items.filter((i) => i.kind === "ad");
  const furniture = items.filter((i) => i.kind === "furniture").map((i) => i.text ?? "");
  const footerLines = 4;
  const adHeight = 14;
  const adTop = linesPerColumn - footerLines - adHeight + 1;
  const adSpan = Math.floor(columns / Math.max(ads.length, 1));
  return [
    { kind: "furniture", label: "masthead", rect: { firstColumn: 1, columnSpan: columns, topLine: 1, heightLines: 4 }, text: SEED_PAGE_NAME },
    ...ads.map((ad, i) => ({
      kind: "ad" as const,
      label: SEED_ADVERTISERS[i] ?? `广告 ${i + 1}`,
      rect: { firstColumn: 1 + i * adSpan, columnSpan: i === ads.length - 1 ? columns - i * adSpan : adSpan, topLine: adTop, heightLines: adHeight },
      text: ad.text ?? "",
    })),
    {
      kind: "furniture",
      label: "footer",
      rect: { firstColumn: 1, columnSpan: columns, topLine: linesPerColumn - footerLines + 1, heightLines: footerLines },
      text: furniture.join("\n"),
    },
  ];
}

