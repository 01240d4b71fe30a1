import { apiSignIn, expect, newApiContext, open, test, withoutLiveUpdates, type Api } from "./fixtures";
import { createDesk } from "./desk";

/**
 * 签版 waits for 三校, as the chief sees it (docs/PROOFING.md): a page of the test's own three-round edition is
 * submitted, 赵敏 marks one error and signs 一校 only, the mark stays open. In the layout editor the chief's 签版 is
 * shown disabled with the two missing rounds and the open mark under it; the server refuses the same in zh-CN and,
 * for a chief who reads English, in English. Once the mark is dealt with and 二校/三校 are signed, 签版 goes through.
 */
test.use({ login: "chief" });

/** A submitted page with one seed story, in the test's own edition of three rounds (whatever the publication's setting). */
async function submittedPage(api: Api, editionDates: { next(): string }) {
  const chief = await api.as("chief");
  let edition: { date: string } | null = null;
  for (let attempt = 0; attempt < 200 && !edition; attempt++) {
    const res = await chief.post("/api/editions", { data: { date: editionDates.next(), template: false, proofRounds: 3 } });
    if (res.status() === 409) continue;
    expect(res.status(), await res.text()).toBe(201);
    edition = (await res.json()).edition;
  }
  const desk = createDesk(api, edition as Parameters<typeof createDesk>[1]);
  const story = await desk.storyLike("省妇联到聊城调研", "approved");
  let pg = await desk.page({ name: `签版待校${Math.random().toString(36).slice(2, 6)}`, state: "layout" });
  pg = await desk.layOut(pg, [{ storyId: story.id, firstColumn: 1, columnSpan: 4, topLine: 10 }]);
  pg = await desk.advance(pg, "submitted");
  return { chief, desk, story, pg };
}

test("签版 is shown disabled with the missing rounds and the open marks, and the server says the same", async ({ page, api, editionDates, baseURL }) => {
  test.setTimeout(120_000);
  const { chief, desk, story, pg } = await submittedPage(api, editionDates);

  // 赵敏 marks one error in 一校 and signs 一校 with the mark still open.
  const proofreader = await api.as("zhaomin");
  const { story: text } = await (await (await api.as("liqiang")).get(`/api/stories/${story.id}`)).json();
  const marked = (text.body[0] as string).slice(2, 4);
  const mark = await proofreader.post(`/api/pages/${pg.id}/proof-marks`, { data: { storyId: story.id, paragraph: 0, offset: 2, marked, type: "typo", correction: "【甲】" } });
  expect(mark.status(), await mark.text()).toBe(201);
  const round1 = await proofreader.post(`/api/pages/${pg.id}/proof-rounds`, { data: { round: 1 } });
  expect(round1.status(), await round1.text()).toBe(200);

  const missing = ["二校未签字", "三校未签字", "还有 1 处校对标记未处理"];
  // The layout editor: 签版 disabled, the reason under it, before any click.
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page, `/editions/${desk.date}/pages/${pg.number}/layout`);
  await expect(page.getByTestId("page-state")).toHaveText("待签版");
  const sign = page.getByTestId("page-action-sign");
  await expect(sign).toBeDisabled();
  const waits = page.getByTestId("sign-proof-blockers");
  await expect(waits.getByText("校对未完成，还不能签版：")).toBeVisible();
  await expect(waits.getByRole("listitem")).toHaveText(missing);
  await expect(sign).toHaveAccessibleDescription(`校对未完成，还不能签版： ${missing.join(" ")}`);
  await page.screenshot({ path: "test-results/screens/proofing-sign-ui-1440x900.png" });
  await page.setViewportSize({ width: 390, height: 844 });
  await waits.scrollIntoViewIfNeeded();
  await expect(waits).toBeInViewport();
  await page.screenshot({ path: "test-results/screens/proofing-sign-ui-390x844.png" });
  await page.setViewportSize({ width: 1440, height: 900 });

  // The server refuses the same, in the caller's language: zh-CN for 值班总编 …
  const refused = await chief.post(`/api/pages/${pg.id}/transitions`, { data: { action: "sign" } });
  expect(refused.status()).toBe(409);
  const zh = (await refused.json()).error;
  expect(zh.details).toEqual(missing);
  expect(zh.message).toMatch(/^校对未完成，不能签版：/);
  for (const m of missing) expect(zh.message).toContain(m);
  // … and English for a chief of the test's own who reads English (no demo account's language changes).
  const login = `signen${Date.now() % 1_000_000}${Math.random().toString(36).slice(2, 5)}`;
  const made = await (await api.as("admin")).post("/api/users", { data: { login, name: "English chief", role: "chief", password: "sign-en-1" } });
  expect(made.status(), await made.text()).toBe(201);
  const english = await newApiContext(baseURL!);
  await apiSignIn(english, login, "sign-en-1");
  expect((await english.patch("/api/me", { data: { locale: "en" } })).status()).toBe(200);
  const en = await english.post(`/api/pages/${pg.id}/transitions`, { data: { action: "sign" } });
  expect(en.status()).toBe(409);
  const enError = (await en.json()).error;
  expect(enError.details).toEqual(["the 2nd proof is not signed", "the 3rd proof is not signed", "1 proofreading mark is still open"]);
  expect(enError.message).toMatch(/^Proofreading is not finished, the page cannot be signed: /);
  await english.dispose();

  // 李强 rejects the mark with a reason, 赵敏 signs 二校 and 三校: the chief's open page follows (live), 签版 goes through.
  const { marks } = await (await (await api.as("liqiang")).get(`/api/pages/${pg.id}/proof-marks`)).json();
  const rejected = await (await api.as("liqiang")).post(`/api/proof-marks/${marks[0].id}/reject`, { data: { baseVersion: marks[0].version, reason: "原文无误" } });
  expect(rejected.status(), await rejected.text()).toBe(200);
  await expect(waits.getByRole("listitem")).toHaveText(missing.slice(0, 2));
  await desk.proofreadPage(pg);
  await expect(page.getByTestId("sign-proof-blockers")).toHaveCount(0);
  await expect(sign).toBeEnabled();
  await sign.click();
  await page.getByRole("dialog").getByRole("button", { name: "确认签版" }).click();
  await expect(page.getByTestId("page-state")).toHaveText("已签版");
});

test("a refusal the open page had not heard of is shown for 签版, and stays until dismissed", async ({ page, api, editionDates }) => {
  test.setTimeout(120_000);
  const { desk, pg } = await submittedPage(api, editionDates);
  await desk.proofreadPage(pg);
  // a tab whose event stream has dropped: it hears of others' writes only by the fallback polling
  await withoutLiveUpdates(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page, `/editions/${desk.date}/pages/${pg.number}/layout`);
  const sign = page.getByTestId("page-action-sign");
  await expect(sign).toBeEnabled();
  // meanwhile, from another screen, the page is sent back (退回重排 clears its rounds) and 李强 submits it again
  expect((await (await api.as("chief")).post(`/api/pages/${pg.id}/transitions`, { data: { action: "reject", reason: "标题再改" } })).status()).toBe(200);
  const editor = await api.as("liqiang");
  expect((await editor.post(`/api/pages/${pg.id}/transitions`, { data: { action: "submit" } })).status()).toBe(200);

  await sign.click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "确认签版" }).click();
  await expect(dialog.getByRole("alert")).toContainText("校对未完成，不能签版：");
  await dialog.getByRole("button", { name: "取消" }).click();
  // the bar keeps the refusal, worded for 签版 (not 提交签版), with each reason, until the chief dismisses it
  const refusal = page.getByTestId("submit-blockers");
  await expect(refusal).toHaveAttribute("role", "alert");
  await expect(refusal.getByText("不能签版：", { exact: true })).toBeVisible();
  await expect(refusal.getByRole("listitem")).toHaveText(["一校未签字", "二校未签字", "三校未签字"]);
  await expect(page.getByTestId("page-state")).toHaveText("待签版");
  await page.screenshot({ path: "test-results/screens/proofing-sign-refused-1440x900.png" });
  await refusal.getByRole("button", { name: "关闭" }).click();
  await expect(refusal).toHaveCount(0);
});
