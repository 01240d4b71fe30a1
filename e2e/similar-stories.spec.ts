import { expect, open, test } from "./fixtures";

/** Similar stories (docs/SEARCH.md): the story page's panel and the possible duplicates in the 交稿 confirmation. */

// A seed paragraph (other specs copy it too) and a run of characters only this test's stories share.
const SEED_PARAGRAPH = "日前，省科技协公布省科普专家人才库(首批)专家名单，经个人申报、单位推荐及专家遴选，聊城共有三大类28人入选。";
const HAN = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";
const nonce = () => Array.from({ length: 12 }, () => HAN[Math.floor(Math.random() * HAN.length)]).join("");

test("the story page lists the earlier similar story, and the 交稿 confirmation shows it as a possible duplicate", async ({ api, desk, edition, pageAs }) => {
  const marker = nonce();
  const limeng = await api.as("limeng");
  const write = async (headline: string, body: string[]) => {
    const story = await desk.story({ by: "limeng", slug: `相似-${marker.slice(0, 4)}` });
    const res = await limeng.patch(`/api/stories/${story.id}`, {
      data: { baseVersion: story.version, content: { kicker: null, headline, subheadline: null, dateline: null, body, sidebars: [], bylines: [{ name: "李梦", role: "reporter" }] } },
    });
    expect(res.status(), await res.text()).toBe(200);
    return story.id;
  };
  const first = await write(`科普专家${marker}入库`, [SEED_PARAGRAPH, `${marker}专家走进社区开展科普活动。`]);
  const second = await write(`科普专家${marker}进社区`, [`${marker}专家走进社区开展科普活动。`, SEED_PARAGRAPH]);
  const unrelated = await write(nonce(), [nonce()]);

  const page = await pageAs("limeng");
  await open(page, `/stories/${second}`);
  const panel = page.getByTestId("similar");
  await expect(panel.getByRole("heading", { name: "相似稿件" })).toBeVisible();
  const item = panel.getByTestId("similar-story").filter({ has: page.locator(`a[href="/stories/${first}"]`) });
  await expect(item).toBeVisible();
  await expect(item.getByRole("link")).toHaveText(`科普专家${marker}入库`);
  await expect(item).toContainText(edition.date);
  await expect(item).toContainText("字");
  // the later story is never listed for the earlier one
  await expect(panel.locator(`a[href="/stories/${unrelated}"]`)).toHaveCount(0);
  for (const [w, h] of [[1440, 900], [390, 844]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/screens/similar-panel-${w}x${h}.png`, fullPage: w === 390 });
  }
  await page.setViewportSize({ width: 1440, height: 900 });

  // 交稿: the confirmation lists it as a possible duplicate
  await page.getByTestId("action-file").click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByTestId("possible-duplicates")).toContainText("可能重复的稿件");
  await expect(dialog.getByTestId("possible-duplicates").locator(`a[href="/stories/${first}"]`)).toBeVisible();
  await page.screenshot({ path: "test-results/screens/similar-file-dialog-1440x900.png" });
  await dialog.getByRole("button", { name: "取消" }).click();

  // the earlier story has no earlier twin; an unrelated one has none either
  await open(page, `/stories/${unrelated}`);
  await expect(page.getByTestId("similar-none")).toHaveText("没有相似的稿件");
  await open(page, `/stories/${first}`);
  await expect(page.getByTestId("similar").locator(`a[href="/stories/${second}"]`)).toHaveCount(0);
});
