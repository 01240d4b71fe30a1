import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importPost } from "../api/import-schemas";
import { PAGE_TEXT_MAX_BYTES } from "./encoding";
import { bytesToBase64, importItemsOf, initialDrafts, toggleRole } from "./import-draft";
import { creditsByPerson, importSlug, previewItems } from "./import-preview";
import { parsePageText } from "./parse";

const page = parsePageText(readFileSync(path.join(import.meta.dirname, "__corpus__", "tebie-2019-01-11.txt"), "utf8"));
const items = previewItems(page);

describe("import preview rows", () => {
  it("lists each person once with every role: ■ 文/图 本报记者 王强", () => {
    const feature = items.find((i) => i.headline === "一个人的坚守")!;
    expect(feature.people).toEqual([{ name: "王强", roles: ["reporter", "photographer"] }]);
    expect(feature.storyKind).toBe("article");
    expect(feature.paragraphCount).toBe(feature.paragraphs.length);
    expect(feature.zi).toBeGreaterThan(300);
    expect(feature.warnings.map((w) => w.code)).toEqual(["crosshead", "crosshead"]);
  });

  it("does not import ads and furniture", () => {
    expect(items.filter((i) => i.storyKind === null).map((i) => i.kind)).toEqual(["furniture", "ad", "furniture"]);
    expect(initialDrafts(items).filter((d) => d === null)).toHaveLength(3);
  });

  it("groups a person's roles in order and drops repeats", () => {
    expect(creditsByPerson([{ name: "甲", role: "reporter" }, { name: "乙", role: "credit" }, { name: "甲", role: "photographer" }, { name: "甲", role: "reporter" }])).toEqual([
      { name: "甲", roles: ["reporter", "photographer"] },
      { name: "乙", roles: ["credit"] },
    ]);
  });

  it("names a story by its headline, kicker, or the start of its text", () => {
    expect(importSlug({ headline: "标题", kicker: "引题", body: [] }, "article")).toBe("标题");
    expect(importSlug({ headline: null, kicker: "引题", body: [] }, "article")).toBe("引题");
    expect(importSlug({ headline: null, kicker: null, body: ["1月11日，聊城市民在东昌湖畔观赏冬日美景。"] }, "photo")).toBe("图片新闻：1月11日，聊城市民在东昌湖畔观");
  });
});

describe("the confirm body", () => {
  it("carries the included stories with the editor's kind, headline and roles, and validates", () => {
    const drafts = initialDrafts(items);
    const photo = items.findIndex((i) => i.headline === "冬季长跑迎新春");
    const feature = items.findIndex((i) => i.headline === "一个人的坚守");
    const farm = items.findIndex((i) => i.headline === "特色产业让农民鼓起“钱袋子”");
    drafts[photo] = { ...drafts[photo]!, kind: "brief", headline: "  冬季长跑 " };
    drafts[feature] = toggleRole(drafts[feature]!, "王强", "photographer");
    drafts[farm] = { ...drafts[farm]!, include: false };
    const body = importItemsOf(items, drafts);
    expect(body.map((b) => [b.kind, b.content.headline])).toEqual([
      ["article", "一个人的坚守"],
      ["brief", "冬季长跑"],
    ]);
    expect(body[0].content.bylines).toEqual([{ name: "王强", role: "reporter" }]);
    expect(body[0].content.sidebars[0].title).toBe("记者手记");
    expect(importPost.safeParse({ fileName: "tebie.txt", pageNumber: 3, items: body }).success).toBe(true);
  });

  it("keeps the last role of a person: a byline person always has one", () => {
    const [draft] = initialDrafts(items.filter((i) => i.headline === "冬季长跑迎新春"));
    expect(toggleRole(draft!, "孙亚飞", "photographer").people).toEqual([{ name: "孙亚飞", roles: ["photographer"] }]);
    expect(toggleRole(draft!, "孙亚飞", "reporter").people).toEqual([{ name: "孙亚飞", roles: ["photographer", "reporter"] }]);
  });

  it("refuses a body whose items have neither headline nor text, or none at all", () => {
    const empty = { kind: "article", continues: false, content: { kicker: null, headline: " ", subheadline: null, dateline: null, body: [], sidebars: [], bylines: [] } };
    expect(importPost.safeParse({ fileName: "a.txt", pageNumber: null, items: [empty] }).success).toBe(false);
    expect(importPost.safeParse({ fileName: "a.txt", pageNumber: null, items: [] }).success).toBe(false);
    expect(importPost.safeParse({ fileName: "a.doc", pageNumber: null, items: importItemsOf(items, initialDrafts(items)) }).success).toBe(false);
  });
});

describe("bytesToBase64", () => {
  it("encodes a file of the largest size the import takes as Node does", () => {
    const bytes = new Uint8Array(PAGE_TEXT_MAX_BYTES).map((_, i) => (i * 7) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });
});
