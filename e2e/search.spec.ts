import type { Desk } from "./desk";
import { expect, open, SEED_DATE, test, type Api, type Login } from "./fixtures";

/** 检索 (docs/SEARCH.md): the seed found by 2-, 3-, 4-character, name and digit queries; who finds whose draft. */

test.describe("search as the desk", () => {
  test.use({ login: "liqiang" });

  for (const q of ["聊城", "党支部", "专家人才", "孙亚飞", "2018年"]) {
    test(`finds seed stories by ${q}, with the hits marked`, async ({ page }) => {
      await open(page, `/search?q=${encodeURIComponent(q)}&from=${SEED_DATE}&to=${SEED_DATE}`);
      await expect(page.getByTestId("search-count")).not.toHaveText("没有找到稿件");
      await expect(page.getByTestId("search-hit").first()).toBeVisible();
      if (q !== "孙亚飞") await expect(page.getByTestId("search-hit").locator("mark").first()).toHaveText(q);
    });
  }

  test("the header's box searches, and the date range filters", async ({ page, api }) => {
    // the seed story itself (other specs make copies of its text in their own editions)
    const found = await (await (await api.as("liqiang")).get(`/api/search?q=${encodeURIComponent("专家人才")}&from=${SEED_DATE}&to=${SEED_DATE}`)).json();
    const seedId = (found.hits as { id: number; title: { text: string }[] }[]).find((h) => h.title.map((p) => p.text).join("").includes("聊城28人入选省科普专家人才库"))!.id;
    await open(page, "/");
    await page.getByRole("searchbox", { name: "检索稿件" }).fill("专家人才");
    await page.getByRole("searchbox", { name: "检索稿件" }).press("Enter");
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.getByTestId("search-hit").first()).toBeVisible();
    const seedHit = page.getByTestId("search-hit").filter({ has: page.locator(`a[href="/stories/${seedId}"]`) });
    await page.getByLabel("起始日期").fill(SEED_DATE);
    await page.getByLabel("结束日期").fill(SEED_DATE);
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(seedHit).toBeVisible();
    await page.getByLabel("起始日期").fill("");
    await page.getByLabel("结束日期").fill("2018-12-31");
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page).toHaveURL(/to=2018-12-31/);
    await expect(page.getByTestId("search-count")).toBeVisible();
    await expect(seedHit).toHaveCount(0);
  });

  test("FTS syntax in the box is text, never an error", async ({ page }) => {
    await open(page, `/search?q=${encodeURIComponent('"聊城* NEAR( OR title:')}`);
    await expect(page.getByTestId("search-count")).toBeVisible();
  });
});

test("a reporter does not find another reporter's draft; its author does", async ({ api, desk }) => {
  const word = `独有稿${Date.now()}`;
  const story = await desk.story({ by: "limeng", slug: "检索草稿" });
  const limeng = await api.as("limeng");
  const saved = await limeng.patch(`/api/stories/${story.id}`, {
    data: {
      baseVersion: story.version,
      content: { kicker: null, headline: `${word}标题`, subheadline: null, dateline: null, body: ["正文一段。"], sidebars: [], bylines: [{ name: "李梦", role: "reporter" }] },
    },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  const search = async (login: "limeng" | "xiaohui" | "liqiang") => (await (await api.as(login)).get(`/api/search?q=${encodeURIComponent(word)}`)).json();
  expect((await search("limeng")).hits.map((h: { id: number }) => h.id)).toEqual([story.id]);
  expect((await search("xiaohui")).total).toBe(0);
  expect((await search("liqiang")).total).toBe(1);
});

/** A story of the test's own edition with a headline holding `word`, moved on by `steps` ([login, action]). */
async function storyWith(
  api: Api,
  desk: Desk,
  { word, by = "liqiang", kind = "article", byline, steps = [] }: { word: string; by?: Login; kind?: string; byline: string; steps?: [Login, string][] },
) {
  const c = await api.as(by);
  const created = await c.post("/api/stories", { data: { edition: desk.date, slug: `检索-${word}`, kind } });
  expect(created.status(), await created.text()).toBe(201);
  const { story } = await created.json();
  const saved = await c.patch(`/api/stories/${story.id}`, {
    data: {
      baseVersion: story.version,
      content: { kicker: null, headline: `${word}专题报道`, subheadline: null, dateline: null, body: [`本报讯 ${word}的消息。`], sidebars: [], bylines: [{ name: byline, role: "reporter" }] },
    },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  for (const [login, action] of steps) {
    const res = await (await api.as(login)).post(`/api/stories/${story.id}/transitions`, { data: { action } });
    expect(res.status(), `${login} ${action}: ${await res.text()}`).toBe(200);
  }
  return story.id as number;
}

/** A page of the test's edition named `name` with these stories laid out on it, moved on to `state`. */
async function pageWith(desk: Desk, name: string, storyIds: number[], state: "layout" | "signed") {
  let page = await desk.page({ name, state: "layout" });
  const head = page.elements.map((e) => e as { topLine: number; heightLines: number }).filter((e) => e.topLine <= 20);
  const topLine = Math.max(0, ...head.map((e) => e.topLine + e.heightLines - 1)) + 1;
  page = await desk.layOut(page, storyIds.map((storyId, i) => ({ storyId, firstColumn: 1 + i * 4, columnSpan: 4, topLine })));
  return state === "layout" ? page : desk.advance(page, "signed");
}

const tag = () => `${Math.random().toString(36).slice(2, 6)}${Date.now() % 100000}`;

test.describe("the filters of the search page", () => {
  test.use({ login: "liqiang" });
  test.setTimeout(120_000);

  test("status, person, page name and kind each narrow the results, kept in the URL; a bad param is ignored", async ({ page, api, desk }) => {
    const word = `筛选词${tag()}`;
    const pageName = `检索版${tag()}`;
    // 李梦's article, filed and passed (已初审), on a page of its own name; 肖会's brief, a draft of the editor's
    const placed = await storyWith(api, desk, { word, byline: "李梦", steps: [["liqiang", "file"], ["liqiang", "pass"]] });
    const brief = await storyWith(api, desk, { word, kind: "brief", byline: "肖会" });
    await pageWith(desk, pageName, [placed], "layout");

    const hitIds = async () => page.getByTestId("search-hit").locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    await open(page, `/search?q=${encodeURIComponent(word)}`);
    await expect(page.getByTestId("search-count")).toHaveText("共 2 篇");
    const apply = () => page.getByTestId("search-form").getByRole("button", { name: "筛选" }).click();

    await page.getByLabel("状态").selectOption({ label: "已初审" });
    await apply();
    await expect(page).toHaveURL(/status=edited/);
    await expect(page.getByTestId("search-count")).toHaveText("共 1 篇");
    expect(await hitIds()).toEqual([`/stories/${placed}`]);
    await page.getByLabel("状态").selectOption({ label: "草稿" });
    await apply();
    await expect(page.getByTestId("search-count")).toHaveText("共 1 篇");
    expect(await hitIds()).toEqual([`/stories/${brief}`]);
    await page.getByLabel("状态").selectOption({ label: "全部" });

    await page.getByLabel("作者").selectOption({ label: "肖会" });
    await apply();
    await expect(page).toHaveURL(/person=\d+/);
    await expect(page.getByTestId("search-count")).toHaveText("共 1 篇");
    expect(await hitIds()).toEqual([`/stories/${brief}`]);
    await page.getByLabel("作者").selectOption({ label: "全部" });

    // The select offers the page names of the newest 60 editions (other specs' editions may push this one out), and
    // always the one the URL names: a link with the page name selects it.
    await open(page, `/search?q=${encodeURIComponent(word)}&pageName=${encodeURIComponent(pageName)}`);
    await expect(page.getByLabel("版名")).toHaveValue(pageName);
    await expect(page.getByTestId("search-count")).toHaveText("共 1 篇");
    expect(await hitIds()).toEqual([`/stories/${placed}`]);
    await expect(page.getByTestId("search-hit")).toContainText(pageName);
    await page.getByLabel("版名").selectOption({ label: "全部" });

    await page.getByLabel("体裁").selectOption({ label: "简讯" });
    await apply();
    await expect(page).toHaveURL(/kind=brief/);
    expect(await hitIds()).toEqual([`/stories/${brief}`]);
    // combined: a brief on that page is none; with the date range of the test's edition it is still 肖会's
    await open(page, `/search?q=${encodeURIComponent(word)}&kind=brief&pageName=${encodeURIComponent(pageName)}`);
    await expect(page.getByTestId("search-count")).toHaveText("没有找到稿件");
    await open(page, `/search?q=${encodeURIComponent(word)}&kind=brief&from=${desk.date}&to=${desk.date}&status=bogus&person=x`);
    await expect(page.getByTestId("search-count")).toHaveText("共 1 篇");
    await expect(page.getByLabel("体裁")).toHaveValue("brief");
    await expect(page.getByLabel("状态")).toHaveValue("");
  });

  test("the visibility rule holds with every filter: another reporter's draft stays hidden", async ({ api, desk }) => {
    const word = `可见词${tag()}`;
    const draft = await storyWith(api, desk, { word, by: "limeng", byline: "李梦" });
    const search = async (login: Login, params: string) => (await (await api.as(login)).get(`/api/search?q=${encodeURIComponent(word)}&${params}`)).json();
    const staff = await (await (await api.as("liqiang")).get("/api/staff")).json();
    const limeng = (staff.people as { personId: number; name: string }[]).find((p) => p.name === "李梦")!.personId;
    for (const params of ["status=draft", `from=${desk.date}&to=${desk.date}`, "kind=article", `person=${limeng}`, `person=${limeng}&status=draft&kind=article&from=${desk.date}`]) {
      expect((await search("limeng", params)).hits.map((h: { id: number }) => h.id), params).toEqual([draft]);
      expect((await search("xiaohui", params)).total, params).toBe(0);
    }
  });
});

test.describe("the public e-paper's search", () => {
  test.setTimeout(120_000);

  test("finds a released story and not an unreleased one, with the count, marks and a link to the article", async ({ page, api, desk }) => {
    const shown = `见报词${tag()}`;
    const held = `未见报词${tag()}`;
    const approved: [Login, string][] = [["liqiang", "file"], ["liqiang", "pass"], ["chief", "approve"]];
    const released = await storyWith(api, desk, { word: shown, byline: "李梦", steps: approved });
    const signedOnly = await storyWith(api, desk, { word: held, byline: "李梦", steps: approved });
    const out = await pageWith(desk, "检索见报", [released], "signed");
    const release = await (await api.as("chief")).post(`/api/pages/${out.id}/transitions`, { data: { action: "release" } });
    expect(release.status(), await release.text()).toBe(200);
    await pageWith(desk, "检索未付印", [signedOnly], "signed");

    expect((await page.context().cookies()).length).toBe(0);
    // from an e-paper page, by its masthead's box
    await page.goto(`/epaper/${desk.date}/${out.number}`);
    await page.getByRole("searchbox", { name: "检索数字报" }).fill(shown);
    await page.getByRole("searchbox", { name: "检索数字报" }).press("Enter");
    await expect(page).toHaveURL(/\/epaper\/search\?q=/);
    await expect(page.getByTestId("epaper-search-count")).toHaveText(`「${shown}」共找到 1 篇`);
    const hit = page.getByTestId("epaper-search-hit");
    await expect(hit.locator("mark").first()).toHaveText(shown);
    await hit.getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/epaper/${desk.date}/article/${released}$`));
    await expect(page.getByTestId("epaper-article")).toContainText(`${shown}专题报道`);

    // the signed but unreleased story is not there, in the page nor in the JSON; the desk finds both
    await page.goto(`/epaper/search?q=${encodeURIComponent(held)}`);
    await expect(page.getByTestId("epaper-search-count")).toHaveText(`没有找到含「${held}」的稿件`);
    await expect(page.getByTestId("epaper-search-hit")).toHaveCount(0);
    const json = async (q: string, more = "") => page.request.get(`/epaper/search.json?q=${encodeURIComponent(q)}${more}`);
    expect(await (await json(held)).json()).toMatchObject({ total: 0, hits: [] });
    expect(await (await json(shown)).json()).toMatchObject({ total: 1, hits: [{ id: released, date: desk.date, url: `/epaper/${desk.date}/article/${released}` }] });
    const desk2 = await (await (await api.as("liqiang")).get(`/api/search?q=${encodeURIComponent(held)}`)).json();
    expect(desk2.hits.map((h: { id: number }) => h.id)).toEqual([signedOnly]);

    // limits: a query too long, a page out of range — clear errors, nothing searched
    const long = await page.goto(`/epaper/search?q=${"聊".repeat(101)}`);
    expect(long!.status()).toBe(400);
    await expect(page.getByTestId("epaper-search-error")).toHaveText("检索词最多 100 个字");
    const deep = await page.goto(`/epaper/search?q=${encodeURIComponent(shown)}&p=51`);
    expect(deep!.status()).toBe(400);
    await expect(page.getByTestId("epaper-search-error")).toHaveText("页码须是 1 到 50 之间的整数");
    const bad = await json(shown, "&p=0");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.message).toContain("页码");
    expect((await json("")).status()).toBe(400);
  });

  test("a date range keeps its own editions: a released story of another date is left out", async ({ page, api, desk }) => {
    // the seed story's words (聊城28人入选省科普专家人才库, released 2019-01-09) in a story of this test's edition, released too
    const words = "科普专家人才库";
    const approved: [Login, string][] = [["liqiang", "file"], ["liqiang", "pass"], ["chief", "approve"]];
    const ours = await storyWith(api, desk, { word: `${words}${tag()}`, byline: "李梦", steps: approved });
    const out = await pageWith(desk, "检索日期", [ours], "signed");
    const release = await (await api.as("chief")).post(`/api/pages/${out.id}/transitions`, { data: { action: "release" } });
    expect(release.status(), await release.text()).toBe(200);

    const json = async (more: string) => page.request.get(`/epaper/search.json?q=${encodeURIComponent(words)}${more}`);
    const dated = async (more: string) => {
      const res = await json(more);
      expect(res.status(), await res.text()).toBe(200);
      return (await res.json()).hits as { id: number; date: string }[];
    };
    const onOurs = await dated(`&from=${desk.date}&to=${desk.date}`);
    expect(onOurs.map((h) => h.id)).toEqual([ours]);
    const onSeed = await dated(`&from=${SEED_DATE}&to=${SEED_DATE}`);
    expect(onSeed.length).toBeGreaterThan(0);
    expect(onSeed.every((h) => h.date === SEED_DATE)).toBe(true);
    expect(onSeed.map((h) => h.id)).not.toContain(ours);
    expect((await (await json(`&from=${desk.date}&to=${desk.date}`)).json())).toMatchObject({ from: desk.date, to: desk.date, total: 1 });

    // the page: two date inputs beside the box; the seed's story is there until the range is set
    await page.goto(`/epaper/search?q=${encodeURIComponent(words)}&to=${SEED_DATE}`);
    const seedHit = page.getByTestId("epaper-search-hit").filter({ has: page.locator(`a[href^="/epaper/${SEED_DATE}/article/"]`) });
    await expect(seedHit.first()).toBeVisible();
    await page.getByLabel("起始日期").fill(desk.date);
    await page.getByLabel("结束日期").fill(desk.date);
    await page.getByRole("button", { name: "检索" }).last().click();
    await expect(page).toHaveURL(new RegExp(`from=${desk.date}&to=${desk.date}`));
    await expect(page.getByTestId("epaper-search-count")).toHaveText(`「${words}」共找到 1 篇`);
    await expect(page.getByTestId("epaper-search-hit").getByRole("link")).toHaveAttribute("href", `/epaper/${desk.date}/article/${ours}`);
    await expect(seedHit).toHaveCount(0);
    await expect(page.getByLabel("起始日期")).toHaveValue(desk.date);

    // a bad date or a backwards range: 400 with the reason, on the page and in the JSON
    const bad = await page.goto(`/epaper/search?q=${encodeURIComponent(words)}&from=2019-13-01`);
    expect(bad!.status()).toBe(400);
    await expect(page.getByTestId("epaper-search-error")).toHaveText("起始日期: 不是有效的日期");
    const backwards = await json("&from=2019-02-01&to=2019-01-31");
    expect(backwards.status()).toBe(400);
    expect((await backwards.json()).error.message).toContain("起始日期不能晚于结束日期");
    expect((await json("&to=2019-1-9")).status()).toBe(400);

    for (const [w, h] of [
      [1440, 900],
      [390, 844],
    ]) {
      await page.setViewportSize({ width: w, height: h });
      await page.goto(`/epaper/search?q=${encodeURIComponent(words)}&from=${desk.date}&to=${desk.date}`);
      await expect(page.getByTestId("epaper-search-count")).toBeVisible();
      await page.screenshot({ path: `test-results/screens/epaper-search-dates-${w}x${h}.png`, fullPage: true });
    }
  });
});
