import { expect, open, SEED_HEADLINES, test } from "./fixtures";

/** The budget's filters and sort live in the URL (a link reproduces the view), and it prints cleanly. */
test.describe("the budget's view and its print", () => {
  test.use({ login: "liqiang" });

  test("filters and sort are in the URL: a reload or a shared link shows the same view; a bad value is ignored", async ({ page, desk }) => {
    const stories = [await desk.storyLike(SEED_HEADLINES[1]), await desk.storyLike(SEED_HEADLINES[5], "approved")];
    await desk.story({ slug: "派给肖会的稿", assignees: ["肖会"] });
    await open(page, `/editions/${desk.date}`);
    await expect(page.getByTestId("budget-row")).toHaveCount(3);

    await page.getByLabel("状态", { exact: true }).selectOption({ label: "已初审" });
    await expect(page.getByTestId("budget-headline")).toHaveText([stories[0].headline]);
    await expect(page).toHaveURL(new RegExp(`/editions/${desk.date}\\?status=edited$`));
    await page.getByLabel("状态", { exact: true }).selectOption({ label: "全部" });
    await page.getByRole("button", { name: "字数" }).click();
    await page.getByRole("button", { name: /字数/ }).click();
    await expect(page).toHaveURL(/\?sort=length&order=desc$/);
    const shown = await page.getByTestId("budget-headline").allInnerTexts();

    await page.reload();
    await page.locator("body[data-hydrated]").waitFor();
    await expect(page.getByTestId("budget-headline")).toHaveText(shown);
    await expect(page.getByRole("columnheader", { name: /字数 ▼/ })).toHaveAttribute("aria-sort", "descending");

    // a link with a bad value keeps the good ones
    await open(page, `/editions/${desk.date}?status=nonsense&deadline=today&page=none&sort=sideways`);
    await expect(page.getByLabel("状态", { exact: true })).toHaveValue("");
    await expect(page.getByLabel("截稿", { exact: true })).toHaveValue("today");
    await expect(page.getByLabel("版次", { exact: true })).toHaveValue("none");
    await expect(page.getByRole("columnheader", { name: /序 ▲/ })).toHaveAttribute("aria-sort", "ascending");
    await open(page, `/editions/${desk.date}?status=approved`);
    await expect(page.getByTestId("budget-headline")).toHaveText([stories[1].headline]);
  });

  test("prints one line per story under the edition and the time, without navigation or filters", async ({ page, desk }) => {
    for (const h of SEED_HEADLINES.slice(0, 4)) await desk.storyLike(h);
    await open(page, `/editions/${desk.date}`);
    await expect(page.getByTestId("budget-row")).toHaveCount(4);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("header").first()).toBeHidden();
    await expect(page.getByTestId("budget-filters")).toBeHidden();
    await expect(page.getByRole("button", { name: "新建派稿" })).toBeHidden();
    await expect(page.getByTestId("budget-print-heading")).toBeVisible();
    await expect(page.getByTestId("budget-printed-at")).toHaveText(/^打印时间 \d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d（北京时间）$/);
    // one line per story: every row is a table row at A4 width, none split
    const rows = page.getByTestId("budget-row");
    expect(await rows.evaluateAll((trs) => trs.map((tr) => getComputedStyle(tr).display))).toEqual(Array(4).fill("table-row"));
    await page.screenshot({ path: "test-results/screens/budget-print.png", fullPage: true });
    await page.pdf({ path: "test-results/screens/budget-print.pdf", format: "A4", printBackground: true });
    await page.emulateMedia({ media: "screen" });
    await expect(page.getByTestId("budget-print-heading")).toBeHidden();
  });

  test("on paper the phone's cards are a table too", async ({ page, desk }) => {
    await desk.storyLike(SEED_HEADLINES[2]);
    await page.setViewportSize({ width: 390, height: 844 });
    await open(page, `/editions/${desk.date}`);
    expect(await page.getByTestId("budget-row").first().evaluate((tr) => getComputedStyle(tr).display)).toBe("flex");
    await page.emulateMedia({ media: "print" });
    expect(await page.getByTestId("budget-row").first().evaluate((tr) => getComputedStyle(tr).display)).toBe("table-row");
  });
});
