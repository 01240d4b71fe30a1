import { type APIRequestContext } from "@playwright/test";
import type { Desk } from "./desk";
import { expect, test, type Api, type Login } from "./fixtures";

/**
 * The permission matrix of the story, assignment and comment routes, per role, on the server.
 * Each row runs against a story in the state the row needs, made fresh through the API in an edition of its own.
 */
type Who = Login | "anonymous";

/** A story assigned to 李梦 by 李强, moved along to `state` by the right people. */
async function storyIn(api: Api, desk: Desk, state: "assigned" | "draft" | "filed" | "edited"): Promise<{ id: number; version: number }> {
  const story = await desk.story({ slug: `权限测试-${state}-${Math.random().toString(36).slice(2, 7)}`, assignees: ["李梦"], targetLength: 800 });
  const steps: [Login, string][] = [];
  if (state !== "assigned") steps.push(["limeng", "start"]);
  if (state === "filed" || state === "edited") steps.push(["limeng", "file"]);
  if (state === "edited") steps.push(["liqiang", "pass"]);
  let version = 1;
  for (const [login, action] of steps) {
    const res = await (await api.as(login)).post(`/api/stories/${story.id}/transitions`, { data: { action } });
    expect(res.status(), `${login} ${action}`).toBe(200);
    version = (await res.json()).version;
  }
  return { id: story.id, version };
}

const content = (headline: string) => ({
  kicker: null,
  headline,
  subheadline: null,
  dateline: "本报聊城讯",
  body: ["第一段。"],
  sidebars: [],
  bylines: [{ name: "李梦", role: "reporter" }],
});

type Row = {
  who: Who;
  what: string;
  state: "assigned" | "draft" | "filed" | "edited";
  call: (c: APIRequestContext, s: { id: number; version: number }) => Promise<{ status(): number }>;
  expect: number;
};

const transition = (action: string, reason?: string) => (c: APIRequestContext, s: { id: number }) =>
  c.post(`/api/stories/${s.id}/transitions`, { data: { action, ...(reason && { reason }) } });
const save = (c: APIRequestContext, s: { id: number; version: number }) =>
  c.patch(`/api/stories/${s.id}`, { data: { baseVersion: s.version, content: content("改过的标题") } });
const read = (c: APIRequestContext, s: { id: number }) => c.get(`/api/stories/${s.id}`);
const comment = (c: APIRequestContext, s: { id: number }) => c.post(`/api/stories/${s.id}/comments`, { data: { body: "请核实数字" } });
const lock = (c: APIRequestContext, s: { id: number }) => c.post(`/api/stories/${s.id}/lock`, { data: {} });
const revisions = (c: APIRequestContext, s: { id: number }) => c.get(`/api/stories/${s.id}/revisions`);

const ROWS: Row[] = [
  // nobody signed in
  { who: "anonymous", what: "read", state: "draft", call: read, expect: 401 },
  { who: "anonymous", what: "save", state: "draft", call: save, expect: 401 },
  { who: "anonymous", what: "file", state: "draft", call: transition("file"), expect: 401 },
  { who: "anonymous", what: "comment", state: "draft", call: comment, expect: 401 },
  { who: "anonymous", what: "lock", state: "draft", call: lock, expect: 401 },
  // admin has no editorial power
  { who: "admin", what: "read", state: "draft", call: read, expect: 403 },
  { who: "admin", what: "save", state: "draft", call: save, expect: 403 },
  { who: "admin", what: "revisions", state: "draft", call: revisions, expect: 403 },
  // the assigned reporter
  { who: "limeng", what: "start", state: "assigned", call: transition("start"), expect: 200 },
  { who: "limeng", what: "save own draft", state: "draft", call: save, expect: 200 },
  { who: "limeng", what: "file own", state: "draft", call: transition("file"), expect: 200 },
  { who: "limeng", what: "comment on own", state: "draft", call: comment, expect: 201 },
  { who: "limeng", what: "save once filed", state: "filed", call: save, expect: 403 },
  { who: "limeng", what: "pass (初审)", state: "filed", call: transition("pass"), expect: 403 },
  { who: "limeng", what: "return", state: "filed", call: transition("return", "x"), expect: 403 },
  { who: "limeng", what: "approve", state: "edited", call: transition("approve"), expect: 403 },
  { who: "limeng", what: "spike", state: "draft", call: transition("spike", "x"), expect: 403 },
  // another reporter: reads, but may not touch
  { who: "xiaohui", what: "read someone else's", state: "draft", call: read, expect: 200 },
  { who: "xiaohui", what: "save someone else's", state: "draft", call: save, expect: 403 },
  { who: "xiaohui", what: "start someone else's", state: "assigned", call: transition("start"), expect: 403 },
  { who: "xiaohui", what: "comment on someone else's", state: "draft", call: comment, expect: 403 },
  { who: "xiaohui", what: "lock someone else's", state: "draft", call: lock, expect: 403 },
  { who: "xiaohui", what: "take over", state: "draft", call: (c, s) => c.post(`/api/stories/${s.id}/lock`, { data: { takeOver: true } }), expect: 403 },
  { who: "limeng", what: "lock own draft", state: "draft", call: lock, expect: 200 },
  { who: "liqiang", what: "lock any draft", state: "draft", call: lock, expect: 200 },
  // the desk
  { who: "liqiang", what: "save a filed story", state: "filed", call: save, expect: 200 },
  { who: "liqiang", what: "pass", state: "filed", call: transition("pass"), expect: 200 },
  { who: "liqiang", what: "return without reason", state: "filed", call: transition("return"), expect: 400 },
  { who: "liqiang", what: "return with reason", state: "filed", call: transition("return", "导语再压缩"), expect: 200 },
  { who: "liqiang", what: "approve (终审)", state: "edited", call: transition("approve"), expect: 403 },
  { who: "liqiang", what: "pass a draft", state: "draft", call: transition("pass"), expect: 409 },
  { who: "liqiang", what: "spike with reason", state: "draft", call: transition("spike", "选题重复"), expect: 200 },
  { who: "liqiang", what: "comment", state: "filed", call: comment, expect: 201 },
  // the chief
  { who: "chief", what: "approve what an editor passed", state: "edited", call: transition("approve"), expect: 200 },
  { who: "chief", what: "approve a filed story", state: "filed", call: transition("approve"), expect: 409 },
];

for (const row of ROWS) {
  test(`${row.who}: ${row.what} (${row.state}) → ${row.expect}`, async ({ api, desk }) => {
    const story = await storyIn(api, desk, row.state);
    const res = await row.call(await api.as(row.who), story);
    expect(res.status()).toBe(row.expect);
  });
}

test("one person may not give both review levels", async ({ api, desk }) => {
  const story = await storyIn(api, desk, "filed");
  const chief = await api.as("chief");
  expect((await chief.post(`/api/stories/${story.id}/transitions`, { data: { action: "pass" } })).status()).toBe(200);
  const res = await chief.post(`/api/stories/${story.id}/transitions`, { data: { action: "approve" } });
  expect(res.status()).toBe(403);
  expect((await res.json()).error.message).toContain("任何两个环节的审稿工作不能同时由一人担任");
});

test("a reporter may not assign others; the desk may", async ({ api, desk }) => {
  const reporter = await api.as("limeng");
  const res = await reporter.post("/api/stories", { data: { edition: desk.date, slug: "自己的稿", assigneeIds: [await desk.staffId("肖会")] } });
  expect(res.status()).toBe(403);
  const own = await reporter.post("/api/stories", { data: { edition: desk.date, slug: "自己的稿" } });
  expect(own.status()).toBe(201);
  expect((await own.json()).story.status).toBe("draft");
});

test("bad input is refused with a message and changes nothing", async ({ api, desk }) => {
  const story = await storyIn(api, desk, "draft");
  const c = await api.as("limeng");
  const long = "长".repeat(201);
  const cases: [unknown, string][] = [
    [{ baseVersion: story.version, content: content(long) }, "headline"],
    [{ baseVersion: story.version, content: { ...content("标题"), body: ["字".repeat(50_001)] } }, "50000"],
    [{ baseVersion: story.version, content: { ...content("标题"), body: "not a list" } }, "body"],
    [{ content: content("标题") }, "baseVersion"],
    [{ baseVersion: story.version, content: content("标题"), extra: 1 }, ""],
  ];
  for (const [data, hint] of cases) {
    const res = await c.patch(`/api/stories/${story.id}`, { data });
    expect(res.status()).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe("bad_request");
    expect(body.error.message).toContain(hint);
  }
  expect((await c.patch(`/api/stories/999999`, { data: { baseVersion: 1, content: content("x") } })).status()).toBe(404);
  expect((await c.post(`/api/stories/${story.id}/transitions`, { data: { action: "publish" } })).status()).toBe(400);
  const after = await (await c.get(`/api/stories/${story.id}`)).json();
  expect(after.story.version).toBe(story.version);
  expect(after.story.headline).toBeNull();
});

test("a stale save gets 409 with the server copy", async ({ api, desk }) => {
  const story = await storyIn(api, desk, "draft");
  const c = await api.as("limeng");
  const first = await c.patch(`/api/stories/${story.id}`, { data: { baseVersion: story.version, content: content("第一版标题") } });
  expect(first.status()).toBe(200);
  const stale = await c.patch(`/api/stories/${story.id}`, { data: { baseVersion: story.version, content: content("过期的标题") } });
  expect(stale.status()).toBe(409);
  const body = await stale.json();
  expect(body.current.headline).toBe("第一版标题");
  expect(body.version).toBe((await first.json()).version);
});
