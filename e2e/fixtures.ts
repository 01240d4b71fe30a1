import { test as base, expect, request, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import { createDesk, type Desk, type Edition } from "./desk";

export const PASSWORD = "newsdesk";

/** The seed edition: read it, never write to it (other specs read it as loaded). */
export const SEED_DATE = "2019-01-09";

export const SEED_HEADLINES = [
  "党支部唱响两新组织发展主旋律",
  "聊城28人入选省科普专家人才库",
  "高新区：孵化器让企业温暖成长",
  "求解打通便民服务的“最后百米”",
  "全省宪法知识大赛 聊城代表队获佳绩",
  "省妇联到聊城调研",
  "市城管局 作好社区结对帮扶",
];

/** The demo logins (README): chief 值班总编, liqiang 编辑, wangfang 部门主任, zhaomin 校对, limeng and xiaohui 记者, admin 管理员. */
export type Login = "chief" | "liqiang" | "wangfang" | "zhaomin" | "limeng" | "xiaohui" | "admin";

/** Opens a page and waits until React has wired up its buttons (no fixed sleeps). */
export async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator("body[data-hydrated]").waitFor();
}

/**
 * Keeps a page's event stream (`GET /api/events`) from connecting, so the tab hears of others' writes only
 * by the fallback polling — a tab whose stream has dropped. For tests of what a tab that has not yet heard
 * of a change does (a stale save, typing after a take-over); with the stream it would hear at once.
 */
export async function withoutLiveUpdates(page: Page): Promise<void> {
  await page.route("**/api/events", (route) => route.abort());
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

/**
 * A new API client of the app at `baseURL`. It sends `Origin: <baseURL>` with every request, as a browser
 * on the app's own pages does: writes from any other origin are refused (CSRF).
 */
export function newApiContext(baseURL: string): Promise<APIRequestContext> {
  return request.newContext({ baseURL, extraHTTPHeaders: { Origin: new URL(baseURL).origin } });
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

const defaultBaseURL = () => `http://localhost:${process.env.E2E_PORT ?? 3100}`;

/**
 * Signed-in API clients by login ("anonymous" for none), one per login: call `apiClients()`, use
 * `as(login)`, and `dispose()` when done. Specs get them from the `api` fixture instead.
 */
export function apiClients<L extends string>(baseURL = defaultBaseURL()) {
  const clients = new Map<L, Promise<APIRequestContext>>();
  return {
    as(login: L): Promise<APIRequestContext> {
      let c = clients.get(login);
      if (!c) {
        c = (async () => {
          const context = await newApiContext(baseURL);
          if (login !== "anonymous") await apiSignIn(context, login);
          return context;
        })();
        clients.set(login, c);
      }
      return c;
    },
    async dispose(): Promise<void> {
      for (const c of clients.values()) await (await c).dispose();
      clients.clear();
    },
  };
}

export interface Api {
  /** An API client signed in as `login` (or not signed in: "anonymous"), shared by the worker's tests. */
  as(login: Login | "anonymous"): Promise<APIRequestContext>;
}

type StorageState = Awaited<ReturnType<APIRequestContext["storageState"]>>;

interface WorkerFixtures {
  api: Api;
  /** The session cookie of each login, made once per worker (from the `api` client's sign-in). */
  sessions: { of(login: Login): Promise<StorageState> };
  /** Hands out edition dates no other test of this run uses (see `createDesk`). */
  editionDates: { next(): string };
}

interface TestFixtures {
  /** Set with `test.use({ login: "liqiang" })`: the built-in `page` is then signed in as that login. */
  login: Login | undefined;
  /** A browser page of its own, signed in as `login`; closed after the test. For tests with several people. */
  pageAs(login: Login): Promise<Page>;
  /** This test's own edition, empty (`template: false`), made through `POST /api/editions` on a date far before the seed's. */
  edition: Edition;
  /** Data helpers on this test's edition: pages, stories, layouts (all through the API). */
  desk: Desk;
}

/** First date handed out, and how many days the range holds: all before the seed edition (2019-01-09), so it stays the latest. */
const FIRST_DATE = Date.UTC(2000, 0, 1);
const DAYS = 6_900;
const SLOTS = 16;

export const test = base.extend<TestFixtures, WorkerFixtures>({
  api: [
    async ({}, provide, workerInfo) => {
      const clients = apiClients<Login | "anonymous">(workerInfo.project.use.baseURL ?? defaultBaseURL());
      await provide({ as: clients.as });
      await clients.dispose();
    },
    { scope: "worker" },
  ],
  sessions: [
    async ({ api }, provide) => {
      const states = new Map<Login, Promise<StorageState>>();
      await provide({
        of(login) {
          let s = states.get(login);
          if (!s) {
            s = api.as(login).then((c) => c.storageState());
            states.set(login, s);
          }
          return s;
        },
      });
    },
    { scope: "worker" },
  ],
  editionDates: [
    async ({}, provide, workerInfo) => {
      // Worker processes of one run have distinct indexes; a date taken anyway (a restarted worker, a
      // database reused across runs) is answered 409 and the desk asks for the next one.
      let n = 0;
      await provide({
        next() {
          const slot = (n++ * SLOTS + (workerInfo.workerIndex % SLOTS)) % DAYS;
          return new Date(FIRST_DATE + slot * 86_400_000).toISOString().slice(0, 10);
        },
      });
    },
    { scope: "worker" },
  ],

  login: [undefined, { option: true }],
  storageState: async ({ login, sessions, storageState }, provide) => {
    await provide(login ? await sessions.of(login) : storageState);
  },
  pageAs: async ({ browser, sessions }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (login) => {
      const context = await browser.newContext({ storageState: await sessions.of(login) });
      contexts.push(context);
      return context.newPage();
    });
    for (const c of contexts) await c.close();
  },
  edition: async ({ api, editionDates }, provide) => {
    const editor = await api.as("liqiang");
    for (let attempt = 0; attempt < 200; attempt++) {
      const date = editionDates.next();
      // an empty edition: the test adds the pages it needs (the template would lay out its own)
      const res = await editor.post("/api/editions", { data: { date, template: false } });
      if (res.status() === 409) continue;
      expect(res.status(), `open an edition on ${date}: ${await res.text()}`).toBe(201);
      await provide((await res.json()).edition as Edition);
      return;
    }
    throw new Error("no free edition date left: use a fresh database (E2E_DATA_DIR)");
  },
  desk: async ({ api, edition }, provide) => {
    await provide(createDesk(api, edition));
  },
});

export { expect };
