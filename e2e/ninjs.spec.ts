import type { Desk } from "./desk";
import { expect, test, SEED_DATE, SEED_HEADLINES, type Api } from "./fixtures";
import { ninjsErrors } from "../lib/exchange/__schema__/validate-ninjs";

/**
 * ninjs 2.1 (docs/EXCHANGE.md): the staff API's document of a published story and the public e-paper's
 * ninjs.json of released stories and editions, each validated against IPTC's official schema. The seed
 * edition is only read; what is not released is made on the spec's own edition.
 */

type Doc = { uri: string; type: string; pubstatus?: string; headlines?: { role?: string; value: string }[]; bodies?: { contenttype?: string; charcount?: number }[]; renditions?: { href: string }[]; associations?: (Doc & { name: string })[] };
const idOf = (uri: string) => Number(uri.split(":").pop());

async function json(res: { status(): number; text(): Promise<string>; headers(): Record<string, string> }, status = 200): Promise<Doc> {
  const text = await res.text();
  expect(res.status(), text).toBe(status);
  expect(res.headers()["content-type"]).toBe("application/json; charset=utf-8");
  const doc = JSON.parse(text) as Doc;
  expect(ninjsErrors(doc)).toEqual([]);
  return doc;
}

/** A page of the spec's own edition with these stories, laid out and signed (and released unless said). */
async function pageWith(api: Api, desk: Desk, headline: string, release: boolean) {
  const story = await desk.storyLike(headline, "approved");
  let page = await desk.page({ name: release ? "交换版" : "未付印", state: "layout" });
  const head = page.elements.map((e) => e as { topLine: number; heightLines: number }).filter((e) => e.topLine <= 20);
  const topLine = Math.max(0, ...head.map((e) => e.topLine + e.heightLines - 1)) + 1;
  page = await desk.layOut(page, [{ storyId: story.id, firstColumn: 1, columnSpan: 4, topLine }]);
  page = await desk.advance(page, "signed");
  if (release) {
    const res = await (await api.as("chief")).post(`/api/pages/${page.id}/transitions`, { data: { action: "release" } });
    expect(res.status(), await res.text()).toBe(200);
  }
  return { story, page };
}

test.describe("ninjs", () => {
  test("the released seed edition: its package, each story public and for staff, all valid ninjs 2.1", async ({ api }) => {
    const anonymous = await api.as("anonymous");
    const edition = await json(await anonymous.get(`/epaper/${SEED_DATE}/ninjs.json`));
    expect(edition.type).toBe("composite");
    const pages = edition.associations!;
    expect(pages.length).toBeGreaterThan(0);
    const storyDocs = pages.flatMap((p) => p.associations!);
    expect(storyDocs.map((s) => s.headlines![0].value)).toEqual(expect.arrayContaining(SEED_HEADLINES.slice(0, 3)));

    const first = storyDocs[0];
    const id = idOf(first.uri);
    const publicDoc = await json(await anonymous.get(`/epaper/${SEED_DATE}/article/${id}/ninjs.json`));
    expect(publicDoc).toEqual({ ...first, name: undefined });
    expect(publicDoc.renditions![0].href).toMatch(new RegExp(`/epaper/${SEED_DATE}/article/${id}$`));

    const staffDoc = await json(await (await api.as("limeng")).get(`/api/ninjs/stories/${id}`));
    expect(staffDoc.uri).toBe(first.uri);
    expect(staffDoc.pubstatus).toBe("usable");
    expect(staffDoc.headlines).toEqual(first.headlines);
    const story = (await (await (await api.as("liqiang")).get(`/api/stories/${id}`)).json()).story as { length: number; headline: string };
    expect(staffDoc.headlines![0].value).toBe(story.headline);
    expect(staffDoc.bodies!.map((b) => b.charcount)).toEqual([story.length, story.length]);
  });

  test("only what is released is public; a story not yet published has no staff document either", async ({ api, desk }) => {
    const shown = await pageWith(api, desk, SEED_HEADLINES[4], true);
    const signed = await pageWith(api, desk, SEED_HEADLINES[3], false);
    const anonymous = await api.as("anonymous");

    const edition = await json(await anonymous.get(`/epaper/${desk.date}/ninjs.json`));
    const ids = edition.associations!.flatMap((p) => p.associations!.map((s) => idOf(s.uri)));
    expect(ids).toEqual([shown.story.id]);
    await json(await anonymous.get(`/epaper/${desk.date}/article/${shown.story.id}/ninjs.json`));

    // cached like the e-paper's HTML: a strong ETag, 304 on If-None-Match
    const articlePath = `/epaper/${desk.date}/article/${shown.story.id}/ninjs.json`;
    const first = await anonymous.get(articlePath);
    expect(first.headers()["cache-control"]).toBe("public, max-age=3600, stale-while-revalidate=86400");
    expect((await anonymous.get(`/epaper/${desk.date}/ninjs.json`)).headers()["cache-control"]).toBe("public, max-age=300, stale-while-revalidate=3600");
    const again = await anonymous.get(articlePath, { headers: { "If-None-Match": first.headers()["etag"] } });
    expect(again.status()).toBe(304);

    for (const path of [`/epaper/${desk.date}/article/${signed.story.id}/ninjs.json`, `/epaper/${SEED_DATE}/article/${shown.story.id}/ninjs.json`, `/epaper/1999-12-31/ninjs.json`])
      expect((await anonymous.get(path)).status(), path).toBe(404);

    const editor = await api.as("liqiang");
    expect((await editor.get(`/api/ninjs/stories/${signed.story.id}`)).status()).toBe(409);
    expect((await editor.get(`/api/ninjs/stories/987654321`)).status()).toBe(404);
    expect((await anonymous.get(`/api/ninjs/stories/${signed.story.id}`)).status()).toBe(401);
  });
});
