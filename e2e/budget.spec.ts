import { expect, open, SEED_HEADLINES, test } from "./fixtures";

test.describe("the editor's budget", () => {
test.use({ login: "liqiang" });
test.beforeEach(async ({ page }) => {
  await open(page, "/editions/2019-01-09");
});

test("the budget lists all 8 seed items in reading order with headlines and bylines", async ({ page }) => {
  const rows = page.getByTestId("budget-row");
  await expect(rows).toHaveCount(8);
  await expect(page.getByTestId("budget-headline")).toHaveText([
    SEED_HEADLINES[0],
    /^图片新闻/,
    ...SEED_HEADLINES.slice(1),
  ]);
  const bylines = page.getByTestId("budget-byline");
  await expect(bylines.nth(0)).toHaveText("李梦（记者） 孙亚飞（记者） 宋宇（通讯员） 陈亿卓（通讯员）");
  await expect(bylines.nth(4)).toContainText("肖会（记者）");
  await expect(bylines.nth(5)).toHaveText("肖会（记者） 孟伟（通讯员）");
  await expect(rows.first()).toContainText("已见报"); // printed: published at 付印
  await expect(rows.first()).toContainText("第1版 聊城新闻");
  await expect(rows.nth(4)).toContainText("（下转他版）");
  await page.screenshot({ path: "test-results/screenshots/budget-1440x900.png" });
});

test("字数 counts Chinese characters, not words", async ({ page }) => {
  const lengths = await page.getByTestId("budget-length").allInnerTexts();
  const counts = lengths.map(Number);
  // Counted independently of lib/cjk: 1,486 Han characters and full-width marks, plus 8 numbers
  // (each number such as "1235" or "2018" is one). A word counter would say a few dozen.
  expect(counts[0]).toBe(1494);
  expect(counts.every((n) => n > 100)).toBe(true);
});

test("the budget filters by byline person and by status, and sorts by length", async ({ page }) => {
  await page.getByLabel("署名人").selectOption({ label: "肖会" });
  await expect(page.getByTestId("budget-row")).toHaveCount(4);
  await expect(page.getByTestId("budget-count")).toHaveText("共 4 条");
  await page.getByLabel("署名人").selectOption({ label: "全部" });
  await page.getByLabel("状态", { exact: true }).selectOption({ label: "草稿" });
  await expect(page.getByTestId("budget-row")).toHaveCount(0);
  await page.getByLabel("状态", { exact: true }).selectOption({ label: "已终审" });
  await expect(page.getByTestId("budget-row")).toHaveCount(0);
  await page.getByLabel("状态", { exact: true }).selectOption({ label: "已见报" });
  await expect(page.getByTestId("budget-row")).toHaveCount(8);

  await page.getByRole("button", { name: "字数" }).click();
  const ascending = (await page.getByTestId("budget-length").allInnerTexts()).map(Number);
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  await page.getByRole("button", { name: /字数/ }).click();
  const descending = (await page.getByTestId("budget-length").allInnerTexts()).map(Number);
  expect(descending).toEqual([...ascending].reverse());
});

});

// A reporter opens approved stories read-only (an editor would start editing them).
test.describe("a reporter reads the seed stories", () => {
test.use({ login: "xiaohui" });

test("a story opens in the read view with its sidebar and the continues flag", async ({ page }) => {
  await open(page, "/editions/2019-01-09");
  await page.getByRole("link", { name: SEED_HEADLINES[3] }).click();
  await expect(page.getByTestId("story-headline")).toHaveText(SEED_HEADLINES[3]);
  await expect(page.getByTestId("story-kicker")).toHaveText("“悉心把脉”查问题，“辨证施治”补短板，东昌府区行政审批局——");
  await expect(page.getByTestId("story-byline")).toContainText("□ 本报记者 肖会 王兆锋");
  await expect(page.getByTestId("story-byline")).toContainText("本报通讯员 苗素红");
  await expect(page.getByTestId("story-body")).toContainText("代办员一般");
  await expect(page.getByTestId("story-continues")).toBeVisible();
  await expect(page.getByTestId("story-sidebar")).toContainText("相关链接");
  await expect(page.getByTestId("story-sidebar")).toContainText("实现了群众“进一家门就能办成事、办好事”的迫切期盼");
});

test("paragraphs cut at a column end are one paragraph again", async ({ page }) => {
  await open(page, "/editions/2019-01-09");
  await page.getByRole("link", { name: SEED_HEADLINES[0] }).click();
  await expect(page.getByTestId("story-body")).toContainText("2018年5月份，聊城市委组织部邀请专家");
  await expect(page.getByTestId("story-body")).toContainText("从弱到强");
  await page.goBack();
  await page.getByRole("link", { name: SEED_HEADLINES[1] }).click();
  await expect(page.getByTestId("story-body")).toContainText("本报聊城讯　日前，省科技协公布");
  await expect(page.getByTestId("story-body")).toContainText("“科普山东”微信平台");
});

});
