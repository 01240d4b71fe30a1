/**
 * Search tokens for Chinese, Latin and digits (docs/SEARCH.md). Chinese has no spaces, so a run of Han
 * characters is indexed as its overlapping character bigrams plus its last character alone:
 * 党建引领 → 党建 建引 引领 领. Every character of the run then starts a token (a bigram, or the final
 * unigram), so a one-character query is a prefix query ("领"*), and any substring of two or more
 * characters is a phrase of consecutive bigrams (党建引 → "党建 建引"). Latin letter runs and digit runs
 * are kept whole: 5G → 5 g, 2018年 → 2018 年. Text is folded with NFKC (full-width → half-width) and
 * lowercased first. Everything else (punctuation, spaces, symbols) only separates tokens.
 */

export type Run = { kind: "han" | "word" | "digits"; text: string };

const HAN = /\p{Script=Han}/u;
const DIGIT = /\p{Nd}/u;
const WORD = /[\p{L}\p{M}]/u;

function classOf(ch: string): Run["kind"] | null {
  if (HAN.test(ch)) return "han";
  if (DIGIT.test(ch)) return "digits";
  if (WORD.test(ch)) return "word";
  return null;
}

/** NFKC and lowercase, one code point at a time (so positions can be mapped back for snippets). */
export function foldChar(ch: string): string {
  return ch.normalize("NFKC").toLowerCase();
}

export function fold(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

/** The text's runs of one class each, in order; separators dropped. */
export function runsOf(text: string): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  for (const ch of fold(text)) {
    const kind = classOf(ch);
    if (kind === null) {
      current = null;
      continue;
    }
    if (current && current.kind === kind) current.text += ch;
    else runs.push((current = { kind, text: ch }));
  }
  return runs;
}

/** A Han run's tokens: its bigrams, then (with `final`) its last character. */
function hanTokens(run: string, final: boolean): string[] {
  const chars = [...run];
  const tokens: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i] + chars[i + 1]);
  if (final) tokens.push(chars[chars.length - 1]);
  return tokens;
}

/** The tokens of a text as stored in the index. */
export function indexTokens(text: string): string[] {
  return runsOf(text).flatMap((r) => (r.kind === "han" ? hanTokens(r.text, true) : [r.text]));
}

/** Each code point's class, looked up once (the regular expressions are the slow part of tokenizing). */
const KIND_CACHE = new Map<number, Run["kind"] | null>();
function kindOf(cp: number): Run["kind"] | null {
  if (cp < 128) return cp >= 48 && cp <= 57 ? "digits" : (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) ? "word" : null;
  let kind = KIND_CACHE.get(cp);
  if (kind === undefined) {
    kind = classOf(String.fromCodePoint(cp));
    if (KIND_CACHE.size < 65_536) KIND_CACHE.set(cp, kind);
  }
  return kind;
}

/**
 * The index text: tokens separated by spaces (FTS5's unicode61 tokenizer then splits on the spaces only).
 * The same tokens as indexTokens (a test compares them on arbitrary text), in one pass over the folded text
 * without intermediate runs: the triggers and bulk indexing call it for every story's whole text.
 */
export function indexText(text: string | null | undefined): string {
  if (!text) return "";
  const s = fold(text);
  const out: string[] = [];
  let kind: Run["kind"] | null = null;
  let word = ""; // the current Latin or digit run
  let prevHan = ""; // the current Han run's last character
  const endRun = () => {
    if (kind === "han") out.push(prevHan);
    else if (kind !== null) out.push(word);
  };
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    const ch = cp > 0xffff ? s.slice(i, i + 2) : s[i];
    i += ch.length;
    const k = kindOf(cp);
    if (k !== kind) {
      endRun();
      kind = k;
      if (k === "han") prevHan = ch;
      else word = ch;
      continue;
    }
    if (k === "han") {
      out.push(prevHan + ch);
      prevHan = ch;
    } else if (k !== null) word += ch;
  }
  endRun();
  return out.join(" ");
}

/** A query phrase: consecutive tokens, and whether the last one is a prefix (a single Han character). */
export interface QueryPhrase {
  tokens: string[];
  prefix: boolean;
}

/**
 * The phrases of a query: one per whitespace-separated word, all of which must match. Within a word the
 * tokens follow the index's rule, except for the word's last Han run: without its final unigram (the
 * text's run may go on after it), and a one-character last run becomes a prefix (it starts a bigram or is
 * a final unigram in the text).
 */
export function queryPhrases(query: string): QueryPhrase[] {
  const phrases: QueryPhrase[] = [];
  for (const word of fold(query).split(/\s+/u)) {
    const runs = runsOf(word);
    if (runs.length === 0) continue;
    const tokens: string[] = [];
    let prefix = false;
    runs.forEach((run, i) => {
      const last = i === runs.length - 1;
      if (run.kind !== "han") tokens.push(run.text);
      else if (!last) tokens.push(...hanTokens(run.text, true));
      else if ([...run.text].length === 1) {
        tokens.push(run.text);
        prefix = true;
      } else tokens.push(...hanTokens(run.text, false));
    });
    phrases.push({ tokens, prefix });
  }
  return phrases;
}

/** An FTS5 string literal: always text, never syntax. */
function quote(token: string): string {
  return `"${token.replaceAll('"', '""')}"`;
}

/**
 * The FTS5 MATCH expression for a user's query, or null when it has no searchable characters. Every
 * phrase is one quoted string, so quotes, *, NEAR, AND/OR/NOT, parentheses and column names in the
 * query are only text; the only operator is the implicit AND between phrases, and the only `*` is ours.
 */
export function matchExpression(query: string): string | null {
  const phrases = queryPhrases(query);
  if (phrases.length === 0) return null;
  return phrases.map((p) => quote(p.tokens.join(" ")) + (p.prefix ? "*" : "")).join(" ");
}

/** The strings to mark in a snippet: each word's runs, folded (the text is folded the same way to find them). */
export function highlightTerms(query: string): string[] {
  const terms = new Set(runsOf(query).map((r) => r.text));
  return [...terms].sort((a, b) => b.length - a.length);
}
