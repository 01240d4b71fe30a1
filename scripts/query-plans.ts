/**
 * npm run bench:plans — EXPLAIN QUERY PLAN of every statement the hot paths run, written under "## Query plans"
 * in docs/BENCHMARKS.md (the rest of that file is scripts/bench.ts's). The statements are not copied here:
 * each hot path runs for real against the seed in a temporary database through a logging connection, so the
 * plans shown are those of the code as it is. A plan step that scans a table or sorts in a temporary B-tree
 * is marked ⚠ (bounded ones are explained in the notes).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { eq } from "drizzle-orm";
import { openDb, runMigrations, type Db } from "@/db/client";
import * as schema from "@/db/schema";
import { createStory } from "@/db/commands/create-story";
import { markNotificationsRead } from "@/db/commands/mark-notifications-read";
import { savePageLayout } from "@/db/commands/save-page-layout";
import { updateStory } from "@/db/commands/update-story";
import { listCarryOverCandidates } from "@/db/queries/carry-over-candidates";
import { getEditionInHand } from "@/db/queries/edition-in-hand";
import { listEditionSummaries, listEditionSummariesBetween, neighbourEditionMonths, newestEditionDate } from "@/db/queries/edition-list";
import { getLatestEdition, listEarlierEditions, listPagesWithState } from "@/db/queries/editions";
import { getPageDetail, listEditionPageDetails, listEditionPageLinks } from "@/db/queries/pages";
import { listBudget, listEarlierStoriesOfUser, listOpenAssignmentsOfUser, listStoriesOfUserInEdition } from "@/db/queries/stories";
import { getStoryForUser } from "@/db/queries/story-for-user";
import { listComments, listEditionAudit, listNotifications, listRevisions, listStoryAudit } from "@/db/queries/story-history";
import { listDeskQueues } from "@/db/queries/desk-queues";
import { listEditionPageAudit } from "@/db/queries/edition-page-audit";
import { listNotificationsWithLinks } from "@/db/queries/notifications";
import { errorRateReport } from "@/db/queries/error-rate";
import { loadSeed, SEED_EDITION_DATE } from "@/seeds/load-seed";

const DOC = path.join(process.cwd(), "docs", "BENCHMARKS.md");
const HEADING = "## Query plans";

type Captured = { sql: string; params: unknown[] };

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-plans-"));
  try {
    const { db: plain, sqlite } = openDb(path.join(dir, "plans.db"));
    runMigrations(plain);
    // the seed page before print: the layout save below needs a page that is not frozen
    await loadSeed(plain, { demo: true, password: "password-1", printed: false });
    let captured: Captured[] = [];
    const db = drizzle(sqlite, { schema, logger: { logQuery: (sql, params) => captured.push({ sql, params }) } }) as unknown as Db;
    const user = (login: string) => plain.select().from(schema.users).where(eq(schema.users.login, login)).get()!;
    const reporter = user("limeng");
    const editor = user("liqiang");
    const chief = user("chief");
    const page = plain.select().from(schema.pages).where(eq(schema.pages.number, 1)).get()!;
    const edition = getLatestEdition(plain)!;
    const own = createStory(plain, { editionDate: SEED_EDITION_DATE, slug: "计划", kind: "article", actor: reporter });

    const cases: { name: string; route: string; run: () => unknown }[] = [
      { name: "Budget", route: "GET /api/stories?edition=…, the SSR budget", run: () => listBudget(db, { editionDate: SEED_EDITION_DATE }) },
      { name: "Budget filtered by person", route: "GET /api/stories?edition=…&person=…", run: () => listBudget(db, { editionDate: SEED_EDITION_DATE, personId: 1 }) },
      { name: "Budget page links", route: "SSR /editions/:date", run: () => listEditionPageLinks(db, { date: SEED_EDITION_DATE }) },
      { name: "Story read (with “is it on a signed page?”)", route: "GET /api/stories/:id, SSR /stories/:id", run: () => getStoryForUser(db, { id: 1, user: editor }) },
      {
        name: "Story save (version-checked)",
        route: "PATCH /api/stories/:id",
        run: () => {
          const story = getStoryForUser(plain, { id: own.id, user: reporter })!;
          captured = [];
          updateStory(db, { storyId: own.id, baseVersion: story.version, actor: reporter, content: { kicker: null, headline: "计划", subheadline: null, dateline: null, body: [`第${story.version}稿`], sidebars: [], bylines: [{ name: reporter.name, role: "reporter" }] } });
        },
      },
      { name: "Page read (boxes, fit, 转版, unplaced list)", route: "GET /api/pages/:id, SSR page view and layout editor", run: () => getPageDetail(db, { id: page.id, viewer: editor }) },
      {
        name: "Layout save",
        route: "PUT /api/pages/:id/layout",
        run: () => {
          const current = getPageDetail(plain, { id: page.id })!;
          captured = [];
          savePageLayout(db, { pageId: page.id, baseVersion: current.version, actor: editor, elements: current.elements.map(({ pageId: _p, fit: _f, flowStart: _s, jumpTo: _t, jumpFrom: _j, story: _st, ...e }) => e) });
        },
      },
      { name: "Flatplan", route: "GET /api/editions/:date/pages, SSR /editions/:date/pages", run: () => listEditionPageDetails(db, { date: SEED_EDITION_DATE }) },
      { name: "Notifications poll", route: "GET /api/notifications", run: () => listNotifications(db, { userId: editor.id }) },
      { name: "Notifications marked read", route: "POST /api/notifications", run: () => markNotificationsRead(db, { userId: editor.id }) },
      { name: "Desk header: the edition in hand", route: "every desk page", run: () => getEditionInHand(db, { today: "2026-12-01" }) },
      { name: "Editions list", route: "SSR /editions", run: () => [listEditionSummaries(db, {}), newestEditionDate(db)] },
      {
        name: "Editions calendar",
        route: "SSR /editions?view=calendar",
        run: () => [listEditionSummariesBetween(db, { from: "2019-01-01", to: "2019-02-01" }), neighbourEditionMonths(db, { from: "2019-01-01", to: "2019-02-01" })],
      },
      { name: "Carry-over list", route: "GET /api/editions/carry-over", run: () => listCarryOverCandidates(db, { date: "2019-01-10", before: { date: "2019-01-09", id: 1000 } }) },
      { name: "Chief's dashboard", route: "SSR /", run: () => [listPagesWithState(db, { editionId: edition.id }), listEarlierEditions(db, { before: edition.date })] },
      {
        name: "Reporter's dashboard",
        route: "SSR /",
        run: () => [
          listOpenAssignmentsOfUser(db, { userId: reporter.id }),
          listStoriesOfUserInEdition(db, { userId: reporter.id, editionId: edition.id }),
          listEarlierStoriesOfUser(db, { userId: reporter.id, exceptEditionId: edition.id, before: 1000 }),
        ],
      },
      { name: "Revisions list", route: "GET /api/stories/:id/revisions", run: () => listRevisions(db, { storyId: 1, before: 10 }) },
      { name: "Story audit", route: "GET /api/stories/:id/audit", run: () => listStoryAudit(db, { storyId: 1, after: 1 }) },
      { name: "Comments", route: "GET /api/stories/:id/comments", run: () => listComments(db, { storyId: 1 }) },
      { name: "Edition audit", route: "GET /api/editions/:date/audit, SSR /editions/:date/audit", run: () => listEditionAudit(db, { date: SEED_EDITION_DATE, before: 1000 }) },
      { name: "Edition audit: page events", route: "SSR /editions/:date/audit", run: () => listEditionPageAudit(db, { date: SEED_EDITION_DATE, before: 1000 }) },
      { name: "Queues: chief (and editor)", route: "GET /api/queues, SSR /", run: () => listDeskQueues(db, { user: chief }) },
      { name: "Queues: reporter", route: "GET /api/queues, SSR /", run: () => listDeskQueues(db, { user: reporter }) },
      { name: "Notifications with their links", route: "GET /api/notifications", run: () => listNotificationsWithLinks(db, { userId: editor.id }) },
      { name: "差错率 by edition (month alike)", route: "GET /api/reports/error-rate, SSR /reports/error-rate", run: () => errorRateReport(db, { from: "2019-01-01", to: "2019-12-31", by: "edition" }) },
      { name: "差错率 by page (责任编辑 alike)", route: "GET /api/reports/error-rate?by=page|editor, the exports", run: () => errorRateReport(db, { from: "2019-01-01", to: "2019-12-31", by: "page" }) },
      { name: "差错率 by reporter", route: "GET /api/reports/error-rate?by=reporter, the exports", run: () => errorRateReport(db, { from: "2019-01-01", to: "2019-12-31", by: "reporter" }) },
    ];

    const sections: string[] = [];
    let warnings = 0;
    for (const c of cases) {
      captured = [];
      c.run();
      const seen = new Set<string>();
      const blocks: string[] = [];
      for (const { sql, params } of captured) {
        if (seen.has(sql) || /^(begin|commit|rollback|savepoint|release)/i.test(sql)) continue;
        seen.add(sql);
        const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params.map(bindable)) as { id: number; parent: number; detail: string }[];
        const depth = new Map<number, number>([[0, 0]]);
        const lines = plan.map((row) => {
          const d = (depth.get(row.parent) ?? 0) + 1;
          depth.set(row.id, d);
          const flag = isWarning(row.detail) ? " ⚠" : "";
          if (flag) warnings++;
          return `${"  ".repeat(d - 1)}${row.detail}${flag}`;
        });
        blocks.push(["```sql", sql, "```", "```", ...(lines.length ? lines : ["(no table access)"]), "```"].join("\n"));
      }
      sections.push([`### ${c.name}`, "", `${c.route} — ${seen.size} statement${seen.size === 1 ? "" : "s"}`, "", ...blocks.flatMap((b) => [b, ""])].join("\n"));
    }

    const body = [
      HEADING,
      "",
      "`npm run bench:plans` (scripts/query-plans.ts) runs each hot path once against the seed through a logging",
      "connection and prints SQLite's `EXPLAIN QUERY PLAN` of every statement it sent. ⚠ marks a full scan or a",
      `temporary B-tree (${warnings} here). Those left are bounded: the desk header's edition in hand walks the`,
      "date index forwards from today (future editions only), then reads the partial index of pages not yet released",
      "(open work only) and the newest 400 editions for one without pages; the editions list and calendar group the",
      "pages of at most 30 / 31 editions; the carry-over list scans the partial index of unfinished stories (open work,",
      "not the archive) and sorts those; the open assignments sort only the user's",
      "assignments still in assigned/returned (at most 50 shown); the edition audit sorts the events of one",
      "edition's stories (≤ 500) found by index, never every story event. Measured with no `ANALYZE` statistics,",
      "as the app runs.",
      "",
      ...sections,
    ].join("\n");
    writeSection(body.trimEnd() + "\n");
    console.log(`query plans of ${cases.length} hot paths written to ${path.relative(process.cwd(), DOC)} (${warnings} ⚠)`);
    sqlite.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function bindable(v: unknown): unknown {
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof Date) return v.toISOString();
  return v;
}

function isWarning(detail: string): boolean {
  return /^SCAN (?!CONSTANT)/.test(detail) || detail.includes("TEMP B-TREE");
}

/** Replaces this script's section of docs/BENCHMARKS.md (from its heading to the next "## "), or appends it. */
function writeSection(section: string) {
  const doc = fs.existsSync(DOC) ? fs.readFileSync(DOC, "utf8") : "# Benchmarks\n";
  const start = doc.indexOf(`\n${HEADING}\n`);
  if (start === -1) {
    fs.writeFileSync(DOC, `${doc.trimEnd()}\n\n${section}`);
    return;
  }
  const rest = doc.slice(start + 1 + HEADING.length);
  const next = rest.search(/\n## /);
  const after = next === -1 ? "" : rest.slice(next + 1);
  fs.writeFileSync(DOC, `${doc.slice(0, start + 1)}${section}${after ? `\n${after}` : ""}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
