import { layoutInput, type Desk, type PageFixture, type StoryFixture } from "./desk";
import { expect, open, test } from "./fixtures";

/**
 * The page desk on deadline (issue #10): 提交签版, 签版 and 付印 each ask first, saying what will happen
 * and listing the page's blockers (confirm disabled) and warnings; cancel changes nothing. 付印 and 撤签
 * sit in separate groups, apart. A page with a box short by more than 3 lines (缺行) cannot be submitted,
 * and the places are listed.
 */
test.use({ login: "liqiang" });

const viewUrl = (p: { number: number }, date: string) => `/editions/${date}/pages/${p.number}`;
const layoutUrl = (p: { number: number }, date: string) => `/editions/${date}/pages/${p.number}/layout`;
const pageName = () => `要闻${Math.random().toString(36).slice(2, 6)}`;

/** Two stories side by side under the page strip, each box exactly as tall as its text; 责任编辑 set. */
async function readyPage(desk: Desk, stories: StoryFixture[]): Promise<PageFixture> {
  const [a, b] = stories;
  const page = await desk.page({ name: pageName(), state: "layout" });
  const laid = await desk.layOut(page, [
    { storyId: a.id, firstColumn: 1, columnSpan: 4, topLine: 5 },
    { storyId: b.id, firstColumn: 5, columnSpan: 4, topLine: 5 },
  ]);
  return desk.setResponsibleEditor(laid);
}

async function stateOf(api: { get(url: string): Promise<{ json(): Promise<{ page: { state: string } }> }> }, id: number): Promise<string> {
  return (await (await api.get(`/api/pages/${id}`)).json()).page.state;
}

test("提交签版, 签版 and 付印 ask first: what will happen, the warnings; cancel does nothing, confirm does it", async ({ page, pageAs, api, desk }) => {
  test.setTimeout(90_000);
  // one story only through 初审: a warning at every step (付印 does not publish it), never a blocker
  const first = await desk.storyLike("省妇联到聊城调研");
  const approved = await desk.storyLike("市城管局 作好社区结对帮扶", "approved");
  const ready = await readyPage(desk, [first, approved]);
  const editor = await api.as("liqiang");

  await open(page, viewUrl(ready, desk.date));
  await page.getByRole("button", { name: "提交签版" }).click();
  let dialog = page.getByRole("dialog", { name: "确认提交签版？" });
  await expect(dialog.getByTestId("confirm-what")).toHaveText(`提交后，第${ready.number}版交值班总编签版，组版暂停；总编可以签版，或退回重排。`);
  await expect(dialog.getByTestId("confirm-warnings")).toContainText(`「${first.headline}」状态为已初审，尚未终审；付印时不会见报`);
  await expect(dialog.getByTestId("confirm-warnings")).not.toContainText(approved.headline);
  await expect(dialog.getByTestId("confirm-blockers")).toHaveCount(0);
  await page.screenshot({ path: "test-results/screenshots/page-desk-confirm-submit.png" });
  await dialog.getByRole("button", { name: "取消" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId("page-state")).toHaveText("组版");
  expect(await stateOf(editor, ready.id)).toBe("layout");
  await page.getByRole("button", { name: "提交签版" }).click();
  await dialog.getByRole("button", { name: "确认提交签版" }).click();
  await expect(page.getByTestId("page-state")).toHaveText("待签版");
  await desk.proofreadPage(ready); // 三校 before 签版

  const chief = await pageAs("chief");
  await open(chief, viewUrl(ready, desk.date));
  await chief.getByRole("button", { name: "签版", exact: true }).click();
  dialog = chief.getByRole("dialog", { name: "确认签版？" });
  await expect(dialog.getByTestId("confirm-what")).toContainText("版上稿件全部冻结");
  await expect(dialog.getByTestId("confirm-what")).toContainText("版面快照");
  await expect(dialog.getByTestId("confirm-warnings")).toContainText(first.headline);
  await dialog.getByRole("button", { name: "取消" }).click();
  await expect(chief.getByTestId("page-state")).toHaveText("待签版");
  expect(await stateOf(editor, ready.id)).toBe("submitted");
  await chief.getByRole("button", { name: "签版", exact: true }).click();
  await dialog.getByRole("button", { name: "确认签版" }).click();
  await expect(chief.getByTestId("page-state")).toHaveText("已签版");

  // 付印 (forward, at the right) and 撤签 (a step back, at the left) are two groups, apart
  const release = chief.getByTestId("page-actions-forward").getByRole("button", { name: "付印" });
  const withdraw = chief.getByTestId("page-actions-back").getByRole("button", { name: "撤签" });
  await expect(release).toBeVisible();
  await expect(withdraw).toBeVisible();
  const [r, w] = [(await release.boundingBox())!, (await withdraw.boundingBox())!];
  expect(r.x - (w.x + w.width)).toBeGreaterThan(100);
  await expect(chief.getByTestId("page-actions-forward").getByRole("button", { name: "撤签" })).toHaveCount(0);

  await release.click();
  dialog = chief.getByRole("dialog", { name: "确认付印？" });
  await expect(dialog.getByTestId("confirm-what")).toContainText("电子报");
  await expect(dialog.getByTestId("confirm-warnings")).toContainText(`「${first.headline}」状态为已初审`);
  await chief.screenshot({ path: "test-results/screenshots/page-desk-confirm-release.png" });
  await dialog.getByRole("button", { name: "取消" }).click();
  await expect(chief.getByTestId("page-state")).toHaveText("已签版");
  expect(await stateOf(editor, ready.id)).toBe("signed");
  await release.click();
  await dialog.getByRole("button", { name: "确认付印" }).click();
  await expect(chief.getByTestId("page-state")).toHaveText("已付印");
  await chief.context().close();
});

test("an underset page (a box short by more than 3 lines) cannot be submitted; the places are listed", async ({ page, api, desk }) => {
  test.setTimeout(90_000);
  const stories = [await desk.storyLike("聊城28人入选省科普专家人才库"), await desk.storyLike("省妇联到聊城调研")];
  const fitted = await readyPage(desk, stories);
  const editor = await api.as("liqiang");
  // the first box is made 6 lines taller than its text
  const box = fitted.elements.find((e) => e.storyId === stories[0].id)!;
  const height = Number(box.heightLines) + 6;
  const put = await editor.put(`/api/pages/${fitted.id}/layout`, {
    data: { baseVersion: fitted.version, elements: fitted.elements.map((e) => layoutInput(e.id === box.id ? { ...e, heightLines: height } : e)) },
  });
  expect(put.status(), await put.text()).toBe(200);
  const place = `「${stories[0].headline}」缺 6 行（第 1 栏、第 5 行起），缺行不得超过 3 行`;

  const refused = await editor.post(`/api/pages/${fitted.id}/transitions`, { data: { action: "submit" } });
  expect(refused.status()).toBe(409);
  expect((await refused.json()).error.details).toEqual([place]);

  // The layout editor: the box says 缺 6 行, the bar lists the place, the confirmation cannot be confirmed.
  await open(page, layoutUrl(fitted, desk.date));
  const canvasBox = page.getByTestId("layout-canvas").getByRole("button", { name: stories[0].headline, exact: true });
  await expect(canvasBox.getByTestId("box-fit")).toHaveText("缺 6 行");
  await expect(page.getByTestId("submit-blockers")).toContainText(place);
  await page.getByRole("button", { name: "提交签版" }).click();
  const dialog = page.getByRole("dialog", { name: "确认提交签版？" });
  await expect(dialog.getByTestId("confirm-blockers")).toHaveText(/以下问题未解决，不能提交签版：/);
  await expect(dialog.getByTestId("confirm-blockers").getByRole("listitem")).toHaveText([place]);
  await expect(dialog.getByRole("button", { name: "确认提交签版" })).toBeDisabled();
  await page.screenshot({ path: "test-results/screenshots/page-desk-underset.png" });
  await dialog.getByRole("button", { name: "取消" }).click();
  await expect(page.getByTestId("page-state")).toHaveText("组版");

  // Three lines short is within the limit: a warning, and the page goes to the chief.
  await canvasBox.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press("Shift+ArrowUp");
  await expect(canvasBox.getByTestId("box-fit")).toHaveText("缺 3 行");
  await page.getByRole("button", { name: "提交签版" }).click();
  await expect(dialog.getByTestId("confirm-blockers")).toHaveCount(0);
  await expect(dialog.getByTestId("confirm-warnings")).toContainText(`「${stories[0].headline}」缺 3 行（第 1 栏、第 5 行起），在允许范围内`);
  await dialog.getByRole("button", { name: "确认提交签版" }).click();
  await expect(page.getByTestId("page-state")).toHaveText("待签版");
});

test("the layout editor and the page view at 1440×900 and on a phone: only the page canvas is wider than the screen", async ({ page, desk }) => {
  test.setTimeout(90_000);
  const ready = await readyPage(desk, [await desk.storyLike("省妇联到聊城调研"), await desk.storyLike("市城管局 作好社区结对帮扶")]);
  for (const [name, size] of [
    ["desktop", { width: 1440, height: 900 }],
    ["phone", { width: 390, height: 844 }],
  ] as const) {
    await page.setViewportSize(size);
    for (const [what, url] of [
      ["layout-editor", layoutUrl(ready, desk.date)],
      ["page-view", viewUrl(ready, desk.date)],
    ] as const) {
      await open(page, url);
      await expect(page.getByTestId("page-workflow")).toBeVisible();
      await page.screenshot({ path: `test-results/screenshots/page-desk-${what}-${name}.png` });
      // Nothing but the page canvas (in its own scrolling frame) may be wider than the viewport.
      const wide = await page.evaluate(() => {
        const vw = document.documentElement.clientWidth;
        const inCanvas = (el: Element) => !!el.closest('[data-testid="page-canvas-scroll"]');
        return [...document.querySelectorAll("body *")]
          .filter((el) => !inCanvas(el) && el.getBoundingClientRect().right > vw + 1 && getComputedStyle(el).position !== "fixed")
          .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 60)}`)
          .slice(0, 5);
      });
      expect(wide, `${what} at ${name}`).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    }
  }
});
