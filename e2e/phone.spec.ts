import type { Page } from "@playwright/test";
import type { Api, Login } from "./fixtures";
import { expect, open, SEED_DATE, SEED_HEADLINES, test } from "./fixtures";
import type { Desk, PageFixture, StoryFixture } from "./desk";
import { DESKTOP, expectNoSidewaysScroll, PHONE, shootBothSizes } from "./phone";

/**
 * At 390×844 (a phone held upright) no screen scrolls sideways: checked in the DOM (the document's scroll
 * width, and a walk of every element whose right edge is past the viewport), the page canvas apart. The
 * same run writes each screen's picture at 1440×900 and 390×844 under test-results/screens/.
 */

interface Scene {
  page: PageFixture;
  stories: StoryFixture[];
  assignment: { id: number };
}

/** A page in layout with two edited stories on it, and an assignment for 李梦 (brief, target, deadline): all the test's own. */
async function scene(api: Api, desk: Desk): Promise<Scene> {
  const stories = [await desk.storyLike(SEED_HEADLINES[1]), await desk.storyLike(SEED_HEADLINES[5])];
  let page = await desk.page({ name: "手机版", state: "layout" });
  const head = page.elements.map((e) => e as { topLine: number; heightLines: number }).filter((e) => e.topLine <= 20);
  const topLine = Math.max(0, ...head.map((e) => e.topLine + e.heightLines - 1)) + 1;
  page = await desk.layOut(page, stories.map((s, i) => ({ storyId: s.id, firstColumn: 1 + i * 4, columnSpan: 4, topLine })));
  const res = await (await api.as("liqiang")).post("/api/stories", {
    data: {
      edition: desk.date,
      slug: `手机派稿-${Math.random().toString(36).slice(2, 6)}`,
      brief: "到东昌府区政务服务中心采访“最后百米”便民服务，请附两张现场照片。",
      assigneeIds: [await desk.staffId("李梦")],
      targetLength: 800,
      deadline: `${desk.date}T13:00:00.000Z`, // 21:00 in Beijing
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return { page, stories, assignment: (await res.json()).story };
}

async function phonePage(pageAs: (login: Login) => Promise<Page>, login: Login): Promise<Page> {
  const page = await pageAs(login);
  await page.setViewportSize(PHONE);
  return page;
}

test.describe("on a phone (390×844)", () => {
  test.use({ viewport: PHONE });
  test.setTimeout(120_000);

  test.describe("the header", () => {
    test.use({ login: "liqiang" });

    test("folds into a menu that opens with the button, takes the focus, and closes on Esc", async ({ page }) => {
      await open(page, "/editions");
      const button = page.getByRole("button", { name: "菜单" });
      const menu = page.getByTestId("desk-menu");
      await expect(button).toHaveAttribute("aria-expanded", "false");
      await expect(page.getByRole("link", { name: "期次", exact: true })).toBeHidden();
      await expect(page.getByTestId("current-user")).toBeHidden();
      await expectNoSidewaysScroll(page, "header, menu closed");

      await button.click();
      await expect(page.getByRole("button", { name: "收起菜单" })).toHaveAttribute("aria-expanded", "true");
      for (const link of ["工作台", "期次", "稿件列表"]) await expect(menu.getByRole("link", { name: link, exact: true })).toBeVisible();
      await expect(page.getByTestId("current-user")).toBeVisible();
      await expect(menu.getByRole("button", { name: /^通知/ })).toBeVisible();
      await expect(page.getByTestId("language-switch")).toBeVisible();
      await expect(menu.getByRole("button", { name: "退出" })).toBeVisible();
      // the focus moves into the menu (its first link)
      await expect(menu.getByRole("link", { name: "工作台" })).toBeFocused();
      await expectNoSidewaysScroll(page, "header, menu open");
      await page.screenshot({ path: "test-results/screens/header-menu-390x844.png" });

      await page.keyboard.press("Escape");
      await expect(button).toHaveAttribute("aria-expanded", "false");
      await expect(menu).toBeHidden();
      await expect(button).toBeFocused();

      // following a link closes it too
      await button.click();
      await menu.getByRole("link", { name: "工作台", exact: true }).click();
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByRole("button", { name: "菜单" })).toHaveAttribute("aria-expanded", "false");
    });

    test("stays one row with everything in it at 1440 px", async ({ page }) => {
      await page.setViewportSize(DESKTOP);
      await open(page, "/editions");
      await expect(page.getByRole("button", { name: "菜单" })).toBeHidden();
      await expect(page.getByRole("link", { name: "期次", exact: true })).toBeVisible();
      await expect(page.getByTestId("current-user")).toBeVisible();
      const masthead = await page.getByRole("link", { name: "大众日报" }).boundingBox();
      const user = await page.getByTestId("current-user").boundingBox();
      expect(Math.abs(masthead!.y + masthead!.height / 2 - (user!.y + user!.height / 2))).toBeLessThan(12);
      await page.locator("header").screenshot({ path: "test-results/screens/header-1440x900.png" });
    });
  });

  for (const [login, role] of [
    ["limeng", "reporter"],
    ["liqiang", "editor"],
    ["chief", "chief"],
  ] as const) {
    // The dashboards are helper A's (issue #10 queues): re-enable after the merge if A's work lands after this.
    test(`the ${role}'s dashboard fits`, async ({ api, desk, pageAs }) => {
      await scene(api, desk);
      const page = await phonePage(pageAs, login);
      await open(page, "/");
      await expect(page.getByRole("button", { name: "菜单" })).toBeVisible();
      await expectNoSidewaysScroll(page, `${role} dashboard`);
      await shootBothSizes(page, `dashboard-${role}`, PHONE);
    });
  }

  test.describe("the desk's screens", () => {
    test.use({ login: "liqiang" });

    test("the budget is a list of cards: headline, status, 字数 against target, page and deadline", async ({ page, api, desk }) => {
      const { stories, page: p } = await scene(api, desk);
      await open(page, `/editions/${desk.date}`);
      const rows = page.getByTestId("budget-row");
      await expect(rows).toHaveCount(3);
      expect(await rows.first().evaluate((tr) => getComputedStyle(tr).display)).toBe("flex");
      await expect(page.locator("thead")).toBeHidden();

      const card = rows.filter({ hasText: stories[0].headline });
      await expect(card.getByTestId("budget-headline")).toBeVisible();
      await expect(card.getByText("已初审")).toBeVisible();
      await expect(card.getByText(`第${p.number}版 手机版`)).toBeVisible();
      const assignment = rows.filter({ hasText: "手机派稿" });
      await expect(assignment.getByTestId("budget-target")).toHaveText("目标 800");
      await expect(assignment.getByTestId("budget-length")).toBeVisible();
      await expect(assignment.getByTestId("budget-deadline")).toHaveText(/21:00$/);
      for (const box of await rows.evaluateAll((trs) => trs.map((tr) => tr.getBoundingClientRect().right))) expect(box).toBeLessThanOrEqual(390);

      // the cards sort without column headers
      await page.getByLabel("排序").selectOption({ label: "字数" });
      await page.getByLabel("倒序").check();
      await expect(page).toHaveURL(/sort=length&order=desc/);
      const lengths = (await page.getByTestId("budget-length").allInnerTexts()).map(Number);
      expect(lengths).toEqual([...lengths].sort((a, b) => b - a));

      await expectNoSidewaysScroll(page, "budget");
      await shootBothSizes(page, "budget", PHONE);
    });

    test("the editions list fits", async ({ page, desk }) => {
      await open(page, "/editions");
      await expect(page.getByTestId("edition-row").first()).toBeVisible();
      await expectNoSidewaysScroll(page, "editions list");
      await open(page, `/editions?view=calendar&month=${desk.date.slice(0, 7)}`);
      await expect(page.getByTestId("calendar-edition").first()).toBeVisible();
      await expectNoSidewaysScroll(page, "editions calendar");
      await open(page, "/editions");
      await shootBothSizes(page, "editions", PHONE);
    });

    // The story editor is helper B's (issue #10 story desk): re-enable after the merge if it still fails here.
    test("a story editor fits", async ({ page, api, desk }) => {
      const { stories } = await scene(api, desk);
      await open(page, `/stories/${stories[0].id}`);
      await expect(page.getByTestId("story-workspace")).toBeVisible();
      await expectNoSidewaysScroll(page, "story editor");
      await shootBothSizes(page, "story-editor", PHONE);
    });

    // The layout editor is helper C's (issue #10 page desk): re-enable after the merge if it still fails here.
    test("the layout editor fits, its canvas apart", async ({ page, api, desk }) => {
      const { page: p } = await scene(api, desk);
      await open(page, `/editions/${desk.date}/pages/${p.number}/layout`);
      await expect(page.getByTestId("layout-box").first()).toBeVisible();
      await expectNoSidewaysScroll(page, "layout editor");
      await shootBothSizes(page, "layout-editor", PHONE);
    });

    test("the page view fits, its canvas apart", async ({ page, api, desk }) => {
      const { page: p } = await scene(api, desk);
      await open(page, `/editions/${desk.date}/pages/${p.number}`);
      await expect(page.getByTestId("page-story-box").first()).toBeVisible();
      await expectNoSidewaysScroll(page, "page view");
      await shootBothSizes(page, "page-view", PHONE);
    });
  });

  test("the flatplan, the account page and the admin's users fit", async ({ api, desk, pageAs }) => {
    const { page: p } = await scene(api, desk);
    const editor = await phonePage(pageAs, "liqiang");
    await open(editor, `/editions/${desk.date}/pages`);
    await expect(editor.getByTestId("flatplan-page").filter({ hasText: p.name })).toBeVisible();
    await expectNoSidewaysScroll(editor, "flatplan");
    await open(editor, "/account");
    await expect(editor.getByRole("heading").first()).toBeVisible();
    await expectNoSidewaysScroll(editor, "account");
    const admin = await phonePage(pageAs, "admin");
    await open(admin, "/admin/users");
    await expect(admin.getByRole("heading").first()).toBeVisible();
    await expectNoSidewaysScroll(admin, "admin users");
    await shootBothSizes(admin, "admin-users", PHONE);
  });

  test("the search page fits, with results and filters", async ({ pageAs }) => {
    const page = await phonePage(pageAs, "liqiang");
    await open(page, `/search?q=${encodeURIComponent("聊城")}&from=${SEED_DATE}&to=${SEED_DATE}&status=published&pageName=${encodeURIComponent("聊城新闻")}`);
    await expect(page.getByTestId("search-hit").first()).toBeVisible();
    await expectNoSidewaysScroll(page, "search page");
    await shootBothSizes(page, "search-desk", PHONE);
  });

  test("the e-paper's search fits", async ({ page }) => {
    await page.goto(`/epaper/search?q=${encodeURIComponent("聊城")}`);
    await expect(page.getByTestId("epaper-search-hit").first()).toBeVisible();
    await expectNoSidewaysScroll(page, "e-paper search");
    await shootBothSizes(page, "search-epaper", PHONE);
  });

  test("the e-paper fits", async ({ page }) => {
    await page.goto(`/epaper/${SEED_DATE}/1`);
    await expect(page.getByTestId("epaper-picture")).toBeVisible();
    await expectNoSidewaysScroll(page, "e-paper page");
    await page.screenshot({ path: "test-results/screens/epaper-390x844.png" });
  });
});
