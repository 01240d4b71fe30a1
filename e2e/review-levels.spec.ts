import type { APIRequestContext, Page } from "@playwright/test";
import { createDesk, type Edition } from "./desk";
import { expect, open, SEED_HEADLINES, test, type Login } from "./fixtures";

/**
 * 三审 (#12, docs/REVIEW.md): in an edition made with three review levels a story goes 初审 → 复审 → 终审 by three
 * people, each level on the story's 审稿单; no one gives two levels of a story, in any of its versions — the
 * server refuses it and the button says why. Each test makes its own three-level edition (the chief's choice in
 * POST /api/editions), so the shared publication setting is never touched.
 */

async function threeLevelEdition(chief: APIRequestContext, next: () => string): Promise<Edition & { reviewLevels: number }> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const res = await chief.post("/api/editions", { data: { date: next(), template: false, reviewLevels: 3 } });
    if (res.status() === 409) continue;
    expect(res.status(), await res.text()).toBe(201);
    return (await res.json()).edition;
  }
  throw new Error("no free edition date left");
}

async function act(api: { as(login: Login): Promise<APIRequestContext> }, login: Login, storyId: number, action: string, reason?: string): Promise<void> {
  const res = await (await api.as(login)).post(`/api/stories/${storyId}/transitions`, { data: { action, ...(reason && { reason }) } });
  expect(res.status(), `${login} ${action}: ${await res.text()}`).toBe(200);
}

/** Gives one review level in the story page: the button, the optional 审稿意见, confirm; waits for the sheet's new line. */
async function giveLevel(page: Page, storyId: number, action: "pass" | "review" | "approve", opinion: string, rowsAfter: number): Promise<void> {
  await open(page, `/stories/${storyId}`);
  await page.getByTestId(`action-${action}`).click();
  await page.getByTestId("review-opinion").fill(opinion);
  await page.getByTestId("transition-confirm").click();
  await expect(page.getByTestId("review-sheet-row")).toHaveCount(rowsAfter);
}

test("three levels by three people: 初审 李强, 复审 王芳 (部门主任), 终审 值班总编 — all on the 审稿单, printable", async ({ api, pageAs, editionDates }) => {
  test.setTimeout(180_000);
  const edition = await threeLevelEdition(await api.as("chief"), () => editionDates.next());
  expect(edition.reviewLevels).toBe(3);
  const desk = createDesk(api, edition);
  // the seed's own text (大众日报·聊城新闻), filed and passed 初审 by 李强 — except that here 初审 happens in the page
  const story = await desk.story({ slug: `三审-${SEED_HEADLINES[1]}` });
  const seedBudget = await (await (await api.as("liqiang")).get("/api/stories?edition=2019-01-09")).json();
  const seed = (seedBudget.items as { id: number; headline: string | null }[]).find((s) => s.headline === SEED_HEADLINES[1])!;
  const { story: source } = await (await (await api.as("liqiang")).get(`/api/stories/${seed.id}`)).json();
  const saved = await (await api.as("liqiang")).patch(`/api/stories/${story.id}`, {
    data: { baseVersion: story.version, content: { kicker: source.kicker, headline: source.headline, subheadline: source.subheadline, dateline: source.dateline, body: source.body, sidebars: source.sidebars, bylines: [] } },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  await act(api, "liqiang", story.id, "file");

  // the edition says it has three levels
  const editor = await pageAs("liqiang");
  await open(editor, `/editions/${edition.date}`);
  await expect(editor.getByTestId("edition-review-levels")).toContainText("三审（初审、复审、终审）");

  // 初审 by 李强: after it the sheet waits for 复审 and 终审; 李强 is offered no 复审 (not his role)
  await giveLevel(editor, story.id, "pass", "导语清楚，数字已与来稿核对", 1);
  await expect(editor.getByTestId("review-sheet-waiting")).toHaveCount(2);
  await expect(editor.getByTestId("action-review")).toHaveCount(0);

  // 复审 by 王芳, the desk head; the chief's dashboard now has it waiting for 终审
  const deskHead = await pageAs("wangfang");
  await giveLevel(deskHead, story.id, "review", "同意刊发", 2);
  await expect(deskHead.getByTestId("action-approve")).toHaveCount(0);

  // 终审 by the chief
  const chief = await pageAs("chief");
  await giveLevel(chief, story.id, "approve", "", 3);
  const sheet = chief.getByTestId("review-sheet");
  await expect(sheet.getByTestId("review-sheet-waiting")).toHaveCount(0);
  const rows = sheet.getByTestId("review-sheet-row");
  await expect(rows.nth(0)).toHaveAttribute("data-level", "first");
  await expect(rows.nth(0).getByTestId("review-sheet-reviewer")).toHaveText("李强");
  await expect(rows.nth(0).getByTestId("review-sheet-opinion")).toHaveText("导语清楚，数字已与来稿核对");
  await expect(rows.nth(1)).toHaveAttribute("data-level", "second");
  await expect(rows.nth(1).getByTestId("review-sheet-reviewer")).toHaveText("王芳");
  await expect(rows.nth(1).getByTestId("review-sheet-opinion")).toHaveText("同意刊发");
  await expect(rows.nth(2)).toHaveAttribute("data-level", "final");
  await expect(rows.nth(2).getByTestId("review-sheet-reviewer")).toHaveText("值班总编");
  await expect(rows.nth(2).getByTestId("review-sheet-opinion")).toHaveText("无");

  // the API's sheet: three levels, each with the 字数 of the seed text then
  const { story: after } = await (await (await api.as("chief")).get(`/api/stories/${story.id}`)).json();
  expect(after.status).toBe("approved");
  expect(after.reviewSheet.map((e: { level: string; reviewer: string; zi: number }) => [e.level, e.reviewer, e.zi])).toEqual([
    ["first", "李强", after.length],
    ["second", "王芳", after.length],
    ["final", "值班总编", after.length],
  ]);

  await chief.setViewportSize({ width: 1440, height: 900 });
  await sheet.scrollIntoViewIfNeeded();
  await sheet.screenshot({ path: "test-results/screens/review-sheet-1440.png" });
  await chief.setViewportSize({ width: 390, height: 844 });
  await sheet.scrollIntoViewIfNeeded();
  await sheet.screenshot({ path: "test-results/screens/review-sheet-390.png" });

  // printable: the print view, and the PDF printed from it
  await chief.setViewportSize({ width: 1440, height: 900 });
  await open(chief, `/review-sheet/${story.id}`);
  await expect(chief.getByTestId("review-sheet-print").getByTestId("review-sheet-row")).toHaveCount(3);
  await chief.emulateMedia({ media: "print" });
  await chief.screenshot({ path: "test-results/screens/review-sheet-print-1440.png", fullPage: true });
  await chief.emulateMedia({ media: "screen" });
  const pdf = await (await api.as("chief")).get(`/api/stories/${story.id}/review-sheet.pdf`, { timeout: 60_000 });
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
});

test("no one gives two levels of a story, even across versions: the server refuses, the button says why", async ({ api, pageAs, editionDates }) => {
  const edition = await threeLevelEdition(await api.as("chief"), () => editionDates.next());
  const desk = createDesk(api, edition);
  const story = await desk.story({ slug: `一人一审-${Math.random().toString(36).slice(2, 6)}` });
  // version 1: 王芳 gives 初审; the chief returns it at 复审; filed again, 李强 gives 初审 of the new version
  await act(api, "liqiang", story.id, "file");
  await act(api, "wangfang", story.id, "pass");
  await act(api, "chief", story.id, "return", "标题与正文不符，请改");
  await act(api, "liqiang", story.id, "file");
  await act(api, "liqiang", story.id, "pass");

  // 王芳 may not give 复审 of it: she did its 初审, in the earlier version
  const deskHead = await pageAs("wangfang");
  await open(deskHead, `/stories/${story.id}`);
  const review = deskHead.getByTestId("action-review");
  await expect(review).toBeDisabled();
  await expect(deskHead.getByTestId("action-review-reason")).toContainText("你已完成本稿初审，复审须由另一人进行（任何两个环节的审稿工作不能同时由一人担任）");
  await expect(deskHead.getByTestId("action-return")).toBeEnabled();
  await deskHead.setViewportSize({ width: 1440, height: 900 });
  await deskHead.getByTestId("workflow").first().screenshot({ path: "test-results/screens/review-refused-1440.png" });

  const refused = await (await api.as("wangfang")).post(`/api/stories/${story.id}/transitions`, { data: { action: "review" } });
  expect(refused.status()).toBe(403);
  const { error } = await refused.json();
  expect(error.key).toBe("review.levelHeld");
  expect(error.message).toContain("你已完成本稿初审，复审须由另一人进行");

  // the chief gives 复审, and then may not give 终审 too; only the edition's levels count: no 复审 in a two-level edition
  await act(api, "chief", story.id, "review");
  const twice = await (await api.as("chief")).post(`/api/stories/${story.id}/transitions`, { data: { action: "approve" } });
  expect(twice.status()).toBe(403);
  expect((await twice.json()).error.message).toContain("你已完成本稿复审，终审须由另一人进行");

  // only the chief chooses an edition's levels
  const notChief = await (await api.as("liqiang")).post("/api/editions", { data: { date: editionDates.next(), template: false, reviewLevels: 3 } });
  expect(notChief.status()).toBe(403);
  expect((await notChief.json()).error.key).toBe("review.levelsChiefOnly");
});

test("with two levels nothing changes: no 复审, 终审 follows 初审", async ({ api, desk }) => {
  const story = await desk.story();
  await act(api, "liqiang", story.id, "file");
  await act(api, "liqiang", story.id, "pass");
  const noSecond = await (await api.as("wangfang")).post(`/api/stories/${story.id}/transitions`, { data: { action: "review" } });
  expect(noSecond.status()).toBe(409);
  expect((await noSecond.json()).error.key).toBe("review.noSecondLevel");
  await act(api, "chief", story.id, "approve");
  const { story: after } = await (await (await api.as("chief")).get(`/api/stories/${story.id}`)).json();
  expect(after.reviewLevels).toBe(2);
  expect(after.reviewSheet.map((e: { level: string; outcome: string }) => `${e.level}:${e.outcome}`)).toEqual(["first:passed", "final:passed"]);
});
