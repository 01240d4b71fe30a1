import { type Page } from "@playwright/test";
import { expect, test, withoutLiveUpdates } from "./fixtures";

// Nothing typed is lost: a stale save becomes a merge, a take-over keeps the text in the browser.

/** A filed story of 李梦's with two paragraphs, in the test's edition: at the desk's step, so an editor's tab opens the form (the lease follows the first keystroke). */
async function filedStory(reporter: Page, date: string): Promise<number> {
  const created = await reporter.request.post("/api/stories", { data: { edition: date, slug: `冲突-${Date.now() % 100000}` } });
  const { story } = await created.json();
  const saved = await reporter.request.patch(`/api/stories/${story.id}`, {
    data: {
      baseVersion: story.version,
      content: {
        kicker: null,
        headline: "省妇联到聊城调研",
        subheadline: null,
        dateline: "本报聊城讯",
        body: ["1月3日，省妇联到聊城调研，与各界巾帼代表进行了交流座谈。", "在新的一年里，聊城市妇联将扎实做好妇女思想引领工作。"],
        sidebars: [],
        bylines: [{ name: "李梦", role: "reporter" }],
      },
    },
  });
  expect(saved.status()).toBe(200);
  expect((await reporter.request.post(`/api/stories/${story.id}/transitions`, { data: { action: "file" } })).status()).toBe(200);
  return story.id;
}

async function appendParagraph(page: Page, text: string) {
  const body = page.getByTestId("field-body");
  await body.click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type(`\n${text}`);
}

async function storyBody(page: Page, id: number): Promise<string[]> {
  return (await (await page.request.get(`/api/stories/${id}`)).json()).story.body;
}

test("two browsers race on one story: the loser gets 409, merges, and both paragraphs are saved", async ({ pageAs, edition }) => {
  test.setTimeout(90_000);
  const reporter = await pageAs("limeng");
  const id = await filedStory(reporter, edition.date);
  const a = await pageAs("liqiang");
  const b = await pageAs("liqiang");
  // b has not heard of a's save when it saves (with its event stream open it would adopt a's text first).
  await withoutLiveUpdates(b);
  await a.goto(`/stories/${id}`);
  await b.goto(`/stories/${id}`);
  await expect(a.getByTestId("field-body")).toBeVisible();
  await expect(b.getByTestId("field-body")).toBeVisible();
  await appendParagraph(a, "上午十点发布会照常举行。");
  await expect(a.getByTestId("save-state")).toHaveAttribute("data-state", "saved");
  await appendParagraph(b, "气温骤降请市民注意保暖。");
  await expect(b.getByTestId("save-state")).toHaveText("冲突");
  const panel = b.getByTestId("merge-panel");
  await expect(panel.getByTestId("merge-diff").locator("ins")).toContainText("气温骤降请市民注意保暖");
  await expect(panel.getByTestId("merge-diff").locator("del")).toContainText("上午十点发布会照常举行");
  // The loser's text is kept in the page and in the browser's storage while they decide.
  expect(await b.evaluate((k) => localStorage.getItem(k), `newsdesk:draft:${id}`)).toContain("气温骤降请市民注意保暖");
  await b.getByRole("button", { name: "保存合并结果" }).click();
  await expect(b.getByTestId("save-state")).toHaveText("已保存");
  const body = await storyBody(b, id);
  expect(body).toContain("上午十点发布会照常举行。");
  expect(body).toContain("气温骤降请市民注意保暖。");
});

test("the chief takes over; the editor keeps the text locally, sees who took over, and merges later", async ({ pageAs, edition }) => {
  test.setTimeout(90_000);
  const reporter = await pageAs("limeng");
  const id = await filedStory(reporter, edition.date);
  const editor = await pageAs("liqiang");
  const chief = await pageAs("chief");
  // Approved: a story at both the editor's and the chief's step, so both tabs open the form.
  expect((await editor.request.post(`/api/stories/${id}/transitions`, { data: { action: "pass" } })).status()).toBe(200);
  expect((await chief.request.post(`/api/stories/${id}/transitions`, { data: { action: "approve" } })).status()).toBe(200);
  // The editor types on, not yet told of the take-over (with its event stream open it would be told at once).
  await withoutLiveUpdates(editor);
  await editor.goto(`/stories/${id}`);
  await expect(editor.getByTestId("field-body")).toBeVisible();
  // Opening only reads: the lease is the editor's from their first keystroke.
  await appendParagraph(editor, "先写的一句。");
  await expect(editor.getByTestId("lease-state")).toHaveAttribute("data-leased", "true");
  await expect(editor.getByTestId("save-state")).toHaveText("已保存");
  await chief.goto(`/stories/${id}`);
  await expect(chief.getByTestId("lock-banner")).toContainText(/李强 正在编辑（自 \d\d:\d\d 起）/);
  await chief.getByRole("button", { name: "接手编辑" }).click();
  await expect(chief.getByTestId("field-body")).toBeVisible();
  await appendParagraph(editor, "被接手前写的字。");
  await expect(editor.getByTestId("lock-banner")).toContainText("值班总编 已接手编辑，你未保存的文字已保存在本机");
  expect(await editor.evaluate((k) => localStorage.getItem(k), `newsdesk:draft:${id}`)).toContain("被接手前写的字");
  await appendParagraph(chief, "总编加的一段。");
  await expect(chief.getByTestId("save-state")).toHaveText("已保存");
  await chief.goto("/");
  await editor.getByRole("button", { name: "开始编辑" }).click();
  await editor.getByRole("button", { name: "恢复草稿" }).click();
  await expect(editor.getByTestId("merge-panel")).toBeVisible();
  await editor.getByRole("button", { name: "保存合并结果" }).click();
  await expect(editor.getByTestId("save-state")).toHaveText("已保存");
  const body = await storyBody(editor, id);
  expect(body).toContain("总编加的一段。");
  expect(body).toContain("被接手前写的字。");
});
