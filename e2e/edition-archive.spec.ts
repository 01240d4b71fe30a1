import type { APIRequestContext } from "@playwright/test";
import { expect, open, test, SEED_HEADLINES } from "./fixtures";

/**
 * The edition archive (docs/EXCHANGE.md "Edition archive"): the spec's own edition is exported by the chief,
 * its date changed to one not taken, and imported back — over the API and through 导出存档 / 导入存档.
 * The seed editions are never written.
 */

type Archive = { format: string; version: number; edition: { date: string }; pages: { state: string; snapshots: unknown[] }[]; stories: { headline: string | null; revisions: unknown[]; comments: unknown[] }[] };

/** Imports `archive` under the next free date of the worker (a date another run took is a 409: try the next). */
async function importUnderFreeDate(chief: APIRequestContext, archive: Archive, nextDate: () => string): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const date = nextDate();
    const res = await chief.post("/api/editions/archive", { data: { ...archive, edition: { ...archive.edition, date } } });
    if (res.status() === 409) continue;
    expect(res.status(), await res.text()).toBe(201);
    expect(await res.json()).toMatchObject({ date, pages: archive.pages.length, stories: archive.stories.length, createdUsers: [] });
    return date;
  }
  throw new Error("no free date left");
}

test.describe("edition archive", () => {
  test("the chief exports the spec's edition and imports it back under another date; refusals say why", async ({ api, desk, editionDates }) => {
    const story = await desk.storyLike(SEED_HEADLINES[0], "approved");
    const editor = await api.as("liqiang");
    expect((await editor.post(`/api/stories/${story.id}/comments`, { data: { body: "存档前的批注" } })).status()).toBe(201);
    let page = await desk.page({ name: "存档版", state: "layout" });
    page = await desk.layOut(page, [{ storyId: story.id, firstColumn: 1, columnSpan: 4, topLine: 10 }]);
    page = await desk.advance(page, "signed");

    const chief = await api.as("chief");
    const exported = await chief.get(`/api/editions/${desk.date}/archive`);
    expect(exported.status(), await exported.text()).toBe(200);
    expect(exported.headers()["content-disposition"]).toBe(`attachment; filename="newsdesk-edition-${desk.date}.json"`);
    const text = await exported.text();
    expect(text).not.toMatch(/password|\$2[aby]\$/i);
    const archive = JSON.parse(text) as Archive;
    expect(archive).toMatchObject({ format: "newsdesk-edition-archive", version: 1, edition: { date: desk.date } });
    expect(archive.pages[0]).toMatchObject({ state: "signed" });
    expect(archive.pages[0].snapshots).toHaveLength(1);
    expect(archive.stories[0].revisions.length).toBeGreaterThan(2);
    expect(archive.stories[0].comments).toHaveLength(1);

    // an editor may neither export nor import
    expect((await editor.get(`/api/editions/${desk.date}/archive`)).status()).toBe(403);
    expect((await editor.post("/api/editions/archive", { data: archive })).status()).toBe(403);

    const date = await importUnderFreeDate(chief, archive, () => editionDates.next());
    const budget = await (await chief.get(`/api/stories?edition=${date}`)).json();
    expect((budget.items as { headline: string }[]).map((s) => s.headline)).toEqual([SEED_HEADLINES[0]]);
    const flatplan = await (await chief.get(`/api/editions/${date}/pages`)).json();
    expect(flatplan.pages).toMatchObject([{ number: page.number, name: "存档版", state: "signed" }]);

    // the same file again, a newer version, broken JSON: refused in the caller's language, nothing imported
    const again = await chief.post("/api/editions/archive", { data: { ...archive, edition: { ...archive.edition, date } } });
    expect(again.status()).toBe(409);
    expect((await again.json()).error.message).toContain(`${date} 这一期已经存在`);
    const newer = await chief.post("/api/editions/archive", { data: { ...archive, version: 2 } });
    expect(newer.status()).toBe(422);
    expect((await newer.json()).error.message).toContain("请先升级 Newsdesk");
    const broken = await chief.post("/api/editions/archive", { data: Buffer.from(text.slice(0, 100)), headers: { "content-type": "application/json" } });
    expect(broken.status()).toBe(400);
    expect((await broken.json()).error.key).toBe("archive.badJson");
  });

  test.describe("in the browser", () => {
    test.use({ login: "chief" });

    test("导出存档 downloads the edition; 导入存档 takes the file back under a free date and refuses it a second time", async ({ page, desk, editionDates }) => {
      await desk.storyLike(SEED_HEADLINES[1], "edited");
      await open(page, `/editions/${desk.date}`);
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "导出存档" }).click()]);
      expect(download.suggestedFilename()).toBe(`newsdesk-edition-${desk.date}.json`);
      const chunks: Buffer[] = [];
      for await (const chunk of (await download.createReadStream())!) chunks.push(chunk as Buffer);
      const archive = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Archive;
      expect(archive.edition.date).toBe(desk.date);

      await open(page, "/editions");
      await page.getByRole("button", { name: "导入存档" }).click();
      const dialog = page.getByRole("dialog", { name: "导入一期存档" });
      await expect(dialog).toBeVisible();
      const file = (date: string) => ({ name: `newsdesk-edition-${date}.json`, mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ ...archive, edition: { ...archive.edition, date } })) });

      // a date this database already has: the server's refusal is shown as it words it
      await dialog.getByLabel("存档文件").setInputFiles(file(desk.date));
      await dialog.getByRole("button", { name: "导入", exact: true }).click();
      await expect(dialog.getByTestId("import-archive-error")).toContainText(`${desk.date} 这一期已经存在`);
      for (const [w, h] of [[1440, 900], [390, 844]] as const) {
        await page.setViewportSize({ width: w, height: h });
        await page.screenshot({ path: `test-results/screens/edition-archive-import-${w}x${h}.png` });
      }
      await page.setViewportSize({ width: 1440, height: 900 });

      let imported: string | null = null;
      for (let i = 0; i < 50 && imported === null; i++) {
        const date = editionDates.next();
        await dialog.getByLabel("存档文件").setInputFiles(file(date));
        await dialog.getByRole("button", { name: "导入", exact: true }).click();
        const outcome = dialog.getByTestId("import-archive-result").or(dialog.getByTestId("import-archive-error"));
        await expect(outcome).toBeVisible();
        if (await dialog.getByTestId("import-archive-result").isVisible()) imported = date;
        else await expect(dialog.getByTestId("import-archive-error")).toContainText("这一期已经存在");
      }
      expect(imported).not.toBeNull();
      await expect(dialog.getByTestId("import-archive-result")).toContainText(`已导入 ${imported} 这一期：0 个版面，1 篇稿件`);
      await page.screenshot({ path: "test-results/screens/edition-archive-imported-1440x900.png" });
      await dialog.getByRole("link", { name: "打开这一期" }).click();
      await expect(page).toHaveURL(new RegExp(`/editions/${imported}$`));
      await expect(page.getByText(SEED_HEADLINES[1]).first()).toBeVisible();
    });
  });
});
