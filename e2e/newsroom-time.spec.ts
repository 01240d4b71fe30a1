import { expect, open, test } from "./fixtures";
import { formatNewsroomTime } from "../lib/newsroom-time";

/**
 * Times mean one thing: a deadline typed as 21:00 is 21:00 on the publication's clock (Beijing time) for
 * everyone — for the editor who typed it and a reader whose laptop runs on UTC or New York time — and the
 * printed budget says when it was printed in Beijing time.
 */
for (const timezoneId of ["UTC", "America/New_York"]) {
  test.describe(`a browser on ${timezoneId}`, () => {
    test.use({ timezoneId, login: "liqiang" });

    test("a deadline entered as 21:00 is stored as 21:00 Beijing time and shows as 21:00 in the budget", async ({ page, api, desk }) => {
      await open(page, `/editions/${desk.date}`);
      expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(timezoneId);
      await page.getByRole("button", { name: "新建派稿" }).click();
      await page.getByLabel("稿件名（工作标题）").fill(`时区稿-${timezoneId}`);
      const deadline = page.getByLabel("截稿时间（北京时间）");
      await deadline.fill(`${desk.date}T21:00`);
      await page.getByRole("button", { name: "创建" }).click();
      await expect(page).toHaveURL(/\/stories\/\d+$/);
      const id = Number(new URL(page.url()).pathname.split("/").pop());

      const { story } = await (await (await api.as("liqiang")).get(`/api/stories/${id}`)).json();
      expect(new Date(story.deadline).toISOString()).toBe(`${desk.date}T13:00:00.000Z`);

      await open(page, `/editions/${desk.date}`);
      const [, month, day] = desk.date.split("-").map(Number);
      await expect(page.getByTestId("budget-row").filter({ hasText: `时区稿-${timezoneId}` }).getByTestId("budget-deadline")).toHaveText(`${month}月${day}日 21:00`);
    });

    test("the story shows the same deadline, 21:00", async ({ page, desk }) => {
      const res = await page.request.post("/api/stories", { data: { edition: desk.date, slug: `时区稿面-${timezoneId}`, deadline: `${desk.date}T13:00:00.000Z` } });
      expect(res.status()).toBe(201);
      await open(page, `/stories/${(await res.json()).story.id}`);
      const [, month, day] = desk.date.split("-").map(Number);
      await expect(page.getByTestId("story-deadline")).toContainText(`${month}月${day}日 21:00`);
    });

    test("the printed budget carries the edition and the time in Beijing", async ({ page, desk, edition }) => {
      const before = new Date();
      await open(page, `/editions/${desk.date}`);
      const after = new Date();
      await page.emulateMedia({ media: "print" });
      const heading = page.getByTestId("budget-print-heading");
      await expect(heading).toBeVisible();
      const [y, m, d] = desk.date.split("-").map(Number);
      const weekday = "日一二三四五六"[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
      await expect(heading).toContainText(`${edition.publication} · ${y}年${m}月${d}日 星期${weekday} · 稿件列表`);
      const expected = [before, after].map((t) => `打印时间 ${formatNewsroomTime(t.toISOString(), { locale: "zh-CN", timeZone: "Asia/Shanghai" })}（北京时间）`);
      expect(expected).toContain(await page.getByTestId("budget-printed-at").innerText());
      await page.emulateMedia({ media: "screen" });
    });
  });
}
