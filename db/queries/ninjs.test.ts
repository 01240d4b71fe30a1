import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { editionToNinjs, storyToNinjs } from "@/lib/exchange/ninjs";
import { ninjsErrors } from "@/lib/exchange/__schema__/validate-ninjs";
import { stories } from "../schema";
import { makeSeededDb } from "../test-db";
import { correctStory } from "../commands/correct-story";
import { createStory } from "../commands/create-story";
import { getNinjsStorySource, getReleasedNinjsEditionSource, getReleasedNinjsStorySource } from "./ninjs";
import { getStoryById } from "./stories";

const SEED = "2019-01-09";
let t: ReturnType<typeof makeSeededDb>;
beforeAll(() => {
  t = makeSeededDb();
});
afterAll(() => t.close());

const publishedIds = () =>
  t.db
    .select({ id: stories.id })
    .from(stories)
    .where(eq(stories.status, "published"))
    .all()
    .map((r) => r.id);

describe("ninjs documents of the seed, through the routes' queries", () => {
  it("every published story of the seed validates against the ninjs 2.1 schema and carries its real text", () => {
    const ids = publishedIds();
    expect(ids.length).toBeGreaterThan(5);
    const kinds = new Set<string>();
    for (const id of ids) {
      const source = getNinjsStorySource(t.db, { id })!;
      const doc = storyToNinjs(source);
      expect(ninjsErrors(doc), `story ${id}`).toEqual([]);
      const story = getStoryById(t.db, { id })!;
      expect(doc.pubstatus).toBe("usable");
      expect(doc.headlines![0]).toEqual({ role: "main", contenttype: "text/plain", value: story.headline ?? story.slug });
      // charcount is the 字数 the budget shows for the story
      expect(doc.bodies!.map((b) => b.charcount)).toEqual([story.length, story.length]);
      expect(doc.people ?? []).toEqual(story.bylines.map((b) => ({ name: b.name, rel: b.role })));
      for (const b of story.bylines) expect(doc.by).toContain(b.name);
      if (story.dateline) expect(doc.located).toBe(story.dateline);
      for (const p of story.body) expect(doc.bodies![0].value).toContain(p);
      kinds.add(story.kind);
      if (story.kind === "photo") expect(doc.associations).toEqual([expect.objectContaining({ name: "photo", type: "picture" })]);
      else expect(doc.associations).toBeUndefined();
    }
    // the seed has a 图片新闻: its picture association was checked above
    expect([...kinds].sort()).toEqual(["article", "photo"]);
  });

  it("the released edition is one package: its released pages, each story once under its page, all valid", () => {
    const source = getReleasedNinjsEditionSource(t.db, { date: SEED })!;
    const doc = editionToNinjs(source);
    expect(ninjsErrors(doc)).toEqual([]);
    expect(doc.type).toBe("composite");
    const pages = doc.associations!;
    expect(pages.map((p) => p.name)).toEqual(source.pages.map((p) => `page-${p.number}`));
    const storyUris = pages.flatMap((p) => p.associations!.map((s) => s.uri));
    expect(new Set(storyUris).size).toBe(storyUris.length);
    expect(storyUris.length).toBeGreaterThan(5);
    // the page's stories are the released story documents themselves
    const first = pages[0].associations![0];
    const id = Number(first.uri.split(":").pop());
    const { name: _name, ...alone } = first;
    expect(alone).toEqual(storyToNinjs(getReleasedNinjsStorySource(t.db, { date: SEED, storyId: id })!));
  });

  it("a story not on a released page is not public; the staff source has it, withheld", () => {
    const draft = createStory(t.db, { editionDate: SEED, slug: "未见报的稿", kind: "article", actor: t.users.editor });
    expect(getReleasedNinjsStorySource(t.db, { date: SEED, storyId: draft.id })).toBeUndefined();
    const staff = getNinjsStorySource(t.db, { id: draft.id })!;
    expect(staff.status).not.toBe("published");
    expect(storyToNinjs(staff).pubstatus).toBe("withheld");
    expect(getReleasedNinjsEditionSource(t.db, { date: SEED })!.pages.flatMap((p) => p.stories.map((s) => s.id))).not.toContain(draft.id);
    expect(getReleasedNinjsEditionSource(t.db, { date: "2019-01-10" })).toBeUndefined();
    expect(getNinjsStorySource(t.db, { id: 999_999 })).toBeUndefined();
  });

  it("a correction after release reaches the story's document and the edition's", () => {
    const id = publishedIds()[0];
    correctStory(t.db, { storyId: id, note: "本文第二段人名有误，特此更正。", actor: t.users.chief });
    const doc = storyToNinjs(getReleasedNinjsStorySource(t.db, { date: SEED, storyId: id })!);
    expect(ninjsErrors(doc)).toEqual([]);
    expect(doc.descriptions).toEqual([{ role: "correction", contenttype: "text/plain", value: "本文第二段人名有误，特此更正。" }]);
    const inEdition = editionToNinjs(getReleasedNinjsEditionSource(t.db, { date: SEED })!).associations!.flatMap((p) => p.associations!).find((s) => s.uri === doc.uri)!;
    expect(inEdition.descriptions).toEqual(doc.descriptions);
    expect(storyToNinjs(getNinjsStorySource(t.db, { id })!).descriptions).toEqual(doc.descriptions);
  });
});
