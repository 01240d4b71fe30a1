import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MESSAGES, MISSING_MESSAGE_MARK } from "./catalogue";
import { en } from "./messages/en";
import { zhCN } from "./messages/zh-CN";
import { translatorFor } from "./translate";

type Tree = { [key: string]: string | Tree };

/** "a.b.c" → message, for every leaf of a catalogue. */
function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(full, value);
    else for (const [k, v] of leaves(value, full)) out.set(k, v);
  }
  return out;
}

const HAN = /\p{Script=Han}/u;

/** English values that are Chinese on purpose. */
const CHINESE_IN_EN = new Set([
  "app.masthead", // the paper's name, 大众日报
  "nav.language", // the switch names the other language in that language: 中文
  "field.sidebarDefaultTitle", // becomes the printed sidebar title (story content): 相关链接
]);

/**
 * Keys built at run time from a domain enum or a code (`t(\`status.${s}\`)`): every key under these
 * prefixes counts as used when the prefix itself appears in the sources.
 */
const DYNAMIC_PREFIXES = ["role.", "kind.", "status.", "storyAction.", "pageState.", "pageAction.", "bylineRole.", "bylineRoleShort.", "event.", "save.", "zi.", "field.", "box.size.", "proof.typeName.", "proof.markState."];

/** Namespaces the server side owns (errors, notifications): their keys are codes looked up at run time. */
const RESERVED = ["error", "notification"];

const ROOT = path.resolve(import.meta.dirname, "../..");
const SOURCE_DIRS = ["app", "components", "lib", "i18n"];

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name === "messages" ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/**
 * The keys a source file names: `t("a.b")` with a root translator, and `t("b")` under
 * `useTranslations("a")` / `getTranslations("a")` / `translatorFor(locale, "a")` (each namespace the
 * file opens is tried, so `t("title")` counts for every one of them), plus `t.rich(…)`, `t.has(…)`.
 */
function keysNamedIn(source: string): { literal: Set<string>; text: string } {
  const namespaces = [...source.matchAll(/(?:useTranslations|getTranslations|translatorFor)\(\s*(?:[\w.]+\s*,\s*)?"([\w.-]+)"\s*\)/g)].map((m) => m[1]);
  const literal = new Set<string>();
  for (const m of source.matchAll(/\b\w+(?:\.rich|\.has|\.markup)?\(\s*["`]([\w.-]+)["`]/g)) {
    literal.add(m[1]);
    for (const ns of namespaces) literal.add(`${ns}.${m[1]}`);
  }
  // Keys held in tables (SAVE_STATUS_LABEL = { saved: "common.saved" … }) are strings too.
  for (const m of source.matchAll(/["`]([a-zA-Z]+\.[\w.-]+)["`]/g)) literal.add(m[1]);
  return { literal, text: source };
}

describe("the message catalogue", () => {
  const zh = leaves(zhCN);
  const english = leaves(en);

  it("has every zh-CN key in en, and no en key that zh-CN lacks", () => {
    expect([...zh.keys()].filter((k) => !english.has(k))).toEqual([]);
    expect([...english.keys()].filter((k) => !zh.has(k))).toEqual([]);
  });

  it("has no empty message", () => {
    for (const [locale, messages] of Object.entries(MESSAGES)) {
      const empty = [...leaves(messages)].filter(([, v]) => v.trim() === "").map(([k]) => k);
      expect(empty, locale).toEqual([]);
    }
  });

  it("leaves no English message in Chinese, except the deliberate ones", () => {
    const chinese = [...english].filter(([key, value]) => HAN.test(value) && !CHINESE_IN_EN.has(key)).map(([key, value]) => `${key}: ${value}`);
    expect(chinese).toEqual([]);
    for (const key of CHINESE_IN_EN) expect(english.has(key), `${key} is listed as deliberate but does not exist`).toBe(true);
  });

  it("uses the same placeholders and tags in both languages", () => {
    const slots = (message: string) => [...message.matchAll(/\{(\w+)\}|<(\/?\w+)>/g)].map((m) => m[1] ?? m[2]).sort();
    const differ = [...zh].filter(([key, value]) => JSON.stringify(slots(value)) !== JSON.stringify(slots(english.get(key) ?? ""))).map(([key]) => key);
    expect(differ).toEqual([]);
  });

  it("renders a missing key as a marker the locale walk looks for", () => {
    expect(translatorFor("zh-CN")("status.nope" as never)).toBe(`${MISSING_MESSAGE_MARK}status.nope⟧`);
    expect(translatorFor("en", "pageAction")("nope" as never)).toBe(`${MISSING_MESSAGE_MARK}pageAction.nope⟧`);
  });

  it("has no key that no source file under app/, components/, lib/ uses", () => {
    const named = new Set<string>();
    let allText = "";
    for (const file of SOURCE_DIRS.flatMap((d) => sourceFiles(path.join(ROOT, d)))) {
      const { literal, text } = keysNamedIn(fs.readFileSync(file, "utf8"));
      for (const k of literal) named.add(k);
      allText += text;
    }
    // A prefix counts when some file builds a key from it: `status.${s}`, or t(s) under useTranslations("status").
    const dynamic = DYNAMIC_PREFIXES.filter((prefix) => allText.includes(`\`${prefix}\${`) || allText.includes(`useTranslations("${prefix.slice(0, -1)}")`));
    const unused = [...zh.keys()].filter((key) => !named.has(key) && !dynamic.some((prefix) => key.startsWith(prefix)) && !RESERVED.some((ns) => key.startsWith(`${ns}.`)));
    expect(unused).toEqual([]);
  });
});
