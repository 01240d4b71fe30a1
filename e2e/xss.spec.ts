import { type Page } from "@playwright/test";
import { apiSignIn, expect, newApiContext, open, signIn, test } from "./fixtures";

/**
 * Script in any text a user can write stays text on every screen. Payloads go through the API into every
 * story text field, the slug and brief, a comment, a 退回 reason, a byline person's name, a user's name, a
 * page's name and its boxes' text; then every view is opened and must show the payload as text, run no
 * script (no dialog, no window flag) and hold no element or javascript: link made from it.
 */
const P = {
  img: `<img src=x onerror="window.__xss='img';alert('img')">`,
  script: `"><script>window.__xss='script';alert('script')</script>`,
  js: "javascript:window.__xss='js';alert('js')",
  svg: `<svg onload="window.__xss='svg'">`,
  template: "{{constructor.constructor('window.__xss=1')()}}${alert(1)}",
  /** Fits 40 (names) and 20 (page names, labels). */
  name: `<img src=x onerror=alert(6)>`,
  short: `<svg/onload=alert()>`,
};
const ALL = Object.values(P);

/** Watches a page for any sign that a payload ran. */
function watch(page: Page) {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return {
    async expectInert(view: string, shown: string[]) {
      for (const text of shown) await expect(page.getByText(text, { exact: false }).first(), `${view} shows ${text} as text`).toBeAttached();
      const found = await page.evaluate(() => ({
        flag: (window as unknown as { __xss?: unknown }).__xss ?? null,
        injected: document.querySelectorAll('img[src="x"], svg[onload]').length,
        handlers: [...document.querySelectorAll("*")].filter((el) => [...el.attributes].some((a) => a.name.startsWith("on"))).length,
        jsLinks: [...document.querySelectorAll("a[href], [src], form[action]")].filter((el) => /^\s*javascript:/i.test(el.getAttribute("href") ?? el.getAttribute("src") ?? el.getAttribute("action") ?? "")).length,
        // A script element made from a payload (Next's own inline scripts carry the text as escaped data).
        inlineScripts: [...document.querySelectorAll("script")].filter((s) => /^\s*window\.__xss/.test(s.textContent ?? "")).length,
      }));
      expect(found, `${view}: no payload ran or became markup`).toEqual({ flag: null, injected: 0, handlers: 0, jsLinks: 0, inlineScripts: 0 });
      expect(dialogs, `${view}: no dialog opened`).toEqual([]);
    },
  };
}

test("script written into any text field stays text in every view", async ({ api, desk, browser, baseURL }) => {
  test.setTimeout(180_000);
  const editor = await api.as("liqiang");
  const admin = await api.as("admin");

  // A reporter whose name is a payload (the dashboard greets them; bylines and notifications name them).
  const login = `xss${Date.now() % 1_000_000}${Math.random().toString(36).slice(2, 5)}`;
  const password = "password-xss-1";
  const made = await admin.post("/api/users", { data: { login, name: P.name, role: "reporter", password } });
  expect(made.status(), await made.text()).toBe(201);
  const reporterId = (await made.json()).user.id as number;
  const reporter = await newApiContext(baseURL!);
  await apiSignIn(reporter, login, password);

  // The assignment: slug and brief; the reporter's own text in every field, a correspondent with a payload name.
  const created = await editor.post("/api/stories", { data: { edition: desk.date, slug: P.script, brief: P.img, assigneeIds: [reporterId], targetLength: 300 } });
  expect(created.status(), await created.text()).toBe(201);
  const { story } = await created.json();
  const step = async (c: typeof editor, action: string, reason?: string) => {
    const res = await c.post(`/api/stories/${story.id}/transitions`, { data: { action, ...(reason && { reason }) } });
    expect(res.status(), `${action}: ${await res.text()}`).toBe(200);
    return (await res.json()).version as number;
  };
  // The reporter in the byline by their person (the dashboard lists the stories with them in the byline).
  const staff = await (await editor.get("/api/staff")).json();
  const reporterPersonId = (staff.people as { personId: number; userId: number | null }[]).find((p) => p.userId === reporterId)!.personId;
  let version = await step(reporter, "start");
  const saved = await reporter.patch(`/api/stories/${story.id}`, {
    data: {
      baseVersion: version,
      content: {
        kicker: P.svg,
        headline: P.img,
        subheadline: P.script,
        dateline: P.js,
        body: [P.script, P.img, P.template, P.js],
        sidebars: [{ title: P.name, paragraphs: [P.svg, P.js] }],
        bylines: [
          { personId: reporterPersonId, name: P.name, role: "reporter" },
          { name: P.name, role: "correspondent" },
        ],
      },
      meta: { slug: P.script, brief: P.template },
    },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  expect((await reporter.post(`/api/stories/${story.id}/comments`, { data: { body: P.img } })).status()).toBe(201);
  await step(reporter, "file");
  await step(editor, "return", P.svg);
  await step(reporter, "file");
  version = await step(editor, "pass");

  // A page named with a payload, the story on it, an ad box whose text, label and caption are payloads.
  const page = await desk.page({ name: P.short, state: "layout" });
  const laid = await desk.layOut(page, [{ storyId: story.id, firstColumn: 1, columnSpan: 4, topLine: 5, heightLines: 60 }]);
  const elements = laid.elements.map((e) => Object.fromEntries(["id", "kind", "storyId", "firstColumn", "columnSpan", "topLine", "heightLines", "locked", "text", "label"].filter((k) => e[k] !== null && e[k] !== undefined).map((k) => [k, e[k]])));
  const withAd = await editor.put(`/api/pages/${page.id}/layout`, {
    data: { baseVersion: laid.version, elements: [...elements, { kind: "ad", firstColumn: 5, columnSpan: 4, topLine: 10, heightLines: 20, text: P.img, label: P.short, caption: P.script }] },
  });
  expect(withAd.status(), await withAd.text()).toBe(200);

  const views: { who: "reporter" | "liqiang" | "chief"; name: string; url: string; shown: string[]; then?: (p: Page) => Promise<void> }[] = [
    { who: "reporter", name: "dashboard", url: "/", shown: [P.name, P.img] },
    {
      who: "reporter",
      name: "notifications",
      url: "/",
      shown: [],
      then: async (p) => {
        await p.getByRole("button", { name: /^(通知|Notifications)/ }).click();
        await expect(p.getByTestId("notifications")).toContainText(P.script);
      },
    },
    { who: "liqiang", name: "budget", url: `/editions/${desk.date}`, shown: [P.script, P.img, P.name] },
    {
      who: "liqiang",
      name: "story editor, history and comments",
      url: `/stories/${story.id}`,
      shown: [P.img, P.svg],
      then: async (p) => {
        await expect(p.getByTestId("revision").first()).toBeVisible();
        await expect(p.getByTestId("comments")).toContainText(P.img);
        await expect(p.getByTestId("comments")).toContainText(P.svg);
        // The history's diff of the first and the latest revision, and the editor's own fields.
        await p.getByTestId("revision").last().click();
        await p.getByRole("button", { name: /开始编辑/ }).click();
        await expect(p.getByTestId("field-headline")).toHaveValue(P.img);
      },
    },
    { who: "liqiang", name: "layout editor", url: `/editions/${desk.date}/pages/${page.number}/layout`, shown: [P.img, P.short] },
    { who: "liqiang", name: "flatplan", url: `/editions/${desk.date}/pages`, shown: [P.short] },
    { who: "liqiang", name: "page view", url: `/editions/${desk.date}/pages/${page.number}`, shown: [P.img, P.script, P.short] },
    { who: "liqiang", name: "proof", url: `/proof/${desk.date}/${page.number}`, shown: [P.img, P.script] },
    { who: "chief", name: "audit", url: `/editions/${desk.date}/audit`, shown: [P.svg] },
  ];

  const contexts = await Promise.all(
    (["reporter", "liqiang", "chief"] as const).map(async (who) => {
      const context = await browser.newContext();
      const p = await context.newPage();
      await p.addInitScript(() => delete (window as unknown as { __xss?: unknown }).__xss);
      const watcher = watch(p);
      if (who === "reporter") await signIn(p, login, password);
      else await signIn(p, who);
      return { who, context, page: p, watcher };
    }),
  );
  for (const view of views) {
    await test.step(view.name, async () => {
      const { page: p, watcher } = contexts.find((c) => c.who === view.who)!;
      await open(p, view.url);
      await view.then?.(p);
      await watcher.expectInert(view.name, view.shown);
    });
  }
  // The check can fail: a payload made into markup is seen.
  const probe = contexts[0].page;
  await probe.evaluate((html) => document.body.insertAdjacentHTML("beforeend", html), P.name);
  await expect(probe.locator('img[src="x"]')).toHaveCount(1);
  expect(ALL.length).toBe(7);

  for (const c of contexts) await c.context.close();
  await reporter.dispose();
});

test("no answer of any GET route carries a password hash", async ({ api, desk }) => {
  const story = await desk.storyLike("省妇联到聊城调研");
  const page = await desk.page({ state: "layout" });
  const { API_ROUTES } = await import("@/lib/api/api-routes");
  // JSON answers (a PDF or an event stream is not JSON, and a stream never ends).
  const gets = API_ROUTES.filter((r) => r.method === "GET" && (r.ok.contentType ?? "application/json") === "application/json");
  const urls = gets.map((r) =>
    r.path
      .replace("{date}", desk.date)
      .replace("{id}", String(r.path.startsWith("/api/pages") ? page.id : story.id))
      .replace("{n}", "1")
      .concat(r.path === "/api/stories" ? `?edition=${desk.date}` : ""),
  );
  for (const login of ["admin", "chief", "liqiang", "limeng"] as const) {
    const c = await api.as(login);
    for (const url of urls) {
      const res = await c.get(url);
      const text = await res.text();
      expect(res.status(), `${login} GET ${url}`).toBeLessThan(500);
      for (const leak of ["passwordHash", "password_hash", "$2a$", "$2b$", "$2y$"]) expect(text, `${login} GET ${url} carries ${leak}`).not.toContain(leak);
    }
  }
  // Every GET route was read, and the answers were real (the admin's user list, the chief's audit).
  expect(urls.length).toBe(gets.length);
  const users = await (await (await api.as("admin")).get("/api/users")).json();
  expect(users.users.length).toBeGreaterThanOrEqual(5);
});
