import type { Locator, Page } from "@playwright/test";
import { expect, open, test, type Api } from "./fixtures";

/**
 * Highlights in the story editor's text (docs/CHECK.md "Highlights in the text"): the 机检 findings and the
 * proofreader's open marks are drawn inside the fields, the caret's highlight is named under its field with the
 * suggestion, a mark follows its string as the text is edited and is shown stale when the string is gone.
 * The story is a copy of the seed's 聊城28人入选省科普专家人才库 as printed — its half-width (首批) and 开展开展 — with a
 * 错别字 of the starter list (一股作气 → 一鼓作气) and a half-width comma added to its subheadline.
 */
test.use({ login: "liqiang" });

const SEED = "聊城28人入选省科普专家人才库";
const TYPO = "专家们一股作气完成了评估。";
const MARKED = "动态管理";

async function editorPatch(api: Api, storyId: number, change: (story: { subheadline: string | null; body: string[] }) => Record<string, unknown>) {
  const c = await api.as("liqiang");
  const { story } = await (await c.get(`/api/stories/${storyId}`)).json();
  const content = {
    kicker: story.kicker,
    headline: story.headline,
    subheadline: story.subheadline,
    dateline: story.dateline,
    body: story.body,
    sidebars: story.sidebars,
    bylines: (story.bylines as { personId: number; name: string; role: string }[]).map(({ personId, name, role }) => ({ personId, name, role })),
  };
  const saved = await c.patch(`/api/stories/${storyId}`, { data: { baseVersion: story.version, content: { ...content, ...change(story) } } });
  expect(saved.status(), await saved.text()).toBe(200);
}

/** The mirror's <mark> pieces of one highlight (`finding:<key>` or `mark:<id>`, matched by prefix). */
const pieces = (mirror: Locator, idPrefix: string) => mirror.locator(`mark[data-ids*="${idPrefix}"]`);

/** Where the first piece of a highlight starts in the mirror's text (what the user sees under the control). */
function offsetInMirror(mirror: Locator, idPrefix: string): Promise<number> {
  return mirror.evaluate((root, prefix) => {
    const mark = root.querySelector(`mark[data-ids*="${prefix}"]`);
    if (!mark) return -1;
    const range = document.createRange();
    range.setStart(root, 0);
    range.setEndBefore(mark);
    return range.toString().length;
  }, idPrefix);
}

async function putCaret(field: Locator, at: number) {
  await field.evaluate((el: HTMLTextAreaElement, n) => {
    el.focus();
    el.setSelectionRange(n, n);
  }, at);
  // as a user would move it: the key's selection change is what the field listens to
  await field.press("ArrowRight");
}

/** The heads, the body and the body scrolled to its end (the mirror follows the textarea's scroll), at desk and phone widths. */
async function screens(page: Page, name: string) {
  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ]) {
    await page.setViewportSize({ width, height });
    await page.getByTestId("field-subheadline").evaluate((el) => el.scrollIntoView({ block: "center" }));
    await page.screenshot({ path: `test-results/screens/${name}-heads-${width}.png` });
    // A head longer than its input (on a phone): with the caret at its end the input scrolls, and the mirror with it.
    const sub = page.getByTestId("field-subheadline");
    await sub.focus();
    await sub.press("End");
    const scrolled = () => sub.evaluate((el) => [el.scrollLeft, document.querySelector('[data-testid="field-subheadline-mirror"]')!.scrollLeft]);
    if (width < 400) expect((await scrolled())[0]).toBeGreaterThan(0);
    await expect.poll(async () => new Set(await scrolled()).size).toBe(1);
    await sub.screenshot({ path: `test-results/screens/${name}-subheadline-${width}.png` });
    await sub.blur();
    await page.getByTestId("field-body").evaluate((el) => el.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: `test-results/screens/${name}-${width}.png` });
    await page.getByTestId("field-body").evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await page.screenshot({ path: `test-results/screens/${name}-scrolled-${width}.png` });
    await page.getByTestId("field-body").evaluate((el) => el.scrollTo({ top: 0 }));
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

test("findings and proof marks are highlighted in the text; the caret names them; marks follow their string or go stale", async ({ desk, api, page }) => {
  test.setTimeout(150_000);
  const story = await desk.storyLike(SEED);
  await editorPatch(api, story.id, (s) => ({ subheadline: "经个人申报、单位推荐及专家遴选，三大类28人入选,首批名单公布", body: s.body.map((p, i) => (i === s.body.length - 1 ? p + TYPO : p)) }));
  let pg = await desk.page({ name: `标记版${Math.random().toString(36).slice(2, 6)}`, state: "layout" });
  pg = await desk.layOut(pg, [{ storyId: story.id, firstColumn: 1, columnSpan: 4, topLine: 10 }]);
  pg = await desk.advance(pg, "submitted");

  // 赵敏 marks 动态管理 in the last paragraph on the proof.
  const { story: saved } = await (await (await api.as("liqiang")).get(`/api/stories/${story.id}`)).json();
  const last = saved.body.length - 1;
  const made = await (await api.as("zhaomin")).post(`/api/pages/${pg.id}/proof-marks`, {
    data: { storyId: story.id, field: "body", paragraph: last, offset: (saved.body[last] as string).indexOf(MARKED), marked: MARKED, type: "typo", correction: "动态管控", note: "" },
  });
  expect(made.status(), await made.text()).toBe(201);
  const markId: number = (await made.json()).mark.id;

  // Reading (the story waits for 终审): the saved text shows the server's findings and the mark.
  await open(page, `/stories/${story.id}`);
  const article = page.getByTestId("read-view").locator("article");
  await expect(article.locator(`mark[data-ids~="mark:${markId}"]`)).toHaveText(MARKED);
  await expect(article.locator('mark[data-ids*="finding:typo|"]')).toHaveText("一股作气");
  await expect(page.getByTestId("story-proof-marks").getByTestId("proof-mark")).toHaveCount(1);
  await expect(page.getByTestId("story-proof-marks").getByTestId("proof-mark-stale")).toHaveCount(0);

  await article.locator("mark").first().evaluate((el) => el.scrollIntoView({ block: "center" }));
  await page.screenshot({ path: "test-results/screens/story-highlights-read-1440.png" });
  await page.getByTestId("start-editing").click();
  const body = page.getByTestId("field-body");
  const mirror = page.getByTestId("field-body-mirror");
  await expect(mirror).toHaveAttribute("aria-hidden", "true");

  // Each highlight is at its text: the mirror's piece reads what the textarea has there.
  await expect(pieces(mirror, `mark:${markId}`)).toHaveText(MARKED);
  await expect(pieces(mirror, "finding:typo|")).toHaveText("一股作气");
  await expect(pieces(mirror, "finding:typo|")).toHaveAttribute("data-highlight", "warn");
  await expect(pieces(mirror, "finding:halfwidthPunct|body|0|")).toHaveText(["(", ")"]);
  await expect(pieces(mirror, "finding:repeatedWord|")).toHaveText("开展");
  await expect(pieces(page.getByTestId("field-subheadline-mirror"), "finding:halfwidthPunct|subheadline|")).toHaveText(",");
  // The mirror's box is the control's: the same width inside the borders (the lines wrap at the same place) and height.
  for (const id of ["field-body", "field-subheadline", "field-headline"]) {
    const box = (testId: string) => page.getByTestId(testId).evaluate((el) => [el.clientWidth, el.clientHeight, el.getBoundingClientRect().x, el.getBoundingClientRect().y]);
    expect(await box(`${id}-mirror`), id).toEqual(await box(id));
  }
  let value = await body.inputValue();
  expect(await offsetInMirror(mirror, `mark:${markId}`)).toBe(value.indexOf(MARKED));
  expect(await offsetInMirror(mirror, "finding:typo|")).toBe(value.indexOf("一股作气"));
  await screens(page, "story-highlights");

  // The caret inside the mark names it under the field, with the way to accept or reject it.
  await putCaret(body, value.indexOf(MARKED) + 1);
  const markTip = page.getByTestId("highlight-tip").and(page.locator('[data-kind="mark"]'));
  await expect(markTip).toContainText("错字");
  await expect(markTip).toContainText("动态管理 → 动态管控");
  await expect(markTip).toContainText("赵敏 · 一校");
  await page.screenshot({ path: "test-results/screens/story-highlights-tip-1440.png" });
  await markTip.getByTestId("highlight-to-mark").click();
  await expect(page.locator(`#proof-mark-${markId}`)).toBeFocused();

  // The caret inside the 错别字: rule and suggestion; applying it changes the text and the highlight goes.
  await putCaret(body, value.indexOf("一股作气") + 1);
  const typoTip = page.getByTestId("highlight-tip").and(page.locator('[data-rule="typo"]'));
  await expect(typoTip).toContainText("提示");
  await expect(typoTip).toContainText("错别字");
  await expect(typoTip).toContainText("「一股作气」");
  await typoTip.getByTestId("highlight-apply").click();
  await expect(body).toHaveValue(/专家们一鼓作气完成了评估。$/);
  await expect(pieces(mirror, "finding:typo|")).toHaveCount(0);
  await expect(body).toBeFocused();
  await expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "saved");

  // The panel's 定位 still selects a finding's span, and the caret tip names it.
  await page.getByTestId("check-panel").getByTestId("check-finding").and(page.locator('[data-rule="repeatedWord"]')).getByTestId("check-finding-show").click();
  await expect(page.getByTestId("highlight-tip").and(page.locator('[data-rule="repeatedWord"]'))).toContainText("删去重复");

  // Text typed before the mark: the highlight follows its string.
  value = await body.inputValue();
  await body.fill(value.replace("记者了解到", "记者近日从省科协了解到"));
  value = await body.inputValue();
  await expect(pieces(mirror, `mark:${markId}`)).toHaveText(MARKED);
  await expect.poll(() => offsetInMirror(mirror, `mark:${markId}`)).toBe(value.indexOf(MARKED));
  await expect(page.getByTestId("story-proof-marks").getByText("原文有改动，已按所标文字重新定位")).toBeVisible();

  // The marked string deleted: no highlight, and the panel shows the mark stale.
  await body.fill(value.replace(MARKED, "管理"));
  await expect(pieces(mirror, `mark:${markId}`)).toHaveCount(0);
  await expect(page.getByTestId("story-proof-marks").getByTestId("proof-mark-stale")).toHaveText("原文已改，标记失效");
  await expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "saved");
});
