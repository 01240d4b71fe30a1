import type { Page } from "@playwright/test";
import { expect, open, test } from "./fixtures";

/**
 * Live updates by server-sent events (GET /api/events): a write in one browser shows in another within
 * LIVE ms. While a tab's stream is open it does not poll at all, and the fallback polling it returns to
 * when the stream drops is every 5 s (budget, story, notifications) to 20 s (flatplan) — longer than
 * LIVE — so these expectations can only be met by the stream. `body[data-live="open"]` says the tab's
 * stream is open; each test waits for it before the write it watches.
 */
const LIVE = 3_000;

type Event = Record<string, unknown> & { type: string };
type StorageState = { cookies: { name: string; value: string }[] };

async function streamIsOpen(page: Page): Promise<void> {
  await expect(page.locator('body[data-live="open"]')).toBeAttached();
}

/** An event stream read by the test itself (Node's fetch, with a session's cookies): its events as they come. */
async function openStream(baseURL: string, session: StorageState) {
  const controller = new AbortController();
  const res = await fetch(`${baseURL}/api/events`, {
    headers: { cookie: session.cookies.map((c) => `${c.name}=${c.value}`).join("; "), "accept-encoding": "gzip, deflate, br" },
    signal: controller.signal,
  });
  const events: Event[] = [];
  let text = "";
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const pump = (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        text += decoder.decode(value, { stream: true });
        for (let cut = text.indexOf("\n\n"); cut >= 0; cut = text.indexOf("\n\n")) {
          const data = text.slice(0, cut).split("\n").find((l) => l.startsWith("data: "));
          if (data) events.push(JSON.parse(data.slice(6)) as Event);
          text = text.slice(cut + 2);
        }
      }
    } catch {
      // aborted by close()
    }
  })();
  return {
    res,
    events,
    /** Waits (polling the events already read, never sleeping blindly) until one matches. */
    async next(match: (e: Event) => boolean, what: string): Promise<Event> {
      await expect.poll(() => events.some(match), { message: what, timeout: LIVE, intervals: [50] }).toBe(true);
      return events.find(match)!;
    },
    async close() {
      controller.abort();
      await pump;
    },
  };
}

test("the event stream answers 401 without a session, and streams unbuffered to a signed-in user", async ({ api, sessions, baseURL }) => {
  const anonymous = await (await api.as("anonymous")).get("/api/events");
  expect(anonymous.status()).toBe(401);
  expect((await anonymous.json()).error.code).toBe("unauthorized");

  const stream = await openStream(baseURL!, await sessions.of("limeng"));
  try {
    expect(stream.res.status).toBe(200);
    expect(stream.res.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(stream.res.headers.get("cache-control")).toBe("no-cache, no-transform");
    expect(stream.res.headers.get("x-accel-buffering")).toBe("no");
    // Asked with Accept-Encoding: gzip, and still not compressed (compression would hold events back).
    expect(stream.res.headers.get("content-encoding")).toBeNull();
  } finally {
    await stream.close();
  }
});

test("a reporter's stream says which story changed, but never carries another user's notification", async ({ api, sessions, baseURL, desk }) => {
  const idOf = async (login: "limeng" | "xiaohui") => ((await (await (await api.as(login)).get("/api/me")).json()).user.id as number);
  const [limengId, xiaohuiId] = await Promise.all([idOf("limeng"), idOf("xiaohui")]);
  const limeng = await openStream(baseURL!, await sessions.of("limeng"));
  const xiaohui = await openStream(baseURL!, await sessions.of("xiaohui"));
  try {
    // The editor assigns a story to 肖会: both reporters hear of the story, only 肖会 of the notification.
    const story = await desk.story({ slug: `只给肖会-${Date.now() % 100000}`, assignees: ["肖会"] });
    await xiaohui.next((e) => e.type === "notification" && e.userId === xiaohuiId, "肖会 is told of her notification");
    await limeng.next((e) => e.type === "story" && e.id === story.id, "李梦 hears the story changed");
    // A later write to the same story as a marker: by the time it arrives, the assignment's events all have.
    const editor = await api.as("liqiang");
    expect((await editor.post(`/api/stories/${story.id}/comments`, { data: { body: "标记" } })).status()).toBe(201);
    await limeng.next((e) => e.type === "comments" && e.storyId === story.id, "李梦 hears of the comment");
    expect(limeng.events.filter((e) => e.type === "notification" && e.userId !== limengId)).toEqual([]);
    // What changed, never the content.
    expect(limeng.events.find((e) => e.type === "story" && e.id === story.id)).toEqual({ type: "story", id: story.id, editionDate: desk.date });
  } finally {
    await Promise.all([limeng.close(), xiaohui.close()]);
  }
});

test("an assignment made in one browser and its filing show in another browser's budget", async ({ pageAs, api, desk }) => {
  const slug = `实时派稿-${Date.now() % 100000}`;
  const [editor, chief] = await Promise.all([pageAs("liqiang"), pageAs("chief")]);
  await open(chief, `/editions/${desk.date}`);
  await open(editor, `/editions/${desk.date}`);
  await streamIsOpen(chief);

  await editor.getByRole("button", { name: "新建派稿" }).click();
  await editor.getByLabel("稿件名（工作标题）").fill(slug);
  await editor.getByRole("checkbox", { name: "李梦" }).check();
  await editor.getByRole("button", { name: "创建" }).click();
  await expect(editor).toHaveURL(/\/stories\/\d+$/);
  const row = chief.getByTestId("budget-row").filter({ hasText: slug });
  await expect(row).toContainText("已派稿", { timeout: LIVE });

  const id = Number(new URL(editor.url()).pathname.split("/").pop());
  const reporter = await api.as("limeng");
  for (const action of ["start", "file"]) expect((await reporter.post(`/api/stories/${id}/transitions`, { data: { action } })).status()).toBe(200);
  await expect(row).toContainText("已交稿", { timeout: LIVE });
});

test("a lease taken in one browser shows at once in another's story view", async ({ pageAs, desk }) => {
  const story = await desk.story({ slug: `实时锁-${Date.now() % 100000}`, by: "limeng" });
  const [editor, reporter] = await Promise.all([pageAs("liqiang"), pageAs("limeng")]);
  // A draft is not at the editor's step: the editor reads it, holding no lease.
  await open(editor, `/stories/${story.id}`);
  await expect(editor.getByTestId("read-view")).toBeVisible();
  await expect(editor.getByTestId("lock-banner")).toHaveCount(0);
  await streamIsOpen(editor);

  // The reporter opens their draft and starts typing: that takes the lease (opening alone only reads).
  await open(reporter, `/stories/${story.id}`);
  await expect(reporter.getByTestId("field-body")).toBeVisible();
  await reporter.getByTestId("field-body").pressSequentially("今天");
  await expect(reporter.getByTestId("lease-state")).toHaveAttribute("data-leased", "true");
  await expect(editor.getByTestId("lock-banner")).toContainText(/李梦 正在编辑/, { timeout: LIVE });
});

test("a page submitted elsewhere changes state on the chief's open flatplan", async ({ pageAs, desk }) => {
  const page = await desk.advance(await desk.page({ name: `实时${Date.now() % 1000}` }), "layout");
  const chief = await pageAs("chief");
  await open(chief, `/editions/${desk.date}/pages`);
  const card = chief.locator(`[data-testid="flatplan-page"][data-page-id="${page.id}"]`);
  await expect(card).toContainText("组版");
  await streamIsOpen(chief);

  await desk.advance(page, "submitted");
  await expect(card).toContainText("待签版", { timeout: LIVE });
});

test("a notification reaches its user's open bell", async ({ pageAs, desk }) => {
  const reporter = await pageAs("limeng");
  await open(reporter, "/");
  await reporter.getByRole("button", { name: /^通知/ }).click();
  await expect(reporter.getByTestId("notifications")).toBeVisible();
  await streamIsOpen(reporter);

  const slug = `实时通知-${Date.now() % 100000}`;
  await desk.story({ slug, assignees: ["李梦"] });
  await expect(reporter.getByTestId("notifications")).toContainText(`派稿给你：「${slug}」`, { timeout: LIVE });
});

test("without the stream the budget falls back to polling and still updates", async ({ pageAs, desk }) => {
  const chief = await pageAs("chief");
  // The stream cannot be reached: the tab says so and polls (every 5 s), so the default timeout applies.
  await chief.route("**/api/events", (route) => route.abort());
  await open(chief, `/editions/${desk.date}`);
  await expect(chief.locator('body[data-live="connecting"], body[data-live="waiting"]')).toBeAttached();
  const slug = `轮询-${Date.now() % 100000}`;
  await desk.story({ slug, assignees: ["李梦"] });
  await expect(chief.getByTestId("budget-row").filter({ hasText: slug })).toBeVisible();
});
