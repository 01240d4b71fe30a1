/**
 * GBK bytes of a text, for the tests only: GBK is GB18030's two-byte part, so the table is made by decoding
 * every two-byte code (lead 0x81–0xFE, trail 0x40–0xFE except 0x7F) with the platform's GB18030 decoder
 * and reading it backwards. Throws on a character GBK does not have.
 */
export function encodeGbk(text: string): Uint8Array {
  const table = new Map<string, [number, number]>();
  const decoder = new TextDecoder("gb18030");
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== "\ufffd" && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`not in GBK: ${ch}`);
      out.push(...pair);
    }
  }
  return new Uint8Array(out);
}

