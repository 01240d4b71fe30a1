import type { Page } from "@playwright/test";
import { expect, open, test } from "./fixtures";

/**
 * What a proofreader (校对, the demo's 赵敏) may open (docs/PROOFING.md "Who may do what"): the dashboard with 待校对,
 * and a page submitted for sign-off — its proofing view, its proof (大样), the page and the stories on it through
 * the API. Everything else of the desk sends them back to the dashboard with the refusal, as for any role that
 * may not open a page; the API answers 403. Only reads here: nothing of 赵敏's is changed.
 */

/** Opened as the proofreader, the page sends them to the dashboard with 你的角色无权访问该页面. */
async function refused(page: Page, url: string): Promise<void> {
  await open(page, url);
  await expect(page, url).toHaveURL(/\/\?denied=1$/);
  await expect(page.getByRole("alert").filter({ hasText: "你的角色无权访问该页面" })).toBeVisible();
}

test("a proofreader opens the dashboard and a submitted page's proof, and no page of the desk", async ({ desk, api, pageAs }) => {
  test.setTimeout(120_000);
  const story = await desk.storyLike("省妇联到聊城调研");
  let submitted = await desk.page({ name: `校对可读${Math.random().toString(36).slice(2, 6)}`, state: "layout" });
  submitted = await desk.layOut(submitted, [{ storyId: story.id, firstColumn: 1, columnSpan: 4, topLine: 10 }]);
  submitted = await desk.advance(submitted, "submitted");
  const inLayout = await desk.page({ name: `校对不可读${Math.random().toString(36).slice(2, 6)}`, state: "layout" });
  const draft = await desk.story({ slug: `校对不可读-${Math.random().toString(36).slice(2, 6)}`, by: "limeng" });

  const proofreader = await pageAs("zhaomin");
  await proofreader.setViewportSize({ width: 1440, height: 900 });
  await open(proofreader, "/");
  await expect(proofreader.getByTestId("queue-proofing")).toBeVisible();
  // The nav offers only what a proofreader may open: no editions, budget, page, search or report links.
  await expect(proofreader.locator("header nav").getByRole("link")).toHaveText(["工作台"]);
  await expect(proofreader.getByRole("search")).toHaveCount(0);
  await proofreader.screenshot({ path: "test-results/screens/proofreader-dashboard-1440x900.png", fullPage: true });
  await proofreader.setViewportSize({ width: 390, height: 844 });
  await proofreader.screenshot({ path: "test-results/screens/proofreader-dashboard-390x844.png", fullPage: true });
  await proofreader.setViewportSize({ width: 1440, height: 900 });

  // The submitted page: the proofing view and the proof (大样) open, with the story's text.
  await open(proofreader, `/editions/${desk.date}/pages/${submitted.number}/proofing`);
  await expect(proofreader.getByTestId("proof-round").first()).toBeVisible();
  await open(proofreader, `/proof/${desk.date}/${submitted.number}`);
  await expect(proofreader.getByTestId("proof-sheet")).toHaveAttribute("data-state", "submitted");
  await expect(proofreader.getByTestId("proof-sheet")).toContainText(story.headline);

  // A page not submitted, and every page of the desk: back to the dashboard.
  for (const url of [
    `/editions/${desk.date}/pages/${inLayout.number}/proofing`,
    `/proof/${desk.date}/${inLayout.number}`,
    "/editions",
    `/editions/${desk.date}`,
    `/editions/${desk.date}/pages`,
    `/editions/${desk.date}/pages/${submitted.number}`,
    `/editions/${desk.date}/pages/${submitted.number}/layout`,
    `/editions/${desk.date}/check`,
    `/editions/${desk.date}/audit`,
    `/stories/${draft.id}`,
    `/stories/${story.id}`,
    `/review-sheet/${story.id}`,
    `/search?q=${encodeURIComponent("聊城")}`,
    "/reports/error-rate",
    "/admin/users",
    "/admin/publication",
    "/admin/check-terms",
  ]) {
    await refused(proofreader, url);
  }

  // The API: the submitted page and the story on it are read (read-only); a draft, a page in layout and the rest are not.
  const zhaomin = await api.as("zhaomin");
  const status = async (res: Promise<{ status(): number }>) => (await res).status();
  expect(await status(zhaomin.get(`/api/pages/${submitted.id}`))).toBe(200);
  expect(await status(zhaomin.get(`/api/stories/${story.id}`))).toBe(200);
  expect(await status(zhaomin.get(`/api/pages/${submitted.id}/proof-marks`))).toBe(200);
  expect(await status(zhaomin.get(`/api/pages/${submitted.id}/proof-rounds`))).toBe(200);
  expect(await status(zhaomin.get(`/api/pages/${inLayout.id}`))).toBe(403);
  expect(await status(zhaomin.get(`/api/stories/${draft.id}`))).toBe(403);
  expect(await status(zhaomin.get(`/api/stories/${story.id}/revisions`))).toBe(403);
  expect(await status(zhaomin.get(`/api/stories/${story.id}/comments`))).toBe(403);
  expect(await status(zhaomin.patch(`/api/stories/${story.id}`, { data: { baseVersion: 1, content: { kicker: null, headline: "改", subheadline: null, dateline: null, body: ["改。"], sidebars: [], bylines: [] } } }))).toBe(403);
  expect(await status(zhaomin.get("/api/page-templates"))).toBe(403);
});

test("a desk head's dashboard has the day's budget, like an editor's", async ({ pageAs }) => {
  const deskHead = await pageAs("wangfang");
  await open(deskHead, "/");
  await expect(deskHead.getByTestId("queue-reviewing")).toBeVisible();
  await expect(deskHead.getByRole("heading", { name: /^今日稿件 · / })).toBeVisible();
});
