import { describe, expect, it } from "vitest";
import { editionToNinjs, htmlBodyOf, isoWithOffset, plainBodyOf, storyToNinjs, type NinjsStorySource } from "./ninjs";
import { ninjsErrors } from "./__schema__/validate-ninjs";

const story: NinjsStorySource = {
  id: 7,
  publicationId: 1,
  publication: "聊城日报",
  timeZone: "Asia/Shanghai",
  status: "published",
  kind: "article",
  slug: "党建",
  kicker: "引题",
  headline: "主标题 <b>&",
  subheadline: "副题",
  dateline: "本报讯",
  section: "要闻",
  body: ["第一段。", "第二段 5G <script>"],
  sidebars: [{ title: "链接", paragraphs: ["边栏一段。"] }],
  bylines: [
    { name: "李梦", role: "reporter" },
    { name: "宋宇", role: "correspondent" },
  ],
  version: 3,
  createdAt: "2019-01-08T14:10:05.123Z",
  updatedAt: "2019-01-08T16:00:00.000Z",
  corrections: [],
};

describe("storyToNinjs", () => {
  it("is valid ninjs 2.1 and maps every field", () => {
    const doc = storyToNinjs(story);
    expect(ninjsErrors(doc)).toEqual([]);
    expect(doc).toMatchObject({
      uri: "urn:newsdesk:1:story:7",
      type: "text",
      language: "zh-CN",
      pubstatus: "usable",
      firstcreated: "2019-01-08T22:10:05+08:00",
      versioncreated: "2019-01-09T00:00:00+08:00",
      located: "本报讯",
      by: "本报记者 李梦 本报通讯员 宋宇",
      people: [
        { name: "李梦", rel: "reporter" },
        { name: "宋宇", rel: "correspondent" },
      ],
      subjects: [{ name: "要闻", rel: "section" }],
    });
    expect(doc.headlines).toEqual([
      { role: "main", contenttype: "text/plain", value: "主标题 <b>&" },
      { role: "kicker", contenttype: "text/plain", value: "引题" },
      { role: "sub", contenttype: "text/plain", value: "副题" },
    ]);
    // 字数: 4 + 5 (5G counts as one) + … the sidebar counts too
    expect(doc.bodies!.map((b) => b.contenttype)).toEqual(["text/plain", "text/html"]);
    expect(doc.bodies![0].charcount).toBe(doc.bodies![1].charcount);
    expect(doc.bodies![0].charcount).toBeGreaterThan(10);
    expect(doc.associations).toBeUndefined();
  });

  it("a correction is a description of its own and the document's last change", () => {
    const doc = storyToNinjs({ ...story, corrections: [{ note: "第二段人名更正为李梦。", createdAt: "2019-01-10T02:00:00.000Z" }] });
    expect(ninjsErrors(doc)).toEqual([]);
    expect(doc.descriptions).toEqual([{ role: "correction", contenttype: "text/plain", value: "第二段人名更正为李梦。" }]);
    expect(doc.versioncreated).toBe("2019-01-10T10:00:00+08:00");
    expect(storyToNinjs(story)).not.toHaveProperty("descriptions");
  });

  it("escapes the HTML body and keeps the sidebars", () => {
    expect(htmlBodyOf(story)).toBe("<p>第一段。</p><p>第二段 5G &lt;script&gt;</p><aside><h2>链接</h2><p>边栏一段。</p></aside>");
    expect(plainBodyOf(story)).toBe("第一段。\n第二段 5G <script>\n\n链接\n边栏一段。");
  });

  it("a photo-news story carries its picture as an association; spiked is canceled", () => {
    const doc = storyToNinjs({ ...story, kind: "photo", status: "spiked", bylines: [{ name: "王兆锋", role: "photographer" }], sidebars: [] });
    expect(ninjsErrors(doc)).toEqual([]);
    expect(doc.pubstatus).toBe("canceled");
    expect(doc.associations).toEqual([
      expect.objectContaining({ name: "photo", uri: "urn:newsdesk:1:story:7:photo", type: "picture", by: "王兆锋 报道", descriptions: [{ role: "caption", contenttype: "text/plain", value: "第一段。\n第二段 5G <script>" }] }),
    ]);
  });

  it("a story with no text beyond a slug is still valid (nothing empty is written)", () => {
    const doc = storyToNinjs({ ...story, kicker: null, headline: null, subheadline: null, dateline: null, section: null, body: [], sidebars: [], bylines: [] });
    expect(ninjsErrors(doc)).toEqual([]);
    expect(doc.headlines).toEqual([{ role: "main", contenttype: "text/plain", value: "党建" }]);
    expect(doc).not.toHaveProperty("by");
    expect(doc).not.toHaveProperty("located");
  });
});

describe("editionToNinjs", () => {
  it("groups stories by page as composite items, valid against the schema", () => {
    const doc = editionToNinjs({
      publicationId: 1,
      publication: "聊城日报",
      timeZone: "Asia/Shanghai",
      date: "2019-01-09",
      epaperUrl: "https://paper.example/epaper/2019-01-09",
      pages: [
        { number: 1, name: "聊城新闻", stories: [story, { ...story, id: 8, updatedAt: "2019-01-08T17:00:00.000Z" }] },
        { number: 2, name: "综合", stories: [] },
      ],
    });
    expect(ninjsErrors(doc)).toEqual([]);
    expect(doc.uri).toBe("urn:newsdesk:1:edition:2019-01-09");
    expect(doc.versioncreated).toBe("2019-01-09T01:00:00+08:00");
    expect(doc.associations!.map((p) => [p.name, p.uri, p.associations!.map((s) => s.name)])).toEqual([
      ["page-1", "urn:newsdesk:1:edition:2019-01-09:page:1", ["story-7", "story-8"]],
      ["page-2", "urn:newsdesk:1:edition:2019-01-09:page:2", []],
    ]);
  });
});

describe("the schema check itself", () => {
  it("reports every error: a wrong pubstatus, an unknown field, a bad date", () => {
    const errors = ninjsErrors({ ...storyToNinjs(story), pubstatus: "published", headline: "x", versioncreated: "2019-01-09 08:00" });
    expect(errors).toHaveLength(3);
    expect(errors.join("\n")).toMatch(/pubstatus/);
    expect(errors.join("\n")).toMatch(/headline/);
    expect(errors.join("\n")).toMatch(/versioncreated/);
  });
});

describe("isoWithOffset", () => {
  it("writes the publication's wall clock with its offset", () => {
    expect(isoWithOffset("2019-01-08T16:00:00.000Z", "Asia/Shanghai")).toBe("2019-01-09T00:00:00+08:00");
    expect(isoWithOffset("2019-07-01T12:00:00Z", "America/New_York")).toBe("2019-07-01T08:00:00-04:00");
    expect(isoWithOffset("2019-01-01T00:00:00Z", "Asia/Kolkata")).toBe("2019-01-01T05:30:00+05:30");
  });
});
