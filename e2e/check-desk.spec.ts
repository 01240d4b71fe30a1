import { type Page } from "@playwright/test";
import { expect, open, test, type Api } from "./fixtures";

/**
 * 机检 on the desk (docs/CHECK.md "The checker on the desk"): a 禁用词 blocks 交稿 with the finding shown until the
 * reporter removes it; a warning is dismissed with a reason; the edition's 机检汇总 shows the counts. Each test works
 * in an edition of its own; the banned word is one made up for the run, so no other spec's text contains it.
 */

const STEMS = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";
const made = Array.from({ length: 3 }, () => STEMS[Math.floor(Math.random() * STEMS.length)]).join("");
const BANNED = `禁测${made}词`;

/** Adds the banned word to the newsroom's lists through check-lib's API, as the chief (a second call meets 409: already there). */
async function addBannedWord(api: Api): Promise<void> {
  const res = await (await api.as("chief")).post("/api/check-terms", { data: { list: "banned", term: BANNED, note: "e2e check-desk" } });
  expect([201, 409], await res.text()).toContain(res.status());
}

const body = (banned: boolean) => [
  `本报聊城讯 近日，东昌府区推开代办员制度${banned ? `，${BANNED}一度出现在稿中` : ""}。`,
  // a half-width comma between Han characters (GB/T 15834): a warning
  "群众办事,不出村就能办成。",
];

async function draftWith(api: Api, storyId: number, banned: boolean) {
  const reporter = await api.as("limeng");
  const started = await reporter.post(`/api/stories/${storyId}/transitions`, { data: { action: "start" } });
  expect(started.status(), await started.text()).toBe(200);
  const saved = await reporter.patch(`/api/stories/${storyId}`, {
    data: {
      baseVersion: (await started.json()).version,
      content: { kicker: null, headline: "代办员制度全面推开", subheadline: null, dateline: "本报聊城讯", body: body(banned), sidebars: [], bylines: [{ name: "李梦", role: "reporter" }] },
    },
  });
  expect(saved.status(), await saved.text()).toBe(200);
}

const finding = (page: Page, rule: string) => page.getByTestId("check-panel").getByTestId("check-finding").and(page.locator(`[data-rule="${rule}"]`));

async function fileStory(page: Page) {
  await page.getByTestId("action-file").click();
  await page.getByRole("dialog").getByTestId("transition-confirm").click();
}

test("a 禁用词 blocks 交稿, shown on the story, until the reporter removes it; a warning is dismissed with a reason", async ({ desk, api, pageAs }) => {
  test.setTimeout(90_000);
  await addBannedWord(api);
  const story = await desk.story({ assignees: ["李梦"] });
  await draftWith(api, story.id, true);

  const page = await pageAs("limeng");
  await open(page, `/stories/${story.id}`);
  const banned = finding(page, "banned");
  await expect(banned).toHaveCount(1);
  await expect(banned).toContainText(BANNED);
  await expect(banned).toContainText("禁用");
  await expect(finding(page, "halfwidthPunct")).toHaveCount(1);
  await expect(page.getByTestId("check-count")).toHaveAttribute("data-block", "1");

  // the finding selects its span in the body
  await banned.getByTestId("check-finding-show").click();
  const selected = await page.getByTestId("field-body").evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
  expect(selected).toBe(BANNED);

  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: "test-results/screens/check-desk-editor-1440.png" });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByTestId("check-panel").scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/screens/check-desk-editor-390.png" });
  await page.setViewportSize({ width: 1440, height: 900 });

  // 交稿 is refused, naming the banned word
  await fileStory(page);
  await expect(page.getByRole("dialog").getByRole("alert")).toContainText(`禁用词「${BANNED}」（正文第 1 段）`);
  await page.getByRole("dialog").getByRole("button", { name: "取消" }).click();
  await expect(page.getByTestId("story-status")).toHaveText("草稿");

  // the warning is dismissed with a reason: it stays listed, greyed, with who and why
  const comma = finding(page, "halfwidthPunct");
  await comma.getByTestId("check-dismiss").click();
  await comma.getByTestId("check-reason").fill("引用村民原话");
  await comma.getByTestId("check-confirm").click();
  await expect(comma).toHaveAttribute("data-status", "dismissed");
  await expect(comma.getByTestId("check-decided")).toHaveText("已忽略：引用村民原话（李梦）");
  await expect(page.getByTestId("audit")).toContainText("忽略机检提示");

  // the reporter takes the banned word out: the finding goes, and 交稿 goes through
  const field = page.getByTestId("field-body");
  await field.fill((await field.inputValue()).replace(`，${BANNED}一度出现在稿中`, ""));
  await expect(banned).toHaveCount(0);
  await expect(page.getByTestId("check-count")).toHaveAttribute("data-block", "0");
  await fileStory(page);
  await expect(page.getByTestId("story-status")).toHaveText("已交稿");
});

test("a suggestion is applied as a normal edit", async ({ desk, api, pageAs }) => {
  const story = await desk.story({ assignees: ["李梦"] });
  await draftWith(api, story.id, false);
  const page = await pageAs("limeng");
  await open(page, `/stories/${story.id}`);
  const field = page.getByTestId("field-body");
  // a common 错别字 of the starter list (lib/check/starter-typos.ts): 一股作气 → 一鼓作气
  await field.fill(`${await field.inputValue()}\n村干部一股作气办完了手续。`);
  const typo = finding(page, "typo");
  await expect(typo).toContainText("一股作气");
  await typo.getByTestId("check-apply").click();
  await expect(field).toHaveValue(/村干部一鼓作气办完了手续。$/);
  await expect(typo).toHaveCount(0);
  await expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "saved");
});

test("the edition's 机检汇总 shows each story's counts, linked to the story", async ({ desk, api, pageAs }) => {
  await addBannedWord(api);
  const blocked = await desk.story({ assignees: ["李梦"] });
  await draftWith(api, blocked.id, true);
  const clean = await desk.story({ assignees: ["李梦"] });
  await draftWith(api, clean.id, false);

  const page = await pageAs("liqiang");
  await open(page, `/editions/${desk.date}`);
  await page.getByTestId("edition-check-link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("机检汇总");
  const row = (id: number) => page.locator(`[data-testid="check-summary-row"][data-story-id="${id}"]`);
  await expect(row(blocked.id).getByTestId("check-blockOpen")).toHaveText("1");
  await expect(row(blocked.id).getByTestId("check-warnOpen")).toHaveText("1");
  await expect(row(clean.id).getByTestId("check-blockOpen")).toHaveText("0");
  await expect(row(clean.id).getByTestId("check-warnOpen")).toHaveText("1");
  await expect(page.getByTestId("check-total-blockOpen")).toHaveText("1");

  await page.screenshot({ path: "test-results/screens/check-desk-summary-1440.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/screens/check-desk-summary-390.png", fullPage: true });
  await page.setViewportSize({ width: 1440, height: 900 });

  await row(blocked.id).getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/stories/${blocked.id}$`));
  await expect(finding(page, "banned")).toContainText(BANNED);
});

test("the seed page as printed: the checker's findings show on its stories and in its summary", async ({ pageAs }) => {
  const page = await pageAs("liqiang");
  await open(page, "/editions/2019-01-09/check");
  await expect(page.getByTestId("check-summary-row")).toHaveCount(8);
  const total = Number(await page.getByTestId("check-total-warnOpen").textContent());
  expect(total).toBeGreaterThan(0);
  // a seed story with findings opens with them listed (read view: the saved text's check)
  const withFindings = page.getByTestId("check-summary-row").filter({ has: page.locator('[data-testid="check-warnOpen"]:not(:text-is("0"))') }).first();
  await withFindings.getByRole("link").click();
  await expect(page.getByTestId("check-panel").getByTestId("check-finding").first()).toBeVisible();
});
