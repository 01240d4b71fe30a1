/**
 * Reading an uploaded page-text file (来稿/外稿导入): which encoding its bytes are in, and whether it is a
 * page text at all. Chinese text files come as UTF-8 (with or without a byte-order mark) or as GBK — which
 * GB18030 contains, so one GB18030 decoder reads both. Node's own `TextDecoder` (ICU) does it with
 * `fatal: true`, so a byte sequence that is not valid in the encoding is refused instead of turned into �.
 * Pure: bytes in, text or a reason out.
 */

/** The largest file accepted, in bytes. Its base64 (4/3 of it) and the JSON around it stay under the 1 MB body limit. */
export const PAGE_TEXT_MAX_BYTES = 512 * 1024;

export type PageTextEncoding = "utf-8" | "utf-8-bom" | "gb18030";

export type PageTextRefusal =
  /** no bytes, or only whitespace */
  | "empty"
  /** more than PAGE_TEXT_MAX_BYTES */
  | "tooLarge"
  /** NUL bytes or control characters: a binary file (image, PDF, Word document…) */
  | "binary"
  /** a UTF-16 byte-order mark: a text file, but in an encoding we do not read */
  | "utf16"
  /** neither valid UTF-8 nor valid GB18030/GBK */
  | "unknownEncoding";

export type DecodedPageText = { ok: true; encoding: PageTextEncoding; text: string } | { ok: false; reason: PageTextRefusal };

/** C0 controls other than tab, line feed, form feed and carriage return, and DEL: never in a page text. */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/u;

function decodeStrict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The text of an uploaded file. UTF-8 is tried first: GBK text of any length is practically never valid
 * UTF-8 (its lead bytes 0x81–0xFE are followed by bytes UTF-8 forbids there), while ASCII-only text is
 * valid in both and reads the same. Then GB18030, which is a superset of GBK and GB2312.
 */
export function decodePageText(bytes: Uint8Array): DecodedPageText {
  if (bytes.length > PAGE_TEXT_MAX_BYTES) return { ok: false, reason: "tooLarge" };
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, reason: "utf16" };
  }
  if (bytes.includes(0)) return { ok: false, reason: "binary" };

  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let decoded: DecodedPageText | null = null;
  const utf8 = decodeStrict("utf-8", bom ? bytes.subarray(3) : bytes);
  if (utf8 !== null) decoded = { ok: true, encoding: bom ? "utf-8-bom" : "utf-8", text: utf8 };
  else {
    const gb = decodeStrict("gb18030", bytes);
    if (gb !== null) decoded = { ok: true, encoding: "gb18030", text: gb };
  }
  if (!decoded) return { ok: false, reason: "unknownEncoding" };
  if (CONTROL.test(decoded.text)) return { ok: false, reason: "binary" };
  if (decoded.text.trim() === "") return { ok: false, reason: "empty" };
  return decoded;
}
