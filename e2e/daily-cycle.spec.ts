import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { createDesk, type PageFixture } from "./desk";
import { expect, open, SEED_HEADLINES, test } from "./fixtures";

/**
 * One night of the paper, end to end (issue #9 "Done when"): the editor makes the next edition from the
 * template and carries an unfinished story over, imports a page text (a warning in the preview, fixed before
 * confirming), the stories are laid out, the chief signs and releases — and a visitor without a session reads
 * it on the e-paper. Dates are this test's own (fixtures), never the seed's.
 */
const corpus = (name: string) => readFileSync(path.join(import.meta.dirname, "../lib/page-text/__corpus__", name), "utf8");
const two = (n: number) => String(n).padStart(2, "0");

/** The page picture has arrived (made after 付印, or on first need) and is drawn. */
async function pictureShown(page: Page) {
  await expect.poll(() => page.locator('[data-testid="epaper-picture"] img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 90_000 }).toBeGreaterThan(100);
}

/** The first free line under whatever the page starts with at its head (the template's page strip). */
function belowHead(page: PageFixture): number {
  const head = page.elements.map((e) => e as { topLine: number; heightLines: number }).filter((e) => e.topLine <= 20);
  return Math.max(0, ...head.map((e) => e.topLine + e.heightLines - 1)) + 1;
}

test.use({ login: "liqiang" });

test("a night: the edition from the template, a story carried over, a page text imported, laid out, signed, released, read on the e-paper", async ({ page, browser, api, desk, editionDates }) => {
  test.setTimeout(300_000);
  const editor = await api.as("liqiang");
  const chief = await api.as("chief");
  // Yesterday's edition (this test's own) left a story unfinished: 初审 passed, 终审 not yet.
  const carried = await desk.storyLike(SEED_HEADLINES[5], "edited");
  const date = editionDates.next();

  // 1. The editor opens the next edition from the template and carries the story over.
  await open(page, "/editions");
  await page.getByRole("button", { name: "新建一期" }).click();
  const dialog = page.getByRole("dialog", { name: "新建一期" });
  await dialog.getByLabel("出版日期").fill(date);
  await dialog.getByLabel("只看某一期").fill(desk.date);
  await dialog.getByRole("checkbox", { name: `转入「${carried.headline}」` }).check();
  await dialog.getByRole("button", { name: "创建" }).click();
  await expect(page).toHaveURL(new RegExp(`/editions/${date}$`));
  await expect(page.getByTestId("budget-row")).toHaveCount(1);
  await expect(page.getByTestId("budget-headline")).toHaveText([carried.headline]);
  // the template's page is there: 第1版 聊城新闻, with its strip, footer and the two locked ads
  const pages = (await (await editor.get(`/api/editions/${date}/pages`)).json()).pages as { id: number; number: number; name: string }[];
  expect(pages.map((p) => [p.number, p.name])).toEqual([[1, "聊城新闻"]]);
  let front = (await (await editor.get(`/api/pages/${pages[0].id}`)).json()).page as PageFixture;
  expect(front.elements.filter((e) => e.kind === "ad" && e.locked).map((e) => e.label)).toHaveLength(2);
  // data helpers on the new edition (its id is only for markContinuing, which this test does not use)
  const night = createDesk(api, { id: 0, date, note: null, publication: "大众日报" });
  const second = await night.page({ name: "社会" });
  await open(page, `/editions/${date}`); // the budget again, with its second page to import into

  // 2. A page text comes in: the preview flags the photo news (no headline); the editor fixes it and confirms.
  await page.getByRole("button", { name: "导入版面文字" }).click();
  const panel = page.getByRole("region", { name: "导入版面文字（来稿 / 外稿）" });
  await panel.locator('input[type="file"]').setInputFiles([{ name: "shehui.txt", mimeType: "text/plain", buffer: Buffer.from(corpus("shehui-2019-01-12.txt")) }]);
  const file = panel.getByRole("article", { name: "shehui.txt" });
  const photo = file.getByRole("region", { name: "第 4 条" });
  await expect(photo.getByRole("note")).toContainText("无法归类");
  await photo.getByLabel("主标题").fill("东昌湖畔冬日美景");
  await file.getByRole("region", { name: "“小修小补”便民点进社区" }).getByLabel("导入").uncheck();
  await file.getByRole("region", { name: "老旧小区改造惠及万户居民" }).getByLabel("导入").uncheck();
  await file.getByLabel("放入版面").selectOption(String(second.number));
  await panel.getByRole("button", { name: "确认导入 2 篇" }).click();
  await expect(file.getByRole("status")).toContainText("已导入 2 篇");
  await expect(page.getByTestId("budget-headline")).toHaveText([carried.headline, "消防宣传进校园", "东昌湖畔冬日美景"]);

  // 3. The desk passes what came in, the chief approves, the pages are laid out and go to the chief.
  const items = (await (await editor.get(`/api/stories?edition=${date}`)).json()).items as { id: number; headline: string; status: string }[];
  const byHeadline = (h: string) => items.find((s) => s.headline === h)!;
  for (const s of items.filter((s) => s.status === "filed")) expect((await editor.post(`/api/stories/${s.id}/transitions`, { data: { action: "pass" } })).status()).toBe(200);
  for (const s of items) expect((await chief.post(`/api/stories/${s.id}/transitions`, { data: { action: "approve" } })).status()).toBe(200);
  front = await night.advance(front, "layout");
  front = await night.layOut(front, [
    { storyId: carried.id, firstColumn: 1, columnSpan: 4, topLine: belowHead(front) },
    { storyId: byHeadline("消防宣传进校园").id, firstColumn: 5, columnSpan: 4, topLine: belowHead(front) },
  ]);
  let back = await night.advance(second, "layout");
  // a photo box gets its picture from the height it is given (60 %): tall enough for the picture, caption and
  // credit, and no more — at 40 lines the text left 10 lines empty, an underset box that may not be submitted
  back = await night.layOut(back, [{ storyId: byHeadline("东昌湖畔冬日美景").id, kind: "photo", firstColumn: 1, columnSpan: 4, topLine: belowHead(back), heightLines: 22 }]);
  for (const p of [front, back]) {
    const signed = await night.advance(p, "signed");
    expect(signed.state).toBe("signed");
    const released = await chief.post(`/api/pages/${p.id}/transitions`, { data: { action: "release" } });
    expect(released.status(), await released.text()).toBe(200);
  }
  const draft = await night.story({ slug: "未见报的稿" });
  const unreleased = await night.page({ name: "未付印" });

  // 4. A reader, signed out, opens the e-paper of that night.
  const reader = await browser.newContext();
  const visitor = await reader.newPage();
  await visitor.goto(`/epaper/${date}/1`);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("第01版：聊城新闻");
  await pictureShown(visitor);
  await expect(visitor.locator("#titles li")).toHaveText([carried.headline, "消防宣传进校园"]);
  await expect(visitor.locator(".ep-hot")).toHaveCount(2);
  await expect(visitor.locator("#pages li")).toHaveText(["第01版：聊城新闻", `第${two(second.number)}版：社会`]);

  // between pages …
  await visitor.getByRole("link", { name: "下一版" }).first().click();
  await expect(visitor).toHaveURL(new RegExp(`/epaper/${date}/${second.number}$`));
  await expect(visitor.locator("#titles li")).toHaveText(["东昌湖畔冬日美景"]);
  await visitor.getByRole("link", { name: "上一版" }).first().click();
  await expect(visitor).toHaveURL(new RegExp(`/epaper/${date}/1$`));
  // … and between editions: the next one out is a later date, and the archive leads back
  await visitor.getByRole("link", { name: "下一期" }).first().click();
  const later = /\/epaper\/(\d{4}-\d{2}-\d{2})\/\d+$/.exec(visitor.url());
  expect(later, visitor.url()).not.toBeNull();
  expect(later![1] > date).toBe(true);
  await visitor.goto(`/epaper/archive/${date.slice(0, 7)}`);
  await visitor.locator(`a[data-date="${date}"]`).click();
  await expect(visitor).toHaveURL(new RegExp(`/epaper/${date}/1$`));

  // a hot area opens the story, whole
  await pictureShown(visitor);
  await visitor.locator(".ep-hot").first().click();
  await expect(visitor).toHaveURL(new RegExp(`/epaper/${date}/article/${carried.id}$`));
  const article = visitor.getByTestId("epaper-article");
  await expect(article.getByRole("heading", { level: 1 })).toHaveText(carried.headline);
  const { story } = await (await editor.get(`/api/stories/${carried.id}`)).json();
  await expect(article.locator(".ep-body p")).toHaveCount((story.body as string[]).length);
  await expect(article.locator(".ep-body p").last()).toHaveText((story.body as string[]).at(-1)!);

  // what was not released does not exist for the public
  for (const url of [`/epaper/${date}/article/${draft.id}`, `/epaper/${date}/${unreleased.number}`]) {
    const res = await visitor.request.get(url, { maxRedirects: 0 });
    expect(res.status(), url).toBe(404);
  }
  await reader.close();
});
