import type { APIRequestContext, Page } from "@playwright/test";
import type { Desk } from "./desk";
import { expect, test, SEED_HEADLINES, type Api } from "./fixtures";

/**
 * The public e-paper (数字报): a visitor without a session reads what the chief released, and nothing
 * else. Each test makes its own edition's pages through the API (laid out, signed, released).
 */

interface Released {
  page: { id: number; number: number; name: string };
  stories: { id: number; headline: string }[];
}

async function releasedPage(api: Api, desk: Desk, headlines: string[], name: string, state: "signed" | "released" = "released"): Promise<Released> {
  const stories = [];
  for (const h of headlines) stories.push(await desk.storyLike(h, "approved"));
  let page = await desk.page({ name, state: "layout" });
  // Below the page strip (and whatever else the new page starts with at its head).
  const head = page.elements.map((e) => e as { topLine: number; heightLines: number }).filter((e) => e.topLine <= 20);
  const topLine = Math.max(0, ...head.map((e) => e.topLine + e.heightLines - 1)) + 1;
  page = await desk.layOut(
    page,
    stories.map((s, i) => ({ storyId: s.id, firstColumn: 1 + i * 4, columnSpan: 4, topLine })),
  );
  page = await desk.advance(page, "signed");
  if (state === "released") {
    const res = await (await api.as("chief")).post(`/api/pages/${page.id}/transitions`, { data: { action: "release" } });
    expect(res.status(), await res.text()).toBe(200);
  }
  return { page, stories };
}

const two = (n: number) => String(n).padStart(2, "0");

/** The page picture has arrived (made after 付印, or now on first need) and is drawn. */
async function pictureShown(page: Page) {
  await expect.poll(() => page.locator('[data-testid="epaper-picture"] img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 90_000 }).toBeGreaterThan(100);
}

test.describe("the e-paper for a visitor without a session", () => {
  test.setTimeout(180_000);

  test("opens a released page, moves between pages, hovers and clicks a hot area and reads the story whole", async ({ page, api, desk }) => {
    const first = await releasedPage(api, desk, [SEED_HEADLINES[1], SEED_HEADLINES[5]], "要闻");
    const second = await releasedPage(api, desk, [SEED_HEADLINES[2]], "聊城新闻");
    const unreleased = await releasedPage(api, desk, [SEED_HEADLINES[6]], "未付印", "signed");

    expect((await page.context().cookies()).length).toBe(0);
    await page.goto(`/epaper/${desk.date}/${first.page.number}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`第${two(first.page.number)}版：要闻`);
    await pictureShown(page);

    // 标题导航 and the hot areas: one per story box.
    const titles = page.locator("#titles li");
    await expect(titles).toHaveText([SEED_HEADLINES[1], SEED_HEADLINES[5]]);
    const hot = page.locator(".ep-hot");
    await expect(hot).toHaveCount(2);
    await hot.first().hover();
    await expect(hot.first().locator("span")).toBeVisible();
    await expect(hot.first().locator("span")).toHaveText(SEED_HEADLINES[1]);

    // 版面导航: the released pages only, with thumbnails.
    const nav = page.locator("#pages li");
    await expect(nav).toHaveText([`第${two(first.page.number)}版：要闻`, `第${two(second.page.number)}版：聊城新闻`]);
    await expect(page.locator("#pages")).not.toContainText(unreleased.page.name);
    await page.screenshot({ path: "test-results/screenshots/epaper-page-1440x900.png" });

    await page.getByRole("link", { name: "下一版" }).first().click();
    await expect(page).toHaveURL(new RegExp(`/epaper/${desk.date}/${second.page.number}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`第${two(second.page.number)}版：聊城新闻`);
    await page.getByRole("link", { name: "上一版" }).first().click();
    await expect(page).toHaveURL(new RegExp(`/epaper/${desk.date}/${first.page.number}$`));

    // The calendar of 往期回顾 has this edition.
    await expect(page.locator(`#archive a[data-date="${desk.date}"]`)).toBeVisible();

    await page.locator(".ep-hot").nth(1).click();
    await expect(page).toHaveURL(new RegExp(`/epaper/${desk.date}/article/${first.stories[1].id}$`));
    const article = page.getByTestId("epaper-article");
    await expect(article.getByRole("heading", { level: 1 })).toHaveText(SEED_HEADLINES[5]);
    await expect(article.locator(".ep-body p").first()).not.toBeEmpty();
    await expect(article.getByTestId("epaper-article-page")).toHaveText(`第${two(first.page.number)}版：要闻`);
    await page.screenshot({ path: "test-results/screenshots/epaper-article-1440x900.png", fullPage: true });

    await page.goto(`/epaper/archive/${desk.date.slice(0, 7)}`);
    await expect(page.locator(`a[data-date="${desk.date}"]`)).toBeVisible();
    await page.locator(`a[data-date="${desk.date}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/epaper/${desk.date}/${first.page.number}$`));
  });

  test("has no draft, no unreleased page, no guessed id and no other date: all 404", async ({ api, desk }) => {
    const shown = await releasedPage(api, desk, [SEED_HEADLINES[4]], "已付印");
    const signed = await releasedPage(api, desk, [SEED_HEADLINES[3]], "已签未付印", "signed");
    const draft = await desk.story();
    const anonymous = await api.as("anonymous");
    const status = async (path: string) => (await anonymous.get(path, { maxRedirects: 0 })).status();

    expect(await status(`/epaper/${desk.date}/${shown.page.number}`)).toBe(200);
    expect(await status(`/epaper/${desk.date}/article/${shown.stories[0].id}`)).toBe(200);
    for (const path of [
      `/epaper/${desk.date}/${signed.page.number}`,
      `/epaper/${desk.date}/${signed.page.number}/sheet`,
      `/epaper/${desk.date}/${signed.page.number}/page-0123456789abcdef.png`,
      `/epaper/${desk.date}/article/${signed.stories[0].id}`,
      `/epaper/${desk.date}/article/${draft.id}`,
      `/epaper/${desk.date}/article/987654321`,
      `/epaper/1999-12-31/article/${shown.stories[0].id}`,
      `/epaper/1999-12-31/${shown.page.number}`,
      `/epaper/${desk.date}/${shown.page.number}/page-0000000000000000.png`,
      `/epaper/${desk.date}/${shown.page.number}/secret.txt`,
      `/epaper/2019-13-45/1`,
      `/epaper/${desk.date}/abc`,
      `/epaper/archive/2019-13`,
    ])
      expect(await status(path), path).toBe(404);
  });

  test("answers with security headers, strong ETags and 304s; a correction changes the article's ETag", async ({ api, desk }) => {
    const { page, stories } = await releasedPage(api, desk, [SEED_HEADLINES[1]], "缓存版");
    const c: APIRequestContext = await api.as("anonymous");

    const home = await c.get("/epaper", { maxRedirects: 0 });
    expect(home.status()).toBe(307);
    expect(home.headers().location).toMatch(/\/epaper\/\d{4}-\d\d-\d\d\/\d+$/);

    const view = await c.get(`/epaper/${desk.date}/${page.number}`);
    expect(view.status()).toBe(200);
    const h = view.headers();
    expect(h["content-type"]).toBe("text/html; charset=utf-8");
    expect(h["content-security-policy"]).toContain("default-src 'self'");
    expect(h["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+'/);
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h.etag).toMatch(/^"[\w-]+"$/);
    expect(h["cache-control"]).toMatch(/^public, max-age=\d+/);
    const html = await view.text();
    expect(html).toContain(`<meta property="og:title" content="大众日报`);
    expect(html).toMatch(/<meta name="description" content="[^"]+">/);
    expect((await c.get(`/epaper/${desk.date}/${page.number}`, { headers: { "if-none-match": h.etag } })).status()).toBe(304);

    // The picture and the PDF: stored once, immutable.
    const src = /<img src="([^"]+\/page-[0-9a-z]+\.png)"/.exec(html)![1];
    const picture = await c.get(src, { timeout: 90_000 });
    expect(picture.status()).toBe(200);
    expect(picture.headers()["content-type"]).toBe("image/png");
    expect(picture.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect((await picture.body()).subarray(1, 4).toString()).toBe("PNG");
    expect((await c.get(src, { headers: { "if-none-match": picture.headers().etag } })).status()).toBe(304);
    const pdfHref = /href="([^"]+\/page-[0-9a-z]+\.pdf)"/.exec(html)![1];
    const pdf = await c.get(pdfHref, { timeout: 90_000 });
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

    const articlePath = `/epaper/${desk.date}/article/${stories[0].id}`;
    const before = await c.get(articlePath);
    const etag = before.headers().etag;
    expect(before.headers()["cache-control"]).toMatch(/^public, max-age=\d{4,}/);
    expect((await c.get(articlePath, { headers: { "if-none-match": etag } })).status()).toBe(304);
    expect(await before.text()).not.toContain('data-testid="epaper-correction"');

    const corrected = await (await api.as("chief")).post(`/api/stories/${stories[0].id}/corrections`, { data: { note: "第二段中“28人”应为“29人”。" } });
    expect(corrected.status(), await corrected.text()).toBe(201);
    const after = await c.get(articlePath, { headers: { "if-none-match": etag } });
    expect(after.status()).toBe(200);
    expect(after.headers().etag).not.toBe(etag);
    expect(await after.text()).toContain("第二段中“28人”应为“29人”。");
  });
});

test.describe("the e-paper on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test.setTimeout(180_000);

  test("fits 390 px without scrolling sideways, the picture scaled, the story list one tap away", async ({ page, api, desk }) => {
    const { page: p, stories } = await releasedPage(api, desk, [SEED_HEADLINES[1], SEED_HEADLINES[5]], "手机版");
    await page.goto(`/epaper/${desk.date}/${p.number}`);
    await pictureShown(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const picture = await page.getByTestId("epaper-picture").boundingBox();
    expect(picture!.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: "test-results/screenshots/epaper-page-390x844.png" });
    await page.getByRole("link", { name: "本版标题" }).click();
    await expect(page.locator("#titles")).toBeInViewport();
    await page.locator("#titles").getByRole("link", { name: SEED_HEADLINES[5] }).click();
    await expect(page).toHaveURL(new RegExp(`/article/${stories[1].id}$`));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: "test-results/screenshots/epaper-article-390x844.png" });
  });
});
