import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { layoutOf, type Desk, type PageFixture, type StoryFixture } from "./desk";
import { expect, open, test, withoutLiveUpdates } from "./fixtures";
import { boxRect, cellPosition } from "./layout-canvas";

/**
 * A page through its whole life, one stage a test: an editor adds it in the flatplan, lays out three
 * stories (two dragged in, one placed and moved from the keyboard), makes one overset, is refused at
 * submit, undoes the change, sets the 责任编辑 and submits; a reporter cannot sign; the chief signs, the
 * page is frozen until the chief withdraws with a reason; the proof PDF carries the headlines.
 * Each stage starts from a page of the test's own edition, brought through the API to where the
 * stage begins; the seed edition is never touched.
 */
test.use({ login: "liqiang" });

const pageName = () => `要闻${Math.random().toString(36).slice(2, 6)}`;
const layoutUrl = (p: { number: number }, date: string) => `/editions/${date}/pages/${p.number}/layout`;
const viewUrl = (p: { number: number }, date: string) => `/editions/${date}/pages/${p.number}`;

/** The three stories the page is made of, each passed (初审), so the page may be submitted. */
async function threeStories(desk: Desk): Promise<StoryFixture[]> {
  return [await desk.storyLike("聊城28人入选省科普专家人才库"), await desk.storyLike("省妇联到聊城调研"), await desk.storyLike("市城管局 作好社区结对帮扶")];
}

/**
 * The page as the first stage leaves it: in layout, two stories side by side under the page strip and
 * the third across the page below them, each box exactly as tall as its text; no 责任编辑 yet.
 */
async function laidOutPage(desk: Desk, stories: StoryFixture[]): Promise<PageFixture> {
  const [a, b, c] = stories;
  let page = await desk.page({ name: pageName(), state: "layout" });
  page = await desk.layOut(page, [
    { storyId: a.id, firstColumn: 1, columnSpan: 4, topLine: 5 },
    { storyId: b.id, firstColumn: 5, columnSpan: 4, topLine: 5 },
  ]);
  const bottom = Math.max(...page.elements.filter((e) => e.storyId === a.id || e.storyId === b.id).map((e) => Number(e.topLine) + Number(e.heightLines)));
  return desk.layOut(page, [{ storyId: c.id, firstColumn: 1, columnSpan: 8, topLine: bottom + 1 }]);
}

test("an editor adds a page and lays out three stories by drag-and-drop and by keyboard", async ({ page, desk }) => {
  test.setTimeout(90_000);
  const stories = await threeStories(desk);
  const name = pageName();
  await open(page, `/editions/${desk.date}/pages`);
  await page.getByLabel("版名").fill(name);
  await page.getByRole("button", { name: "添加版面" }).click();
  const card = page.getByTestId("flatplan-page").filter({ hasText: name });
  await expect(card).toBeVisible();
  await expect(card).toContainText("策划");
  await page.screenshot({ path: "test-results/screenshots/flatplan.png" });

  await card.getByRole("link", { name: "组版" }).click();
  const editor = page.getByTestId("layout-editor");
  await expect(editor).toBeVisible();
  await editor.getByRole("button", { name: "开始组版" }).click();
  await expect(editor.getByTestId("page-state")).toHaveText("组版");

  const canvas = page.getByTestId("layout-canvas");
  const [a, b, c] = stories;
  const item = (s: StoryFixture) => page.getByTestId("unplaced-story").filter({ hasText: s.headline });
  const box = (s: StoryFixture) => canvas.getByRole("button", { name: s.headline, exact: true });
  for (const s of stories) await expect(item(s).getByRole("button", { name: "放入版面" })).toBeEnabled();

  // Drag and drop: each box lands on the cell under the pointer, as tall as copyfit says.
  await item(a).dragTo(canvas, { targetPosition: cellPosition(1, 5) });
  await expect(box(a)).toHaveAttribute("data-top-line", "5");
  await expect(box(a)).toHaveAttribute("data-first-column", "1");
  await expect(box(a).getByTestId("box-fit")).toHaveText("合适");
  await expect(item(a)).toHaveCount(0);

  await item(b).dragTo(canvas, { targetPosition: cellPosition(5, 5) });
  await expect(box(b)).toHaveAttribute("data-first-column", "5");
  await expect(box(b)).toHaveAttribute("data-top-line", "5");
  await expect(box(b).getByTestId("box-fit")).toHaveText("合适");

  // A drop onto a box is refused, visibly, and places nothing.
  await item(c).dragTo(canvas, { targetPosition: cellPosition(1, 8) });
  await expect(page.getByTestId("layout-message")).toHaveText("这里没有空位");
  await expect(item(c)).toHaveCount(1);

  // Keyboard: place the third story, move it down a line, make it a line taller, undo that.
  await item(c).getByRole("button", { name: "放入版面" }).press("Enter");
  await expect(box(c)).toBeFocused();
  const placed = await boxRect(box(c));
  await page.keyboard.press("ArrowDown");
  await expect(box(c)).toHaveAttribute("data-top-line", String(placed.topLine + 1));
  await page.keyboard.press("Shift+ArrowDown");
  await expect(box(c)).toHaveAttribute("data-height-lines", String(placed.heightLines + 1));
  await page.keyboard.press("Control+z");
  await expect(box(c)).toHaveAttribute("data-height-lines", String(placed.heightLines));
  await page.keyboard.press("Control+Shift+z");
  await expect(box(c)).toHaveAttribute("data-height-lines", String(placed.heightLines + 1));
  await page.keyboard.press("Shift+ArrowUp");
  await expect(box(c)).toHaveAttribute("data-height-lines", String(placed.heightLines));

  // A move onto another box is refused with the reason; the box stays where it was.
  await box(a).focus();
  await page.keyboard.press("ArrowUp");
  await expect(page.getByTestId("layout-message")).toHaveText("不能放在这里：会与「版头」重叠");
  await expect(box(a)).toHaveAttribute("data-top-line", "5");

  // Pointer: drag a box three lines down, stretch it two lines by its handle; a drag onto another box
  // shows red while held and the box returns when let go.
  const bBox = (await box(b).boundingBox())!;
  const bRect = await boxRect(box(b));
  const line = 1.554 * 9;
  await page.mouse.move(bBox.x + bBox.width / 2, bBox.y + 30);
  await page.mouse.down();
  await page.mouse.move(bBox.x + bBox.width / 2, bBox.y + 30 + 3 * line, { steps: 4 });
  await page.mouse.up();
  await expect(box(b)).toHaveAttribute("data-top-line", String(bRect.topLine + 3));
  const handle = box(b).getByTestId("handle-resize-s");
  const hBox = (await handle.boundingBox())!;
  await page.mouse.move(hBox.x + hBox.width / 2, hBox.y + hBox.height / 2);
  await page.mouse.down();
  await page.mouse.move(hBox.x + hBox.width / 2, hBox.y + hBox.height / 2 + 2 * line, { steps: 4 });
  await page.mouse.up();
  await expect(box(b)).toHaveAttribute("data-height-lines", String(bRect.heightLines + 2));
  await expect(box(b).getByTestId("box-fit")).toHaveText(/^缺 \d+ 行$/);
  const moved = (await box(b).boundingBox())!;
  await page.mouse.move(moved.x + 20, moved.y + 30);
  await page.mouse.down();
  await page.mouse.move(moved.x + 20 - 4 * 14 * 9, moved.y + 30, { steps: 6 });
  await expect(box(b)).toHaveAttribute("data-invalid", "true");
  await page.mouse.up();
  await expect(page.getByTestId("layout-message")).toContainText("不能放在这里：会与");
  await expect(box(b)).toHaveAttribute("data-first-column", String(bRect.firstColumn));
  await expect(box(b)).not.toHaveAttribute("data-invalid", "true");

  await expect(page.getByTestId("save-state")).toHaveText("已保存");
  await expect(page.getByTestId("page-fit-summary")).toContainText("3 个稿件框");
  await page.screenshot({ path: "test-results/screenshots/layout-editor.png" });
});

test("an overset box blocks submit until it is fixed; then the page is submitted", async ({ page, desk }) => {
  test.setTimeout(60_000);
  const stories = await threeStories(desk);
  const laidOut = await laidOutPage(desk, stories);
  await open(page, layoutUrl(laidOut, desk.date));
  const [a] = stories;
  const box = page.getByTestId("layout-canvas").getByRole("button", { name: a.headline, exact: true });

  // Shrink the box two lines: its text no longer fits.
  await box.focus();
  const fitted = await boxRect(box);
  await page.keyboard.press("Shift+ArrowUp");
  await page.keyboard.press("Shift+ArrowUp");
  await expect(box).toHaveAttribute("data-height-lines", String(fitted.heightLines - 2));
  await expect(box.getByTestId("box-fit")).toHaveText(/^超 \d+ 行（约 \d+ 字）$/);
  await expect(box.getByTestId("overset-marker")).toHaveAttribute("title", /^溢出从此处开始：「.+…」$/);
  await expect(page.getByTestId("page-fit-summary")).toContainText(/超 [1-9]\d* 行/);
  await page.getByRole("button", { name: "保存版面" }).click();
  await expect(page.getByTestId("save-state")).toHaveText("已保存");

  // The confirmation lists what stops the submit, and cannot be confirmed.
  await page.getByRole("button", { name: "提交签版" }).click();
  const confirmation = page.getByRole("dialog");
  const blockers = confirmation.getByTestId("confirm-blockers");
  await expect(blockers).toHaveAttribute("role", "alert");
  await expect(blockers).toContainText(`「${a.headline}」超`);
  await expect(blockers).toContainText("未设置责任编辑");
  await expect(confirmation.getByRole("button", { name: "确认提交签版" })).toBeDisabled();
  await confirmation.getByRole("button", { name: "取消" }).click();
  await expect(page.getByTestId("submit-blockers")).toContainText(`「${a.headline}」超`);
  await expect(page.getByTestId("page-state")).toHaveText("组版");
  await page.screenshot({ path: "test-results/screenshots/layout-editor-overset.png" });

  // Fix it: undo both shrinks (button and keyboard), set the responsible editor, submit.
  await page.getByRole("button", { name: "撤销" }).click();
  await box.focus();
  await page.keyboard.press("Control+z");
  await expect(box).toHaveAttribute("data-height-lines", String(fitted.heightLines));
  await expect(box.getByTestId("box-fit")).toHaveText("合适");
  await page.getByLabel("责任编辑").selectOption({ label: "李强" });
  await expect(page.getByTestId("layout-message")).toHaveText("已设置责任编辑");
  await page.getByRole("button", { name: "提交签版" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "确认提交签版" }).click();
  await expect(page.getByTestId("page-state")).toHaveText("待签版");
  await expect(page.getByTestId("submit-blockers")).toHaveCount(0);
});

test("a reporter cannot sign; the chief signs and the page is frozen", async ({ page, pageAs, api, desk }) => {
  test.setTimeout(60_000);
  const stories = await threeStories(desk);
  const submitted = await desk.advance(await laidOutPage(desk, stories), "submitted");
  const pageId = submitted.id;
  const pageView = viewUrl(submitted, desk.date);
  const pageLayout = layoutUrl(submitted, desk.date);
  const reporter = await pageAs("limeng");
  await open(reporter, pageView);
  await expect(reporter.getByTestId("page-state")).toHaveText("待签版");
  await expect(reporter.getByRole("button", { name: "签版", exact: true })).toHaveCount(0);
  await expect(reporter.getByRole("link", { name: "组版" })).toHaveCount(0);
  const refused = await (await api.as("limeng")).post(`/api/pages/${pageId}/transitions`, { data: { action: "sign" } });
  expect(refused.status()).toBe(403);
  await reporter.context().close();
  await desk.proofreadPage(submitted); // 三校 before 签版

  const chief = await pageAs("chief");
  await open(chief, pageView);
  await chief.getByRole("button", { name: "签版", exact: true }).click();
  await chief.getByRole("dialog").getByRole("button", { name: "确认签版" }).click();
  await expect(chief.getByTestId("page-state")).toHaveText("已签版");
  await expect(chief.getByTestId("signed-by")).toContainText("值班总编 于");

  // The editor: no 组版 link, the editor is read-only, and the server refuses a layout write.
  await open(page, pageView);
  await expect(page.getByTestId("page-state")).toHaveText("已签版");
  await expect(page.getByRole("link", { name: "组版" })).toHaveCount(0);
  await open(page, pageLayout);
  await expect(page.getByTestId("layout-frozen")).toBeVisible();
  const box = page.getByTestId("layout-canvas").getByRole("button", { name: stories[2].headline, exact: true });
  const top = await box.getAttribute("data-top-line");
  await box.focus();
  await page.keyboard.press("ArrowDown");
  await expect(box).toHaveAttribute("data-top-line", top!);
  const editorApi = await api.as("liqiang");
  const { page: detail } = await (await editorApi.get(`/api/pages/${pageId}`)).json();
  const elements = await layoutOf(editorApi, pageId);
  expect((await editorApi.put(`/api/pages/${pageId}/layout`, { data: { baseVersion: detail.version, elements } })).status()).toBe(409);

  // The chief withdraws the signature, with a reason; the editor may lay out again.
  await chief.getByRole("button", { name: "撤签" }).click();
  const dialog = chief.getByRole("dialog");
  await dialog.getByRole("button", { name: "确认撤签" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("请填写理由");
  await dialog.getByLabel("理由").fill("标题字号需要调整");
  await dialog.getByRole("button", { name: "确认撤签" }).click();
  await expect(chief.getByTestId("page-state")).toHaveText("组版");
  await expect(chief.getByTestId("signed-by")).toHaveText("未签版");
  await chief.context().close();

  await open(page, pageLayout);
  await expect(page.getByTestId("layout-frozen")).toHaveCount(0);
  await box.focus();
  await page.keyboard.press("ArrowDown");
  await expect(box).toHaveAttribute("data-top-line", String(Number(top) + 1));
  await expect(page.getByTestId("save-state")).toHaveText("已保存");
});

test("the proof shows the page at print size with its sign-off box; the PDF carries the headlines", async ({ page, api, desk }, testInfo) => {
  test.setTimeout(90_000);
  const stories = await threeStories(desk);
  const { id: pageId, number } = await desk.setResponsibleEditor(await laidOutPage(desk, stories));
  await open(page, viewUrl({ number }, desk.date));
  await page.getByRole("link", { name: "大样" }).click();
  const sheet = page.getByTestId("proof-sheet");
  await expect(sheet).toBeVisible();
  await expect(page.getByTestId("proof-watermark")).toHaveText("样");
  await expect(page.getByTestId("proof-responsible-editor")).toHaveText("李强");
  for (const s of stories) await expect(sheet.getByTestId("page-headline").filter({ hasText: s.headline })).toHaveCount(1);
  await page.screenshot({ path: "test-results/screenshots/proof.png" });

  const res = await (await api.as("liqiang")).get(`/api/pages/${pageId}/proof.pdf`);
  expect(res.status(), await res.text().catch(() => "")).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/pdf");
  const file = testInfo.outputPath("proof.pdf");
  fs.writeFileSync(file, await res.body());
  const text = execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
  for (const s of stories) expect(text, `PDF text has 「${s.headline}」`).toContain(s.headline.replace(/\s+/g, ""));
  expect(text).toContain("责任编辑");
});

test("转版: a story overset on one page continues in a box on another page, the text flowing on", async ({ page, api, desk }) => {
  test.setTimeout(60_000);
  const editor = await api.as("liqiang");
  const story = await desk.storyLike("求解打通便民服务的“最后百米”");
  const suffix = Math.random().toString(36).slice(2, 6);
  const newPage = async (name: string) => {
    const res = await editor.post(`/api/editions/${desk.date}/pages`, { data: { name } });
    expect(res.status()).toBe(201);
    return (await res.json()).page as { id: number; number: number; version: number; elements: Record<string, unknown>[] };
  };
  // Like the seed page's cut-off story: a story marked as continuing, in a box it fits, on a page of its own.
  const marked = await desk.storyLike("聊城28人入选省科普专家人才库");
  desk.markContinuing(marked.id);
  const markedPage = await desk.layOut(await desk.page({ name: `转版注${suffix}` }), [{ storyId: marked.id, firstColumn: 1, columnSpan: 8, topLine: 5 }]);
  const first = await newPage(`转版甲${suffix}`);
  const second = await newPage(`转版乙${suffix}`);

  // On the first page the story gets a box far too small for it.
  const kept = first.elements.map((e) => ({ id: e.id, kind: e.kind, firstColumn: e.firstColumn, columnSpan: e.columnSpan, topLine: e.topLine, heightLines: e.heightLines, locked: e.locked, label: e.label, text: e.text }));
  const put = await editor.put(`/api/pages/${first.id}/layout`, {
    data: { baseVersion: first.version, elements: [...kept, { kind: "story", storyId: story.id, firstColumn: 1, columnSpan: 2, topLine: 5, heightLines: 24 }] },
  });
  expect(put.status(), await put.text()).toBe(200);

  // The second page's editor offers it for 转版; continue it there.
  await open(page, `/editions/${desk.date}/pages/${second.number}/layout`);
  await page.getByText("转版接排", { exact: true }).click();
  // (The story marked as continuing is offered too.)
  await expect(page.getByTestId("jump-candidate").filter({ hasText: `第${markedPage.number}版 · 注明转版` })).toHaveCount(1);
  const candidate = page.getByTestId("jump-candidate").filter({ hasText: story.headline }).filter({ hasText: `第${first.number}版` });
  await expect(candidate).toContainText("超");
  await candidate.getByRole("button", { name: "在本版接排" }).click();
  const box = page.getByTestId("layout-canvas").getByRole("button", { name: `${story.headline}（接排）`, exact: true });
  await expect(box.getByTestId("jump-from")).toHaveText(`（上接第${first.number}版）`);
  await expect(box.getByTestId("box-fit")).not.toHaveText(/超/);
  await expect(page.getByTestId("save-state")).toHaveText("已保存");

  // The first page's box now ends with the jump line and is full, not overset; the text runs on unbroken.
  await open(page, `/editions/${desk.date}/pages/${first.number}`);
  const from = page.getByTestId("newspaper-page").getByTestId("page-story-box");
  await expect(from.getByTestId("jump-to")).toHaveText(`（下转第${second.number}版）`);
  await expect(from).toHaveAttribute("data-fit", "fits");
  const bodyText = (root: typeof from) => root.locator(".story-body p:not([data-testid])").allTextContents();
  const textA = (await bodyText(from)).join("");
  await open(page, `/editions/${desk.date}/pages/${second.number}`);
  const to = page.getByTestId("newspaper-page").getByTestId("page-story-box");
  await expect(to.getByTestId("jump-from")).toHaveText(`（上接第${first.number}版）`);
  await page.screenshot({ path: "test-results/screenshots/page-continued.png" });
  const textB = (await bodyText(to)).join("");
  const { story: source } = await (await editor.get(`/api/stories/${story.id}`)).json();
  const sidebars = (source.sidebars as { title: string; paragraphs: string[] }[]).map((x) => x.title + x.paragraphs.join("")).join("");
  const whole = `${source.dateline ?? ""}${(source.body as string[]).join("")}${sidebars}`;
  expect(textB.length).toBeGreaterThan(0);
  expect((textA + textB).replace(/\s/g, "")).toBe(whole.replace(/\s/g, ""));
});

test("the flatplan renames, renumbers and removes a page", async ({ page, api, desk }) => {
  const editor = await api.as("liqiang");
  const res = await editor.post(`/api/editions/${desk.date}/pages`, { data: { name: `副刊${Math.random().toString(36).slice(2, 6)}` } });
  expect(res.status()).toBe(201);
  const created = (await res.json()).page as { id: number; number: number; name: string };
  await open(page, `/editions/${desk.date}/pages`);
  const card = page.locator(`[data-testid="flatplan-page"][data-page-id="${created.id}"]`);
  await expect(card.getByTestId("flatplan-title")).toHaveText(`第${created.number}版 ${created.name}`);

  await card.getByRole("button", { name: "改名" }).click();
  await card.getByLabel("版名").fill("文化周刊");
  await card.getByRole("button", { name: "保存" }).click();
  await expect(card.getByTestId("flatplan-title")).toHaveText(`第${created.number}版 文化周刊`);

  const free = created.number + 50;
  await card.getByRole("button", { name: "改版次" }).click();
  await card.getByLabel("版次").fill(String(free));
  await card.getByRole("button", { name: "保存" }).click();
  await expect(card.getByTestId("flatplan-title")).toHaveText(`第${free}版 文化周刊`);

  await card.getByRole("button", { name: "删除" }).click();
  await card.getByRole("alertdialog").getByRole("button", { name: "确定删除" }).click();
  await expect(card).toHaveCount(0);
  expect((await editor.get(`/api/pages/${created.id}`)).status()).toBe(404);
});

test("a stale save keeps the editor's layout; reload-and-reapply merges it with the other change", async ({ page, api, desk }) => {
  test.setTimeout(60_000);
  const editor = await api.as("liqiang");
  const chief = await api.as("chief");
  const story = await desk.storyLike("全省宪法知识大赛 聊城代表队获佳绩");
  const created = await editor.post(`/api/editions/${desk.date}/pages`, { data: { name: `冲突${Math.random().toString(36).slice(2, 6)}` } });
  expect(created.status()).toBe(201);
  const fresh = (await created.json()).page as { id: number; number: number; version: number; elements: Record<string, unknown>[] };
  const keep = (e: Record<string, unknown>) => ({ id: e.id, kind: e.kind, storyId: e.storyId, firstColumn: e.firstColumn, columnSpan: e.columnSpan, topLine: e.topLine, heightLines: e.heightLines, locked: e.locked, label: e.label, text: e.text, caption: e.caption });
  const first = await editor.put(`/api/pages/${fresh.id}/layout`, {
    data: { baseVersion: fresh.version, elements: [...fresh.elements.map(keep), { kind: "story", storyId: story.id, firstColumn: 1, columnSpan: 3, topLine: 5, heightLines: 30 }] },
  });
  expect(first.status()).toBe(200);

  // The editor's tab has not heard of the chief's change when it saves (with its event stream open it would
  // follow the server's layout at once, having nothing unsaved).
  await withoutLiveUpdates(page);
  await open(page, `/editions/${desk.date}/pages/${fresh.number}/layout`);
  const box = page.getByTestId("layout-canvas").getByRole("button", { name: story.headline, exact: true });
  await expect(box).toHaveAttribute("data-top-line", "5");

  // Meanwhile the chief adds a photo box.
  const { page: now } = await (await chief.get(`/api/pages/${fresh.id}`)).json();
  const theirs = await chief.put(`/api/pages/${fresh.id}/layout`, {
    data: { baseVersion: now.version, elements: [...now.elements.map(keep), { kind: "photo", firstColumn: 6, columnSpan: 3, topLine: 5, heightLines: 20, caption: "他人的图片" }] },
  });
  expect(theirs.status()).toBe(200);

  // The editor moves the story: the autosave is refused as stale, the move stays on screen.
  await box.focus();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByTestId("layout-conflict")).toContainText("版面已被他人修改");
  await expect(box).toHaveAttribute("data-top-line", "6");

  await page.getByRole("button", { name: "重新载入并应用我的改动" }).click();
  await expect(page.getByTestId("layout-conflict")).toHaveCount(0);
  await expect(page.getByTestId("save-state")).toHaveText("已保存");
  await expect(box).toHaveAttribute("data-top-line", "6");
  await expect(page.getByTestId("layout-canvas").getByRole("button", { name: "他人的图片", exact: true })).toBeVisible();
  const { page: merged } = await (await editor.get(`/api/pages/${fresh.id}`)).json();
  const elements = merged.elements as { storyId: number | null; topLine: number; caption: string | null }[];
  expect(elements.find((e) => e.storyId === story.id)?.topLine).toBe(6);
  expect(elements.some((e) => e.caption === "他人的图片")).toBe(true);
});
