import AxeBuilder from "@axe-core/playwright";
import { type Page } from "@playwright/test";
import { expect, open, test } from "./fixtures";

/**
 * Accessibility: axe-core (WCAG 2.1 A and AA rules) on the sign-in page and the desk's main screens finds no
 * serious or critical violation. Each screen is checked once its data has loaded.
 */
async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ rule: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 10).map((n) => `${n.target.join(" ")} — ${n.failureSummary?.split("\n").slice(1, 2).join("")}`) }));
}

test("the sign-in page has no serious accessibility violation", async ({ page }) => {
  await open(page, "/login");
  await expect(page.getByRole("button", { name: "登录" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test.describe("the desk's screens", () => {
  test.use({ login: "liqiang" });

  test("dashboard, budget, story editor, layout editor, flatplan and proof have no serious accessibility violation", async ({ page, desk, pageAs }) => {
    test.setTimeout(120_000);
    const story = await desk.storyLike("省妇联到聊城调研");
    const laid = await desk.layOut(await desk.page({ state: "layout" }), [{ storyId: story.id, firstColumn: 1, columnSpan: 4, topLine: 5 }]);
    const screens: { name: string; url: string; ready: (p: Page) => Promise<void> }[] = [
      // the dashboard's budget is the edition in hand (2019-01-10, from the template, no stories yet): its table
      { name: "dashboard", url: "/", ready: (p) => expect(p.getByTestId("budget-count")).toBeVisible() },
      { name: "budget", url: `/editions/${desk.date}`, ready: (p) => expect(p.getByTestId("budget-row").first()).toBeVisible() },
      {
        name: "story editor",
        url: `/stories/${story.id}`,
        ready: async (p) => {
          await expect(p.getByTestId("story-workspace")).toBeVisible();
          await expect(p.getByTestId("revision").first()).toBeVisible();
          await p.getByRole("button", { name: /开始编辑/ }).click();
          await expect(p.getByTestId("field-headline")).toBeVisible();
        },
      },
      { name: "layout editor", url: `/editions/${desk.date}/pages/${laid.number}/layout`, ready: (p) => expect(p.getByTestId("layout-box").first()).toBeVisible() },
      { name: "flatplan", url: `/editions/${desk.date}/pages`, ready: (p) => expect(p.getByTestId("flatplan-page").first()).toBeVisible() },
      { name: "proof", url: `/proof/${desk.date}/${laid.number}`, ready: (p) => expect(p.getByTestId("proof-signoff")).toBeVisible() },
      { name: "editions", url: "/editions", ready: (p) => expect(p.getByTestId("edition-row").first()).toBeVisible() },
      { name: "editions calendar", url: `/editions?view=calendar&month=${desk.date.slice(0, 7)}`, ready: (p) => expect(p.getByTestId("calendar-edition").first()).toBeVisible() },
    ];
    const found: Record<string, unknown> = {};
    for (const screen of screens) {
      await open(page, screen.url);
      await screen.ready(page);
      const v = await seriousViolations(page);
      if (v.length) found[screen.name] = v;
    }
    // A reporter's dashboard is another screen (their assignments and stories).
    const reporter = await pageAs("limeng");
    await open(reporter, "/");
    await expect(reporter.getByRole("heading", { level: 1 })).toBeVisible();
    const r = await seriousViolations(reporter);
    if (r.length) found["reporter dashboard"] = r;
    expect(found).toEqual({});
  });
});
