import { type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { API_ROUTES } from "@/lib/api/api-routes";
import { apiSignIn, expect, newApiContext, test } from "./fixtures";

/**
 * Bad input through the real server: a sample (a few hundred requests) of broken bodies, params and queries
 * to every write route, as a caller the route admits (a chief made for this spec; the admin for users).
 * No answer is 5xx, every refusal is `{error:{code,key,message}}`, and the test's own story and page read
 * the same after it. The thousands run in-process: app/api/bad-input.test.ts (with a hash of every table).
 */
const RUNS = 16;
const WRITES = API_ROUTES.filter((r) => r.method !== "GET");

const badValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, 0, -1, 1.5, 2 ** 53, 1e308, "", "0", "NaN", [], {}, [null], "\u0000", "\uD800", "😀", "字".repeat(201), "a".repeat(60_000)),
  fc.integer(),
  fc.string({ maxLength: 40 }),
  fc.jsonValue({ maxDepth: 2 }),
);
type Mutation = (valid: Record<string, unknown>) => { data: string; contentType: string };
const asJson = (x: unknown) => ({ data: JSON.stringify(x), contentType: "application/json" });
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), badValue).map(([i, x]): Mutation => (v) => {
    const keys = Object.keys(v);
    return asJson(keys.length ? { ...v, [keys[i % keys.length]]: x } : x);
  }),
  fc.nat().map((i): Mutation => (v) => {
    const keys = Object.keys(v);
    return asJson(Object.fromEntries(Object.entries(v).filter(([k]) => k !== keys[i % Math.max(keys.length, 1)])));
  }),
  fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), badValue).map(([k, x]): Mutation => (v) => asJson({ ...v, [`x${k}`]: x })),
  fc.jsonValue({ maxDepth: 3 }).map((x): Mutation => () => asJson(x)),
  fc.string({ maxLength: 60 }).map((s): Mutation => () => ({ data: s, contentType: "application/json" })),
  fc.nat().map((n): Mutation => (v) => ({ data: JSON.stringify(v).slice(0, n % 20), contentType: "application/json" })),
  fc.constant<Mutation>((v) => ({ data: JSON.stringify({ ...v, pad: "x".repeat(1_000_100) }), contentType: "application/json" })),
);
const idArb = fc.oneof(fc.constantFrom("0", "-1", "1.5", "abc", "99999999999999999999", "%20", "1e3", "%00"), fc.integer().map(String));
const dateArb = fc.oneof(fc.constantFrom("2019-02-30", "2019-13-45", "20190109", "x", "0000-00-00"), fc.string({ minLength: 1, maxLength: 10 }).map(encodeURIComponent));

type Ids = { date: string; storyId: number; storyVersion: number; pageId: number; pageVersion: number; commentId: number };

function validBody(key: string, ids: Ids): Record<string, unknown> {
  const bodies: Record<string, Record<string, unknown>> = {
    "PATCH /api/me": { locale: "zh-CN" },
    "POST /api/users": { login: `bad${Math.random().toString(36).slice(2, 8)}`, name: "坏输入", role: "reporter", password: "password-1" },
    "POST /api/editions": { date: ids.date },
    "POST /api/editions/{date}/pages": { name: "新版" },
    "POST /api/stories": { edition: ids.date, slug: "新稿" },
    "PATCH /api/stories/{id}": { baseVersion: ids.storyVersion, content: { kicker: null, headline: "标题", subheadline: null, dateline: null, body: ["一段。"], sidebars: [], bylines: [] } },
    "POST /api/stories/{id}/transitions": { action: "spike", reason: "测试" },
    "POST /api/stories/{id}/lock": { takeOver: true },
    "POST /api/stories/{id}/comments": { body: "批注", parentId: ids.commentId },
    "PATCH /api/stories/{id}/comments/{commentId}": { resolved: true },
    "POST /api/stories/{id}/revisions/{n}/restore": { baseVersion: ids.storyVersion },
    "PATCH /api/pages/{id}": { baseVersion: ids.pageVersion, name: "改名" },
    "PUT /api/pages/{id}/layout": { baseVersion: ids.pageVersion, elements: [] },
    "POST /api/pages/{id}/auto-layout": { baseVersion: ids.pageVersion, storyIds: [ids.storyId] },
    "POST /api/pages/{id}/transitions": { action: "start-layout" },
    "POST /api/editions/{date}/imports/preview": { fileName: "来稿.txt", content: Buffer.from("标题\n\n□ 本报记者 李梦\n\n正文。\n").toString("base64") },
    "POST /api/editions/{date}/imports": { fileName: "来稿.txt", pageNumber: null, items: [{ kind: "brief", continues: false, content: { kicker: null, headline: "导入", subheadline: null, dateline: null, body: ["一段。"], sidebars: [], bylines: [] } }] },
  };
  return bodies[key] ?? {};
}

test("every write route gets a sample of bad input through the server: 4xx with a message, nothing changed", async ({ api, desk, baseURL, editionDates }) => {
  test.setTimeout(240_000);
  const admin = await api.as("admin");
  const login = `badinput-${Date.now() % 1_000_000}${Math.random().toString(36).slice(2, 5)}`;
  const password = "password-bad-input";
  expect((await admin.post("/api/users", { data: { login, name: "坏输入总编", role: "chief", password } })).status()).toBe(201);
  const chief: APIRequestContext = await newApiContext(baseURL!);
  await apiSignIn(chief, login, password);

  let page = await desk.page({ name: "坏输入版", state: "layout" });
  const created = await chief.post("/api/stories", { data: { edition: desk.date, slug: "坏输入稿" } });
  const { story } = await created.json();
  const { comment } = await (await chief.post(`/api/stories/${story.id}/comments`, { data: { body: "批注" } })).json();

  /** What the refused requests must leave alone (read once, and again after each accepted one), and the versions now. */
  const read = async ({ accepted = false } = {}) => {
    // A valid DELETE of the page (its body is not read) removes it: the next requests get a new one.
    if (accepted && (await chief.get(`/api/pages/${page.id}`)).status() === 404) page = await desk.page({ name: "坏输入版", state: "layout" });
    const s = (await (await chief.get(`/api/stories/${story.id}`)).json()).story;
    const p = (await (await chief.get(`/api/pages/${page.id}`)).json()).page;
    const comments = await (await chief.get(`/api/stories/${story.id}/comments`)).text();
    const ids: Ids = { date: editionDates.next(), storyId: story.id, storyVersion: s.version, pageId: page.id, pageVersion: p.version, commentId: comment.id };
    return { ids, snapshot: JSON.stringify({ s: { ...s, lock: null, permissions: null }, p: { ...p, unplacedStories: null }, comments }) };
  };
  let state = await read();

  let sent = 0;
  for (const route of WRITES) {
    const key = `${route.method} ${route.path}`;
    const client = route.access === "admin" ? admin : chief;
    await fc.assert(
      fc.asyncProperty(mutationArb, fc.option(idArb), fc.option(dateArb), fc.option(fc.oneof(idArb, fc.constant(""))), async (mutate, badId, badDate, badQuery) => {
        const now = state.ids;
        const path = route.path
          .replace("{date}", badDate ?? desk.date)
          .replace("{id}", badId ?? String(route.path.startsWith("/api/pages") ? page.id : story.id))
          .replace("{commentId}", String(comment.id))
          .replace("{n}", "1");
        const query = route.method === "DELETE" && route.path === "/api/pages/{id}" ? `?baseVersion=${badQuery ?? now.pageVersion}` : badQuery ? `?x=${badQuery}` : "";
        const { data, contentType } = mutate(validBody(key, now));
        const res = await client.fetch(path + query, { method: route.method, data, headers: { "content-type": contentType } });
        sent++;
        const what = `${key} → ${route.method} ${path}${query} ${data.slice(0, 120)}: ${res.status()}`;
        expect(res.status(), what).toBeLessThan(500);
        if (res.status() >= 400) {
          expect(await res.json(), what).toMatchObject({ error: { code: expect.any(String), key: expect.any(String), message: expect.any(String) } });
          const after = await read();
          expect(after.snapshot, `${what}: refused, but the story or page changed`).toBe(state.snapshot);
          state = after;
        } else state = await read({ accepted: true });
      }),
      { numRuns: RUNS },
    );
  }
  expect(sent).toBeGreaterThanOrEqual(WRITES.length * RUNS);
  await chief.dispose();
});

test("a path no route serves is the API's JSON 404, not the site's HTML page (a date of \".\" is normalized away)", async ({ api }) => {
  const chief = await api.as("chief");
  for (const res of [await chief.post("/api/editions/./pages", { data: { name: "新版" } }), await chief.get("/api/no-such-thing")]) {
    expect(res.status()).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: "not_found", key: "request.noRoute", message: expect.stringContaining("/api/") } });
  }
});
