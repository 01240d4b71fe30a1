import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodePageText, PAGE_TEXT_MAX_BYTES } from "./encoding";
import { parsePageText } from "./parse";
import { encodeGbk } from "./__corpus__/encode-gbk";

const seed = readFileSync(path.join(import.meta.dirname, "../../seeds/liaocheng-news-2019-01.txt"), "utf8");

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodePageText", () => {
  it("reads UTF-8", () => {
    expect(decodePageText(utf8(seed))).toEqual({ ok: true, encoding: "utf-8", text: seed });
  });

  it("reads UTF-8 with a byte-order mark and drops the mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(seed)]);
    expect(decodePageText(bytes)).toEqual({ ok: true, encoding: "utf-8-bom", text: seed });
  });

  it("reads the seed page saved as GBK, and it parses exactly as the UTF-8 file does", () => {
    const gbk = encodeGbk(seed);
    expect(gbk.length).toBeLessThan(utf8(seed).length); // two bytes a Han character, not three
    // "聊城" in GBK is C1C4 B3C7: these are real GBK bytes, not UTF-8.
    expect([...encodeGbk("聊城")]).toEqual([0xc1, 0xc4, 0xb3, 0xc7]);
    const decoded = decodePageText(gbk);
    expect(decoded).toEqual({ ok: true, encoding: "gb18030", text: seed });
    if (decoded.ok) expect(parsePageText(decoded.text)).toEqual(parsePageText(seed));
  });

  it("reads plain ASCII as UTF-8 (it is the same in both)", () => {
    expect(decodePageText(utf8("Page 7\nok\n"))).toMatchObject({ ok: true, encoding: "utf-8" });
  });

  it("refuses an empty file and one with only blank lines and full-width spaces", () => {
    expect(decodePageText(new Uint8Array())).toEqual({ ok: false, reason: "empty" });
    expect(decodePageText(utf8("\n\r\n \u3000\t\n"))).toEqual({ ok: false, reason: "empty" });
  });

  it("refuses binaries: NUL bytes, control characters", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(decodePageText(png)).toEqual({ ok: false, reason: "binary" });
    expect(decodePageText(utf8("标题\u0007正文。"))).toEqual({ ok: false, reason: "binary" });
    expect(decodePageText(encodeGbk("标题\u001b正文。"))).toEqual({ ok: false, reason: "binary" });
  });

  it("refuses UTF-16 files by their byte-order mark", () => {
    expect(decodePageText(new Uint8Array([0xff, 0xfe, 0x4a, 0x80, 0xce, 0x57]))).toEqual({ ok: false, reason: "utf16" });
    expect(decodePageText(new Uint8Array([0xfe, 0xff, 0x80, 0x4a, 0x57, 0xce]))).toEqual({ ok: false, reason: "utf16" });
  });

  it("refuses bytes that are neither UTF-8 nor GB18030", () => {
    // 0xFF is never a GB18030 lead byte, and 0x81 0x30 starts a four-byte code that is cut short.
    expect(decodePageText(new Uint8Array([0x41, 0xff, 0x42]))).toEqual({ ok: false, reason: "unknownEncoding" });
    expect(decodePageText(new Uint8Array([0xc1, 0xc4, 0x81, 0x30]))).toEqual({ ok: false, reason: "unknownEncoding" });
  });

  it(`refuses a file over ${PAGE_TEXT_MAX_BYTES} bytes and takes one of exactly that size`, () => {
    const exact = new Uint8Array(PAGE_TEXT_MAX_BYTES).fill(0x41);
    expect(decodePageText(exact)).toMatchObject({ ok: true });
    expect(decodePageText(new Uint8Array(PAGE_TEXT_MAX_BYTES + 1).fill(0x41))).toEqual({ ok: false, reason: "tooLarge" });
  });
});
