import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { Page } from "@playwright/test";
import { apiSignIn, expect, newApiContext, open, SEED_HEADLINES, test } from "./fixtures";

/**
 * 差错率 (#12 "Done when": the report shows the edition's rate). The test's own edition goes to 付印 with a
 * seed story on its page; the chief publishes a 更正 of three errors on the published story from its page; the
 * report shows that edition's 见报差错率 from the three errors (not the one notice) — in a story of a few hundred
 * 字, far above 万分之三, so flagged — and the CSV and the Excel workbook download and read back with the same figures.
 */
test.use({ login: "liqiang" });

/** A released page of the test's edition with one seed story on it; returns the story and its 字数. */
async function printedStory(desk: import("./desk").Desk, api: import("./fixtures").Api, headline: string) {
  const story = await desk.storyLike(headline, "approved");
  let page = await desk.page({ name: "差错率", state: "layout" });
  const head = page.elements.map((e) => e as { topLine: number; heightLines: number }).filter((e) => e.topLine <= 20);
  page = await desk.layOut(page, [{ storyId: story.id, firstColumn: 1, columnSpan: 4, topLine: Math.max(0, ...head.map((e) => e.topLine + e.heightLines - 1)) + 1 }]);
  page = await desk.advance(page, "signed");
  const chief = await api.as("chief");
  const released = await chief.post(`/api/pages/${page.id}/transitions`, { data: { action: "release" } });
  expect(released.status(), await released.text()).toBe(200);
  const items = (await (await (await api.as("liqiang")).get(`/api/stories?edition=${desk.date}`)).json()).items as { id: number; status: string; length: number }[];
  const printed = items.find((s) => s.id === story.id)!;
  expect(printed.status).toBe("published");
  return { story, page, zi: printed.length };
}

async function download(page: Page, name: RegExp) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

test("the report shows the edition's rate, flags it over 万分之三, and exports it as CSV and Excel", async ({ page, pageAs, api, desk }) => {
  test.setTimeout(180_000);
  const { story, zi } = await printedStory(desk, api, SEED_HEADLINES[5]);
  const range = `from=${desk.date}&to=${desk.date}`;
  const editor = await api.as("liqiang");

  // printed, no correction yet: 万分之0, within the limit
  const before = await (await editor.get(`/api/reports/error-rate?${range}`)).json();
  expect(before.rows).toEqual([{ date: desk.date, stories: 1, zi, caught: 0, corrections: 0, published: 0, caughtRate: 0, publishedRate: 0, flagged: false }]);

  // the chief publishes a 更正 on the story's page: the note and, beside it, the three errors it corrects
  const chief = await pageAs("chief");
  await open(chief, `/stories/${story.id}`);
  const panel = chief.getByTestId("corrections");
  await expect(panel).toContainText("这篇稿件没有更正");
  await panel.getByLabel("更正说明").fill("第二段中“省妇联”应为“省妇女联合会”，两处人名有误。");
  await panel.getByLabel("所改差错（处）").fill("3");
  await panel.getByRole("button", { name: "发布更正" }).click();
  const listed = panel.getByTestId("correction");
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText("两处人名有误");
  await expect(listed.getByTestId("correction-errors")).toHaveText("3 处差错");
  // the count is audited with the note
  await expect(chief.getByTestId("audit-reason").first()).toContainText("（3 处差错 · 3 errors）");
  for (const [w, h] of [
    [1440, 900],
    [390, 844],
  ]) {
    await chief.setViewportSize({ width: w, height: h });
    await panel.scrollIntoViewIfNeeded();
    await chief.screenshot({ path: `test-results/screens/corrections-${w}x${h}.png` });
  }
  // the notice is one 更正; the rate counts its three 见报差错
  const after = await (await editor.get(`/api/reports/error-rate?${range}`)).json();
  const rate = Math.round((30_000 / zi) * 100) / 100;
  expect(zi).toBeGreaterThan(0);
  expect(zi).toBeLessThan(10_000); // three errors in fewer than 10,000 字 are over 万分之三
  expect(after).toMatchObject({ by: "edition", limitPer10k: 3, total: 1, rows: [{ date: desk.date, zi, corrections: 1, published: 3, publishedRate: rate, flagged: true }] });
  // a count out of 1–50 is refused in words, and nothing is added
  const refused = await (await api.as("chief")).post(`/api/stories/${story.id}/corrections`, { data: { note: "更正", errorCount: 51 } });
  expect(refused.status()).toBe(400);
  expect((await refused.json()).error.message).toContain("一条更正所改的差错数须是 1 到 50 之间的整数");
  expect((await (await editor.get(`/api/stories/${story.id}/corrections`)).json()).corrections).toHaveLength(1);

  // the page: the edition's row with its rate and the flag in words
  await open(page, `/reports/error-rate?${range}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("差错率统计");
  const row = page.getByTestId("error-rate-row");
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("rowheader")).toContainText(`${Number(desk.date.slice(5, 7))}月${Number(desk.date.slice(8))}日`);
  await expect(row).toContainText(`万分之${rate.toFixed(2)}`);
  await expect(row.getByTestId("error-rate-flag")).toHaveText("⚠ 超过万分之三");
  await expect(page.getByTestId("error-rate-sum")).toContainText(String(zi));
  await expect(page.getByTestId("error-rate-chart")).toHaveAttribute("data-ready", "");
  await expect(page.getByTestId("error-rate-chart").locator("svg")).toBeVisible();
  await expect(page.getByTestId("error-rate-chart")).toContainText("万分之三"); // the limit line's label

  // the reporter tab names the byline people of the story, each with the story's rate
  await page.getByRole("link", { name: "按记者" }).click();
  await expect(page.getByRole("link", { name: "按记者" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId("error-rate-row").first()).toContainText(`万分之${rate.toFixed(2)}`);
  await page.getByRole("link", { name: "按期" }).click();
  await expect(page.getByRole("link", { name: "按期" })).toHaveAttribute("aria-current", "page");

  // CSV: the header and the edition's row, numbers as written
  const csv = await download(page, /下载 CSV/);
  expect(csv.name).toBe(`error-rate-edition-${desk.date}-${desk.date}.csv`);
  const lines = csv.bytes.toString("utf8").replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(lines[0]).toBe("出版日期,稿件,字数,校出差错,校出差错率（万分之）,更正（条）,见报差错,见报差错率（万分之）,超标");
  expect(lines.slice(1)).toEqual([`${desk.date},1,${zi},0,0,1,3,${rate},超过万分之三`]);

  // XLSX: a sheet per grouping, the chosen one first; numbers are numbers; the row is marked
  const xlsx = await download(page, /下载 Excel/);
  expect(xlsx.name).toBe(`error-rate-edition-${desk.date}-${desk.date}.xlsx`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  expect(book.worksheets.map((s) => s.name)).toEqual(["按期", "按版", "按记者", "按责任编辑", "按月"]);
  const sheet = book.worksheets[0];
  expect(sheet.getRow(1).getCell(1).value).toBe("出版日期");
  expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((c) => sheet.getRow(2).getCell(c).value)).toEqual([desk.date, 1, zi, 0, 0, 1, 3, rate, "超过万分之三"]);
  const byPage = book.getWorksheet("按版")!;
  expect(byPage.getRow(2).getCell(4).value).toBe("李强"); // the page's 责任编辑

  for (const [w, h] of [
    [1440, 900],
    [390, 844],
  ]) {
    await page.setViewportSize({ width: w, height: h });
    await expect(page.getByTestId("error-rate-chart")).toHaveAttribute("data-ready", "");
    await page.screenshot({ path: `test-results/screens/error-rate-${w}x${h}.png`, fullPage: true });
  }
});

test("refuses a range over 12 months and a reporter, in words", async ({ page, api }) => {
  const editor = await api.as("liqiang");
  const tooLong = await editor.get("/api/reports/error-rate?from=2018-01-01&to=2019-01-31");
  expect(tooLong.status()).toBe(400);
  expect((await tooLong.json()).error.message).toContain("最多统计 12 个月");
  const backwards = await editor.get("/api/reports/error-rate.csv?from=2019-02-01&to=2019-01-01");
  expect(backwards.status()).toBe(400);
  expect((await backwards.json()).error.message).toContain("起始日期不能晚于结束日期");
  expect((await editor.get("/api/reports/error-rate.xlsx?from=2019-01-01&to=2019-01-31&by=week")).status()).toBe(400);
  for (const login of ["limeng", "zhaomin", "admin"] as const) expect((await (await api.as(login)).get("/api/reports/error-rate?from=2019-01-01&to=2019-01-31")).status(), login).toBe(403);

  await open(page, "/reports/error-rate?from=2018-01-01&to=2019-01-31");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("日期范围无效：一次最多统计 12 个月，请缩短日期范围");
  // the desk's navigation leads here
  await open(page, "/");
  await page.getByRole("link", { name: "差错率" }).first().click();
  await expect(page).toHaveURL(/\/reports\/error-rate$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("差错率统计");
});

test("in English: the seed page's month, every word translated (names and page names are content)", async ({ browser, api, baseURL }) => {
  // an editor of this test's own, so no demo account's language changes under other specs
  const login = `rate${Date.now() % 1_000_000}${Math.random().toString(36).slice(2, 5)}`;
  const created = await (await api.as("admin")).post("/api/users", { data: { login, name: "差错率编辑", role: "editor", password: "error-rate-1" } });
  expect(created.status()).toBe(201);
  const client = await newApiContext(baseURL!);
  await apiSignIn(client, login, "error-rate-1");
  expect((await client.patch("/api/me", { data: { locale: "en" } })).status()).toBe(200);
  const context = await browser.newContext({ storageState: await client.storageState() });
  await client.dispose();
  const page = await context.newPage();
  for (const by of ["edition", "page", "reporter", "editor", "month"]) {
    await open(page, `/reports/error-rate?from=2019-01-01&to=2019-01-31&by=${by}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Error rate");
    await expect(page.getByTestId("error-rate-sum")).toContainText("Total (each story once)");
    await expect(page.getByTestId("error-rate-chart")).toHaveAttribute("data-ready", "");
    const han = await page.evaluate(() => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || !/\p{Script=Han}/u.test(node.textContent ?? "") || el.closest("[data-content], script, style")) continue;
        if (el.checkVisibility()) found.push(`${node.textContent!.trim().slice(0, 40)} @ ${el.tagName}`);
      }
      return found;
    });
    expect(han, by).toEqual([]);
  }
  await context.close();
});
