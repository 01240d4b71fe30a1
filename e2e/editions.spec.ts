import { expect, open, test } from "./fixtures";

/** The day after a YYYY-MM-DD date. */
const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const WEEKDAYS = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];
const zhDate = (date: string) => {
  const [y, m, d] = date.split("-").map(Number);
  return `${y}年${m}月${d}日 ${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}`;
};

test.describe("the editions list", () => {
  test.use({ login: "liqiang" });

  test("shows an edition as a row and in the month calendar: date and weekday, pages signed/total, stories by status, released or not", async ({ page, desk, edition }) => {
    await desk.page({ name: "要闻" });
    await desk.story({ slug: "列表草稿一" });
    await desk.story({ slug: "列表草稿二" });
    await desk.story({ slug: "列表派稿", assignees: ["李梦"] });

    // the list from just after this edition: it is the first row
    await open(page, `/editions?before=${nextDay(edition.date)}`);
    const row = page.getByTestId("edition-row").first();
    await expect(row).toHaveAttribute("data-date", edition.date);
    await expect(row).toContainText(zhDate(edition.date));
    await expect(row.getByTestId("edition-pages")).toHaveText("0/1 版已签");
    await expect(row.getByTestId("count-draft")).toHaveText("草稿 2");
    await expect(row.getByTestId("count-assigned")).toHaveText("已派稿 1");
    await expect(row).toContainText("共 3 篇");
    await expect(row).toContainText("未付印");
    // newest first
    const dates = await page.getByTestId("edition-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-date")!));
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates.length).toBeLessThanOrEqual(30);

    // the calendar of its month, from the toggle
    await page.getByRole("link", { name: "月历" }).click();
    await expect(page.getByTestId("calendar-month")).toBeVisible();
    await open(page, `/editions?view=calendar&month=${edition.date.slice(0, 7)}`);
    const [y, m] = edition.date.split("-").map(Number);
    await expect(page.getByTestId("calendar-month")).toHaveText(`${y}年${m}月`);
    const cell = page.locator(`td[data-date="${edition.date}"]`);
    await expect(cell).toHaveAttribute("data-testid", "calendar-edition");
    await expect(cell).toContainText("0/1 版已签");
    await expect(cell).toContainText("共 3 篇");
    await cell.getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/editions/${edition.date}$`));
    await expect(page.getByTestId("budget-row")).toHaveCount(3);
  });

  test("is in the desk's navigation, and the header's budget link is the edition in hand, not an e2e edition", async ({ page, edition }) => {
    await open(page, "/");
    await page.getByRole("navigation").getByRole("link", { name: "期次" }).click();
    await expect(page.getByRole("heading", { name: "各期一览" })).toBeVisible();
    // the e2e editions are all before the seed's: the edition in hand is never one of them
    const inHand = page.getByTestId("edition-row").filter({ hasText: "当前在编" });
    await expect(inHand).toHaveCount(1);
    expect(await inHand.getAttribute("data-date")).not.toBe(edition.date);
    const budgetLink = await page.getByRole("navigation").getByRole("link", { name: "稿件列表" }).getAttribute("href");
    expect(budgetLink).toBe(`/editions/${await inHand.getAttribute("data-date")}`);
  });
});

test.describe("creating an edition with stories carried over", () => {
  test.use({ login: "liqiang" });

  test("the editor picks unfinished stories of an earlier edition; they move into the new one, with their history", async ({ page, desk, edition, editionDates, api }) => {
    const carried = await desk.story({ slug: "转入下期的稿", by: "limeng" });
    const left = await desk.story({ slug: "留在本期的稿" });
    const target = editionDates.next();

    await open(page, "/editions");
    const newest = await page.getByTestId("edition-row").first().getAttribute("data-date");
    await page.getByRole("button", { name: "新建一期" }).click();
    const dialog = page.getByRole("dialog", { name: "新建一期" });
    // the date proposed: the day after the newest edition
    await expect(dialog.getByLabel("出版日期")).toHaveValue(nextDay(newest!));

    // a date that already has an edition: the server's message, nothing made
    await dialog.getByLabel("出版日期").fill(edition.date);
    await dialog.getByRole("button", { name: "创建" }).click();
    await expect(dialog.getByTestId("create-edition-error")).toHaveText(`没有创建：${edition.date} 这一期已存在`);

    await dialog.getByLabel("出版日期").fill(target);
    await dialog.getByLabel("只看某一期").fill(edition.date);
    const candidates = dialog.getByTestId("carry-over-candidate");
    await expect(candidates).toHaveCount(2);
    await expect(candidates.filter({ hasText: "转入下期的稿" })).toContainText("李梦");
    await expect(candidates.filter({ hasText: "转入下期的稿" })).toContainText("草稿");
    await dialog.getByRole("checkbox", { name: "转入「转入下期的稿」" }).check();
    await expect(dialog.getByTestId("carry-over-chosen")).toHaveText("已选 1 篇");
    await page.screenshot({ path: "test-results/screenshots/editions-dialog-1440x900.png" });
    await dialog.getByRole("button", { name: "创建" }).click();

    // on to the new edition's budget, which holds the carried story
    await expect(page).toHaveURL(new RegExp(`/editions/${target}$`));
    await expect(page.getByTestId("budget-row")).toHaveCount(1);
    await expect(page.getByTestId("budget-row")).toContainText("转入下期的稿");

    const editor = await api.as("liqiang");
    const ids = async (date: string) => ((await (await editor.get(`/api/stories?edition=${date}`)).json()).items as { id: number }[]).map((s) => s.id);
    expect(await ids(target)).toEqual([carried.id]);
    expect(await ids(edition.date)).toEqual([left.id]);
    // the same story, its history with it: the start revision and the carry-over in its audit
    const { story } = await (await editor.get(`/api/stories/${carried.id}`)).json();
    expect(story.editionDate).toBe(target);
    const audit = (await (await editor.get(`/api/stories/${carried.id}/audit`)).json()).events as { action: string; reason: string | null }[];
    expect(audit.map((e) => e.action)).toEqual(["create", "carry-over"]);
    expect(audit[1].reason).toBe(`${edition.date} → ${target}`);
    // and it is not offered again from the edition it left
    const again = await editor.get(`/api/editions/carry-over?date=${editionDates.next()}&from=${edition.date}`);
    expect(((await again.json()).stories as { id: number }[]).map((s) => s.id)).toEqual([left.id]);
  });

  test("a story no longer unfinished, or on a signed page, is refused with a clear 4xx and nothing is created", async ({ desk, editionDates, api }) => {
    const editor = await api.as("liqiang");
    const approved = await desk.storyLike("省妇联到聊城调研", "approved");
    const signedPage = await desk.page({ name: "签版" });
    const onSigned = await desk.storyLike("市城管局 作好社区结对帮扶", "edited");
    await desk.advance(await desk.layOut(signedPage, [{ storyId: onSigned.id, firstColumn: 1, columnSpan: 4, topLine: 10 }]), "signed");

    for (const [story, message] of [
      [approved, /只有未完成的稿件/],
      [onSigned, /已签版或已付印/],
    ] as const) {
      const date = editionDates.next();
      const res = await editor.post("/api/editions", { data: { date, carryOver: [story.id] } });
      expect(res.status()).toBe(409);
      expect((await res.json()).error.message).toMatch(message);
      expect((await editor.get(`/api/editions/${date}/pages`)).status()).toBe(404);
    }
    const date = editionDates.next();
    const twice = await editor.post("/api/editions", { data: { date, carryOver: [approved.id, approved.id] } });
    expect(twice.status()).toBe(422);
    expect((await editor.get(`/api/editions/${date}/pages`)).status()).toBe(404);
  });

  test("bad input is a 400 with a message", async ({ api, editionDates }) => {
    const editor = await api.as("liqiang");
    const date = editionDates.next();
    for (const body of [{ date, carryOver: "1" }, { date, carryOver: [0] }, { date: "2019-02-30" }, { date, carryOver: [1], extra: true }]) {
      const res = await editor.post("/api/editions", { data: body });
      expect(res.status(), JSON.stringify(body)).toBe(400);
      expect((await res.json()).error.message).toBeTruthy();
    }
    for (const q of ["", "?date=2019-1-1", `?date=${date}&before=abc`, `?date=${date}&limit=51`]) {
      expect((await editor.get(`/api/editions/carry-over${q}`)).status(), q).toBe(400);
    }
    expect((await editor.get(`/api/editions/${date}/pages`)).status()).toBe(404);
  });
});

test.describe("who may create an edition", () => {
  test.use({ login: "limeng" });

  test("a reporter sees the list but no create button, and the server refuses her (403)", async ({ page, api, editionDates, edition }) => {
    await open(page, `/editions?before=${nextDay(edition.date)}`);
    await expect(page.getByTestId("edition-row").first()).toHaveAttribute("data-date", edition.date);
    await expect(page.getByRole("button", { name: "新建一期" })).toHaveCount(0);
    const reporter = await api.as("limeng");
    expect((await reporter.post("/api/editions", { data: { date: editionDates.next() } })).status()).toBe(403);
    expect((await reporter.get(`/api/editions/carry-over?date=${editionDates.next()}`)).status()).toBe(403);
  });
});
