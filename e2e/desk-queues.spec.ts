import type { APIRequestContext, Page } from "@playwright/test";
import { expect, open, test, type Login } from "./fixtures";

/**
 * The dashboards' queues (issue #10, "who needs to know what"): each hand-over shows on the next person's
 * dashboard without a reload (the event stream), and a page hand-over reaches the 责任编辑 as a notification
 * that opens the page. Queues are newsroom-wide and other specs run beside these, so each test finds its own
 * item by its unique name (stories get a deadline before any other spec's, so they sort to the top of a queue).
 */
// three people's browsers and a dozen hand-overs each: more than the default 30 s on a loaded machine
test.describe.configure({ timeout: 120_000 });

const EARLY_DEADLINE = "1999-12-31T09:00:00+08:00";
const uid = () => `${Date.now() % 100000}${Math.random().toString(36).slice(2, 4)}`;

async function ok(res: { status(): number; text(): Promise<string> }, what: string, status = 200) {
  expect(res.status(), `${what}: ${await res.text()}`).toBe(status);
}

async function dashboard(pageAs: (login: Login) => Promise<Page>, login: Login): Promise<Page> {
  const page = await pageAs(login);
  await open(page, "/");
  await expect(page.getByTestId("desk-queues")).toBeVisible();
  await expect(page.locator('body[data-live="open"]')).toBeAttached();
  return page;
}

const queueItem = (page: Page, queue: string, text: string) => page.getByTestId(`queue-${queue}`).getByTestId("queue-item").filter({ hasText: text });

async function storyAction(c: APIRequestContext, id: number, action: string, reason?: string) {
  await ok(await c.post(`/api/stories/${id}/transitions`, { data: { action, ...(reason && { reason }) } }), action);
}

test("a story's hand-overs reach the next desk's queue live: assignment, filed, returned with the reason, passed", async ({ pageAs, api, desk }) => {
  const reporter = await dashboard(pageAs, "limeng");
  const editor = await dashboard(pageAs, "liqiang");
  const chief = await dashboard(pageAs, "chief");
  const editorApi = await api.as("liqiang");
  const reporterApi = await api.as("limeng");
  const slug = `队列稿-${uid()}`;

  // 派稿 → the reporter's assignments, with the brief, the deadline (Beijing time) and the target 字数
  const created = await editorApi.post("/api/stories", {
    data: { edition: desk.date, slug, assigneeIds: [await desk.staffId("李梦")], brief: "采访市民服务中心，写清代办员怎样上门", targetLength: 800, deadline: EARLY_DEADLINE },
  });
  await ok(created, "assign", 201);
  const { story } = await created.json();
  const assignment = queueItem(reporter, "assignments", slug);
  await expect(assignment).toBeVisible();
  await expect(assignment.getByTestId("queue-brief")).toHaveText("采访要求：采访市民服务中心，写清代办员怎样上门");
  await expect(assignment.getByTestId("queue-deadline")).toContainText("截稿 1999年12月31日 09:00");
  await expect(assignment).toContainText("目标 800 字");
  await expect(assignment.getByRole("link")).toHaveAttribute("href", `/stories/${story.id}`);

  // 交稿 → the desk's 待初审, and gone from the reporter's assignments
  await storyAction(reporterApi, story.id, "start");
  await storyAction(reporterApi, story.id, "file");
  await expect(queueItem(editor, "filed", slug)).toBeVisible();
  await expect(queueItem(chief, "filed", slug)).toBeVisible();
  await expect(assignment).toHaveCount(0);

  // 退回 → the reporter's returned stories, the reason on top: who, why
  await storyAction(editorApi, story.id, "return", "请补充代办员的采访");
  const returned = queueItem(reporter, "returned", slug);
  await expect(returned.getByTestId("queue-return")).toContainText("李强 退回");
  await expect(returned.getByTestId("queue-return")).toContainText("理由：请补充代办员的采访");
  await expect(queueItem(editor, "filed", slug)).toHaveCount(0);

  // 再交稿, 初审通过 → the chief's 待终审
  await storyAction(reporterApi, story.id, "file");
  await expect(returned).toHaveCount(0);
  await storyAction(editorApi, story.id, "pass");
  const waiting = queueItem(chief, "edited", slug);
  await expect(waiting).toBeVisible();
  await waiting.getByRole("link").click();
  await expect(chief).toHaveURL(new RegExp(`/stories/${story.id}$`));
  // 终审通过: it leaves the queues
  await storyAction(await api.as("chief"), story.id, "approve");
});

test("a page's hand-overs reach the chief's queues live, and 撤签 reaches the 责任编辑 with the reason", async ({ pageAs, api, desk }) => {
  const chief = await dashboard(pageAs, "chief");
  const editor = await dashboard(pageAs, "liqiang");
  const chiefApi = await api.as("chief");
  const name = `队列版${uid()}`;
  let page = await desk.page({ name, state: "layout" });

  // in layout → the editor's 组版中, linking to the layout editor
  await expect(queueItem(editor, "layout", name)).toBeVisible();
  await expect(queueItem(editor, "layout", name).getByRole("link")).toHaveAttribute("href", `/editions/${desk.date}/pages/${page.number}/layout`);

  // 提交签版 → 待签版
  page = await desk.advance(page, "submitted");
  await expect(queueItem(chief, "submitted", name)).toBeVisible();
  await expect(queueItem(editor, "layout", name)).toHaveCount(0);

  // 签版 → 待付印 (after 三校)
  await desk.proofreadPage(page);
  await ok(await chiefApi.post(`/api/pages/${page.id}/transitions`, { data: { action: "sign" } }), "sign");
  await expect(queueItem(chief, "signed", name)).toBeVisible();
  await expect(queueItem(chief, "submitted", name)).toHaveCount(0);

  // 撤签 with a reason → the 责任编辑 (李强) is told, with the reason; the notification opens the page and is read
  const reason = `广告客户改稿-${uid()}`;
  await ok(await chiefApi.post(`/api/pages/${page.id}/transitions`, { data: { action: "withdraw", reason } }), "withdraw");
  await expect(queueItem(chief, "signed", name)).toHaveCount(0);
  await editor.getByRole("button", { name: /^通知/ }).click();
  const panel = editor.getByTestId("notifications");
  const notice = panel.getByTestId("notification").filter({ hasText: reason });
  await expect(notice).toContainText(`值班总编 撤签：`);
  await expect(notice).toContainText(`第${page.number}版「${name}」，理由：${reason}`);
  await expect(notice).toHaveAttribute("data-read", "false");

  // Esc closes the panel; a click outside does too
  await editor.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await editor.getByRole("button", { name: /^通知/ }).click();
  await expect(panel).toBeVisible();
  await editor.getByRole("heading", { level: 1 }).click();
  await expect(panel).toBeHidden();

  await editor.getByRole("button", { name: /^通知/ }).click();
  await notice.getByRole("link").click();
  await expect(editor).toHaveURL(new RegExp(`/editions/${desk.date}/pages/${page.number}$`));
  await expect(panel).toBeHidden();
  await expect
    .poll(async () => {
      const { notifications } = await (await (await api.as("liqiang")).get("/api/notifications")).json();
      return (notifications as { text: string; readAt: string | null }[]).find((n) => n.text.includes(reason))?.readAt ?? null;
    })
    .not.toBeNull();
});

test("every dashboard fits a phone and a desktop (screenshots under test-results/screenshots)", async ({ pageAs, desk, api }) => {
  // something in each queue: an assignment with a brief, a returned story, a filed one, a page in layout
  const editorApi = await api.as("liqiang");
  const reporterApi = await api.as("limeng");
  const make = async (slug: string) => {
    const res = await editorApi.post("/api/stories", {
      data: { edition: desk.date, slug, assigneeIds: [await desk.staffId("李梦")], brief: "请采访市城管局和社区居民，写清结对帮扶带来的变化，附两张现场照片", targetLength: 1200, deadline: EARLY_DEADLINE },
    });
    await ok(res, "assign", 201);
    return (await res.json()).story.id as number;
  };
  await make(`截图任务-${uid()}`);
  const back = await make(`截图退回-${uid()}`);
  await storyAction(reporterApi, back, "start");
  await storyAction(reporterApi, back, "file");
  await storyAction(editorApi, back, "return", "导语太长，请压缩到一百字以内，并补充数据来源");
  await desk.page({ state: "layout" });

  for (const login of ["limeng", "liqiang", "chief"] as const) {
    const page = await pageAs(login);
    for (const [w, h] of [
      [1440, 900],
      [390, 844],
    ]) {
      await page.setViewportSize({ width: w, height: h });
      await open(page, "/");
      await expect(page.getByTestId("desk-queues")).toBeVisible();
      await page.screenshot({ path: `test-results/screenshots/dashboard-${login}-${w}x${h}.png`, fullPage: true });
      // nothing of the queues and the dashboard's lists is wider than the viewport (the header and the budget are the phone part's)
      const wide = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        return [...document.querySelectorAll('[data-testid="desk-queues"], [data-testid="desk-queues"] *, [data-testid="chief-page-row"], [data-testid="chief-page-row"] *, [data-testid^="my-"], [data-testid^="my-"] *')]
          .filter((el) => el.getBoundingClientRect().right > width + 1)
          .map((el) => `${el.tagName.toLowerCase()}${el.getAttribute("data-testid") ? `[${el.getAttribute("data-testid")}]` : ""}`)
          .slice(0, 5);
      });
      expect(wide, `${login} at ${w}px`).toEqual([]);
      if (login === "liqiang") {
        // the notification panel fits the phone too (there the bell is in the header's 菜单)
        if (w < 768) await page.getByTestId("desk-menu-button").click();
        await page.getByRole("button", { name: /^通知/ }).click();
        const panel = page.getByTestId("notifications");
        await expect(panel).toBeVisible();
        await page.screenshot({ path: `test-results/screenshots/notifications-${w}x${h}.png` });
        const box = (await panel.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(w);
        // and no line inside it runs past its edge (the header around it does not wrap)
        const past = await panel.evaluate((el) => [...el.querySelectorAll("*")].filter((e) => e.getBoundingClientRect().right > el.getBoundingClientRect().right + 1).length);
        expect(past).toBe(0);
        await page.keyboard.press("Escape");
        await expect(panel).toBeHidden();
      }
    }
  }
});
