import { expect, open, SEED_DATE, test } from "./fixtures";

/** 检索 (docs/SEARCH.md): the seed found by 2-, 3-, 4-character, name and digit queries; who finds whose draft. */

test.describe("search as the desk", () => {
  test.use({ login: "liqiang" });

  for (const q of ["聊城", "党支部", "专家人才", "孙亚飞", "2018年"]) {
    test(`finds seed stories by ${q}, with the hits marked`, async ({ page }) => {
      await open(page, `/search?q=${encodeURIComponent(q)}&from=${SEED_DATE}&to=${SEED_DATE}`);
      await expect(page.getByTestId("search-count")).not.toHaveText("没有找到稿件");
      await expect(page.getByTestId("search-hit").first()).toBeVisible();
      if (q !== "孙亚飞") await expect(page.getByTestId("search-hit").locator("mark").first()).toHaveText(q);
    });
  }

  test("the header's box searches, and the date range filters", async ({ page, api }) => {
    // the seed story itself (other specs make copies of its text in their own editions)
    const found = await (await (await api.as("liqiang")).get(`/api/search?q=${encodeURIComponent("专家人才")}&from=${SEED_DATE}&to=${SEED_DATE}`)).json();
    const seedId = (found.hits as { id: number; title: { text: string }[] }[]).find((h) => h.title.map((p) => p.text).join("").includes("聊城28人入选省科普专家人才库"))!.id;
    await open(page, "/");
    await page.getByRole("searchbox", { name: "检索稿件" }).fill("专家人才");
    await page.getByRole("searchbox", { name: "检索稿件" }).press("Enter");
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.getByTestId("search-hit").first()).toBeVisible();
    const seedHit = page.getByTestId("search-hit").filter({ has: page.locator(`a[href="/stories/${seedId}"]`) });
    await page.getByLabel("起始日期").fill(SEED_DATE);
    await page.getByLabel("结束日期").fill(SEED_DATE);
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(seedHit).toBeVisible();
    await page.getByLabel("起始日期").fill("");
    await page.getByLabel("结束日期").fill("2018-12-31");
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page).toHaveURL(/to=2018-12-31/);
    await expect(page.getByTestId("search-count")).toBeVisible();
    await expect(seedHit).toHaveCount(0);
  });

  test("FTS syntax in the box is text, never an error", async ({ page }) => {
    await open(page, `/search?q=${encodeURIComponent('"聊城* NEAR( OR title:')}`);
    await expect(page.getByTestId("search-count")).toBeVisible();
  });
});

test("a reporter does not find another reporter's draft; its author does", async ({ api, desk }) => {
  const word = `独有稿${Date.now()}`;
  const story = await desk.story({ by: "limeng", slug: "检索草稿" });
  const limeng = await api.as("limeng");
  const saved = await limeng.patch(`/api/stories/${story.id}`, {
    data: {
      baseVersion: story.version,
      content: { kicker: null, headline: `${word}标题`, subheadline: null, dateline: null, body: ["正文一段。"], sidebars: [], bylines: [{ name: "李梦", role: "reporter" }] },
    },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  const search = async (login: "limeng" | "xiaohui" | "liqiang") => (await (await api.as(login)).get(`/api/search?q=${encodeURIComponent(word)}`)).json();
  expect((await search("limeng")).hits.map((h: { id: number }) => h.id)).toEqual([story.id]);
  expect((await search("xiaohui")).total).toBe(0);
  expect((await search("liqiang")).total).toBe(1);
});
