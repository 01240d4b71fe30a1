import { createHash } from "node:crypto";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type Database from "better-sqlite3";
import type { Db } from "@/db/client";
import { exportEditionArchive } from "@/db/queries/edition-archive";
import { getUserById, type SessionUser } from "@/db/queries/users";
import { makeSeededDb } from "@/db/test-db";
import { checkStory } from "@/db/queries/story-check";
import { API_ROUTES } from "@/lib/api/api-routes";
import type { ApiRoute } from "@/lib/api/route-registry";

/**
 * Bad input, in-process: thousands of malformed, oversized, wrong-type and boundary bodies, params and
 * queries sent straight to the route handlers of every write route (no HTTP server: the handler's exported
 * function gets a Request), as the most powerful caller the route admits so the input reaches validation.
 * Every answer is below 500; every refusal is a 4xx `{error:{code,key,message}}` and leaves every table of
 * the database exactly as it was (a content hash of all of them). e2e/bad-input.spec.ts sends a smaller
 * sample through the real server.
 */

// The session seam: the route's caller is whoever the test says (the rest of session.ts as it is).
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/app/_server/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/app/_server/session")>()),
  getSessionUser: async () => session.user,
  getSignedInSession: async () => (session.user ? { user: session.user, sessionId: "bad-input-test" } : null),
}));

const ORIGIN = "http://localhost:3000";
const RUNS = Number(process.env.BAD_INPUT_RUNS ?? 150);

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** /api/stories/{id}/lock → app/api/stories/[id]/lock/route.ts */
async function handlerOf(route: ApiRoute): Promise<Handler> {
  const dir = route.path.replace(/^\/api/, "").replace(/\{(\w+)\}/g, "[$1]");
  const mod = (await import(/* @vite-ignore */ path.join(import.meta.dirname, dir, "route.ts"))) as Record<string, Handler>;
  const handler = mod[route.method];
  if (!handler) throw new Error(`${route.method} ${route.path}: no handler`);
  return handler;
}

/** sha256 of every row of every table, in rowid order (primary key order for the search index's WITHOUT ROWID tables). */
function databaseHash(sqlite: Database.Database): string {
  const hash = createHash("sha256");
  const tables = sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string; sql: string }[];
  for (const { name: t, sql } of tables) {
    hash.update(`\u0000${t}\u0000`);
    const order = /without rowid/i.test(sql) ? "" : " ORDER BY rowid";
    for (const row of sqlite.prepare(`SELECT * FROM "${t}"${order}`).raw().iterate()) hash.update(JSON.stringify(row, (_k, v) => (typeof v === "bigint" ? String(v) : v)));
  }
  return hash.digest("hex");
}

interface World {
  db: Db;
  sqlite: Database.Database;
  close(): void;
  chief: SessionUser;
  admin: SessionUser;
  reporterId: number;
  date: string;
  storyId: number;
  pageId: number;
  commentId: number;
  /** A story of the edition marked published (as 付印 leaves it), for the correction route. */
  publishedStoryId: number;
  /** The seed's template page (聊城新闻). */
  templateId: number;
  /** A notification of the chief's (the caller), for marking one read. */
  notificationId: number;
  /** The story's, page's, template page's and publication's versions now (they move when a generated body happens to be valid). */
  storyVersion(): number;
  pageVersion(): number;
  templateVersion(): number;
  publicationVersion(): number;
  /** A starter 错别字 entry (按装 → 安装) and its version now. */
  checkTermId: number;
  checkTermVersion(): number;
  /** 三校: the proofreader (赵敏), and an open mark on a page of its own (submitted, with the story in a box). */
  proofreader: SessionUser;
  proofPageId: number;
  proofStoryId: number;
  markId: number;
  markVersion(): number;
}

async function call(handler: Handler, { url, method, params, body, contentType = "application/json" }: { url: string; method: string; params: Record<string, string>; body?: string; contentType?: string }) {
  const req = new Request(ORIGIN + url, { method, headers: { "content-type": contentType, origin: ORIGIN, host: "localhost:3000" }, ...(body !== undefined && { body }) });
  const res = await handler(req, { params: Promise.resolve(params) });
  const text = await res.text();
  return { status: res.status, text };
}

/** A seeded test database with an edition, a page, a story and a comment of its own, made through the handlers. */
async function makeWorld(): Promise<World> {
  const { db, users, close } = makeSeededDb();
  const sqlite = (db as unknown as { $client: Database.Database }).$client;
  // The handlers' getDb() (db/client.ts) returns the connection cached on globalThis: this test database.
  (globalThis as unknown as { newsdeskDb?: Db }).newsdeskDb = db;
  const chief = getUserById(db, { id: users.chief.id })!;
  const admin = getUserById(db, { id: users.admin.id })!;
  session.user = chief;
  const date = "2018-05-05";
  const post = async (p: string, route: string, params: Record<string, string>, data: unknown) => {
    const r = API_ROUTES.find((x) => x.method === "POST" && x.path === route)!;
    const res = await call(await handlerOf(r), { url: p, method: "POST", params, body: JSON.stringify(data) });
    expect(res.status, res.text).toBe(201);
    return JSON.parse(res.text);
  };
  await post("/api/editions", "/api/editions", {}, { date });
  const { page } = await post(`/api/editions/${date}/pages`, "/api/editions/{date}/pages", { date }, { name: "测试版" });
  const { story } = await post("/api/stories", "/api/stories", {}, { edition: date, slug: "测试稿" });
  const { comment } = await post(`/api/stories/${story.id}/comments`, "/api/stories/{id}/comments", { id: String(story.id) }, { body: "批注" });
  const one = (sql: string, id: number) => sqlite.prepare(sql).pluck().get(id) as number;
  const { story: printed } = await post("/api/stories", "/api/stories", {}, { edition: date, slug: "见报稿" });
  sqlite.prepare("UPDATE stories SET status = 'published' WHERE id = ?").run(printed.id);
  const notificationId = Number(sqlite.prepare("INSERT INTO notifications (user_id, story_id, kind, params) VALUES (?, ?, 'legacy', '{}')").run(chief.id, story.id).lastInsertRowid);
  // 三校 fixtures, set as the workflow would leave them: the story's text in a box of a second page, that page
  // submitted, one open mark (the first page stays in planning for the layout and page routes).
  const proofreader = getUserById(db, { id: users.proofreader.id })!;
  const { page: proofPage } = await post(`/api/editions/${date}/pages`, "/api/editions/{date}/pages", { date }, { name: "校对版" });
  const { story: proofStory } = await post("/api/stories", "/api/stories", {}, { edition: date, slug: "校对稿" });
  sqlite.prepare(`UPDATE stories SET body = '["第一段。","第二段。"]' WHERE id = ?`).run(proofStory.id);
  sqlite.prepare("INSERT INTO page_elements (page_id, kind, story_id, first_column, column_span, top_line, height_lines) VALUES (?, 'story', ?, 1, 4, 10, 30)").run(proofPage.id, proofStory.id);
  sqlite.prepare("UPDATE pages SET state = 'submitted' WHERE id = ?").run(proofPage.id);
  const markId = Number(
    sqlite.prepare("INSERT INTO proof_marks (page_id, story_id, round, type, offset, marked, correction, created_by_id) VALUES (?, ?, 1, 'typo', 0, '第二', '第2', ?)").run(proofPage.id, proofStory.id, proofreader.id).lastInsertRowid,
  );
  return {
    db,
    sqlite,
    close,
    chief,
    admin,
    reporterId: users.reporter.id,
    date,
    storyId: story.id,
    pageId: page.id,
    commentId: comment.id,
    publishedStoryId: printed.id,
    templateId: one("SELECT id FROM page_templates WHERE number = ?", 1),
    notificationId,
    storyVersion: () => one("SELECT version FROM stories WHERE id = ?", story.id),
    pageVersion: () => one("SELECT version FROM pages WHERE id = ?", page.id),
    templateVersion: () => one("SELECT version FROM page_templates WHERE number = ?", 1),
    publicationVersion: () => one("SELECT version FROM publications WHERE id = ?", 1),
    checkTermId: sqlite.prepare("SELECT id FROM check_terms WHERE list = 'typo' AND term = '按装'").pluck().get() as number,
    checkTermVersion: () => (sqlite.prepare("SELECT version FROM check_terms WHERE list = 'typo' AND term = '按装'").pluck().get() as number | undefined) ?? 1,
    proofreader,
    proofPageId: proofPage.id,
    proofStoryId: proofStory.id,
    markId,
    markVersion: () => one("SELECT version FROM proof_marks WHERE id = ?", markId),
  };
}

const content = { kicker: "引题", headline: "主标题", subheadline: null, dateline: "本报聊城讯", body: ["第一段。", "第二段。"], sidebars: [{ title: "相关链接", paragraphs: ["链接。"] }], bylines: [{ name: "李梦", role: "reporter" }] };

/** Template page numbers not yet used: each valid POST /api/page-templates takes the next. */
let freeTemplateNumber = 2;
const templatePage = (number: number) => ({
  number,
  name: "要闻",
  responsibleEditorId: null,
  grid: { columns: 8, charsPerColumn: 13, gutterChars: 1, linesPerColumn: 100 },
  weekdays: [1, 2, 3, 4, 5],
  stripLines: 4,
  footerLines: 4,
  footerText: "□ 责任编辑",
  adSlots: [{ label: "中国农业银行", text: "农行 安家贷", firstColumn: 5, columnSpan: 4, topLine: 83, heightLines: 13 }],
});

function archiveUnderNewDate(w: World): unknown {
  const archive = exportEditionArchive(w.db, { date: w.date })!;
  return { ...archive, edition: { ...archive.edition, date: "2016-02-29" } };
}

/** A body each write route accepts (2xx) in `w` as it is now; the generators below break it. */
function validBody(route: ApiRoute, w: World): unknown {
  switch (`${route.method} ${route.path}`) {
    case "PATCH /api/me":
      return { locale: "en" };
    case "PUT /api/me/password":
      // Accepted once; after that the current password no longer matches, so a mutated body is refused too.
      return { currentPassword: "password-1", newPassword: "another-password-1" }; // the test seed's password
    case "PATCH /api/users/{id}":
      return { role: "editor" };
    case "PUT /api/users/{id}/password":
      return { password: "another-password-1" };
    case "POST /api/users":
      return { login: `fuzz${Math.random().toString(36).slice(2, 8)}`, name: "测试用户", role: "reporter", password: "password-1" };
    case "POST /api/editions":
      return { date: "2017-03-04", carryOver: [], reviewLevels: 3 };
    case "POST /api/editions/{date}/pages":
      return { name: "新版" };
    case "POST /api/stories":
      return { edition: w.date, slug: "新稿", kind: "brief", brief: "要点", targetLength: 800, deadline: "2018-05-05T10:00:00.000Z" };
    case "PATCH /api/stories/{id}":
      return { baseVersion: w.storyVersion(), content, meta: { slug: "改名" } };
    case "POST /api/stories/{id}/transitions":
      return { action: "file" };
    case "POST /api/stories/{id}/lock":
      return { takeOver: false };
    case "POST /api/stories/{id}/comments":
      return { body: "新批注", parentId: w.commentId };
    case "PATCH /api/stories/{id}/comments/{commentId}":
      return { resolved: true };
    case "POST /api/stories/{id}/revisions/{n}/restore":
      return { baseVersion: w.storyVersion() };
    case "PATCH /api/pages/{id}":
      return { baseVersion: w.pageVersion(), name: "改名", number: 150, responsibleEditorId: null };
    case "PUT /api/pages/{id}/layout":
      return { baseVersion: w.pageVersion(), elements: [{ kind: "story", storyId: w.storyId, firstColumn: 1, columnSpan: 4, topLine: 10, heightLines: 30 }] };
    case "POST /api/pages/{id}/auto-layout":
      return { baseVersion: w.pageVersion(), storyIds: [w.storyId] };
    case "POST /api/pages/{id}/transitions":
      return { action: "start-layout" };
    case "POST /api/editions/{date}/imports/preview":
      return { fileName: "来稿.txt", content: Buffer.from("标题\n\n□ 本报记者 李梦\n\n正文。\n").toString("base64") };
    case "POST /api/editions/{date}/imports":
      return { fileName: "来稿.txt", pageNumber: null, items: [{ kind: "article", continues: false, content }] };
    case "POST /api/stories/{id}/check/dismissals":
      return checkDismissalBody(w);
    case "POST /api/stories/{id}/corrections":
      return { note: "第三段“2017年”应为“2018年”。", errorCount: 3 };
    case "PUT /api/publication":
      return { baseVersion: w.publicationVersion(), name: "大众日报", timeZone: "Asia/Shanghai", firstTotalNumber: 25_001, firstYearNumber: 9, weekdays: [1, 2, 3, 4, 5, 6, 7], reviewLevels: 3 };
    case "POST /api/editions/archive":
      // the world's own edition under a date not taken (accepted once; the same file again is a 409)
      return archiveUnderNewDate(w);
    case "POST /api/page-templates":
      return templatePage(Math.min(freeTemplateNumber++, 200));
    case "PUT /api/page-templates/{id}":
      return { baseVersion: w.templateVersion(), ...templatePage(1) };
    case "POST /api/check-terms":
      return { list: "caution", term: `测试词${Math.random().toString(36).slice(2, 8)}`, replacement: null, note: "说明" };
    case "PUT /api/check-terms/{id}":
      return { baseVersion: w.checkTermVersion(), list: "typo", term: "按装", replacement: "安装", note: "改过的说明" };
    case "POST /api/check-terms/import":
      return { step: "preview", format: "csv", text: "错别字,按装,安装,\n禁用词,某某禁词,,\n" };
    case "POST /api/pages/{id}/proof-marks":
      return { storyId: w.proofStoryId, paragraph: 0, offset: 0, marked: "第一", type: "typo", correction: "第1", note: "数字用法" };
    case "POST /api/pages/{id}/proof-rounds":
      return { round: 1 };
    case "POST /api/proof-marks/{id}/accept":
      return { baseVersion: w.markVersion() };
    case "POST /api/proof-marks/{id}/reject":
      return { baseVersion: w.markVersion(), reason: "原文无误" };
    default:
      return undefined; // no body (POST /api/notifications, DELETE lock, DELETE page)
  }
}

/** A warning of the machine check in the world's story (half-width comma between Han characters, GB/T 15834), dismissed. */
function checkDismissalBody(w: World): unknown {
  const text = JSON.stringify(["聊城,东昌府区推开代办员制度。"]);
  w.sqlite.prepare("UPDATE stories SET body = ? WHERE id = ? AND body <> ?").run(text, w.storyId, text);
  const finding = checkStory(w.db, w.storyId)?.findings.find((f) => f.severity === "warn");
  return { key: finding?.key ?? "no-finding", kind: "dismiss", reason: "引文照录" };
}

function validParams(route: ApiRoute, w: World): Record<string, string> {
  const p: Record<string, string> = {};
  if (route.path.includes("{date}")) p.date = w.date;
  if (route.path.includes("{id}")) {
    p.id = String(route.path.startsWith("/api/pages") ? w.pageId : route.path.startsWith("/api/users") ? w.reporterId : route.path.startsWith("/api/page-templates") ? w.templateId : w.storyId);
  }
  if (route.path === "/api/check-terms/{id}") p.id = String(w.checkTermId);
  if (route.path === "/api/stories/{id}/corrections") p.id = String(w.publishedStoryId);
  if (route.path.startsWith("/api/proof-marks/")) p.id = String(w.markId);
  if (route.path.startsWith("/api/pages/{id}/proof-")) p.id = String(w.proofPageId);
  if (route.path === "/api/notifications/{id}") p.id = String(w.notificationId);
  if (route.path.includes("{commentId}")) p.commentId = String(w.commentId);
  if (route.path.includes("{n}")) p.n = "1";
  return p;
}

function validQuery(route: ApiRoute, w: World): Record<string, string> {
  if (route.method === "DELETE" && route.path === "/api/page-templates/{id}") return { baseVersion: String(w.templateVersion()) };
  if (route.method === "DELETE" && route.path === "/api/check-terms/{id}") return { baseVersion: String(w.checkTermVersion()) };
  return route.method === "DELETE" && route.path === "/api/pages/{id}" ? { baseVersion: String(w.pageVersion()) } : {};
}

// ── generators ────────────────────────────────────────────────────────────────────────────────────────

const huge = (n: number) => "字".repeat(n);
/** Values that are wrong or at the edge for almost any field. */
const badValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, -0.5, 2 ** 31, 2 ** 53, Number.MAX_SAFE_INTEGER + 2, 1e308, -1e308, "", " ", "0", "-1", "1e3", "NaN", "Infinity", "null", "true", [], {}, [null], { __proto__: null }, "\u0000", "\uD800", "😀", "<script>", "'; DROP TABLE stories; --"),
  fc.constantFrom(huge(201), huge(4001), huge(50_001), "a".repeat(100_000)),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 50 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.jsonValue({ maxDepth: 3 }),
);

type Path = (string | number)[];
/** Every path to a value inside `v` (objects and arrays), `[]` for the root. */
function pathsOf(v: unknown, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) out.push(...pathsOf(x, [...at, Array.isArray(v) ? Number(k) : k]));
  return out;
}
function setAt(v: unknown, p: Path, x: unknown): unknown {
  if (p.length === 0) return x;
  const copy = (Array.isArray(v) ? [...v] : { ...(v as object) }) as Record<string | number, unknown>;
  copy[p[0]] = setAt(copy[p[0]], p.slice(1), x);
  return copy;
}
function removeAt(v: unknown, p: Path): unknown {
  if (p.length === 0) return undefined;
  if (p.length === 1) {
    if (Array.isArray(v)) return v.filter((_, i) => i !== p[0]);
    const { [p[0]]: _gone, ...rest } = v as Record<string | number, unknown>;
    return rest;
  }
  const copy = (Array.isArray(v) ? [...v] : { ...(v as object) }) as Record<string | number, unknown>;
  copy[p[0]] = removeAt(copy[p[0]], p.slice(1));
  return copy;
}

/** What is sent, decided from the valid body at send time: a raw body text (or none) and a content type. */
type Body = (valid: unknown) => { text?: string; contentType?: string };
const json = (f: (valid: unknown) => unknown): Body => (valid) => ({ text: JSON.stringify(f(valid)) });

const bodyArb: fc.Arbitrary<Body> = fc.oneof(
  // one field (or the whole body) replaced by a wrong or boundary value
  fc.tuple(fc.nat(), badValue).map(([i, x]): Body => json((v) => { const ps = pathsOf(v); return setAt(v, ps[i % ps.length], x); })),
  // one field dropped
  fc.nat().map((i): Body => json((v) => { const ps = pathsOf(v); return removeAt(v, ps[i % ps.length]); })),
  // an unknown field beside the real ones
  fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), badValue).map(([k, x]): Body => json((v) => (v && typeof v === "object" && !Array.isArray(v) ? { ...v, [k]: x } : { [k]: x }))),
  // any JSON at all
  fc.jsonValue({ maxDepth: 4 }).map((x): Body => () => ({ text: JSON.stringify(x) })),
  // not JSON: random text, truncated JSON, the right body under another content type
  fc.string({ maxLength: 80 }).map((s): Body => () => ({ text: s })),
  fc.nat().map((n): Body => (v) => { const t = JSON.stringify(v ?? {}); return { text: t.slice(0, n % Math.max(t.length, 1)) }; }),
  fc.constantFrom("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "").map((contentType): Body => (v) => ({ text: JSON.stringify(v ?? {}), contentType })),
  // deep nesting and over the 1 MB limit (rare: they are big)
  fc.constant<Body>(() => ({ text: "[".repeat(5000) + "]".repeat(5000) })),
  fc.constant<Body>((v) => ({ text: JSON.stringify({ ...(v as object), pad: "x".repeat(1_000_100) }) })),
);

const idArb = fc.oneof(fc.constantFrom("0", "-1", "1.5", "1e3", "0x10", "99999999999999999999", "9007199254740993", " 1", "", "NaN", "Infinity", "abc", "1;DROP", "%00", "１"), fc.integer().map(String), fc.string({ maxLength: 12 }));
const dateArb = fc.oneof(fc.constantFrom("2019-02-30", "2019-13-45", "0000-00-00", "9999-12-31", "20190109", "2019-1-9", "", "2018-05-05T00:00:00Z", "../etc"), fc.string({ maxLength: 12 }), fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));

/** The params, each kept valid or broken. */
const paramsArb = fc.record({ id: fc.option(idArb), commentId: fc.option(idArb), n: fc.option(idArb), date: fc.option(dateArb) });
const queryArb = fc.option(fc.dictionary(fc.constantFrom("baseVersion", "edition", "x", "__proto__"), fc.oneof(idArb, dateArb), { maxKeys: 3 }));

// ── the properties ────────────────────────────────────────────────────────────────────────────────────

const WRITES = API_ROUTES.filter((r) => r.method !== "GET");
const callerFor = (route: ApiRoute, w: World) => (route.access === "admin" ? w.admin : route.access === "proofreader" ? w.proofreader : w.chief);

function urlOf(route: ApiRoute, params: Record<string, string>, query: Record<string, string>): string {
  const p = route.path.replace(/\{(\w+)\}/g, (_m, k: string) => encodeURIComponent(params[k] ?? ""));
  const q = new URLSearchParams(query).toString();
  return q ? `${p}?${q}` : p;
}

function expectRefusal(res: { status: number; text: string }, what: string): void {
  expect(res.status, `${what} → ${res.status} ${res.text.slice(0, 300)}`).toBeLessThan(500);
  if (res.status < 400) return;
  let body: unknown;
  expect(() => (body = JSON.parse(res.text)), `${what}: the refusal is JSON`).not.toThrow();
  expect(body, what).toMatchObject({ error: { code: expect.any(String), key: expect.any(String), message: expect.any(String) } });
}

describe("every write route refuses bad input with a 4xx and changes nothing", () => {
  it("covers every write route of the registry", () => {
    expect(WRITES.length).toBeGreaterThanOrEqual(18);
  });

  for (const route of WRITES) {
    describe(`${route.method} ${route.path}`, () => {
      let w: World;
      let handler: Handler;
      beforeAll(async () => {
        w = await makeWorld();
        handler = await handlerOf(route);
      });
      afterAll(() => w?.close());

      it("accepts its valid body (so what follows reaches validation)", async () => {
        session.user = callerFor(route, w);
        const res = await call(handler, { url: urlOf(route, validParams(route, w), validQuery(route, w)), method: route.method, params: validParams(route, w), body: JSON.stringify(validBody(route, w) ?? {}) });
        expect(res.status, res.text).toBeLessThan(300);
      });

      it(`${RUNS} generated requests: no 5xx; a refusal is {error:{code,key,message}} and leaves the database as it was`, async () => {
        let refused = 0;
        await fc.assert(
          fc.asyncProperty(bodyArb, paramsArb, queryArb, fc.boolean(), async (body, paramsIn, queryIn, keepParams) => {
            session.user = callerFor(route, w);
            const valid = validParams(route, w);
            const params = keepParams ? valid : Object.fromEntries(Object.entries(valid).map(([k, v]) => [k, (paramsIn as Record<string, string | null>)[k] ?? v]));
            const query = queryIn ?? validQuery(route, w);
            const sent = body(validBody(route, w) ?? {});
            const before = databaseHash(w.sqlite);
            const what = `${route.method} ${urlOf(route, params, query)} ${String(sent.text).slice(0, 200)}`;
            const res = await call(handler, { url: urlOf(route, params, query), method: route.method, params, body: sent.text, contentType: sent.contentType });
            expectRefusal(res, what);
            if (res.status >= 400) {
              refused++;
              expect(databaseHash(w.sqlite), `${what}: refused (${res.status}) but the database changed`).toBe(before);
            }
          }),
          { numRuns: RUNS },
        );
        // Routes with a body must mostly refuse what they are sent; a handful of valid mutations is expected.
        if (route.body) expect(refused).toBeGreaterThan(RUNS / 3);
      }, 120_000);
    });
  }
});

describe("POST /api/stories/{id}/corrections: the number of errors a 更正 corrects", () => {
  let w: World;
  let handler: Handler;
  const route = API_ROUTES.find((r) => r.method === "POST" && r.path === "/api/stories/{id}/corrections")!;
  beforeAll(async () => {
    w = await makeWorld();
    handler = await handlerOf(route);
  });
  afterAll(() => w?.close());
  const post = (body: unknown, locale: "zh-CN" | "en" = "zh-CN") => {
    session.user = { ...w.chief, locale };
    const params = { id: String(w.publishedStoryId) };
    return call(handler, { url: urlOf(route, params, {}), method: "POST", params, body: JSON.stringify(body) });
  };

  it.each([0, 51, 1.5, -3, "3", null])("refuses %j with 400 and a message, changing nothing", async (errorCount) => {
    const before = databaseHash(w.sqlite);
    const res = await post({ note: "两处人名有误。", errorCount });
    expect(res.status, res.text).toBe(400);
    expect(JSON.parse(res.text).error.message).toContain("一条更正所改的差错数须是 1 到 50 之间的整数");
    expect(databaseHash(w.sqlite)).toBe(before);
  });

  it("words the refusal in the caller's language", async () => {
    const res = await post({ note: "Two names wrong.", errorCount: 51 }, "en");
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text).error.message).toContain("must be a whole number from 1 to 50");
  });

  it("keeps 1 to 50, and 1 when the count is left out", async () => {
    for (const [body, count] of [
      [{ note: "第二段两处人名、一处数字有误。", errorCount: 3 }, 3],
      [{ note: "第四段地名有误。", errorCount: 50 }, 50],
      [{ note: "第五段日期有误。" }, 1],
    ] as const) {
      const res = await post(body);
      expect(res.status, res.text).toBe(201);
      expect(JSON.parse(res.text).correction).toMatchObject({ errorCount: count });
    }
  });
});
