import { foldChar } from "./tokens";

/** A piece of a snippet: plain text, or a hit to mark. Rendered as text by the client, so no HTML passes through. */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

/** Where each term occurs in `text` (folded as the index folds it), as [start, end) in the original's code points. */
function hitRanges(chars: string[], terms: string[]): [number, number][] {
  let folded = "";
  const origin: number[] = []; // folded UTF-16 index → original code point index
  chars.forEach((ch, i) => {
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) origin.push(i);
    folded += f;
  });
  origin.push(chars.length);
  const covered = new Array<boolean>(chars.length).fill(false);
  for (const term of terms) {
    if (!term) continue;
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) {
      const endChar = origin[at + term.length - 1];
      for (let i = origin[at]; i <= endChar; i++) covered[i] = true;
    }
  }
  const ranges: [number, number][] = [];
  covered.forEach((hit, i) => {
    if (!hit) return;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === i) last[1] = i + 1;
    else ranges.push([i, i + 1]);
  });
  return ranges;
}

/**
 * A window of about `width` characters of `text` around its first hit, split into plain and marked parts;
 * the start of the text when nothing in it matches. Ellipses where the window cuts the text.
 */
export function snippetOf(text: string, terms: string[], width = 80): SnippetPart[] {
  const chars = [...text];
  const ranges = hitRanges(chars, terms);
  const first = ranges[0]?.[0] ?? 0;
  const start = Math.max(0, Math.min(first - Math.floor(width / 4), chars.length - width));
  const end = Math.min(chars.length, start + width);
  const parts: SnippetPart[] = [];
  const push = (from: number, to: number, hit: boolean) => {
    if (to > from) parts.push({ text: chars.slice(from, to).join(""), hit });
  };
  let at = start;
  for (const [a, b] of ranges) {
    if (b <= start || a >= end) continue;
    push(at, Math.max(a, start), false);
    push(Math.max(a, start), Math.min(b, end), true);
    at = Math.min(b, end);
  }
  push(at, end, false);
  if (start > 0) parts.unshift({ text: "…", hit: false });
  if (end < chars.length) parts.push({ text: "…", hit: false });
  return parts;
}

/** Whether any term occurs in the text (folded). */
export function hasHit(text: string, terms: string[]): boolean {
  return hitRanges([...text], terms).length > 0;
}
