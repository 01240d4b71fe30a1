import { expect, request, type APIRequestContext, type Page } from "@playwright/test";

export const PASSWORD = "newsdesk";

export const SEED_HEADLINES = [
  "党支部唱响两新组织发展主旋律",
  "聊城28人入选省科普专家人才库",
  "高新区：孵化器让企业温暖成长",
  "求解打通便民服务的“最后百米”",
  "全省宪法知识大赛 聊城代表队获佳绩",
  "省妇联到聊城调研",
  "市城管局 作好社区结对帮扶",
];

/** Opens a page and waits until React has wired up its buttons (no fixed sleeps). */
export async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator("body[data-hydrated]").waitFor();
}

/** Signs in through the login form, as a person would, and waits for the dashboard. */
export async function signIn(page: Page, login: string, password = PASSWORD): Promise<void> {
  await open(page, "/login");
  await page.getByLabel(/账号|Login/).fill(login);
  await page.getByLabel(/密码|Password/).fill(password);
  await page.getByRole("button", { name: /^(登录|Sign in)$/ }).click();
  await expect(page.getByTestId("current-user")).toBeVisible({ timeout: 30_000 });
  await page.locator("body[data-hydrated]").waitFor();
}

/** Signs an API client in through next-auth's credentials endpoint (the same way scripts do). */
export async function apiSignIn(request: APIRequestContext, login: string, password = PASSWORD): Promise<void> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, login, password, json: "true" },
    maxRedirects: 0,
  });
  expect([200, 302]).toContain(res.status());
  const me = await request.get("/api/me");
  expect(me.status(), `sign-in as ${login}`).toBe(200);
}

/**
 * Signed-in API clients by login ("anonymous" for none), one per login per spec file: call
 * `apiClients()` at the top of a spec, use `as(login)`, and `dispose()` in afterAll.
 */
export function apiClients<Login extends string>() {
  const baseURL = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
  const clients = new Map<Login, APIRequestContext>();
  return {
    async as(login: Login): Promise<APIRequestContext> {
      let c = clients.get(login);
      if (!c) {
        c = await request.newContext({ baseURL });
        if (login !== "anonymous") await apiSignIn(c, login);
        clients.set(login, c);
      }
      return c;
    },
    async dispose(): Promise<void> {
      for (const c of clients.values()) await c.dispose();
    },
  };
}
