import { type APIRequestContext } from "@playwright/test";
import { API_ROUTES } from "@/lib/api/api-routes";
import type { Desk } from "./desk";
import { apiSignIn, expect, newApiContext, SEED_DATE, test, type Api } from "./fixtures";

/**
 * The permission table: every route of the OpenAPI document × every kind of caller, with the status each
 * gets. A route without a row fails the first test, so a new route cannot ship without saying who may call it.
 *
 * Callers: nobody signed in; a reporter on a story of their own; another reporter; an editor; a desk head
 * (部门主任: an editor's rights plus 复审); the chief; a proofreader (校对: the pages submitted for sign-off and
 * their stories, marks and rounds, nothing else — docs/PROOFING.md); an admin. All but the admin are logins
 * made for this spec (by the admin, per worker), so nothing here touches the demo accounts other specs watch
 * (their notifications, locks, language). Every call gets data of its own, made through the API in the
 * test's edition. The rows' pages are in layout, so a proofreader is refused them; what a proofreader reads
 * of a submitted page is the test at the end.
 */
const CALLERS = ["anonymous", "reporter", "otherReporter", "editor", "deskHead", "chief", "proofreader", "admin"] as const;
type Caller = (typeof CALLERS)[number];
type Statuses = Record<Caller, number>;

interface Staff {
  reporter: { id: number; login: string };
  otherReporter: { id: number; login: string };
  editor: { id: number; login: string };
  deskHead: { id: number; login: string };
  chief: { id: number; login: string };
  proofreader: { id: number; login: string };
}

interface Ctx {
  api: Api;
  desk: Desk;
  staff: Staff;
  as(caller: Exclude<Caller, "anonymous" | "admin">): Promise<APIRequestContext>;
  /** Another date no other test uses (for editions made by the call itself). */
  freeDate(): string;
}

/** What a row's call works on, made fresh for each caller. */
interface Data {
  storyId: number;
  version: number;
  pageId: number;
  pageVersion: number;
  commentId: number;
  revision: number;
  userId: number;
  templateId: number;
  /** a finding of the machine check in the story (its key) */
  findingKey: string;
  termId: number;
  termVersion: number;
}

type Row = {
  /** Builds what the call needs, fresh for each caller (default: nothing). */
  data?: (ctx: Ctx) => Promise<Partial<Data>>;
  call: (c: APIRequestContext, d: Data, ctx: Ctx) => Promise<{ status(): number; text(): Promise<string> }>;
  expect: Statuses;
  timeout?: number;
};

const all = (status: number): Statuses => ({ anonymous: status, reporter: status, otherReporter: status, editor: status, deskHead: status, chief: status, proofreader: status, admin: status });
/** Signed in with any role. */
const signedIn = (status: number): Statuses => ({ ...all(status), anonymous: 401 });
/** Anyone on the desk reads it; admin has no editorial power, a proofreader reads only what is being proofread. */
const deskRead: Statuses = { ...signedIn(200), proofreader: 403, admin: 403 };
/** Editors, desk heads and the chief; reporters, proofreader and admin 403. */
const deskWrite = (status: number): Statuses => ({ ...signedIn(403), editor: status, deskHead: status, chief: status });
/** The reporter's own story, or the desk; another reporter, proofreader and admin 403. */
const ownOrDesk = (status: number): Statuses => ({ ...deskWrite(status), reporter: status });

const content = (headline: string) => ({ kicker: null, headline, subheadline: null, dateline: "本报聊城讯", body: ["第一段。"], sidebars: [], bylines: [] });

/** A story assigned to the spec's reporter by the desk and started by them: a draft of their own. */
async function ownDraft(ctx: Ctx): Promise<{ storyId: number; version: number }> {
  const editor = await ctx.api.as("liqiang");
  const created = await editor.post("/api/stories", { data: { edition: ctx.desk.date, slug: `权限表-${Math.random().toString(36).slice(2, 7)}`, assigneeIds: [ctx.staff.reporter.id] } });
  expect(created.status(), await created.text()).toBe(201);
  const { story } = await created.json();
  const started = await (await ctx.as("reporter")).post(`/api/stories/${story.id}/transitions`, { data: { action: "start" } });
  expect(started.status(), await started.text()).toBe(200);
  return { storyId: story.id, version: (await started.json()).version };
}

async function pageInLayout(ctx: Ctx): Promise<{ pageId: number; pageVersion: number }> {
  const page = await ctx.desk.page({ name: `权限表${Math.random().toString(36).slice(2, 5)}`, state: "layout" });
  return { pageId: page.id, pageVersion: page.version };
}

const draftAndPage = async (ctx: Ctx) => ({ ...(await ownDraft(ctx)), ...(await pageInLayout(ctx)) });
const draft = (ctx: Ctx) => ownDraft(ctx);
const page = (ctx: Ctx) => pageInLayout(ctx);

async function withComment(ctx: Ctx) {
  const d = await ownDraft(ctx);
  const res = await (await ctx.as("reporter")).post(`/api/stories/${d.storyId}/comments`, { data: { body: "请核实" } });
  expect(res.status(), await res.text()).toBe(201);
  return { ...d, commentId: (await res.json()).comment.id };
}

/** The reporter's own draft with a warning of the machine check in it (a half-width comma between Han characters). */
async function draftWithWarning(ctx: Ctx) {
  const d = await ownDraft(ctx);
  const reporter = await ctx.as("reporter");
  const res = await reporter.patch(`/api/stories/${d.storyId}`, { data: { baseVersion: d.version, content: { ...content("权限表机检"), body: ["聊城,东昌府区推开代办员制度。"] } } });
  expect(res.status(), await res.text()).toBe(200);
  const check = await reporter.get(`/api/stories/${d.storyId}/check`);
  expect(check.status(), await check.text()).toBe(200);
  const warning = ((await check.json()).findings as { key: string; severity: string }[]).find((f) => f.severity === "warn");
  if (!warning) throw new Error("the checker found no warning in the draft");
  return { ...d, version: (await res.json()).version, findingKey: warning.key };
}

/** A draft with two revisions: the reporter's edit after the start. */
async function withRevisions(ctx: Ctx) {
  const d = await ownDraft(ctx);
  const res = await (await ctx.as("reporter")).patch(`/api/stories/${d.storyId}`, { data: { baseVersion: d.version, content: content("改过的标题") } });
  expect(res.status(), await res.text()).toBe(200);
  return { ...d, version: (await res.json()).version, revision: 1 };
}

/** The event stream never ends: its status is read from the headers, then the call hangs up. */
async function streamStatus(c: APIRequestContext, path: string): Promise<{ status(): number; text(): Promise<string> }> {
  const { cookies } = await c.storageState();
  const hangUp = new AbortController();
  const res = await fetch(`http://localhost:${process.env.E2E_PORT ?? 3100}${path}`, {
    headers: { cookie: cookies.map((k) => `${k.name}=${k.value}`).join("; ") },
    signal: hangUp.signal,
  });
  const text = res.status === 200 ? "" : await res.text();
  hangUp.abort();
  return { status: () => res.status, text: async () => text };
}

/** A login of its own for an admin to change (the admin makes it). */
async function someUser(ctx: Ctx): Promise<{ userId: number }> {
  const res = await (await ctx.api.as("admin")).post("/api/users", { data: { login: `perm-u-${suffix()}`, name: "权限表改", role: "reporter", password: "password-1" } });
  expect(res.status(), await res.text()).toBe(201);
  return { userId: (await res.json()).user.id };
}

const suffix = () => `${Date.now() % 1_000_000}${Math.random().toString(36).slice(2, 6)}`;

/** A template page body on a number no other page of the template has (tried at random, 409 → another). */
const templatePage = (number: number) => ({ number, name: "权限版", grid: { columns: 8, charsPerColumn: 13, gutterChars: 1, linesPerColumn: 100 }, weekdays: [7] });
async function postTemplate(c: APIRequestContext) {
  let res = await c.post("/api/page-templates", { data: templatePage(100 + Math.floor(Math.random() * 100)) });
  for (let i = 0; res.status() === 409 && i < 30; i++) res = await c.post("/api/page-templates", { data: templatePage(100 + Math.floor(Math.random() * 100)) });
  return res;
}
/** A template page of its own for the call to change (the admin makes it; the call's cleanup removes it). */
async function ownTemplate(ctx: Ctx): Promise<{ templateId: number }> {
  const res = await postTemplate(await ctx.api.as("admin"));
  expect(res.status(), await res.text()).toBe(201);
  return { templateId: (await res.json()).template.id };
}
/** Removes a template page a row made, so no edition made later by another spec gets it. */
async function removeTemplate(ctx: Ctx, id: number): Promise<void> {
  const admin = await ctx.api.as("admin");
  const got = await admin.get(`/api/page-templates/${id}`);
  if (got.status() === 200) expect((await admin.delete(`/api/page-templates/${id}?baseVersion=${(await got.json()).template.version}`)).status()).toBe(204);
}
type Answer = { status(): number; text(): Promise<string> };
const thenRemove = async (ctx: Ctx, id: number, res: Answer): Promise<Answer> => {
  await removeTemplate(ctx, id);
  return res;
};
/** Who writes the publication settings and the template: the admin and the chief. */
const publicationWrite = (status: number): Statuses => ({ ...signedIn(403), chief: status, admin: status });

/** A published story of the seed edition (only read: its ninjs document). */
async function seedPublished(ctx: Ctx): Promise<{ storyId: number }> {
  const budget = await (await ctx.api.as("liqiang")).get(`/api/stories?edition=${SEED_DATE}`);
  expect(budget.status(), await budget.text()).toBe(200);
  const story = ((await budget.json()).items as { id: number; status: string }[]).find((s) => s.status === "published");
  if (!story) throw new Error("no published seed story");
  return { storyId: story.id };
}

/** 机检 word lists: kept by the admin and the chief, read by everyone signed in. A caution word of its own (nobody's text has it). */
const checkKeep = (status: number): Statuses => ({ ...signedIn(403), chief: status, admin: status });
async function ownCheckTerm(ctx: Ctx): Promise<{ termId: number; termVersion: number }> {
  const res = await (await ctx.api.as("admin")).post("/api/check-terms", { data: { list: "caution", term: `权限词${suffix()}`, note: "权限表" } });
  expect(res.status(), await res.text()).toBe(201);
  const { term } = await res.json();
  return { termId: term.id, termVersion: term.version };
}
async function removeCheckTerm(ctx: Ctx, id: number, res: Answer): Promise<Answer> {
  const admin = await ctx.api.as("admin");
  const page = await admin.get("/api/check-terms?list=caution&q=权限词&limit=100");
  const found = ((await page.json()).terms as { id: number; version: number }[]).find((t) => t.id === id);
  if (found) expect((await admin.delete(`/api/check-terms/${id}?baseVersion=${found.version}`)).status()).toBe(204);
  return res;
}

/** One row per route of the registry: `METHOD /path` as in the OpenAPI document. */
const TABLE: Record<string, Row> = {
  "GET /api/health": { call: (c) => c.get("/api/health"), expect: all(200) },
  "GET /api/openapi.json": { call: (c) => c.get("/api/openapi.json"), expect: all(200) },
  "GET /api/ping": { call: (c) => c.get("/api/ping"), expect: all(200) },
  "GET /api/me": { call: (c) => c.get("/api/me"), expect: signedIn(200) },
  "PATCH /api/me": { call: (c) => c.patch("/api/me", { data: { locale: "zh-CN" } }), expect: signedIn(200) },
  "GET /api/events": { call: (c) => streamStatus(c, "/api/events"), expect: signedIn(200) },
  // A wrong current password: every signed-in caller reaches the check (400), nobody's password changes.
  "PUT /api/me/password": { call: (c) => c.put("/api/me/password", { data: { currentPassword: "not-my-password", newPassword: "another-password-1" } }), expect: signedIn(400) },
  "PATCH /api/users/{id}": { data: someUser, call: (c, d) => c.patch(`/api/users/${d.userId}`, { data: { role: "editor" } }), expect: { ...signedIn(403), admin: 200 } },
  "PUT /api/users/{id}/password": { data: someUser, call: (c, d) => c.put(`/api/users/${d.userId}/password`, { data: { password: "another-password-1" } }), expect: { ...signedIn(403), admin: 204 } },
  "GET /api/notifications": { call: (c) => c.get("/api/notifications"), expect: signedIn(200) },
  "POST /api/notifications": { call: (c) => c.post("/api/notifications"), expect: signedIn(204) },
  // nobody's notification: a signed-in caller gets 404 (marking a real one read is e2e/desk-queues.spec.ts)
  "POST /api/notifications/{id}": { call: (c) => c.post("/api/notifications/999999999"), expect: signedIn(404) },
  // a proofreader's queue is 待校对 (pages submitted, no story text)
  "GET /api/queues": { call: (c) => c.get("/api/queues"), expect: { ...deskRead, proofreader: 200 } },
  // the word lists are read by everyone signed in, the proofreader too: 禁用词 and 错别字 are what 校对 looks for
  "GET /api/check-terms": { call: (c) => c.get("/api/check-terms?list=typo&limit=5"), expect: signedIn(200) },
  "GET /api/check-terms/lists": { call: (c) => c.get("/api/check-terms/lists"), expect: signedIn(200) },
  "POST /api/check-terms": {
    call: async (c, _d, ctx) => {
      const res = await c.post("/api/check-terms", { data: { list: "caution", term: `权限词${suffix()}`, note: "权限表" } });
      return res.status() === 201 ? removeCheckTerm(ctx, (await res.json()).term.id, res) : res;
    },
    expect: checkKeep(201),
  },
  "PUT /api/check-terms/{id}": {
    data: ownCheckTerm,
    call: async (c, d, ctx) => {
      const res = await c.put(`/api/check-terms/${d.termId}`, { data: { baseVersion: d.termVersion, list: "caution", term: `权限词${suffix()}`, note: "改" } });
      return removeCheckTerm(ctx, d.termId, res);
    },
    expect: checkKeep(200),
  },
  "DELETE /api/check-terms/{id}": {
    data: ownCheckTerm,
    call: async (c, d, ctx) => removeCheckTerm(ctx, d.termId, await c.delete(`/api/check-terms/${d.termId}?baseVersion=${d.termVersion}`)),
    expect: checkKeep(204),
  },
  "POST /api/check-terms/import": {
    call: (c) => c.post("/api/check-terms/import", { data: { step: "preview", format: "text", list: "caution", text: `权限词${suffix()}\n` } }),
    expect: checkKeep(200),
  },
  "GET /api/search": { call: (c) => c.get(`/api/search?q=${encodeURIComponent("聊城")}`), expect: deskRead },
  // 差错率: editors, desk heads and the chief read it (a reporter would see colleagues' error rates)
  "GET /api/reports/error-rate": { call: (c) => c.get("/api/reports/error-rate?from=2019-01-01&to=2019-01-31"), expect: deskWrite(200) },
  "GET /api/reports/error-rate.csv": { call: (c) => c.get("/api/reports/error-rate.csv?from=2019-01-01&to=2019-01-31&by=page"), expect: deskWrite(200) },
  "GET /api/reports/error-rate.xlsx": { call: (c) => c.get("/api/reports/error-rate.xlsx?from=2019-01-01&to=2019-01-31&by=reporter"), expect: deskWrite(200) },
  "GET /api/stories/{id}/check": { data: draft, call: (c, d) => c.get(`/api/stories/${d.storyId}/check`), expect: deskRead },
  // a warning is dismissed by whoever may edit the story: the reporter on their own draft, or the desk
  "POST /api/stories/{id}/check/dismissals": {
    data: draftWithWarning,
    call: (c, d) => c.post(`/api/stories/${d.storyId}/check/dismissals`, { data: { key: d.findingKey, kind: "dismiss", reason: "引文照录" } }),
    expect: ownOrDesk(201),
  },
  "GET /api/editions/{date}/check": { data: draft, call: (c, _d, ctx) => c.get(`/api/editions/${ctx.desk.date}/check`), expect: deskWrite(200) },
  "GET /api/staff": { call: (c) => c.get("/api/staff"), expect: deskRead },
  "GET /api/users": { call: (c) => c.get("/api/users"), expect: { ...signedIn(403), admin: 200 } },
  "POST /api/users": {
    call: (c) => c.post("/api/users", { data: { login: `perm${suffix()}`, name: "权限表用户", role: "reporter", password: "password-1" } }),
    expect: { ...signedIn(403), admin: 201 },
  },
  "POST /api/editions": { call: (c, _d, ctx) => c.post("/api/editions", { data: { date: ctx.freeDate() } }), expect: deskWrite(201) },
  "GET /api/editions/carry-over": { data: draft, call: (c, _d, ctx) => c.get(`/api/editions/carry-over?date=${ctx.freeDate()}&from=${ctx.desk.date}`), expect: deskWrite(200) },
  "GET /api/editions/{date}/audit": { data: draft, call: (c, _d, ctx) => c.get(`/api/editions/${ctx.desk.date}/audit`), expect: { ...deskWrite(403), chief: 200 } },
  "GET /api/editions/{date}/archive": { data: draft, call: (c, _d, ctx) => c.get(`/api/editions/${ctx.desk.date}/archive`), expect: { ...deskWrite(403), chief: 200 }, timeout: 120_000 },
  // the desk's own edition, exported by the chief and sent back under a date not taken
  "POST /api/editions/archive": {
    data: draft,
    call: async (c, _d, ctx) => {
      const exported = await (await ctx.as("chief")).get(`/api/editions/${ctx.desk.date}/archive`);
      expect(exported.status()).toBe(200);
      const archive = await exported.json();
      archive.edition.date = ctx.freeDate();
      return c.post("/api/editions/archive", { data: archive });
    },
    expect: { ...deskWrite(403), chief: 201 },
    timeout: 120_000,
  },
  "GET /api/editions/{date}/pages": { data: page, call: (c, _d, ctx) => c.get(`/api/editions/${ctx.desk.date}/pages`), expect: deskRead },
  "POST /api/editions/{date}/pages": { data: async () => ({}), call: (c, _d, ctx) => c.post(`/api/editions/${ctx.desk.date}/pages`, { data: { name: "新增版" } }), expect: deskWrite(201) },
  "POST /api/editions/{date}/imports/preview": {
    call: (c, _d, ctx) => c.post(`/api/editions/${ctx.desk.date}/imports/preview`, { data: { fileName: "来稿.txt", content: Buffer.from("标题\n\n□ 本报记者 李梦\n\n正文。\n").toString("base64") } }),
    expect: deskWrite(200),
  },
  "POST /api/editions/{date}/imports": {
    call: (c, _d, ctx) => c.post(`/api/editions/${ctx.desk.date}/imports`, { data: { fileName: "来稿.txt", pageNumber: null, items: [{ kind: "brief", continues: false, content: content(`导入-${suffix()}`) }] } }),
    expect: deskWrite(201),
  },
  "GET /api/stories": { data: draft, call: (c, _d, ctx) => c.get(`/api/stories?edition=${ctx.desk.date}`), expect: deskRead },
  "POST /api/stories": { data: async () => ({}), call: (c, _d, ctx) => c.post("/api/stories", { data: { edition: ctx.desk.date, slug: `自己的稿-${suffix()}` } }), expect: { ...signedIn(201), proofreader: 403, admin: 403 } },
  "GET /api/stories/{id}": { data: draft, call: (c, d) => c.get(`/api/stories/${d.storyId}`), expect: deskRead },
  "PATCH /api/stories/{id}": { data: draft, call: (c, d) => c.patch(`/api/stories/${d.storyId}`, { data: { baseVersion: d.version, content: content("权限表标题") } }), expect: ownOrDesk(200) },
  "POST /api/stories/{id}/transitions": { data: draft, call: (c, d) => c.post(`/api/stories/${d.storyId}/transitions`, { data: { action: "file" } }), expect: ownOrDesk(200) },
  "POST /api/stories/{id}/lock": { data: draft, call: (c, d) => c.post(`/api/stories/${d.storyId}/lock`, { data: {} }), expect: ownOrDesk(200) },
  // Giving a lease back is a no-op for anyone who does not hold it, so every desk caller gets 204.
  "DELETE /api/stories/{id}/lock": { data: draft, call: (c, d) => c.delete(`/api/stories/${d.storyId}/lock`), expect: { ...deskRead, reporter: 204, otherReporter: 204, editor: 204, deskHead: 204, chief: 204 } },
  // 签收 changes a filed story only; on a draft it is a no-op for every desk caller.
  "POST /api/stories/{id}/receive": { data: draft, call: (c, d) => c.post(`/api/stories/${d.storyId}/receive`), expect: deskRead },
  "GET /api/stories/{id}/comments": { data: withComment, call: (c, d) => c.get(`/api/stories/${d.storyId}/comments`), expect: deskRead },
  "POST /api/stories/{id}/comments": { data: draft, call: (c, d) => c.post(`/api/stories/${d.storyId}/comments`, { data: { body: "权限表批注" } }), expect: ownOrDesk(201) },
  "PATCH /api/stories/{id}/comments/{commentId}": { data: withComment, call: (c, d) => c.patch(`/api/stories/${d.storyId}/comments/${d.commentId}`, { data: { resolved: true } }), expect: ownOrDesk(200) },
  // Role first (chief only), then the state: a draft is not published, so the chief gets 409.
  "POST /api/stories/{id}/corrections": { data: draft, call: (c, d) => c.post(`/api/stories/${d.storyId}/corrections`, { data: { note: "权限表更正" } }), expect: { ...signedIn(403), chief: 409 } },
  "GET /api/stories/{id}/corrections": { data: seedPublished, call: (c, d) => c.get(`/api/stories/${d.storyId}/corrections`), expect: deskRead },
  "GET /api/ninjs/stories/{id}": { data: seedPublished, call: (c, d) => c.get(`/api/ninjs/stories/${d.storyId}`), expect: deskRead },
  "GET /api/stories/{id}/revisions": { data: withRevisions, call: (c, d) => c.get(`/api/stories/${d.storyId}/revisions`), expect: deskRead },
  // the same visibility as search: another reporter's draft is not found
  "GET /api/stories/{id}/similar": { data: draft, call: (c, d) => c.get(`/api/stories/${d.storyId}/similar`), expect: { ...deskRead, otherReporter: 404 } },
  "GET /api/stories/{id}/revisions/{n}": { data: withRevisions, call: (c, d) => c.get(`/api/stories/${d.storyId}/revisions/${d.revision}`), expect: deskRead },
  "POST /api/stories/{id}/revisions/{n}/restore": {
    data: withRevisions,
    call: (c, d) => c.post(`/api/stories/${d.storyId}/revisions/${d.revision}/restore`, { data: { baseVersion: d.version } }),
    expect: ownOrDesk(200),
  },
  "GET /api/stories/{id}/audit": { data: draft, call: (c, d) => c.get(`/api/stories/${d.storyId}/audit`), expect: deskRead },
  "GET /api/pages/{id}": { data: page, call: (c, d) => c.get(`/api/pages/${d.pageId}`), expect: deskRead },
  "PATCH /api/pages/{id}": { data: page, call: (c, d) => c.patch(`/api/pages/${d.pageId}`, { data: { baseVersion: d.pageVersion, name: "改名" } }), expect: deskWrite(200) },
  "DELETE /api/pages/{id}": { data: page, call: (c, d) => c.delete(`/api/pages/${d.pageId}?baseVersion=${d.pageVersion}`), expect: deskWrite(200) },
  "PUT /api/pages/{id}/layout": {
    data: page,
    call: (c, d) => c.put(`/api/pages/${d.pageId}/layout`, { data: { baseVersion: d.pageVersion, elements: [{ kind: "ad", firstColumn: 1, columnSpan: 4, topLine: 80, heightLines: 10, text: "广告" }] } }),
    expect: deskWrite(200),
  },
  "POST /api/pages/{id}/auto-layout": {
    data: draftAndPage,
    call: (c, d) => c.post(`/api/pages/${d.pageId}/auto-layout`, { data: { baseVersion: d.pageVersion, storyIds: [d.storyId] } }),
    expect: deskWrite(200),
  },
  // start-layout and submit are the desk's; sign, reject, withdraw and release the chief's (e2e/page-permissions.spec.ts).
  "POST /api/pages/{id}/transitions": {
    data: async (ctx) => {
      const p = await ctx.desk.page({ name: `权限表${Math.random().toString(36).slice(2, 5)}` });
      return { pageId: p.id, pageVersion: p.version };
    },
    call: (c, d) => c.post(`/api/pages/${d.pageId}/transitions`, { data: { action: "start-layout" } }),
    expect: deskWrite(200),
  },
  // the settings (name, zone, review levels, proofreading rounds) are read by everyone signed in; no newsroom content
  "GET /api/publication": { call: (c) => c.get("/api/publication"), expect: signedIn(200) },
  // The settings as they are (other specs read them): the caller's write changes nothing but the version.
  "PUT /api/publication": {
    call: async (c, _d, ctx) => {
      let res: Answer | undefined;
      for (let i = 0; i < 10 && (res === undefined || res.status() === 409); i++) {
        const { publication } = await (await (await ctx.api.as("chief")).get("/api/publication")).json();
        const { id: _id, version, updatedAt: _u, ...settings } = publication;
        res = await c.put("/api/publication", { data: { ...settings, baseVersion: version } });
      }
      return res!;
    },
    expect: publicationWrite(200),
  },
  // a proofreader has no use for the template (and a slot names its 责任编辑: staff a proofreader does not read)
  "GET /api/page-templates": { call: (c) => c.get("/api/page-templates"), expect: { ...signedIn(200), proofreader: 403 } },
  "POST /api/page-templates": {
    call: async (c, _d, ctx) => {
      const res = await postTemplate(c);
      return res.status() === 201 ? thenRemove(ctx, (await res.json()).template.id, res) : res;
    },
    expect: publicationWrite(201),
  },
  "GET /api/page-templates/{id}": { data: ownTemplate, call: async (c, d, ctx) => thenRemove(ctx, d.templateId, await c.get(`/api/page-templates/${d.templateId}`)), expect: { ...signedIn(200), proofreader: 403 } },
  "PUT /api/page-templates/{id}": {
    data: ownTemplate,
    call: async (c, d, ctx) => {
      const { template } = await (await (await ctx.api.as("admin")).get(`/api/page-templates/${d.templateId}`)).json();
      const res = await c.put(`/api/page-templates/${d.templateId}`, { data: { ...templatePage(template.number), baseVersion: template.version, name: "权限版改" } });
      return thenRemove(ctx, d.templateId, res);
    },
    expect: publicationWrite(200),
  },
  "DELETE /api/page-templates/{id}": {
    data: ownTemplate,
    call: async (c, d, ctx) => thenRemove(ctx, d.templateId, await c.delete(`/api/page-templates/${d.templateId}?baseVersion=1`)),
    expect: publicationWrite(204),
  },
  // 三校 (docs/PROOFING.md): marks and rounds are the proofreader's (e2e/proofing.spec.ts signs in as 赵敏); editors read and deal with them.
  // The page is in layout: a proofreader may not read it (403) and reaches the command to mark or sign, which refuses (409: not submitted).
  "GET /api/pages/{id}/proof-marks": { data: page, call: (c, d) => c.get(`/api/pages/${d.pageId}/proof-marks`), expect: deskWrite(200) },
  "POST /api/pages/{id}/proof-marks": {
    data: page,
    call: (c, d) => c.post(`/api/pages/${d.pageId}/proof-marks`, { data: { storyId: 1, paragraph: 0, offset: 0, marked: "聊", type: "typo", correction: "聊" } }),
    expect: { ...signedIn(403), proofreader: 409 },
  },
  "GET /api/pages/{id}/proof-rounds": { data: page, call: (c, d) => c.get(`/api/pages/${d.pageId}/proof-rounds`), expect: deskWrite(200) },
  "POST /api/pages/{id}/proof-rounds": { data: page, call: (c, d) => c.post(`/api/pages/${d.pageId}/proof-rounds`, { data: { round: 1 } }), expect: { ...signedIn(403), proofreader: 409 } },
  // nobody's mark: an editor reaches the command (404); accepting and rejecting real marks is e2e/proofing.spec.ts
  "POST /api/proof-marks/{id}/accept": { call: (c) => c.post("/api/proof-marks/999999999/accept", { data: { baseVersion: 1 } }), expect: deskWrite(404) },
  "POST /api/proof-marks/{id}/reject": { call: (c) => c.post("/api/proof-marks/999999999/reject", { data: { baseVersion: 1, reason: "原文无误" } }), expect: deskWrite(404) },
  "GET /api/stories/{id}/proof-marks": { data: draft, call: (c, d) => c.get(`/api/stories/${d.storyId}/proof-marks`), expect: deskWrite(200) },
  "GET /api/pages/{id}/proof.pdf": { data: page, call: (c, d) => c.get(`/api/pages/${d.pageId}/proof.pdf`, { timeout: 60_000 }), expect: deskRead, timeout: 180_000 },
  "GET /api/stories/{id}/review-sheet.pdf": { data: draft, call: (c, d) => c.get(`/api/stories/${d.storyId}/review-sheet.pdf`, { timeout: 60_000 }), expect: deskRead, timeout: 180_000 },
};

const key = (r: { method: string; path: string }) => `${r.method} ${r.path}`;

test("every route of the OpenAPI document has a row in the permission table", async ({ api }) => {
  const served = await (await api.as("anonymous")).get("/api/openapi.json");
  expect(served.status()).toBe(200);
  const doc = (await served.json()) as { paths: Record<string, Record<string, unknown>> };
  const documented = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
  expect(documented.length).toBeGreaterThanOrEqual(API_ROUTES.length);
  expect(documented.filter((k) => !(k in TABLE))).toEqual([]);
  expect(API_ROUTES.map(key).filter((k) => !(k in TABLE))).toEqual([]);
  expect(Object.keys(TABLE).filter((k) => !documented.includes(k))).toEqual([]);
});

// The spec's own staff, made once per worker by the admin.
let staffOnce: Promise<{ staff: Staff; password: string }> | undefined;
const contexts = new Map<string, Promise<APIRequestContext>>();

function makeStaff(api: Api): Promise<{ staff: Staff; password: string }> {
  staffOnce ??= (async () => {
    const admin = await api.as("admin");
    const password = `pw-${Math.random().toString(36).slice(2, 12)}`;
    const tag = suffix();
    const make = async (role: string, name: string) => {
      const login = `perm-${role}-${name.length}-${tag}`.toLowerCase();
      const res = await admin.post("/api/users", { data: { login, name, role, password } });
      expect(res.status(), await res.text()).toBe(201);
      return { id: (await res.json()).user.id as number, login };
    };
    return {
      password,
      staff: {
        reporter: await make("reporter", "表记者甲"),
        otherReporter: await make("reporter", "表记者乙乙"),
        editor: await make("editor", "表编辑"),
        deskHead: await make("desk_head", "表主任主任"),
        chief: await make("chief", "表总编编"),
        proofreader: await make("proofreader", "表校对校对校"),
      },
    };
  })();
  return staffOnce;
}

test.afterAll(async () => {
  for (const c of contexts.values()) await (await c).dispose();
  contexts.clear();
});

for (const route of API_ROUTES) {
  const row = TABLE[key(route)];
  if (!row) continue; // the test above names it
  test(`permissions: ${key(route)}`, async ({ api, desk, editionDates, baseURL }) => {
    if (row.timeout) test.setTimeout(row.timeout);
    const { staff, password } = await makeStaff(api);
    const as = (caller: keyof Staff) => {
      const login = staff[caller].login;
      let c = contexts.get(login);
      if (!c) {
        c = newApiContext(baseURL!).then(async (context) => {
          await apiSignIn(context, login, password);
          return context;
        });
        contexts.set(login, c);
      }
      return c;
    };
    const ctx: Ctx = { api, desk, staff, as, freeDate: () => editionDates.next() };
    const got: Partial<Statuses> = {};
    for (const caller of CALLERS) {
      const data = { storyId: 0, version: 0, pageId: 0, pageVersion: 0, commentId: 0, revision: 0, userId: 0, templateId: 0, findingKey: "", termId: 0, termVersion: 0, ...(row.data ? await row.data(ctx) : {}) };
      const client = caller === "anonymous" || caller === "admin" ? await api.as(caller) : await as(caller);
      let res = await row.call(client, data, ctx);
      // POST /api/editions (and an archive import) may meet a date another run already took: ask for the next one.
      for (let i = 0; (key(route) === "POST /api/editions" || key(route) === "POST /api/editions/archive") && res.status() === 409 && i < 50; i++) res = await row.call(client, data, ctx);
      got[caller] = res.status();
      if (res.status() !== row.expect[caller]) console.log(`${key(route)} as ${caller}: ${res.status()} ${(await res.text()).slice(0, 300)}`);
    }
    expect(got, key(route)).toEqual(row.expect);
  });
}
