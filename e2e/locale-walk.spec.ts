import { expect, test, type Page } from "@playwright/test";
import { apiClients, open, signIn } from "./fixtures";

/**
 * The locale walk: a person with the English interface walks every desk screen (dashboard, budget,
 * a story's editor, layout editor, flatplan, page, proof, the notifications panel, the editions list, its
 * calendar and the new-edition dialog, a 404) and sees no
 * Chinese outside content — story text, people's names, publication and page names, which the UI marks
 * with `data-content`. The same walk in Chinese finds no untranslated key (next-intl renders a missing
 * key as "⟦i18n:key⟧", lib/i18n/catalogue.ts).
 */
const DATE = "2019-01-09";
const MISSING = "⟦i18n:";
const PASSWORD = "walk-the-desk";
const clients = apiClients<"admin">();

test.afterAll(() => clients.dispose());

/** A new editor (or chief), created by the admin (accounts start in zh-CN). */
async function newEditor(role: "editor" | "chief" = "editor"): Promise<string> {
  const login = `walk${Date.now() % 1_000_000}${Math.random().toString(36).slice(2, 5)}`;
  const created = await (await clients.as("admin")).post("/api/users", { data: { login, name: "巡查编辑", role, password: PASSWORD } });
  expect(created.status()).toBe(201);
  return login;
}

/** Signs a new editor in and sets the account's language through PATCH /api/me, as the header switch does. */
async function signInWithLocale(page: Page, locale: "en" | "zh-CN", role: "editor" | "chief" = "editor"): Promise<void> {
  await signIn(page, await newEditor(role), PASSWORD);
  expect((await page.request.patch("/api/me", { data: { locale } })).status()).toBe(200);
  await open(page, "/");
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
}

/** Visible text with a Han character outside `[data-content]`, with where it is. */
async function chineseOutsideContent(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const han = /\p{Script=Han}/u;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      const el = node.parentElement;
      if (!el || !han.test(text)) continue;
      // Form values (a textarea's text) and non-rendered elements are not what the page says.
      if (el.closest("[data-content], script, style, noscript, template, textarea, datalist")) continue;
      if (!el.closest("option") && !el.checkVisibility()) continue;
      const where = [el.tagName.toLowerCase(), el.getAttribute("data-testid"), el.className?.toString().slice(0, 40)].filter(Boolean).join(" ");
      found.push(`${text.trim().slice(0, 60)} @ ${where}`);
    }
    return found;
  });
}

interface Screen {
  name: string;
  url: string | ((page: Page) => Promise<void>);
  /** What shows once the screen has loaded its data. */
  ready: (page: Page) => Promise<void>;
}

async function seedStoryId(page: Page): Promise<number> {
  const res = await page.request.get(`/api/stories?edition=${DATE}`);
  expect(res.status()).toBe(200);
  const { items } = (await res.json()) as { items: { id: number; continues: boolean }[] };
  // The seed story that continues elsewhere has staff and correspondents in its byline and a sidebar.
  return (items.find((i) => i.continues) ?? items[0]).id;
}

function screens(storyId: number): Screen[] {
  const visible = (testId: string) => async (page: Page) => {
    await expect(page.getByTestId(testId).first()).toBeVisible();
  };
  return [
    // the edition in hand is 2019-01-10, made from the template with no stories yet: its budget table
    { name: "dashboard", url: "/", ready: visible("budget-count") },
    { name: "budget", url: `/editions/${DATE}`, ready: visible("budget-row") },
    {
      name: "story editor",
      url: `/stories/${storyId}`,
      ready: async (page) => {
        await expect(page.getByTestId("story-workspace")).toBeVisible();
        await expect(page.getByTestId("revision").first()).toBeVisible();
        await expect(page.getByTestId("audit-event").first()).toBeVisible();
      },
    },
    { name: "layout editor", url: `/editions/${DATE}/pages/1/layout`, ready: visible("layout-box") },
    { name: "flatplan", url: `/editions/${DATE}/pages`, ready: visible("flatplan-page") },
    { name: "page", url: `/editions/${DATE}/pages/1`, ready: visible("page-story-box") },
    { name: "proof", url: `/proof/${DATE}/1`, ready: visible("proof-signoff") },
    {
      name: "notifications",
      url: async (page) => {
        await open(page, "/");
        await page.getByRole("button", { name: /^(通知|Notifications)/ }).click();
      },
      ready: visible("notifications"),
    },
    { name: "editions", url: "/editions", ready: visible("edition-row") },
    { name: "editions calendar", url: `/editions?view=calendar&month=${DATE.slice(0, 7)}`, ready: visible("calendar-edition") },
    {
      name: "new edition dialog",
      url: async (page) => {
        await open(page, "/editions");
        await page.getByRole("button", { name: /^(新建一期|New edition)$/ }).click();
      },
      ready: async (page) => {
        await expect(page.getByRole("dialog")).toBeVisible();
        await expect(page.getByTestId("carry-over-candidate").first().or(page.getByText(/^(没有可转入的稿件|Nothing to carry over)$/))).toBeVisible();
      },
    },
    { name: "404", url: "/no-such-desk/anywhere", ready: visible("not-found") },
  ];
}

async function walk(page: Page, check: (screen: string) => Promise<void>) {
  // Nine screens in one test: under a loaded CI machine this takes ~30 s, the default per-test limit.
  test.slow();
  for (const screen of screens(await seedStoryId(page))) {
    await test.step(screen.name, async () => {
      if (typeof screen.url === "string") await open(page, screen.url);
      else await screen.url(page);
      await screen.ready(page);
      await check(screen.name);
    });
  }
}

test("in English, no screen shows Chinese outside story content, names and page names", async ({ page }) => {
  test.setTimeout(120_000); // thirteen screens and a sign-in: over 30 s when the machine is busy
  await signInWithLocale(page, "en");
  await walk(page, async (screen) => {
    expect(await chineseOutsideContent(page), `Chinese on the ${screen} screen`).toEqual([]);
    expect(await page.content(), `untranslated key on the ${screen} screen`).not.toContain(MISSING);
  });
  // The check sees Chinese when it is not marked as content (so the walk above can fail).
  await open(page, `/editions/${DATE}`);
  await page.evaluate(() => document.querySelectorAll("[data-content]").forEach((el) => el.removeAttribute("data-content")));
  expect(await chineseOutsideContent(page)).not.toEqual([]);
});

test("in Chinese, no screen shows an untranslated key", async ({ page }) => {
  test.setTimeout(120_000);
  await signInWithLocale(page, "zh-CN");
  await walk(page, async (screen) => {
    expect(await page.content(), `untranslated key on the ${screen} screen`).not.toContain(MISSING);
  });
});

test("the chief's audit log of the edition names actions and states in English", async ({ page }) => {
  await signInWithLocale(page, "en", "chief");
  await open(page, `/editions/${DATE}/audit`);
  await expect(page.getByTestId("edition-audit")).toContainText("Imported");
  expect(await chineseOutsideContent(page)).toEqual([]);
  expect(await page.content()).not.toContain(MISSING);
});

test("the sign-in page has a language switch; after sign-in the account's language applies", async ({ page, context }) => {
  const login = await newEditor();
  await open(page, "/login");
  await expect(page.getByRole("button", { name: "登录" })).toBeVisible();
  await page.getByTestId("language-switch").click();
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  await expect(page.getByLabel("Password")).toBeVisible();
  expect((await context.cookies()).find((c) => c.name === "newsdesk-locale")?.value).toBe("en");
  await open(page, "/login");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  expect(await chineseOutsideContent(page)).toEqual([]);

  // The account says zh-CN: that wins over the cookie chosen before signing in.
  await signIn(page, login, PASSWORD);
  await expect(page.getByRole("link", { name: "工作台" })).toBeVisible();
  // The header switch changes the account and the cookie, so the sign-in page follows.
  await page.getByTestId("language-switch").click();
  await expect(page.getByRole("link", { name: "Dashboard" })).toBeVisible();
  await page.getByTestId("language-switch").click();
  await expect(page.getByRole("link", { name: "工作台" })).toBeVisible();
  expect((await context.cookies()).find((c) => c.name === "newsdesk-locale")?.value).toBe("zh-CN");
});
