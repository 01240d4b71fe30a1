import { type APIResponse, type Page } from "@playwright/test";
import { expect, open, test, type Api } from "./fixtures";

/**
 * The story editor on deadline (issue #10): opening reads (no lease until the first keystroke), the
 * brief and the return reason on top, review buttons disabled with the rule's reason, confirmations
 * that say what will happen (and file-anyway far from the target), 撤回 until 签收, Ctrl/⌘+S and the
 * shortcuts panel, and the screens at desk and phone sizes. Each test works in its own edition.
 */

const suffix = () => `${Date.now() % 100000}-${Math.floor(Math.random() * 1000)}`;

const content = (headline: string, body: string[]) => ({
  kicker: null,
  headline,
  subheadline: null,
  dateline: "本报聊城讯",
  body,
  sidebars: [],
  bylines: [{ name: "李梦", role: "reporter" }],
});

async function ok(res: APIResponse, what: string, status = 200) {
  expect(res.status(), `${what}: ${await res.text()}`).toBe(status);
  return res.json();
}

/** An assignment of the editor's to 李梦, with a brief, a target and a deadline (21:00 Beijing on the edition's day), started by her. */
async function assignment(api: Api, date: string, { targetLength = 800, body }: { targetLength?: number; body?: string[] } = {}) {
  const editor = await api.as("liqiang");
  const reporter = await api.as("limeng");
  const staff = await ok(await editor.get("/api/staff"), "staff");
  const limeng = (staff.assignable as { id: number; name: string }[]).find((u) => u.name === "李梦")!.id;
  const slug = `采访-${suffix()}`;
  const { story } = await ok(
    await editor.post("/api/stories", {
      data: { edition: date, slug, brief: "采访市妇联主席，请写清时间、地点和三项举措。", targetLength, deadline: `${date}T13:00:00.000Z`, assigneeIds: [limeng] },
    }),
    "assign",
    201,
  );
  await ok(await reporter.post(`/api/stories/${story.id}/transitions`, { data: { action: "start" } }), "start");
  if (body) {
    const { story: current } = await ok(await reporter.get(`/api/stories/${story.id}`), "read");
    await ok(await reporter.patch(`/api/stories/${story.id}`, { data: { baseVersion: current.version, content: content("省妇联到聊城调研", body) } }), "write");
  }
  return { id: story.id as number, slug };
}

async function transition(api: Api, login: "limeng" | "liqiang" | "chief", id: number, action: string, reason?: string) {
  return ok(await (await api.as(login)).post(`/api/stories/${id}/transitions`, { data: reason ? { action, reason } : { action } }), `${login} ${action}`);
}

async function statusOf(api: Api, id: number): Promise<string> {
  return (await ok(await (await api.as("liqiang")).get(`/api/stories/${id}`), "read")).story.status;
}

const LONG_BODY = ["1月3日，省妇联到聊城调研，与各界巾帼代表进行了交流座谈。".repeat(12), "在新的一年里，聊城市妇联将扎实做好妇女思想引领工作。".repeat(10)];

test("opening a story reads it: nobody is shown editing until the reporter types; the brief is on the story", async ({ api, pageAs, edition }) => {
  const { id } = await assignment(api, edition.date);
  const [editor, reporter] = await Promise.all([pageAs("liqiang"), pageAs("limeng")]);

  await open(reporter, `/stories/${id}`);
  await expect(reporter.getByTestId("field-body")).toBeVisible();
  await expect(reporter.getByTestId("lease-state")).toHaveAttribute("data-leased", "false");
  // The brief, the target and the deadline (entered for 21:00 Beijing) are on the story.
  const brief = reporter.getByTestId("story-brief");
  await expect(brief).toContainText("采访要求");
  await expect(brief).toContainText("采访市妇联主席，请写清时间、地点和三项举措。");
  await expect(brief.getByTestId("story-brief-target")).toHaveText("目标 800 字");
  await expect(brief.getByTestId("story-brief-deadline")).toContainText("21:00");

  // The editor opens it too: no one is editing, and the server holds no lease.
  await open(editor, `/stories/${id}`);
  await expect(editor.getByTestId("read-view")).toBeVisible();
  await expect(editor.getByTestId("story-brief")).toContainText("采访市妇联主席");
  await expect(editor.getByTestId("lock-banner")).toHaveCount(0);
  expect((await ok(await editor.request.get(`/api/stories/${id}`), "read")).story.lock).toBeNull();

  // The reporter's first keystroke takes the lease, and the keystroke is kept.
  await reporter.getByTestId("field-body").pressSequentially("1月3日");
  await expect(reporter.getByTestId("lease-state")).toHaveAttribute("data-leased", "true");
  await expect(reporter.getByTestId("field-body")).toHaveValue("1月3日");
  await expect(editor.getByTestId("lock-banner")).toContainText(/李梦 正在编辑/);
  // Leaving gives it back.
  await expect(reporter.getByTestId("save-state")).toHaveAttribute("data-state", "saved");
  await reporter.goto("/");
  await expect(editor.getByTestId("lock-banner")).toHaveCount(0);
  await expect(reporter.getByTestId("current-user")).toBeVisible();
  expect((await ok(await editor.request.get(`/api/stories/${id}`), "read")).story.body).toEqual(["1月3日"]);
});

test("a returned story opens with who returned it, when and why, until it is filed again", async ({ api, pageAs, edition }) => {
  const { id } = await assignment(api, edition.date, { body: LONG_BODY });
  await transition(api, "limeng", id, "file");
  await transition(api, "liqiang", id, "return", "导语请点明时间地点");
  const reporter = await pageAs("limeng");
  await open(reporter, `/stories/${id}`);
  const banner = reporter.getByTestId("returned-banner");
  await expect(banner).toContainText("本稿已被退回");
  await expect(banner).toContainText(/李强 于 .*\d\d:\d\d 退回/);
  await expect(banner.getByTestId("returned-reason")).toHaveText("导语请点明时间地点");
  await transition(api, "limeng", id, "file");
  await expect(banner).toHaveCount(0);
});

test("the person who did 初审 sees 终审 disabled with the reason; another chief may give it", async ({ api, pageAs, edition }) => {
  const { id } = await assignment(api, edition.date, { body: LONG_BODY });
  await transition(api, "limeng", id, "file");
  await transition(api, "chief", id, "pass");
  const chief = await pageAs("chief");
  await open(chief, `/stories/${id}`);
  const approve = chief.getByTestId("action-approve");
  await expect(approve).toBeVisible();
  await expect(approve).toBeDisabled();
  await expect(chief.getByTestId("action-approve-reason")).toContainText("你已完成本稿初审，终审须由另一人进行");
  await expect(chief.getByTestId("action-return")).toBeEnabled();
  // The server says the same.
  const refused = await (await api.as("chief")).post(`/api/stories/${id}/transitions`, { data: { action: "approve" } });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.message).toContain("你已完成本稿初审，终审须由另一人进行");
});

test("交稿 asks first: cancel leaves a draft, confirm files; far from the target it asks file-anyway with the numbers", async ({ api, pageAs, edition }) => {
  const { id } = await assignment(api, edition.date, { targetLength: 800 });
  const reporter = await pageAs("limeng");
  await open(reporter, `/stories/${id}`);
  await reporter.getByTestId("field-body").fill("1月3日，省妇联到聊城调研。");
  await expect(reporter.getByTestId("save-state")).toHaveAttribute("data-state", "saved");

  await reporter.getByTestId("action-file").click();
  const dialog = reporter.getByRole("dialog");
  await expect(dialog).toContainText("确认交稿");
  await expect(dialog.getByTestId("dialog-message")).toContainText("交编辑部初审");
  await expect(dialog.getByTestId("dialog-warning")).toHaveText(/本稿 \d+ 字，不到目标 800 字的一半（\d+%）。仍要交稿？/);
  await dialog.getByRole("button", { name: "取消" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(reporter.getByTestId("story-status")).toContainText("草稿");
  expect(await statusOf(api, id)).toBe("draft");

  await reporter.getByTestId("action-file").click();
  await dialog.getByRole("button", { name: "仍要交稿" }).click();
  await expect(reporter.getByTestId("story-status")).toContainText("已交稿");
  expect(await statusOf(api, id)).toBe("filed");

  // Within the band there is no file-anyway question, only the confirmation.
  const near = await assignment(api, edition.date, { targetLength: 300, body: ["1月3日，省妇联到聊城调研，与各界巾帼代表进行了交流座谈。".repeat(6)] });
  await open(reporter, `/stories/${near.id}`);
  await reporter.getByTestId("action-file").click();
  await expect(dialog.getByTestId("dialog-message")).toBeVisible();
  await expect(dialog.getByTestId("dialog-warning")).toHaveCount(0);
  await dialog.getByTestId("transition-confirm").click();
  await expect(reporter.getByTestId("story-status")).toContainText("已交稿");
});

test("the reporter recalls a filed story until an editor opens it (签收); after that recall is refused with the reason", async ({ api, pageAs, edition }) => {
  const { id } = await assignment(api, edition.date, { body: LONG_BODY });
  await transition(api, "limeng", id, "file");
  const reporter = await pageAs("limeng");
  await open(reporter, `/stories/${id}`);
  await expect(reporter.getByTestId("story-received")).toContainText("待编辑签收");
  await reporter.getByTestId("action-recall").click();
  await expect(reporter.getByRole("dialog").getByTestId("dialog-message")).toContainText("回到草稿");
  await reporter.getByRole("dialog").getByTestId("transition-confirm").click();
  await expect(reporter.getByTestId("story-status")).toContainText("草稿");
  expect(await statusOf(api, id)).toBe("draft");

  // Filed again; the editor opens it and so receives it.
  await transition(api, "limeng", id, "file");
  const editor = await pageAs("liqiang");
  await open(editor, `/stories/${id}`);
  await expect(editor.getByTestId("story-received")).toContainText(/已签收 · 李强 .*\d\d:\d\d/);
  await open(reporter, `/stories/${id}`);
  await expect(reporter.getByTestId("story-received")).toContainText("已签收 · 李强");
  await expect(reporter.getByTestId("action-recall")).toBeDisabled();
  await expect(reporter.getByTestId("action-recall-reason")).toContainText("李强 已签收本稿，不能撤回");
  const refused = await (await api.as("limeng")).post(`/api/stories/${id}/transitions`, { data: { action: "recall" } });
  expect(refused.status()).toBe(409);
  expect(await statusOf(api, id)).toBe("filed");
});

test("Ctrl+S saves at once instead of the browser's save dialog; ? opens the shortcuts panel", async ({ api, pageAs, edition }) => {
  const { id } = await assignment(api, edition.date);
  const reporter = await pageAs("limeng");
  await open(reporter, `/stories/${id}`);
  await reporter.evaluate(() => {
    window.addEventListener("keydown", (e) => {
      if (e.key.toLowerCase() === "s" && (e.ctrlKey || e.metaKey)) (window as unknown as { ctrlS: boolean }).ctrlS = e.defaultPrevented;
    });
  });
  await reporter.getByTestId("field-body").pressSequentially("要闻");
  await reporter.keyboard.press("Control+s");
  expect(await reporter.evaluate(() => (window as unknown as { ctrlS?: boolean }).ctrlS)).toBe(true);
  await expect(reporter.getByTestId("save-state")).toHaveAttribute("data-state", "saved");
  expect((await ok(await reporter.request.get(`/api/stories/${id}`), "read")).story.body).toEqual(["要闻"]);

  // "?" typed in a field is text; outside a field it opens the help.
  await reporter.getByTestId("story-version").click();
  await reporter.keyboard.press("?");
  const help = reporter.getByRole("dialog");
  await expect(help.getByTestId("shortcuts-help")).toContainText("立即保存");
  await reporter.keyboard.press("Escape");
  await expect(help).toHaveCount(0);
  await reporter.getByTestId("shortcuts-button").click();
  await expect(help.getByTestId("shortcuts-help")).toBeVisible();
});

async function noHorizontalScroll(page: Page) {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scroll, "nothing wider than the viewport").toBeLessThanOrEqual(width);
}

test("the story editor at desk and phone sizes: reporter, editor, returned, read-only", async ({ api, pageAs, edition }) => {
  test.setTimeout(120_000);
  const writing = await assignment(api, edition.date, { body: LONG_BODY });
  const filed = await assignment(api, edition.date, { body: LONG_BODY });
  await transition(api, "limeng", filed.id, "file");
  const returned = await assignment(api, edition.date, { body: LONG_BODY });
  await transition(api, "limeng", returned.id, "file");
  await transition(api, "liqiang", returned.id, "return", "导语请点明时间地点，第二段数据请核实出处。");
  const shots: { name: string; login: "limeng" | "liqiang"; id: number; ready: (p: Page) => Promise<void> }[] = [
    { name: "reporter", login: "limeng", id: writing.id, ready: (p) => expect(p.getByTestId("field-body")).toBeVisible() },
    { name: "editor", login: "liqiang", id: filed.id, ready: (p) => expect(p.getByTestId("story-received")).toContainText("已签收") },
    { name: "returned", login: "limeng", id: returned.id, ready: (p) => expect(p.getByTestId("returned-banner")).toBeVisible() },
    { name: "read-only", login: "liqiang", id: writing.id, ready: (p) => expect(p.getByTestId("read-view")).toBeVisible() },
  ];
  for (const shot of shots) {
    const page = await pageAs(shot.login);
    for (const [w, h] of [
      [1440, 900],
      [390, 844],
    ]) {
      await page.setViewportSize({ width: w, height: h });
      await open(page, `/stories/${shot.id}`);
      await shot.ready(page);
      await noHorizontalScroll(page);
      if (w === 390) {
        // One hand: the workflow buttons sit inside the screen's lower part.
        const bar = page.getByTestId("workflow");
        if (await bar.count()) {
          const box = (await bar.boundingBox())!;
          expect(box.y + box.height).toBeLessThanOrEqual(h);
          expect(box.y).toBeGreaterThan(h / 2);
        }
      }
      await page.screenshot({ path: `test-results/screenshots/story-editor-${shot.name}-${w}x${h}.png`, fullPage: w > 390 });
    }
  }
});

test("the history shows its first 100 revisions and 更早的修订 brings the earlier ones", async ({ api, pageAs, edition }) => {
  const { id } = await assignment(api, edition.date, { body: ["本报聊城讯 第一稿。"] });
  const reporter = await api.as("limeng");
  const { story } = await ok(await reporter.get(`/api/stories/${id}`), "read");
  let version = story.version as number;
  // each restore is a revision of its own: well past one page of the history
  for (let i = 0; i < 101; i++) {
    const restored = await ok(await reporter.post(`/api/stories/${id}/revisions/1/restore`, { data: { baseVersion: version } }), `restore ${i}`);
    version = restored.version;
  }
  const page = await pageAs("limeng");
  await open(page, `/stories/${id}`);
  const rows = page.getByTestId("history").getByTestId("revision");
  await expect(rows).toHaveCount(100);
  await page.getByTestId("history-more").click();
  await expect(page.getByTestId("history").locator('[data-revision="1"]')).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(100);
  await expect(page.getByTestId("history-more")).toHaveCount(0);
});
