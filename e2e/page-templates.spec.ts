import type { APIRequestContext } from "@playwright/test";
import { expect, open, test } from "./fixtures";

/**
 * The publication's page template: an edition created from it gets the weekday's pages laid out (names,
 * 责任编辑, grid, strip and footer, locked ad boxes), the admin edits the template on /admin/publication,
 * and a template change leaves editions already made alone. Other specs read the template (page 1
 * 聊城新闻, the seed's) as loaded: this spec changes only template pages of its own, and removes them.
 */

const weekdayOf = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
};

/** A date no other test uses, on that ISO weekday. */
function dateOn(weekday: number, next: () => string): string {
  for (let i = 0; i < 100; i++) {
    const date = next();
    if (weekdayOf(date) === weekday) return date;
  }
  throw new Error(`no free date on weekday ${weekday}`);
}

const grid = { columns: 8, charsPerColumn: 13, gutterChars: 1, linesPerColumn: 100 };

/** Posts a template page on a free number (100–199 at random; 409 → another). */
async function postTemplate(c: APIRequestContext, body: Record<string, unknown>) {
  let res;
  for (let i = 0; i < 30; i++) {
    res = await c.post("/api/page-templates", { data: { number: 100 + Math.floor(Math.random() * 100), grid, ...body } });
    if (res.status() !== 409) break;
  }
  return res!;
}

async function removeTemplate(c: APIRequestContext, id: number) {
  const got = await c.get(`/api/page-templates/${id}`);
  if (got.status() === 200) expect((await c.delete(`/api/page-templates/${id}?baseVersion=${(await got.json()).template.version}`)).status()).toBe(204);
}

async function pagesOf(c: APIRequestContext, date: string) {
  const res = await c.get(`/api/editions/${date}/pages`);
  expect(res.status()).toBe(200);
  return (await res.json()).pages as { id: number; number: number; name: string; state: string; responsibleEditor: string | null; elementCount: number }[];
}

test("an editor's new edition is laid out from the template, numbered, and keeps its pages when the template changes", async ({ api, editionDates }) => {
  const admin = await api.as("admin");
  const editor = await api.as("liqiang");
  // a Wednesday-only page of this test's own, beside the template's everyday page 1 聊城新闻
  const made = await postTemplate(admin, { name: "周三专版", weekdays: [3], footerText: "□ 责任编辑 李强", adSlots: [{ label: "测试客户", text: "广告词", firstColumn: 1, columnSpan: 8, topLine: 80, heightLines: 16 }] });
  expect(made.status(), await made.text()).toBe(201);
  const mine = (await made.json()).template;
  try {
    const wednesday = dateOn(3, editionDates.next);
    const res = await editor.post("/api/editions", { data: { date: wednesday } });
    expect(res.status(), await res.text()).toBe(201);
    const { edition } = await res.json();
    expect(edition).toMatchObject({ date: wednesday, publication: "大众日报", totalNumber: expect.any(Number), yearNumber: expect.any(Number) });

    const pages = await pagesOf(editor, wednesday);
    expect(pages.find((p) => p.number === 1)).toMatchObject({ name: "聊城新闻", state: "planning", responsibleEditor: "李强", elementCount: 4 });
    expect(pages.find((p) => p.number === mine.number)).toMatchObject({ name: "周三专版", state: "planning", elementCount: 3 });
    const one = (await (await editor.get(`/api/pages/${pages.find((p) => p.number === 1)!.id}`)).json()).page;
    expect(one.grid).toEqual(grid);
    expect(one.elements.map((e: { kind: string; label: string; locked: boolean; topLine: number }) => [e.kind, e.label, e.locked, e.topLine])).toEqual([
      ["furniture", "masthead", true, 1],
      ["furniture", "footer", true, 97],
      ["ad", "泸州酒业", true, 83],
      ["ad", "中国农业银行聊城分行", true, 83],
    ]);
    // the edition's ad copy is its own: set on the page, as every box is
    const ad = one.elements.find((e: { label: string }) => e.label === "泸州酒业");
    const copy = one.elements.map(({ id, kind, storyId, firstColumn, columnSpan, topLine, heightLines, locked, text, label }: Record<string, unknown>) => ({ id, kind, storyId, firstColumn, columnSpan, topLine, heightLines, locked, text, label }));
    const saved = await editor.put(`/api/pages/${one.id}/layout`, { data: { baseVersion: one.version, elements: copy.map((e: Record<string, unknown>) => (e.id === ad.id ? { ...e, text: "本期广告：泸州 人生大境界" } : e)) } });
    expect(saved.status(), await saved.text()).toBe(200);

    // the same date again: 409, nothing more made
    expect((await editor.post("/api/editions", { data: { date: wednesday } })).status()).toBe(409);
    expect(await pagesOf(editor, wednesday)).toHaveLength(pages.length);

    // a Thursday does not get the Wednesday page
    const thursday = dateOn(4, editionDates.next);
    expect((await editor.post("/api/editions", { data: { date: thursday } })).status()).toBe(201);
    expect((await pagesOf(editor, thursday)).map((p) => p.name)).not.toContain("周三专版");

    // the template changes: the edition already made stays as it was
    const changed = await admin.put(`/api/page-templates/${mine.id}`, { data: { baseVersion: mine.version, number: mine.number, name: "周三专版·改", grid, weekdays: [3], adSlots: [] } });
    expect(changed.status(), await changed.text()).toBe(200);
    expect((await pagesOf(editor, wednesday)).find((p) => p.number === mine.number)).toMatchObject({ name: "周三专版", elementCount: 3 });
  } finally {
    await removeTemplate(admin, mine.id);
  }
});

test("template writes are refused with a clear 4xx and change nothing: a page number twice, ads overlapping or off the grid, a bad time zone", async ({ api }) => {
  const chief = await api.as("chief");
  const pageOne = async () => (await (await chief.get("/api/page-templates")).json()).templates.find((t: { number: number }) => t.number === 1);
  const before = await pageOne();
  const twice = await chief.post("/api/page-templates", { data: { number: 1, name: "又一个一版", grid } });
  expect(twice.status()).toBe(409);
  expect((await twice.json()).error.message).toBe("模板中已有第 1 版");
  const overlapping = await postTemplate(chief, {
    name: "重叠",
    adSlots: [
      { label: "甲", firstColumn: 1, columnSpan: 4, topLine: 40, heightLines: 10 },
      { label: "乙", firstColumn: 3, columnSpan: 4, topLine: 45, heightLines: 10 },
    ],
  });
  expect(overlapping.status()).toBe(422);
  expect((await overlapping.json()).error.message).toBe("版式模板有误：第 1 个和第 2 个广告位重叠");
  const outside = await postTemplate(chief, { name: "出界", adSlots: [{ label: "甲", firstColumn: 7, columnSpan: 4, topLine: 40, heightLines: 10 }] });
  expect(outside.status()).toBe(422);
  expect((await outside.json()).error.message).toContain("第 1 个广告位超出版心");
  // nothing written (other tests add pages of their own meanwhile, so look for these by name)
  const names = (await (await chief.get("/api/page-templates")).json()).templates.map((t: { name: string }) => t.name);
  expect(names.filter((n: string) => ["又一个一版", "重叠", "出界"].includes(n))).toEqual([]);
  expect(await pageOne()).toEqual(before);

  const { publication } = await (await chief.get("/api/publication")).json();
  const badZone = await chief.put("/api/publication", { data: { baseVersion: publication.version, name: publication.name, timeZone: "Mars/Olympus", firstTotalNumber: 1, firstYearNumber: 1, weekdays: [1, 2, 3, 4, 5, 6, 7] } });
  expect(badZone.status()).toBe(400);
  expect((await badZone.json()).error.message).toContain("不是有效的 IANA 时区");
  const stale = await chief.put("/api/publication", { data: { ...publication, id: undefined, updatedAt: undefined, baseVersion: publication.version - 1 || 999, version: undefined } });
  expect(stale.status()).toBe(409);
  const after = (await (await chief.get("/api/publication")).json()).publication;
  expect({ name: after.name, timeZone: after.timeZone, weekdays: after.weekdays }).toEqual({ name: "大众日报", timeZone: "Asia/Shanghai", weekdays: [1, 2, 3, 4, 5, 6, 7] });
});

test.describe("the admin's publication page", () => {
  test.use({ login: "admin" });

  test("shows the settings and the template, adds a page slot (refusing an ad over the footer), and removes it", async ({ page, api, editionDates }) => {
    await open(page, "/admin/publication");
    await expect(page.getByRole("heading", { name: "报纸与版式" })).toBeVisible();
    await expect(page.getByLabel("报纸名称")).toHaveValue("大众日报");
    await expect(page.getByLabel("时区")).toHaveValue("Asia/Shanghai");
    const seedRow = page.locator('[data-testid="template-row"][data-number="1"]');
    await expect(seedRow.getByTestId("template-name")).toHaveText("聊城新闻");
    await expect(seedRow.getByTestId("template-ads")).toHaveText("2 个广告位");
    await expect(seedRow).toContainText("8 栏 × 13 字 × 100 行");

    // a bad time zone is refused with the server's reason, and nothing is saved
    await page.getByLabel("时区").fill("Mars/Olympus");
    await page.getByRole("button", { name: "保存设置" }).click();
    await expect(page.getByRole("region", { name: "报纸设置" }).getByRole("alert")).toContainText("不是有效的 IANA 时区");

    const number = 100 + Math.floor(Math.random() * 100);
    await page.getByRole("button", { name: "新增版面" }).click();
    const editor = page.getByRole("form", { name: "新增版面" });
    await editor.getByLabel("版次").fill(String(number));
    await editor.getByLabel("版名").fill("周二专版");
    await editor.getByLabel("默认责任编辑").selectOption({ label: "李强" });
    for (const day of ["周一", "周三", "周四", "周五", "周六", "周日"]) await editor.getByRole("group", { name: "出版日" }).getByLabel(day).uncheck();
    await editor.getByRole("button", { name: "添加广告位" }).click();
    const slot = editor.getByRole("group", { name: "广告位 1" });
    await slot.getByLabel("广告客户").fill("中国农业银行");
    await slot.getByLabel("起始行").fill("85");
    await expect(editor.getByTestId("preview-ad")).toHaveText("中国农业银行");
    await editor.getByRole("button", { name: "保存版面模板" }).click();
    await expect(editor.getByRole("alert")).toHaveText("版式模板有误：第 1 个广告位压住了报头或页脚");
    await slot.getByLabel("起始行").fill("80");
    await editor.getByRole("button", { name: "保存版面模板" }).click();
    const row = page.locator(`[data-testid="template-row"][data-number="${number}"]`);
    await expect(row.getByTestId("template-name")).toHaveText("周二专版");
    await expect(row).toContainText("周二");
    await expect(row.getByTestId("template-ads")).toHaveText("1 个广告位");

    // a Tuesday's edition gets it, with its 责任编辑 and its ad
    const tuesday = dateOn(2, editionDates.next);
    const desk = await api.as("liqiang");
    expect((await desk.post("/api/editions", { data: { date: tuesday } })).status()).toBe(201);
    const pages = (await (await desk.get(`/api/editions/${tuesday}/pages`)).json()).pages;
    expect(pages.find((p: { number: number }) => p.number === number)).toMatchObject({ name: "周二专版", responsibleEditor: "李强", elementCount: 3 });

    // removed again (the edition keeps its page)
    page.once("dialog", (d) => void d.accept());
    await row.getByRole("button", { name: "编辑" }).click();
    await row.getByRole("button", { name: "从模板删除" }).click();
    await expect(row).toHaveCount(0);
    expect((await (await desk.get(`/api/editions/${tuesday}/pages`)).json()).pages.map((p: { name: string }) => p.name)).toContain("周二专版");
  });
});

test.describe("who may open the publication page", () => {
  test.use({ login: "liqiang" });
  test("the chief may; an editor is sent back to the dashboard", async ({ page, pageAs }) => {
    await open(page, "/admin/publication");
    await expect(page).toHaveURL(/\/\?denied=1$/);
    const chief = await pageAs("chief");
    await open(chief, "/admin/publication");
    await expect(chief.getByRole("heading", { name: "版式模板" })).toBeVisible();
  });
});
