import { type Page } from "@playwright/test";
import { expect, open, test } from "./fixtures";

/**
 * The daily life of a story, across browsers: the editor assigns, the reporter writes (autosave)
 * and files, the editor returns it with a reason, the reporter fixes and refiles, the editor passes,
 * the chief approves; and a budget left open shows others' changes without a reload. Each test works
 * in an edition of its own.
 */

function budgetRow(page: Page, slug: string) {
  return page.getByTestId("budget-row").filter({ hasText: slug });
}

async function transition(page: Page, action: string, reason?: string) {
  await page.getByTestId(`action-${action}`).click();
  if (reason) {
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("理由").fill(reason);
    await dialog.getByTestId("transition-confirm").click();
  } else if (CONFIRMED.has(action)) {
    // 交稿, 初审通过, 终审通过 ask once more, saying what will happen.
    await page.getByRole("dialog").getByTestId("transition-confirm").click();
  }
}

const CONFIRMED = new Set(["file", "pass", "approve", "recall"]);

test("assign → write → file → return → refile → pass → approve, across three browsers", async ({ pageAs, edition }) => {
  test.setTimeout(120_000);
  const slug = `城管结对-${Date.now() % 100000}`;
  const [editor, reporter, chief] = await Promise.all([pageAs("liqiang"), pageAs("limeng"), pageAs("chief")]);

  // The editor assigns the story to 李梦 from the budget.
  await open(editor, `/editions/${edition.date}`);
  await editor.getByRole("button", { name: "新建派稿" }).click();
  await editor.getByLabel("稿件名（工作标题）").fill(slug);
  await editor.getByLabel("目标字数").fill("300");
  await editor.getByRole("checkbox", { name: "李梦" }).check();
  await editor.getByRole("button", { name: "创建" }).click();
  await expect(editor).toHaveURL(/\/stories\/\d+$/);
  const storyUrl = new URL(editor.url()).pathname;

  // The reporter sees the assignment and a notification, starts and writes; autosave says so.
  await open(reporter, "/");
  await expect(reporter.getByTestId("unread-count")).toBeVisible();
  await reporter.getByRole("link", { name: slug }).click();
  await transition(reporter, "start");
  await reporter.getByTestId("field-headline").fill("市城管局作好社区结对帮扶");
  await reporter.getByTestId("field-body").fill("本报聊城讯结对帮扶工作开展以来，社区的环境美了。\n2018年，聊城市城市管理局积极开展社区结对帮扶创建工作。");
  await expect(reporter.getByTestId("save-state")).toHaveAttribute("data-state", "saved");
  await expect(reporter.getByTestId("zi-count")).toContainText(/\d+/);
  await transition(reporter, "file");
  await expect(reporter.getByTestId("story-status")).toContainText("已交稿");

  // The editor returns it with a reason; the reporter sees why.
  await open(editor, storyUrl);
  await transition(editor, "return", "导语请点明时间地点");
  await expect(editor.getByTestId("story-status")).toContainText("已退回");
  await open(reporter, storyUrl);
  await expect(reporter.getByTestId("comments")).toContainText("导语请点明时间地点");

  // The reporter fixes and refiles.
  await expect(reporter.getByTestId("field-body")).toBeVisible();
  await reporter.getByTestId("field-body").fill("本报聊城讯1月7日，在聊城市东昌府区西湖馨苑小区，结对帮扶工作开展以来，社区的环境美了。\n2018年，聊城市城市管理局积极开展社区结对帮扶创建工作。");
  await expect(reporter.getByTestId("save-state")).toHaveAttribute("data-state", "saved");
  await transition(reporter, "file");

  // 初审 by the editor, 终审 by the chief.
  await open(editor, storyUrl);
  await transition(editor, "pass");
  await open(chief, storyUrl);
  await transition(chief, "approve");
  await expect(chief.getByTestId("story-status")).toContainText("已终审");
  await open(editor, `/editions/${edition.date}`);
  await expect(budgetRow(editor, slug)).toContainText("已终审");

  // History: every revision with its cause, and a character diff between two of them.
  const history = chief.getByTestId("history");
  await expect(history.getByTestId("revision-cause")).toContainText(["终审通过", "初审通过", "交稿"]);
  await expect(history.getByTestId("diff").first()).toBeVisible();
  await expect(history.locator("ins, del").first()).toBeVisible();
  // The chief sees the whole audit trail of the edition.
  await open(chief, `/editions/${edition.date}/audit`);
  await expect(chief.getByTestId("edition-audit")).toContainText("导语请点明时间地点");

});

test("an open budget shows other people's changes by itself, without a reload", async ({ pageAs, edition }) => {
  test.setTimeout(90_000);
  const watcher = await pageAs("xiaohui");
  await open(watcher, `/editions/${edition.date}`);
  const desk = await pageAs("liqiang");
  const slug = `实时-${Date.now() % 100000}`;
  const limeng = (await (await desk.request.get("/api/staff")).json()).assignable.find((u: { name: string }) => u.name === "李梦").id;
  const created = await desk.request.post("/api/stories", { data: { edition: edition.date, slug, assigneeIds: [limeng] } });
  const { story } = await created.json();
  await expect(budgetRow(watcher, slug)).toContainText("已派稿", { timeout: 20_000 });
  expect((await desk.request.post(`/api/stories/${story.id}/transitions`, { data: { action: "spike", reason: "选题取消" } })).status()).toBe(200);
  await expect(budgetRow(watcher, slug)).toContainText("已撤稿", { timeout: 20_000 });
});

test("story text is shown as text, never as HTML", async ({ pageAs, edition }) => {
  const editor = await pageAs("liqiang");
  const res = await editor.request.post("/api/stories", { data: { edition: edition.date, slug: "XSS 检查" } });
  const { story } = await res.json();
  const evil = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;
  const saved = await editor.request.patch(`/api/stories/${story.id}`, {
    data: { baseVersion: 1, content: { kicker: null, headline: evil, subheadline: null, dateline: null, body: [evil], sidebars: [], bylines: [] } },
  });
  expect(saved.status()).toBe(200);
  const reader = await pageAs("xiaohui");
  await open(reader, `/stories/${story.id}`);
  await expect(reader.getByTestId("story-headline")).toHaveText(evil);
  expect(await reader.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});
