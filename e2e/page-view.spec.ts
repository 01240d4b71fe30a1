import { expect, test } from "@playwright/test";
import { SEED_HEADLINES, signIn } from "./fixtures";

test("the seed page is drawn like a newspaper page", async ({ page }) => {
  await signIn(page, "liqiang");
  await page.goto("/editions/2019-01-09/pages/1");
  const sheet = page.getByTestId("newspaper-page");
  await expect(sheet).toBeVisible();
  await expect(page.getByTestId("page-name")).toHaveText("聊城新闻");
  await expect(sheet.getByTestId("page-headline")).toHaveText(SEED_HEADLINES);
  await expect(sheet.getByTestId("page-ad")).toHaveCount(2);
  await expect(sheet.getByTestId("page-ad").first()).toContainText("泸州");
  await expect(sheet.getByTestId("page-ad").nth(1)).toContainText("中国农业银行");
  await expect(sheet.getByTestId("page-responsible-editor")).toHaveText("□ 责任编辑 李强");
  await expect(sheet.getByTestId("box-photo")).toHaveCount(1);
  await expect(sheet.getByTestId("page-byline").first()).toContainText("□ 本报记者 李梦 孙亚飞");

  // Boxes sit on the grid and never overlap.
  const boxes = await sheet.locator("section[data-element-id]").evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height };
    }),
  );
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      const overlap = a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1;
      expect(overlap, `boxes ${i} and ${j} overlap`).toBe(false);
    }
  }
  // Body type is the CJK serif.
  const family = await sheet.locator(".story-body").first().evaluate((el) => getComputedStyle(el).fontFamily);
  expect(family).toContain("Noto Serif CJK SC");

  await page.screenshot({ path: "test-results/screenshots/page-1440x900.png" });
  await sheet.screenshot({ path: "test-results/screenshots/page-full.png" });
});
