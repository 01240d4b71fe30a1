/**
 * `npm run bench -- generate --stories 100000 [--out data/bench/100k.db]`: fills a database with realistic
 * data, fast. The schema is the one the migrations create (runMigrations first, then the seed and the demo
 * accounts); then editions × 16 pages × 8 stories of Chinese text (200–3,000 字, paragraphs of the seed page),
 * bylines, 2–4 revisions, comments, laid-out pages, signed and released older editions (with their frozen
 * snapshots and hashes, as signing stores them), notifications and audit rows, written on one better-sqlite3
 * connection with prepared statements in big transactions (synchronous OFF while generating).
 *
 * The newest edition (today, UTC) is in progress: pages in planning/layout/submitted, stories in every open
 * state, two of each page's eight not placed yet. The one before is signed, not released. All older
 * editions are released: pages signed by the chief, stories published. A sidecar `<out>.json` says what
 * was made (dates, ids the HTTP benchmark uses).
 */
import fs from "node:fs";
import path from "node:path";
import { openDb, runMigrations } from "@/db/client";
import { rebuildSearchIndex } from "@/db/commands/rebuild-search-index";
import { storyZi } from "@/lib/story-zi";
import { loadSeed, NEXT_EDITION_DATE, SEED_EDITION_DATE, SEED_FILE } from "@/seeds/load-seed";
import { parsePageText } from "@/lib/page-text/parse";
import { countZi } from "@/lib/cjk/count-zi";
import { pageSnapshot, type PageToSign } from "@/lib/page-snapshot";
import { BROADSHEET_GRID } from "@/lib/copyfit/grid";
import { seededRandom as rng } from "@/lib/seeded-random";

export interface GenerateOptions {
  stories: number;
  out: string;
  /** deterministic data for a given seed */
  seed?: number;
  quiet?: boolean;
  /**
   * Stories, bylines, pages and audit only: no revisions, comments, notifications or signed snapshots (about a
   * tenth of the size: 1M full stories take some 35 GB). For the search benchmark (scripts/bench/search.ts).
   */
  lean?: boolean;
}

export interface GeneratedMeta {
  stories: number;
  editions: number;
  pages: number;
  revisions: number;
  /** the edition in progress (budget, flatplan, saves) */
  currentDate: string;
  /** a released edition in the middle of history */
  oldDate: string;
  /** stories of the current edition the editor may save (not frozen, not published) */
  editableStoryIds: number[];
  /** a placed story of the current edition's page 1 */
  readStoryId: number;
  seconds: number;
}

export const STORIES_PER_PAGE = 8;
export const PAGES_PER_EDITION = 16;
const PAGE_NAMES = ["要闻", "要闻", "聊城新闻", "聊城新闻", "经济", "经济", "社会", "社会", "文化", "教育", "体育", "国际", "国内", "评论", "副刊", "专版"];
const SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎";
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞建国志宏海波晓东";
const DATELINES = ["本报讯", "本报聊城讯", "本报东阿讯", "本报临清讯", "本报高唐讯", "本报冠县讯", "本报莘县讯", "本报阳谷讯", "新华社北京电"];
const KICKERS = ["聚焦高质量发展", "新春走基层", "优化营商环境", "乡村振兴进行时", null, null, null];


function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function progress(label: string, done: number, total: number, started: number, quiet?: boolean) {
  if (quiet) return;
  const width = 30;
  const f = total === 0 ? 1 : done / total;
  const secs = (Date.now() - started) / 1000;
  const rate = done / Math.max(secs, 0.001);
  const eta = rate > 0 ? (total - done) / rate : 0;
  const bar = "█".repeat(Math.round(f * width)).padEnd(width, "░");
  process.stderr.write(
    `\r${label} ${bar} ${(f * 100).toFixed(1).padStart(5)}%  ${done.toLocaleString("en")}/${total.toLocaleString("en")} stories  ${Math.round(rate).toLocaleString("en")}/s  ETA ${Math.round(eta)}s   `,
  );
}

export async function generate(opts: GenerateOptions): Promise<GeneratedMeta> {
  const started = Date.now();
  const rand = rng(opts.seed ?? 8);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

  for (const suffix of ["", "-wal", "-shm", ".json"]) fs.rmSync(opts.out + suffix, { force: true });
  fs.mkdirSync(path.dirname(opts.out), { recursive: true });
  const { db, sqlite } = openDb(opts.out);
  runMigrations(db);
  await loadSeed(db, { demo: true });
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("cache_size = -262144"); // 256 MB
  sqlite.pragma("temp_store = MEMORY");
  sqlite.pragma("foreign_keys = OFF"); // every reference below is to a row written before it
  // The search index's triggers rebuild a story's row on its insert and again on each byline's (about 1.7 ms
  // a story at 1M): off while generating, and the index is built in one pass at the end (indexStories).
  const searchTriggers = sqlite.prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'story_search_%'").all();
  for (const t of searchTriggers) sqlite.exec(`DROP TRIGGER "${t.name}"`);

  // ── The seed's text, cut into pools ────────────────────────────────────
  const parsed = parsePageText(fs.readFileSync(SEED_FILE, "utf8"));
  const seedStories = parsed.items.filter((i) => i.kind === "story" || i.kind === "photo" || i.kind === "brief");
  const paragraphs = [...new Set(seedStories.flatMap((s) => s.paragraphs))].filter((p) => countZi(p) >= 20);
  const paragraphZi = paragraphs.map((p) => countZi(p));
  const headlines = seedStories.flatMap((s) => (s.headline ? [s.headline] : []));
  const subheadlines = [...seedStories.flatMap((s) => (s.subheadline ? [s.subheadline] : [])), "——来自基层一线的报道", "全年目标任务全面完成", "群众办事“最多跑一次”"];

  // ── People: the demo accounts plus a newsroom of reporters and editors, and correspondents ──
  const q = <T = unknown>(sql: string) => sqlite.prepare<unknown[], T>(sql);
  const demo = Object.fromEntries(q<{ login: string; id: number }>("SELECT login, id FROM users").all().map((u) => [u.login, u.id]));
  const hash = q<{ password_hash: string }>("SELECT password_hash FROM users WHERE login = 'limeng'").get()!.password_hash;
  const insUser = q("INSERT INTO users (login, name, role, password_hash) VALUES (?, ?, ?, ?)");
  const insPerson = q("INSERT INTO people (name, user_id) VALUES (?, ?)");
  const personOfUser = q<{ id: number }>("SELECT id FROM people WHERE user_id = ?");
  interface Staff {
    userId: number;
    personId: number;
    name: string;
  }
  const reporters: Staff[] = [];
  const editors: Staff[] = [];
  const correspondents: { personId: number; name: string }[] = [];
  const usedNames = new Set(q<{ name: string }>("SELECT name FROM people").all().map((p) => p.name));
  const freshName = () => {
    for (;;) {
      const n = pick([...SURNAMES]) + pick([...GIVEN]) + (rand() < 0.6 ? pick([...GIVEN]) : "");
      if (!usedNames.has(n)) {
        usedNames.add(n);
        return n;
      }
    }
  };
  sqlite.transaction(() => {
    for (const login of ["limeng", "xiaohui"]) {
      const name = q<{ name: string }>("SELECT name FROM users WHERE id = ?").get(demo[login])!.name;
      reporters.push({ userId: demo[login], personId: personOfUser.get(demo[login])!.id, name });
    }
    editors.push({ userId: demo.liqiang, personId: personOfUser.get(demo.liqiang)!.id, name: "李强" });
    for (let i = 1; i <= 30; i++) {
      const name = freshName();
      const userId = Number(insUser.run(`reporter${i}`, name, "reporter", hash).lastInsertRowid);
      reporters.push({ userId, personId: Number(insPerson.run(name, userId).lastInsertRowid), name });
    }
    for (let i = 1; i <= 7; i++) {
      const name = freshName();
      const userId = Number(insUser.run(`editor${i}`, name, "editor", hash).lastInsertRowid);
      editors.push({ userId, personId: Number(insPerson.run(name, userId).lastInsertRowid), name });
    }
    for (let i = 0; i < 120; i++) {
      const name = freshName();
      correspondents.push({ personId: Number(insPerson.run(name, null).lastInsertRowid), name });
    }
  })();
  const chiefId = demo.chief;
  const publicationId = q<{ id: number }>("SELECT id FROM publications ORDER BY id LIMIT 1").get()!.id;

  // ── Statements ─────────────────────────────────────────────────────────
  const insEdition = q("INSERT INTO editions (publication_id, date, created_at) VALUES (?, ?, ?)");
  const insPage = q(
    "INSERT INTO pages (edition_id, number, name, state, responsible_editor_id, version, signed_by_id, signed_at, snapshot_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const setPageHash = q("UPDATE pages SET snapshot_hash = ? WHERE id = ?");
  // 字数 is stored on the row (the budget never reads a body), as applyContent writes it.
  const insStory = q(
    `INSERT INTO stories (edition_id, page_id, position, slug, kind, status, kicker, headline, subheadline, dateline, body, section,
       target_length, version, passed_by_id, created_by_id, created_at, updated_at, zi) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insByline = q("INSERT INTO story_bylines (story_id, person_id, role, position) VALUES (?, ?, ?, ?)");
  const insAssignee = q("INSERT INTO story_assignees (story_id, user_id) VALUES (?, ?)");
  const insRevision = q("INSERT INTO story_revisions (story_id, number, story_version, author_id, cause, content, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
  const insComment = q("INSERT INTO comments (story_id, parent_id, author_id, body, resolved_at, created_at) VALUES (?, ?, ?, ?, ?, ?)");
  const insNotification = q("INSERT INTO notifications (user_id, story_id, kind, params, read_at, created_at) VALUES (?, ?, ?, ?, ?, ?)");
  const insElement = q(
    "INSERT INTO page_elements (page_id, kind, story_id, first_column, column_span, top_line, height_lines, headline_size, locked, text, label) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const insSnapshot = q("INSERT INTO page_snapshots (page_id, hash, content, signed_by_id, created_at) VALUES (?, ?, ?, ?, ?)");
  const insAudit = q("INSERT INTO audit_events (actor_id, entity_type, entity_id, action, from_state, to_state, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");

  // Eight story boxes on the 8 × 100 grid under the page strip (lines 1–4) and above the footer (97–100).
  const BOXES = [
    { firstColumn: 1, columnSpan: 5, topLine: 5, heightLines: 36, headlineSize: "large" },
    { firstColumn: 6, columnSpan: 3, topLine: 5, heightLines: 36, headlineSize: "medium" },
    { firstColumn: 1, columnSpan: 3, topLine: 41, heightLines: 28, headlineSize: "medium" },
    { firstColumn: 4, columnSpan: 3, topLine: 41, heightLines: 28, headlineSize: "medium" },
    { firstColumn: 7, columnSpan: 2, topLine: 41, heightLines: 28, headlineSize: "small" },
    { firstColumn: 1, columnSpan: 3, topLine: 69, heightLines: 28, headlineSize: "medium" },
    { firstColumn: 4, columnSpan: 3, topLine: 69, heightLines: 28, headlineSize: "small" },
    { firstColumn: 7, columnSpan: 2, topLine: 69, heightLines: 28, headlineSize: "small" },
  ] as const;
  const grid = { columns: BROADSHEET_GRID.columns, charsPerColumn: BROADSHEET_GRID.charsPerColumn, gutterChars: BROADSHEET_GRID.gutterChars, linesPerColumn: BROADSHEET_GRID.linesPerColumn };

  const total = opts.stories;
  const perEdition = STORIES_PER_PAGE * PAGES_PER_EDITION;
  const editionCount = Math.max(1, Math.ceil(total / perEdition));
  const today = new Date(`${isoDate(new Date())}T00:00:00Z`);
  const dates: string[] = [];
  for (let back = 0; dates.length < editionCount; back++) {
    const d = isoDate(new Date(today.getTime() - back * 86_400_000));
    if (d !== SEED_EDITION_DATE && d !== NEXT_EDITION_DATE) dates.push(d);
  }
  dates.reverse(); // oldest first; the last is today

  const meta: GeneratedMeta = {
    stories: 0,
    editions: editionCount,
    pages: 0,
    revisions: 0,
    currentDate: dates.at(-1)!,
    oldDate: dates[Math.floor(dates.length / 2)],
    editableStoryIds: [],
    readStoryId: 0,
    seconds: 0,
  };
  const OPEN_STATES = ["assigned", "draft", "filed", "edited", "approved", "returned"] as const;

  let made = 0;
  const writeEdition = sqlite.transaction((ei: number) => {
    const date = dates[ei];
    const isCurrent = ei === editionCount - 1;
    const isSignedOnly = ei === editionCount - 2;
    const day = Date.parse(`${date}T00:00:00Z`);
    const at = (hours: number) => new Date(day - 86_400_000 + hours * 3_600_000).toISOString();
    const editionId = Number(insEdition.run(publicationId, date, at(8)).lastInsertRowid);
    insAudit.run(chiefId, "edition", editionId, "create", null, null, date, at(8));
    let position = 0;
    // the oldest edition takes the remainder, so the current one is always full (16 × 8)
    const editionStories = ei === 0 ? total - (editionCount - 1) * perEdition : perEdition;
    for (let pn = 1; pn <= PAGES_PER_EDITION && position < editionStories; pn++) {
      const editor = editors[(pn - 1) % editors.length];
      const pageState = isCurrent ? (pn <= 2 ? "submitted" : pn >= 15 ? "planning" : "layout") : isSignedOnly ? "signed" : "released";
      const frozen = pageState === "signed" || pageState === "released";
      const pageVersion = { planning: 1, layout: 3, submitted: 4, signed: 5, released: 6 }[pageState];
      const pageId = Number(
        insPage.run(editionId, pn, PAGE_NAMES[pn - 1], pageState, editor.userId, pageVersion, frozen ? chiefId : null, frozen ? at(22) : null, null, at(9), at(frozen ? 23 : 18)).lastInsertRowid,
      );
      meta.pages++;
      const snapshotElements: PageToSign["elements"] = [];
      const furniture = [
        { label: "masthead", rect: { firstColumn: 1, columnSpan: 8, topLine: 1, heightLines: 4 }, text: PAGE_NAMES[pn - 1] },
        { label: "footer", rect: { firstColumn: 1, columnSpan: 8, topLine: 97, heightLines: 4 }, text: `责任编辑：${editor.name}` },
      ];
      for (const f of furniture) {
        const id = Number(insElement.run(pageId, "furniture", null, f.rect.firstColumn, f.rect.columnSpan, f.rect.topLine, f.rect.heightLines, "medium", 0, f.text, f.label).lastInsertRowid);
        snapshotElements.push(elementOf(id, "furniture", null, f.rect, "medium", f.text, f.label, null));
      }
      const onPage = Math.min(STORIES_PER_PAGE, editionStories - (position));
      for (let si = 0; si < onPage; si++) {
        position++;
        made++;
        const reporter = reporters[Math.floor(rand() * rand() * reporters.length)]; // a few write a lot (the demo reporters most)
        const kind = si === 1 && rand() < 0.5 ? "photo" : rand() < 0.08 ? "brief" : "article";
        const placed = !(isCurrent && si >= 6);
        const status = isCurrent ? (pageState === "submitted" ? "approved" : pick(OPEN_STATES)) : isSignedOnly ? "approved" : "published";
        const targetZi = kind === "brief" ? int(200, 400) : int(200, 3000);
        const body: string[] = [];
        let zi = 0;
        while (zi < targetZi) {
          const k = Math.floor(rand() * paragraphs.length);
          body.push(paragraphs[k]);
          zi += paragraphZi[k];
        }
        const headline = `${pick(headlines)}${rand() < 0.5 ? "" : `（${int(1, 9999)}）`}`;
        const kicker = pick(KICKERS);
        const subheadline = rand() < 0.3 ? pick(subheadlines) : null;
        const dateline = kind === "photo" ? null : pick(DATELINES);
        const bylines: { personId: number; name: string; role: "reporter" | "correspondent" | "photographer" }[] = [
          { personId: reporter.personId, name: reporter.name, role: kind === "photo" ? "photographer" : "reporter" },
        ];
        if (rand() < 0.4) {
          const c = pick(correspondents);
          bylines.push({ personId: c.personId, name: c.name, role: "correspondent" });
        }
        const revisionCount = status === "assigned" ? 0 : status === "draft" ? int(1, 2) : int(2, 4);
        const published = status === "published";
        const version = revisionCount * 2 + (published ? 1 : 0) || 1;
        const passedBy = ["edited", "approved", "published"].includes(status) ? editor.userId : null;
        const created = at(9 + si * 0.5);
        const updated = at(frozen ? 22 : 17);
        const storyBody = status === "assigned" ? [] : body;
        const storyId = Number(
          insStory.run(editionId, placed ? pageId : null, position, headline, kind, status, kicker, headline, subheadline, dateline, JSON.stringify(storyBody), PAGE_NAMES[pn - 1], targetZi, version, passedBy, reporter.userId, created, updated, storyZi({ body: storyBody, sidebars: [] })).lastInsertRowid,
        );
        bylines.forEach((b, i) => insByline.run(storyId, b.personId, b.role, i + 1));
        if (status === "assigned") insAssignee.run(storyId, reporter.userId);
        // Revisions: the reporter's first draft (part of the text), the desk's edits, the final text.
        const revisionBylines = bylines.map((b) => ({ name: b.name, role: b.role }));
        const causes = ["file", "edit", "pass", "approve"];
        for (let r = 1; r <= (opts.lean ? 0 : revisionCount); r++) {
          const upTo = r === revisionCount ? body.length : Math.max(1, Math.ceil((body.length * r) / (revisionCount + 1)));
          const content = { kicker, headline, subheadline, dateline, body: body.slice(0, upTo), sidebars: [], bylines: revisionBylines };
          const cause = status === "draft" ? "edit" : causes[r - 1];
          insRevision.run(storyId, r, r * 2, r === 1 ? reporter.userId : editor.userId, cause, JSON.stringify(content), at(10 + r));
          meta.revisions++;
        }
        if (published && !opts.lean) {
          insRevision.run(storyId, revisionCount + 1, version, chiefId, "publish", JSON.stringify({ kicker, headline, subheadline, dateline, body, sidebars: [], bylines: revisionBylines }), at(23));
          meta.revisions++;
        }
        // Audit: the story's path to its state.
        insAudit.run(status === "assigned" ? editor.userId : reporter.userId, "story", storyId, status === "assigned" ? "assign" : "create", null, status === "assigned" ? "assigned" : "draft", null, created);
        const path = (["filed", "edited", "approved", "published", "returned"] as string[]).includes(status)
          ? [["file", "draft", "filed", reporter.userId], ["pass", "filed", "edited", editor.userId], ["approve", "edited", "approved", chiefId], ["publish", "approved", "published", chiefId]]
          : [];
        let steps = status === "returned" ? 1 : { filed: 1, edited: 2, approved: 3, published: 4 }[status as string] ?? 0;
        for (const [action, from, to, actor] of path.slice(0, steps)) insAudit.run(actor, "story", storyId, action, from, to, action === "publish" ? `第 ${pn} 版付印 (page ${pn} released)` : null, at(12));
        if (status === "returned") insAudit.run(editor.userId, "story", storyId, "return", "filed", "returned", "请补充采访对象的说法", at(13));
        // Notifications to the reporter (read unless recent) and, for filed stories, to the page's editor.
        const readAt = isCurrent ? null : at(20);
        if (opts.lean) steps = 0;
        if (steps >= 1) insNotification.run(editor.userId, storyId, "filed", JSON.stringify({ actor: reporter.name, story: headline }), readAt, at(12));
        if (steps >= 2) insNotification.run(reporter.userId, storyId, "passed", JSON.stringify({ story: headline }), readAt, at(13));
        if (steps >= 3) insNotification.run(reporter.userId, storyId, "approved", JSON.stringify({ story: headline }), readAt, at(14));
        if (status === "returned") insNotification.run(reporter.userId, storyId, "returned", JSON.stringify({ story: headline, reason: "请补充采访对象的说法" }), null, at(13));
        if (status === "assigned") insNotification.run(reporter.userId, storyId, "assigned", JSON.stringify({ actor: editor.name, story: headline }), null, at(9));
        // Comments on about a third of the stories, some answered and resolved.
        if (revisionCount > 0 && rand() < 0.33 && !opts.lean) {
          const c = Number(insComment.run(storyId, null, editor.userId, pick(["导语再精炼一些。", "数字请再核实一遍。", "标题可以更具体。", "第二段和第四段有重复。"]), published ? at(21) : null, at(12)).lastInsertRowid);
          if (rand() < 0.4) insComment.run(storyId, c, reporter.userId, "已修改，请再看。", null, at(13));
        }
        // The box.
        if (placed) {
          const box = BOXES[si];
          const elementKind = kind === "photo" ? "photo" : "story";
          const elementId = Number(insElement.run(pageId, elementKind, storyId, box.firstColumn, box.columnSpan, box.topLine, box.heightLines, box.headlineSize, 0, null, null).lastInsertRowid);
          if (frozen) {
            snapshotElements.push({
              ...elementOf(elementId, elementKind, storyId, box, box.headlineSize, null, null, null),
              story: { id: storyId, version, kind, continues: false, kicker, headline, subheadline, dateline, body, sidebars: [], bylines },
            });
          }
        }
        if (isCurrent && placed && status !== "approved") meta.editableStoryIds.push(storyId);
        if (isCurrent && pn === 3 && si === 0) meta.readStoryId = storyId;
      }
      if (frozen && !opts.lean) {
        const snapshot = pageSnapshot({ id: pageId, publication: "大众日报", editionDate: date, number: pn, name: PAGE_NAMES[pn - 1], responsibleEditorId: editor.userId, grid, elements: snapshotElements });
        insSnapshot.run(pageId, snapshot.hash, JSON.stringify(snapshot.content), chiefId, at(22));
        setPageHash.run(snapshot.hash, pageId);
        insAudit.run(chiefId, "page", pageId, "sign", "submitted", "signed", `sha256:${snapshot.hash}`, at(22));
        if (pageState === "released") insAudit.run(chiefId, "page", pageId, "release", "signed", "released", null, at(23));
      }
    }
  });

  for (let ei = 0; ei < editionCount; ei++) {
    writeEdition(ei);
    if (ei % 8 === 0 || ei === editionCount - 1) progress("generate", made, total, started, opts.quiet);
  }
  if (!opts.quiet) process.stderr.write("\n");
  indexStories(sqlite, opts.quiet);
  for (const t of searchTriggers) sqlite.exec(t.sql);
  sqlite.pragma("foreign_keys = ON");
  const problems = sqlite.pragma("foreign_key_check") as unknown[];
  if (problems.length) throw new Error(`foreign_key_check found ${problems.length} broken references`);
  sqlite.exec("ANALYZE");
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.close();
  meta.stories = made;
  meta.seconds = (Date.now() - started) / 1000;
  fs.writeFileSync(opts.out + ".json", JSON.stringify(meta, null, 2));
  return meta;
}

/**
 * Builds the whole search index from the stories in one pass (what migration 0009 and npm run search:reindex
 * do: db/commands/rebuild-search-index.ts), in transactions of 10,000 stories with a progress bar, then merges it
 * into one segment.
 */
export function indexStories(sqlite: import("better-sqlite3").Database, quiet?: boolean): void {
  const started = Date.now();
  const total = rebuildSearchIndex(sqlite, { batch: 10_000, transaction: "per-batch", progress: (done, all) => progress("index   ", done, all, started, quiet) });
  if (!quiet) process.stderr.write(`\nindexed ${total.toLocaleString("en")} stories in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}

function elementOf(
  id: number,
  kind: string,
  storyId: number | null,
  rect: { firstColumn: number; columnSpan: number; topLine: number; heightLines: number },
  headlineSize: string,
  text: string | null,
  label: string | null,
  story: PageToSign["elements"][number]["story"],
): PageToSign["elements"][number] {
  return {
    id,
    kind,
    storyId,
    firstColumn: rect.firstColumn,
    columnSpan: rect.columnSpan,
    topLine: rect.topLine,
    heightLines: rect.heightLines,
    textColumnSpan: 1,
    headlineSize,
    locked: false,
    text,
    label,
    caption: null,
    continuedFromElementId: null,
    flowStart: null,
    jumpTo: null,
    jumpFrom: null,
    story,
  };
}
