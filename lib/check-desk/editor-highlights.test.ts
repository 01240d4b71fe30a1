import { describe, expect, it } from "vitest";
import { checkFields, compileCheckLists, storyCheckFields } from "@/lib/check";
import { contentFromFields, type EditorFields } from "@/lib/story-draft";
import { editorHighlights, highlightSegments, rangesAtCaret, sameRanges, savedTextHighlights, type HighlightMark, type HighlightRange } from "./editor-highlights";
import { withDismissals } from "./finding-status";

const fields = (over: Partial<EditorFields> = {}): EditorFields => ({
  kicker: "",
  headline: "",
  subheadline: "",
  dateline: "",
  bodyText: "",
  sidebars: [],
  bylines: [],
  ...over,
});

// A 错别字 of the starter list and half-width punctuation beside Han characters, as the seed's 聊城 stories have it.
const lists = compileCheckLists([{ list: "typo", term: "一股作气", replacement: "一鼓作气", note: null }]);
const check = (f: EditorFields, dismissed: string[] = []) =>
  withDismissals(
    checkFields(storyCheckFields(contentFromFields(f)), lists),
    dismissed.map((key) => ({ key, kind: "dismiss" as const })),
  );
const highlight = (f: EditorFields, marks: HighlightMark[] = [], dismissed: string[] = [], findings = check(f, dismissed)) => editorHighlights(f, contentFromFields(f), findings, marks);
const textOf = (value: string, r: HighlightRange) => value.slice(r.start, r.end);

const mark = (over: Partial<HighlightMark>): HighlightMark => ({ id: 1, state: "open", field: "body", paragraph: 0, offset: 0, marked: "", ...over });

describe("editorHighlights", () => {
  it("puts each open finding and mark on its control at the text as typed (blank lines and the typed indent kept)", () => {
    const f = fields({
      headline: "  聊城28人入选省科普专家人才库(首批)",
      bodyText: "本报聊城讯 近日，东昌府区推开代办员制度。\n\n　　村干部一股作气办完了手续。",
      sidebars: [{ title: "相关链接", text: "群众办事,不出村。" }],
    });
    const { controls, staleMarks } = highlight(f, [mark({ id: 7, paragraph: 0, offset: 6, marked: "近日" })]);
    const head = controls.get("headline")!;
    expect(head.map((r) => [r.kind, textOf(f.headline, r)])).toEqual([
      ["warn", "("],
      ["warn", ")"],
    ]);
    const body = controls.get("body")!;
    expect(body.map((r) => [r.id.split(":")[0], r.kind, textOf(f.bodyText, r)])).toEqual([
      ["mark", "mark", "近日"],
      ["finding", "warn", "一股作气"],
    ]);
    expect(textOf(f.sidebars[0].text, controls.get("sidebarBody:0")![0])).toBe(",");
    expect(staleMarks).toEqual([]);
  });

  it("does not highlight a dismissed warning, nor a mark already accepted or rejected", () => {
    const f = fields({ bodyText: "村干部一股作气办完了手续。" });
    const key = check(f).find((x) => x.rule === "typo")!.key;
    const { controls } = highlight(f, [mark({ id: 2, state: "accepted", offset: 0, marked: "村干部" })], [key]);
    expect(controls.get("body")).toBeUndefined();
  });

  it("follows a mark after an edit before its string, and lists it as stale once the string is gone", () => {
    const before = fields({ bodyText: "东昌府区推开代办员制度。\n群众办事不出村。" });
    const anchor = mark({ id: 3, paragraph: 1, offset: 2, marked: "办事" });
    expect(textOf(before.bodyText, highlight(before, [anchor]).controls.get("body")![0])).toBe("办事");

    const typed = fields({ bodyText: "东昌府区全面推开代办员制度。\n如今，群众办事不出村。" });
    const moved = highlight(typed, [anchor]).controls.get("body")![0];
    expect(moved.start).toBe(typed.bodyText.indexOf("办事"));
    expect(textOf(typed.bodyText, moved)).toBe("办事");

    const deleted = fields({ bodyText: "东昌府区推开代办员制度。\n群众不出村。" });
    const gone = highlight(deleted, [anchor]);
    expect(gone.controls.get("body")).toBeUndefined();
    expect(gone.staleMarks).toEqual([3]);
  });

  it("maps marks in the head fields through a typed leading space", () => {
    const f = fields({ kicker: "  全省宪法知识大赛" });
    const range = highlight(f, [mark({ id: 4, field: "kicker", offset: 2, marked: "宪法" })]).controls.get("kicker")![0];
    expect(textOf(f.kicker, range)).toBe("宪法");
  });

  it("drops a finding of the last check whose text has been typed away or shifted since, until the check runs again", () => {
    const checked = fields({ bodyText: "村干部一股作气办完了手续。" });
    const findings = check(checked);
    // typed before the finding: the old offsets no longer hold the finding's text
    const typed = fields({ bodyText: "如今村干部一股作气办完了手续。" });
    expect(highlight(typed, [], [], findings).controls.get("body")).toBeUndefined();
    // the check of the new text puts it back at its new place
    const again = highlight(typed).controls.get("body")![0];
    expect(textOf(typed.bodyText, again)).toBe("一股作气");
  });
});

describe("savedTextHighlights", () => {
  it("keys the server's findings and the re-anchored marks by field and paragraph", () => {
    const text = { kicker: null, headline: "代办员制度全面推开", subheadline: null, paragraphs: ["第一段。", "村干部一股作气办完了手续。"] };
    const findings = withDismissals(checkFields(storyCheckFields({ ...text, body: text.paragraphs, sidebars: [] }), lists), []);
    const places = savedTextHighlights(text, findings, [mark({ id: 5, field: "headline", offset: 0, marked: "代办员" }), mark({ id: 6, paragraph: 0, offset: 0, marked: "已删去" })]);
    expect(places.get("headline")!.map((r) => r.id)).toEqual(["mark:5"]);
    expect(places.get("body:1")!.map((r) => textOf(text.paragraphs[1], r))).toEqual(["一股作气"]);
    expect(places.has("body:0")).toBe(false);
  });
});

describe("highlightSegments", () => {
  const r = (id: string, start: number, end: number, kind: HighlightRange["kind"] = "warn"): HighlightRange => ({ id, kind, start, end });

  it("cuts the text at every boundary; overlapping ranges share the piece they both cover", () => {
    const finding = r("finding:a", 2, 6);
    const markRange = r("mark:1", 4, 8, "mark");
    const pieces = highlightSegments(10, [markRange, finding]);
    expect(pieces.map((p) => [p.start, p.end, p.ranges.map((x) => x.id)])).toEqual([
      [0, 2, []],
      [2, 4, ["finding:a"]],
      [4, 6, ["finding:a", "mark:1"]],
      [6, 8, ["mark:1"]],
      [8, 10, []],
    ]);
  });

  it("nests a range inside another and keeps identical ranges together", () => {
    const pieces = highlightSegments(6, [r("a", 0, 6), r("b", 2, 3), r("c", 2, 3, "mark")]);
    expect(pieces.map((p) => [p.start, p.end, p.ranges.map((x) => x.id).sort()])).toEqual([
      [0, 2, ["a"]],
      [2, 3, ["a", "b", "c"]],
      [3, 6, ["a"]],
    ]);
  });

  it("clips ranges to the text (a finding from text since shortened) and drops empty ones", () => {
    expect(highlightSegments(4, [r("a", 2, 9), r("b", 3, 3)]).map((p) => [p.start, p.end, p.ranges.length])).toEqual([
      [0, 2, 0],
      [2, 4, 1],
    ]);
    expect(highlightSegments(0, [])).toEqual([]);
    expect(highlightSegments(5, [])).toEqual([{ start: 0, end: 5, ranges: [] }]);
  });
});

describe("rangesAtCaret", () => {
  const a: HighlightRange = { id: "a", kind: "warn", start: 2, end: 8 };
  const b: HighlightRange = { id: "b", kind: "mark", start: 4, end: 6 };
  it("names the ranges the caret or the selection is inside of, the innermost first", () => {
    expect(rangesAtCaret([a, b], 5, 5).map((x) => x.id)).toEqual(["b", "a"]);
    expect(rangesAtCaret([a, b], 2, 2).map((x) => x.id)).toEqual(["a"]);
    expect(rangesAtCaret([a, b], 8, 8).map((x) => x.id)).toEqual(["a"]);
    expect(rangesAtCaret([a, b], 3, 7).map((x) => x.id)).toEqual(["a"]);
    expect(rangesAtCaret([a, b], 1, 1)).toEqual([]);
  });
});

describe("sameRanges", () => {
  it("tells a field's unchanged highlights from changed ones, typed elsewhere in the form", () => {
    const f = fields({ headline: "代办员制度全面推开", bodyText: "村干部一股作气办完了手续。" });
    const before = highlight(f).controls.get("body")!;
    const typedInHead = fields({ ...f, headline: "代办员制度在全区推开" });
    expect(sameRanges(before, highlight(typedInHead, [], [], check(f)).controls.get("body")!)).toBe(true);
    const typedInBody = fields({ ...f, bodyText: "如今村干部一股作气办完了手续。" });
    expect(sameRanges(before, highlight(typedInBody).controls.get("body")!)).toBe(false);
  });
});
