import { expect, open, SEED_DATE, signIn, test } from "./fixtures";

test("an unauthenticated visitor is sent to the login page", async ({ page }) => {
  await page.goto("/editions/2019-01-09");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("button", { name: "登录" })).toBeVisible();
});

test("the API answers 401 without a session, and health needs none", async ({ request }) => {
  const budget = await request.get("/api/stories?edition=2019-01-09");
  expect(budget.status()).toBe(401);
  expect((await budget.json()).error.code).toBe("unauthorized");
  expect((await request.patch("/api/pages/1", { data: { baseVersion: 1 } })).status()).toBe(401);
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok" });
});

test("a wrong password gets one message that does not say which part was wrong", async ({ page }) => {
  await open(page, "/login");
  await page.getByLabel("账号").fill("limeng");
  await page.getByLabel("密码").fill("not-the-password");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByTestId("login-error")).toHaveText("账号或密码错误");
  await page.getByLabel("账号").fill("no-such-user");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByTestId("login-error")).toHaveText("账号或密码错误");
  await expect(page).toHaveURL(/\/login/);
});

test("repeated failures on one login are slowed down, even with the right password", async ({ page }) => {
  // A throwaway login: locking a demo account would disturb the other tests.
  await open(page, "/login");
  await page.getByLabel("账号").fill("rate-limit-probe");
  await page.getByLabel("密码").fill("wrong-password");
  for (let i = 0; i < 5; i++) {
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByTestId("login-error")).toHaveText("账号或密码错误");
    await expect(page.getByRole("button", { name: "登录" })).toBeEnabled();
  }
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByTestId("login-error")).toHaveText("尝试次数过多，请稍后再试");
});

const DASHBOARDS = [
  { login: "limeng", who: "李梦 · 记者", heading: "我的稿件" },
  { login: "liqiang", who: "李强 · 编辑", heading: /今日稿件/ },
  { login: "chief", who: "值班总编 · 值班总编", heading: "版面与状态" },
  { login: "admin", who: "管理员 · 管理员", heading: "用户管理" },
];

for (const { login, who, heading } of DASHBOARDS) {
  test(`${login} signs in to the dashboard of their role and signs out`, async ({ page }) => {
    await signIn(page, login);
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByTestId("current-user")).toHaveText(who);
    await expect(page.getByRole("heading", { name: heading })).toBeVisible();
    await page.getByRole("button", { name: "退出" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
  });
}

test("the reporter's dashboard lists the stories in her byline", async ({ page }) => {
  await signIn(page, "limeng");
  // The edition in hand is the next one (2019-01-10, made from the template): none of hers yet. The printed
  // seed edition's are among her earlier stories — newest first, and other specs write stories of hers in
  // editions of their own, so follow "更早" until both are there.
  await expect(page.getByRole("heading", { name: "我的稿件 · 2019年1月10日 星期四" })).toBeVisible();
  const earlier = page.getByTestId("my-earlier-story");
  await expect(earlier.first()).toBeVisible();
  const seen: string[] = [];
  for (let i = 0; i < 30; i++) {
    seen.push(...(await earlier.filter({ hasText: SEED_DATE }).allInnerTexts()));
    const more = page.getByRole("link", { name: "更早 →" });
    if (seen.length >= 2 || (await more.count()) === 0) break;
    const last = await earlier.last().innerText();
    await more.click();
    await expect(earlier.last()).not.toHaveText(last);
  }
  expect(seen).toHaveLength(2);
  expect(seen[0]).toContain("高新区：孵化器让企业温暖成长");
  expect(seen[1]).toContain("党支部唱响两新组织发展主旋律");
  expect(seen.every((s) => s.includes("已见报"))).toBe(true);
});

test("the chief's dashboard shows the pages of the edition in hand and their state", async ({ page }) => {
  await signIn(page, "chief");
  // 2019-01-10, made from the template at first start: its page 1 聊城新闻 in planning, 责任编辑 李强
  const row = page.getByTestId("chief-page-row").first();
  await expect(row).toContainText("2019年1月10日");
  await expect(row).toContainText("第1版 聊城新闻");
  await expect(row).toContainText("李强");
  await expect(row).toContainText("策划");
});
