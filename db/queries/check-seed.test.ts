/**
 * 机检 on the seed: the page was printed as it was, and the starter lists must not flag its correct text.
 * What the checker finds there is shown to the desk — this pins exactly that.
 */
import { asc, eq, inArray } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { checkFields, storyCheckFields } from "@/lib/check";
import { makeSeededDb } from "../test-db";
import { sidebars, stories } from "../schema";
import { loadCompiledCheckLists } from "./check-lists";

const seeded = makeSeededDb();
afterAll(() => seeded.close());

describe("the checker over the seed stories with the starter lists", () => {
  const { db } = seeded;
  const all = db.select().from(stories).orderBy(asc(stories.id)).all();
  const side = db.select().from(sidebars).where(inArray(sidebars.storyId, all.map((s) => s.id))).orderBy(asc(sidebars.position)).all();
  const lists = loadCompiledCheckLists(db);
  const findings = all.map((s) => ({
    headline: s.headline,
    found: checkFields(storyCheckFields({ ...s, sidebars: side.filter((x) => x.storyId === s.id) }), lists).map((f) => `${f.rule} ${f.field}[${f.paragraph}] ${f.text} → ${f.suggestion}`),
  }));

  it("loads the starter lists (the word lists are not empty)", () => {
    expect(lists.size).toBeGreaterThanOrEqual(200);
  });

  it("no word-list entry flags the seed's text", () => {
    const listed = findings.flatMap((s) => s.found).filter((f) => /^(banned|caution|typo|preferred) /.test(f));
    expect(listed).toEqual([]);
  });

  // What the page printed with: half-width ( ) around 首批 and 电视 (GB/T 15834 wants （）), and 开展开展 — a
  // real slip. Not found any more (and so pinned here): 聊城市城市管理局 (a place name's 市 and 城市管理局) and
  // the “ left open at the end of 最后百米, which continues on another page (转版).
  it("finds exactly what the printed page has", () => {
    expect(findings.filter((s) => s.found.length > 0)).toMatchInlineSnapshot(`
      [
        {
          "found": [
            "halfwidthPunct body[0] ( → （",
            "halfwidthPunct body[0] ) → ）",
            "repeatedWord body[2] 开展 → ",
          ],
          "headline": "聊城28人入选省科普专家人才库",
        },
        {
          "found": [
            "halfwidthPunct body[0] ( → （",
            "halfwidthPunct body[0] ) → ）",
            "halfwidthPunct body[2] ( → （",
            "halfwidthPunct body[2] ) → ）",
          ],
          "headline": "全省宪法知识大赛 聊城代表队获佳绩",
        },
      ]
    `);
  });

  it("the seed stories are all there", () => {
    expect(all.length).toBe(db.select().from(stories).where(eq(stories.editionId, all[0].editionId)).all().length);
  });
});
