import { expect, signIn, test } from "./fixtures";

test("an admin creates a user; the user's English choice persists across sessions", async ({ page, api }) => {
  const request = await api.as("admin");
  const login = `lang${Date.now() % 100000}`;
  const created = await request.post("/api/users", { data: { login, name: "王编辑", role: "editor", password: "password-1" } });
  expect(created.status()).toBe(201);
  const body = await created.json();
  expect(body.user).toMatchObject({ login, role: "editor" });
  expect(JSON.stringify(body)).not.toMatch(/hash|\$2[aby]\$/);
  expect((await request.post("/api/users", { data: { login, name: "重复", role: "editor", password: "password-1" } })).status()).toBe(409);
  expect((await request.post("/api/users", { data: { login: "Bad Login!", name: "", role: "boss", password: "x" } })).status()).toBe(400);

  await signIn(page, login, "password-1");
  // the edition in hand: 2019-01-10, made from the template after the printed seed edition
  await expect(page.getByRole("heading", { name: /今日稿件/ })).toContainText("2019年1月10日 星期四");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: /Today's budget/ })).toContainText("Thursday, 10 January 2019");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, login, "password-1");
  await expect(page.getByRole("button", { name: "中文" })).toBeVisible();
  await expect(page.getByTestId("current-user")).toHaveText("王编辑 · Editor");
});
