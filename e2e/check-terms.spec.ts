import { expect, open, test } from "./fixtures";

/**
 * 机检 word lists, the chief's admin page: add a term, import a CSV with one bad line, preview, commit
 * (docs/CHECK.md). Every term here is made of this run's own suffix and removed afterwards, so no other
 * spec's text meets it.
 */
test.describe("the check lists page", () => {
  test.use({ login: "chief" });

  test("add a term, then import a CSV with one bad line: the preview says why, the commit adds the rest", async ({ page, api }) => {
    const tag = `${Date.now() % 1_000_000}${Math.random().toString(36).slice(2, 5)}`;
    const added = `试加词${tag}`;
    const csv = [`慎用词,导入甲${tag},,e2e`, `例外,瞎子,,e2e`, `错别字,导入乙${tag},导入丙${tag},e2e`].join("\n");
    try {
      await page.setViewportSize({ width: 1440, height: 900 });
      await open(page, "/admin/check-terms");
      await expect(page.getByRole("heading", { name: "机检词表" })).toBeVisible();
      await page.getByTestId("tab-caution").click();
      await expect(page.getByTestId("tab-caution")).toHaveAttribute("aria-selected", "true");
      const add = page.getByRole("form", { name: "添加" });
      await add.getByLabel("词条").fill(added);
      await add.getByLabel("说明").fill("e2e");
      await add.getByRole("button", { name: "添加" }).click();
      await page.getByLabel("筛选").fill(tag);
      await page.getByRole("button", { name: "筛选" }).click();
      await expect(page.getByTestId("check-terms").getByRole("cell", { name: added })).toBeVisible();

      await page.getByLabel("文件").setInputFiles({ name: "词表.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
      await page.getByRole("button", { name: "预览" }).click();
      await expect(page.getByTestId("import-summary")).toHaveText("新增 2 · 修改 0 · 不变 0 · 拒绝 1");
      const refused = page.locator('[data-testid="import-preview"] tr[data-status="reject"]');
      await expect(refused).toHaveCount(1);
      await expect(refused).toContainText("「瞎子」已列为禁用词");
      await page.screenshot({ path: "test-results/screens/check-terms-1440.png", fullPage: true });

      await page.getByRole("button", { name: "确认导入 2 条" }).click();
      await expect(page.getByRole("status").filter({ hasText: "已导入 2 条" })).toBeVisible();
      await page.getByLabel("筛选").fill(tag);
      await page.getByRole("button", { name: "筛选" }).click();
      await expect(page.getByTestId("check-terms").getByRole("cell", { name: `导入甲${tag}` })).toBeVisible();
      await page.getByTestId("tab-typo").click();
      await expect(page.getByTestId("check-terms").getByRole("cell", { name: `导入丙${tag}` })).toBeVisible();

      await page.setViewportSize({ width: 390, height: 844 });
      await page.getByTestId("tab-caution").click();
      await expect(page.getByTestId("check-terms").getByRole("cell", { name: added })).toBeVisible();
      await page.screenshot({ path: "test-results/screens/check-terms-390.png", fullPage: true });
    } finally {
      const chief = await api.as("chief");
      for (const list of ["caution", "typo"]) {
        const res = await chief.get(`/api/check-terms?list=${list}&q=${encodeURIComponent(tag)}`);
        for (const t of (await res.json()).terms as { id: number; version: number }[]) await chief.delete(`/api/check-terms/${t.id}?baseVersion=${t.version}`);
      }
    }
  });
});
