import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Api } from "./fixtures";
import type { Desk } from "./desk";
import { expect, SEED_DATE, SEED_HEADLINES, test } from "./fixtures";

/**
 * The e-paper's RSS 2.0 and Atom feeds (docs/FEEDS.md), read without a session: the seed edition is in
 * them; a story of a page that is signed but not released is in none until the page is released. Each
 * test makes its own pages (with page names of its own) and never touches the seed edition.
 */

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", parseTagValue: false, isArray: (name) => ["item", "entry", "category", "author", "dc:creator"].includes(name) });

interface Item {
  title: string;
  link: string;
  category: string[];
}
interface Entry {
  id: string;
  title: string;
  category: { "@term": string }[];
}

async function feed(api: Api, path: string, type: "rss" | "atom"): Promise<{ items: (Item | Entry)[]; etag: string; channel: Record<string, unknown> }> {
  const res = await (await api.as("anonymous")).get(path);
  expect(res.status(), path).toBe(200);
  expect(res.headers()["content-type"]).toBe(`application/${type}+xml; charset=utf-8`);
  const xml = await res.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = parser.parse(xml);
  const channel = type === "rss" ? doc.rss.channel : doc.feed;
  return { items: (type === "rss" ? channel.item : channel.entry) ?? [], etag: res.headers()["etag"], channel };
}

const linksOf = (items: (Item | Entry)[]) => items.map((i) => ("id" in i ? i.id : i.link));
const articleLink = (date: string, id: number) => expect.stringMatching(new RegExp(`^https?://[^/]+/epaper/${date}/article/${id}$`));

async function pageWith(api: Api, desk: Desk, headline: string, name: string, state: "signed" | "released") {
  const story = await desk.storyLike(headline, "approved");
  let page = await desk.page({ name, state: "layout" });
  const head = page.elements.map((e) => e as { topLine: number; heightLines: number }).filter((e) => e.topLine <= 20);
  const topLine = Math.max(0, ...head.map((e) => e.topLine + e.heightLines - 1)) + 1;
  page = await desk.layOut(page, [{ storyId: story.id, firstColumn: 1, columnSpan: 4, topLine }]);
  page = await desk.advance(page, "signed");
  if (state === "released") await release(api, page.id);
  return { page, story };
}

async function release(api: Api, pageId: number) {
  const res = await (await api.as("chief")).post(`/api/pages/${pageId}/transitions`, { data: { action: "release" } });
  expect(res.status(), await res.text()).toBe(200);
}

test.describe("the e-paper's feeds", () => {
  test("carry the seed edition's stories, newest edition first, in RSS and Atom, whole and for 聊城新闻", async ({ api }) => {
    for (const type of ["rss", "atom"] as const) {
      for (const path of [`/epaper/feed.${type}`, `/epaper/feed/${encodeURIComponent("聊城新闻")}.${type}`]) {
        const { items, channel } = await feed(api, path, type);
        // The seed edition is the newest released one (the tests' own editions are dated before it).
        const seed = items.filter((i) => linksOf([i])[0].includes(`/epaper/${SEED_DATE}/article/`));
        expect(seed.map((i) => i.title).filter((t) => !t.startsWith("图片新闻")), path).toEqual(SEED_HEADLINES);
        expect(items.slice(0, seed.length)).toEqual(seed);
        for (const i of seed) expect(type === "rss" ? (i as Item).category : (i as Entry).category.map((c) => c["@term"])).toEqual(["聊城新闻"]);
        expect(channel.title).toContain(path.includes("/feed/") ? "大众日报数字报·聊城新闻" : "大众日报数字报");
      }
    }
  });

  test("are found from an e-paper page (autodiscovery links)", async ({ page }) => {
    await page.goto(`/epaper/${SEED_DATE}/1`);
    for (const type of ["rss", "atom"] as const) {
      const href = await page.locator(`head link[rel="alternate"][type="application/${type}+xml"]`).getAttribute("href");
      expect(href).toBe(`/epaper/feed.${type}`);
      const res = await page.request.get(href!);
      expect(res.headers()["content-type"]).toBe(`application/${type}+xml; charset=utf-8`);
    }
  });

  test("leave out a story until its page is released, then carry it on the page's own feed; ETags answer 304", async ({ api, desk }) => {
    const suffix = desk.date.replaceAll("-", "");
    const shown = await pageWith(api, desk, SEED_HEADLINES[2], `订阅${suffix}`, "released");
    const held = await pageWith(api, desk, SEED_HEADLINES[3], `待印${suffix}`, "signed");
    const heldFeed = (type: string) => `/epaper/feed/${encodeURIComponent(held.page.name)}.${type}`;

    for (const type of ["rss", "atom"] as const) {
      const own = await feed(api, `/epaper/feed/${encodeURIComponent(shown.page.name)}.${type}`, type);
      expect(linksOf(own.items)).toEqual([articleLink(desk.date, shown.story.id)]);
      expect(own.items[0].title).toBe(SEED_HEADLINES[2]);

      const whole = await feed(api, `/epaper/feed.${type}`, type);
      expect(linksOf(whole.items).filter((l) => l.endsWith(`/article/${held.story.id}`))).toEqual([]);
      const anonymous = await api.as("anonymous");
      expect((await anonymous.get(heldFeed(type))).status()).toBe(404);

      const again = await anonymous.get(`/epaper/feed.${type}`, { headers: { "If-None-Match": whole.etag } });
      expect(again.status()).toBe(304);
    }

    await release(api, held.page.id);
    for (const type of ["rss", "atom"] as const) {
      const now = await feed(api, heldFeed(type), type);
      expect(linksOf(now.items)).toEqual([articleLink(desk.date, held.story.id)]);
    }
  });
});
