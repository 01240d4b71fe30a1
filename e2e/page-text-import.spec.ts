import { readFileSync } from "node:fs";
import path from "node:path";
import { encodeGbk } from "@/lib/page-text/__corpus__/encode-gbk";
import { expect, open, test } from "./fixtures";

/**
 * 导入版面文字 from the budget: a page text previewed with its warnings beside their item, fixed, confirmed,
 * and its stories on the budget — in the test's own edition, never the seed's.
 */
const corpus = (name: string) => readFileSync(path.join(import.meta.dirname, "../lib/page-text/__corpus__", name), "utf8");
const txt = (name: string, buffer: Buffer) => ({ name, mimeType: "text/plain", buffer });

test.describe("importing page text", () => {
  test.use({ login: "liqiang" });

  test("an editor previews a page text, fixes the item with a warning, drops one, confirms, and sees the stories filed on the budget", async ({ page, desk }) => {
    test.setTimeout(90_000); // a long walk: upload, preview, two screenshots, fixes, confirm
    await desk.page({ name: "社会新闻", number: 5 });
    await open(page, `/editions/${desk.date}`);
    await page.getByRole("button", { name: "导入版面文字" }).click();
    const panel = page.getByRole("region", { name: "导入版面文字（来稿 / 外稿）" });
    await panel.locator('input[type="file"]').setInputFiles([txt("shehui-2019-01-12.txt", Buffer.from(corpus("shehui-2019-01-12.txt")))]);

    const file = panel.getByRole("article", { name: "shehui-2019-01-12.txt" });
    await expect(file).toContainText("编码：UTF-8");
    await expect(file).toContainText("识别出 4 篇稿件，2 个广告或版面元素（不导入）");

    // The photo news has no headline, and the line the parser could not place is flagged on it.
    const photo = file.getByRole("region", { name: "第 4 条" });
    await expect(photo.getByRole("note")).toContainText("第 25 行「图片由东昌湖景区管理处提供」无法归类，未收入正文");
    await expect(photo).toContainText("1 段 · 48 字");
    // The crosshead is flagged on the story it sits in, not on the next one.
    const first = file.getByRole("region", { name: "“小修小补”便民点进社区" });
    await expect(first.getByRole("note")).toContainText("「服务价格公开透明」按小标题保留");
    await expect(file.getByRole("region", { name: "消防宣传进校园" }).getByRole("note")).toHaveCount(0);
    await expect(file.getByRole("region", { name: "老旧小区改造惠及万户居民" })).toContainText("转版（未完）");

    for (const [width, height] of [
      [1440, 900],
      [390, 844],
    ]) {
      await page.setViewportSize({ width, height });
      await photo.scrollIntoViewIfNeeded();
      // the preview fits the screen: no horizontal scrolling on a phone
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: `test-results/screenshots/import-preview-${width}x${height}.png` });
    }
    await page.setViewportSize({ width: 1440, height: 900 });

    // Fix: give the photo a headline and credit 肖会 as 记者 too; drop the 消防 brief; put it all on page 5.
    await photo.getByLabel("主标题").fill("东昌湖畔冬日美景");
    const photoItem = file.getByRole("region", { name: "东昌湖畔冬日美景" });
    await photoItem.getByRole("group", { name: "肖会 的身份" }).getByLabel("记者").check();
    await file.getByRole("region", { name: "消防宣传进校园" }).getByLabel("导入").uncheck();
    await file.getByLabel("放入版面").selectOption("5");
    await panel.getByRole("button", { name: "确认导入 3 篇" }).click();
    await expect(file.getByRole("status")).toHaveText("「shehui-2019-01-12.txt」已导入 3 篇；署名人员匹配 4 人，新建 0 人");

    const rows = page.getByTestId("budget-row");
    await expect(page.getByTestId("budget-headline")).toHaveText(["“小修小补”便民点进社区", "东昌湖畔冬日美景", "老旧小区改造惠及万户居民"]);
    await expect(rows.nth(1)).toContainText("已交稿");
    await expect(rows.nth(1)).toContainText("第5版 社会新闻");
    await expect(page.getByTestId("budget-byline").nth(1)).toHaveText("肖会（摄影） 肖会（记者）");
  });

  test("a GBK file is read as GB18030/GBK; a binary, an empty and an oversized file are refused with a reason", async ({ page, desk }) => {
    await open(page, `/editions/${desk.date}`);
    await page.getByRole("button", { name: "导入版面文字" }).click();
    const panel = page.getByRole("region", { name: "导入版面文字（来稿 / 外稿）" });
    await panel.locator('input[type="file"]').setInputFiles([
      txt("yaowen-gbk.txt", Buffer.from(encodeGbk(corpus("yaowen-2019-01-10.txt")))),
      txt("photo.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])),
      txt("empty.txt", Buffer.from("\n\n")),
      txt("huge.txt", Buffer.alloc(512 * 1024 + 1, 0x41)),
    ]);
    const gbk = panel.getByRole("article", { name: "yaowen-gbk.txt" });
    await expect(gbk).toContainText("编码：GB18030 / GBK");
    await expect(gbk.getByRole("region", { name: "我市启动“温暖回家路”志愿服务" })).toContainText("聊城新闻网讯");
    await expect(gbk.getByRole("region", { name: "冬日暖阳照农家" }).getByLabel("类型")).toHaveValue("photo");
    await expect(panel.getByRole("article", { name: "photo.txt" }).getByRole("alert")).toHaveText("「photo.txt」不是文本文件（含空字节或控制字符），请导入 .txt 版面文字");
    await expect(panel.getByRole("article", { name: "empty.txt" }).getByRole("alert")).toHaveText("「empty.txt」是空文件，没有可导入的文字");
    await expect(panel.getByRole("article", { name: "huge.txt" }).getByRole("alert")).toHaveText("「huge.txt」超过 512 KB，不能导入（每个文件最大 512 KB）");
    await expect(page.getByTestId("budget-row")).toHaveCount(0);
  });

  test("the server refuses what the preview did not check: an edited item that is invalid, a page not in the edition", async ({ api, desk }) => {
    const editor = await api.as("liqiang");
    const content = { kicker: null, headline: "两行\n标题", subheadline: null, dateline: null, body: ["正文。"], sidebars: [], bylines: [] };
    const invalid = await editor.post(`/api/editions/${desk.date}/imports`, { data: { fileName: "a.txt", pageNumber: null, items: [{ kind: "article", continues: false, content }] } });
    expect(invalid.status()).toBe(400);
    const noPage = await editor.post(`/api/editions/${desk.date}/imports`, { data: { fileName: "a.txt", pageNumber: 77, items: [{ kind: "article", continues: false, content: { ...content, headline: "标题" } }] } });
    expect(noPage.status()).toBe(422);
    const notTxt = await editor.post(`/api/editions/${desk.date}/imports/preview`, { data: { fileName: "a.docx", content: Buffer.from("标题").toString("base64") } });
    expect(notTxt.status()).toBe(400);
    const budget = await editor.get(`/api/stories?edition=${desk.date}`);
    expect((await budget.json()).items).toEqual([]);
  });
});

test.describe("importing page text as a reporter", () => {
  test.use({ login: "limeng" });

  test("a reporter sees no import on the budget, and the server says 403", async ({ page, api, edition }) => {
    await open(page, `/editions/${edition.date}`);
    await expect(page.getByRole("button", { name: "新建稿件" })).toBeVisible();
    await expect(page.getByRole("button", { name: "导入版面文字" })).toHaveCount(0);
    const reporter = await api.as("limeng");
    const res = await reporter.post(`/api/editions/${edition.date}/imports/preview`, { data: { fileName: "a.txt", content: Buffer.from("标题").toString("base64") } });
    expect(res.status()).toBe(403);
  });
});
