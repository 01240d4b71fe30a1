import { request as playwrightRequest, type APIRequestContext, type Page } from "@playwright/test";
import { apiSignIn, expect, open, signIn, test } from "./fixtures";

/**
 * Accounts and sessions. Each test works on logins of its own (made through the admin API): signing out,
 * disabling or changing the password of a demo account would end sessions other specs are using.
 */

const PASSWORD = "first-pass-1";
let n = 0;

async function newUser(admin: APIRequestContext, role = "reporter"): Promise<{ id: number; login: string; name: string }> {
  const login = `acct${process.pid % 1000}${Date.now() % 100000}${n++}`;
  const res = await admin.post("/api/users", { data: { login, name: `试用${n}`, role, password: PASSWORD } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).user;
}

/** An API client holding a copy of the browser page's cookies (as a stolen or second copy of the session would). */
async function copyOf(page: Page, baseURL: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL, storageState: await page.context().storageState() });
}

async function shoot(page: Page, name: string) {
  for (const [w, h] of [
    [1440, 900],
    [390, 844],
  ]) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: `test-results/screenshots/${name}-${w}x${h}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

test("signing out ends the session on the server: a copy of the cookie gets 401", async ({ page, api, baseURL }) => {
  test.slow(); // several bcrypt sign-ins and password hashes (~150 ms each, far more on a loaded machine)
  const user = await newUser(await api.as("admin"));
  await signIn(page, user.login, PASSWORD);
  const copy = await copyOf(page, baseURL!);
  expect((await copy.get("/api/me")).status()).toBe(200);
  await page.getByRole("button", { name: "退出" }).click();
  await expect(page).toHaveURL(/\/login/);
  expect((await copy.get("/api/me")).status()).toBe(401);
  expect((await copy.get("/api/stories?edition=2019-01-09")).status()).toBe(401);
  await copy.dispose();
});

test("session cookies are HttpOnly and SameSite=Lax (Secure only behind https)", async ({ baseURL }) => {
  const client = await playwrightRequest.newContext({ baseURL });
  await apiSignIn(client, "xiaohui");
  const cookie = (await client.storageState()).cookies.find((c) => c.name.endsWith("next-auth.session-token"))!;
  expect(cookie).toMatchObject({ name: "next-auth.session-token", httpOnly: true, sameSite: "Lax", secure: false });
  await client.dispose();
});

test("disabling a user ends their open sessions at once and refuses their sign-in; enabling lets them back", async ({ api, baseURL }) => {
  const admin = await api.as("admin");
  const user = await newUser(admin);
  const client = await playwrightRequest.newContext({ baseURL });
  await apiSignIn(client, user.login, PASSWORD);
  expect((await client.get("/api/staff")).status()).toBe(200);

  const disabled = await admin.patch(`/api/users/${user.id}`, { data: { disabled: true } });
  expect(disabled.status()).toBe(200);
  expect((await disabled.json()).user).toMatchObject({ id: user.id, disabled: true });
  expect((await client.get("/api/staff")).status()).toBe(401);
  // the right password no longer signs in
  const again = await playwrightRequest.newContext({ baseURL });
  const { csrfToken } = await (await again.get("/api/auth/csrf")).json();
  await again.post("/api/auth/callback/credentials", { form: { csrfToken, login: user.login, password: PASSWORD, json: "true" }, maxRedirects: 0 });
  expect((await again.get("/api/me")).status()).toBe(401);

  expect((await admin.patch(`/api/users/${user.id}`, { data: { disabled: false } })).status()).toBe(200);
  await apiSignIn(again, user.login, PASSWORD);
  await Promise.all([client.dispose(), again.dispose()]);
});

test("only an admin manages accounts; the last admin cannot be demoted, nor an admin disable themselves", async ({ api }) => {
  const admin = await api.as("admin");
  const user = await newUser(admin);
  const reporter = await api.as("limeng");
  const anonymous = await api.as("anonymous");
  expect((await reporter.patch(`/api/users/${user.id}`, { data: { disabled: true } })).status()).toBe(403);
  expect((await reporter.put(`/api/users/${user.id}/password`, { data: { password: "taken-over-1" } })).status()).toBe(403);
  expect((await anonymous.patch(`/api/users/${user.id}`, { data: { role: "chief" } })).status()).toBe(401);
  expect((await anonymous.put("/api/me/password", { data: { currentPassword: "x", newPassword: "yyyyyyyy" } })).status()).toBe(401);
  expect((await admin.patch(`/api/users/${user.id}`, { data: {} })).status()).toBe(400);
  expect((await admin.patch(`/api/users/${user.id}`, { data: { role: "boss" } })).status()).toBe(400);
  expect((await admin.patch("/api/users/99999", { data: { role: "chief" } })).status()).toBe(404);
  expect((await admin.put(`/api/users/${user.id}/password`, { data: { password: "short" } })).status()).toBe(400);

  const me = (await (await admin.get("/api/me")).json()).user;
  const self = await admin.patch(`/api/users/${me.id}`, { data: { disabled: true } });
  expect(self.status()).toBe(409);
  expect((await self.json()).error.message).toBe("不能停用自己的账号");
  const last = await admin.patch(`/api/users/${me.id}`, { data: { role: "chief" } });
  expect(last.status()).toBe(409);
  expect((await last.json()).error.message).toContain("最后一位可用的管理员");
  expect((await admin.get("/api/me")).status()).toBe(200);
});

test("a user changes their own password on the account page; their other sessions end", async ({ page, api, baseURL }) => {
  test.slow(); // several bcrypt sign-ins and password hashes (~150 ms each, far more on a loaded machine)
  const user = await newUser(await api.as("admin"));
  const elsewhere = await playwrightRequest.newContext({ baseURL });
  await apiSignIn(elsewhere, user.login, PASSWORD);
  await signIn(page, user.login, PASSWORD);
  await page.getByTestId("current-user").click();
  await expect(page.getByRole("heading", { name: "我的账号" })).toBeVisible();
  await expect(page.getByTestId("account-login")).toHaveText(user.login);
  await page.locator("body[data-hydrated]").waitFor();

  const form = page.getByRole("form", { name: "修改密码" });
  await form.getByLabel("当前密码").fill("not-my-password");
  await form.getByLabel("新密码", { exact: true }).fill("second-pass-2");
  await form.getByLabel("再次输入新密码").fill("second-pass-3");
  await form.getByRole("button", { name: "修改密码" }).click();
  await expect(page.getByTestId("password-error")).toHaveText("两次输入的新密码不一致");
  await form.getByLabel("再次输入新密码").fill("second-pass-2");
  await form.getByRole("button", { name: "修改密码" }).click();
  await expect(page.getByTestId("password-error")).toHaveText("当前密码不正确");
  await shoot(page, "account-error");
  await form.getByLabel("当前密码").fill(PASSWORD);
  await form.getByLabel("新密码", { exact: true }).fill("second-pass-2");
  await form.getByLabel("再次输入新密码").fill("second-pass-2");
  await form.getByRole("button", { name: "修改密码" }).click();
  await expect(page.getByTestId("password-changed")).toHaveText("密码已修改。你在其他设备上的登录已全部退出。");
  await shoot(page, "account");

  expect((await elsewhere.get("/api/me")).status()).toBe(401);
  // this session stays, and the new password is the one that signs in
  await open(page, "/account");
  await expect(page.getByTestId("account-login")).toHaveText(user.login);
  await apiSignIn(elsewhere, user.login, "second-pass-2");
  await elsewhere.dispose();
});

test.describe("the admin's users page", () => {
  test.use({ login: "admin" });

  test("creates a login, changes its role, resets its password and disables it", async ({ page, api, baseURL }) => {
    test.slow(); // several bcrypt sign-ins and password hashes (~150 ms each, far more on a loaded machine)
    await open(page, "/");
    await page.getByRole("link", { name: /管理用户/ }).click();
    await expect(page.getByRole("heading", { name: "用户管理", level: 1 })).toBeVisible();
    await page.locator("body[data-hydrated]").waitFor();

    const login = `adm${Date.now() % 100000}`;
    const create = page.getByRole("form", { name: "新建用户" });
    await create.getByLabel("账号").fill(login);
    await create.getByLabel("姓名").fill("周编辑");
    await create.getByLabel("角色").selectOption("reporter");
    await create.getByLabel("密码").fill(PASSWORD);
    await create.getByRole("button", { name: "创建" }).click();
    await expect(create.getByRole("status")).toHaveText(`已创建账号 ${login}`);

    const row = page.locator(`[data-testid=user-row][data-login="${login}"]`);
    await expect(row).toContainText("周编辑");
    const client = await playwrightRequest.newContext({ baseURL });
    await apiSignIn(client, login, PASSWORD);

    await row.getByLabel("周编辑的角色").selectOption("editor");
    await expect(row.getByLabel("周编辑的角色")).toBeEnabled();
    expect((await (await client.get("/api/me")).json()).user.role).toBe("editor");

    await row.getByRole("button", { name: "重置密码" }).click();
    await row.getByLabel("周编辑的新密码").fill("reset-pass-9");
    await shoot(page, "admin-users-reset");
    await row.getByRole("button", { name: "保存" }).click();
    await expect(row.getByRole("status")).toContainText("已为周编辑设置新密码");
    expect((await client.get("/api/me")).status()).toBe(401);
    await apiSignIn(client, login, "reset-pass-9");

    await row.getByRole("button", { name: "停用" }).click();
    await expect(row.getByTestId("user-state")).toHaveText("已停用");
    expect((await client.get("/api/me")).status()).toBe(401);
    await shoot(page, "admin-users");
    await row.getByRole("button", { name: "启用" }).click();
    await expect(row.getByTestId("user-state")).toHaveText("可用");

    // the last admin's demotion is refused with the reason, and the page keeps the role
    const self = page.locator("[data-testid=user-row][data-login=admin]");
    await self.getByLabel("管理员的角色").selectOption("chief");
    await expect(self.getByTestId("user-error")).toContainText("最后一位可用的管理员");
    await expect(self.getByLabel("管理员的角色")).toHaveValue("admin");
    await client.dispose();
    expect((await (await api.as("admin")).get("/api/me")).status()).toBe(200);
  });

  test("is the admin's only: an editor is sent back to the dashboard", async ({ pageAs }) => {
    const editor = await pageAs("liqiang");
    await editor.goto("/admin/users");
    await expect(editor).toHaveURL(/\/\?denied=1$/);
  });
});

test("the account page in English says nothing in Chinese but the person's name", async ({ page, api }) => {
  const user = await newUser(await api.as("admin"));
  await signIn(page, user.login, PASSWORD);
  expect((await page.request.patch("/api/me", { data: { locale: "en" } })).status()).toBe(200);
  await open(page, "/account");
  await expect(page.getByRole("heading", { name: "My account" })).toBeVisible();
  await expect(page.getByRole("form", { name: "Change password" }).getByLabel("Current password")).toBeVisible();
  const chinese = await page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.querySelector("main")!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (/\p{Script=Han}/u.test(node.textContent ?? "") && !node.parentElement?.closest("[data-content]")) found.push(node.textContent ?? "");
    }
    return found;
  });
  expect(chinese).toEqual([]);
});
