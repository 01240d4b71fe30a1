/**
 * Records how Chromium breaks a set of paragraphs, for chromium-agreement.test.ts.
 * Dev tool, not part of the app. Run after changing the break rules or upgrading Chromium:
 *
 *   CHROMIUM_PATH=/usr/bin/chromium npx tsx lib/copyfit/__fixtures__/record-chromium-lines.ts
 *
 * Each paragraph is set with the renderer's CSS recipe (docs/COPYFIT.md) in a box cpl em + 1px
 * wide, and the lines are read back from the characters' client rects.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { featureCss, featureRuns } from "../render-runs";
import { seedBlocks } from "./seed-stories";

interface Case {
  text: string;
  cpl: number;
  indent: number;
}

const FONT_PX = 16;
const OUT = path.resolve(import.meta.dirname, "chromium-lines.json");

/** Deterministic pseudo-random numbers (mulberry32), so the recorded cases are reproducible. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别聊城";
const PUNCT = ["，", "。", "、", "；", "：", "？", "！", "……", "——", "·", "％", "℃", "　", " ", "。”", "？”", "！”", "”，", "：“", "，“", "（", "）", "《", "》", "“", "”", "(", ")", "%", ","];
const WORDS = ["2018", "3.5", "5,000", "8:30", "400-965-9511", "COVID-19", "-5", "well-known", "www.dzwww.com", "No.1", "APP", "GDP", "5G", "Dazhong Daily", "50%", "1月7日", "2019年1月9日"];

function mixedParagraph(next: () => number): string {
  const length = 20 + Math.floor(next() * 140);
  let text = "";
  while (Array.from(text).length < length) {
    const r = next();
    if (r < 0.62) text += HAN[Math.floor(next() * HAN.length)];
    else if (r < 0.88) text += PUNCT[Math.floor(next() * PUNCT.length)];
    else text += WORDS[Math.floor(next() * WORDS.length)];
  }
  return text.trim();
}

function cases(): Case[] {
  const seed = seedBlocks().map((b) => b.replace(/\n/g, " "));
  const next = random(20190109);
  const mixed = Array.from({ length: 240 }, () => ({
    text: mixedParagraph(next),
    cpl: [6, 8, 9, 11, 13, 13, 13, 20, 27, 34, 41][Math.floor(next() * 11)],
    indent: next() < 0.75 ? 2 : 0,
  }));
  return [...[13, 27].flatMap((cpl) => seed.map((text) => ({ text, cpl, indent: 2 }))), ...mixed];
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
}

function paragraphHtml(c: Case): string {
  const inner = featureRuns(c.text)
    .map((run) => {
      const css = featureCss(run.feature);
      return css ? `<span style='font-feature-settings:${css}'>${escapeHtml(run.text)}</span>` : escapeHtml(run.text);
    })
    .join("");
  return `<p style="width:calc(${c.cpl}em + 1px);text-indent:${c.indent}em">${inner}</p>`;
}

const CSS = `p{margin:0 0 8px;font-family:'Noto Serif CJK SC';font-size:${FONT_PX}px;line-height:1.5;text-align:justify;line-break:strict;word-break:normal;overflow-wrap:anywhere;text-spacing-trim:space-all}`;

/** In the page: each paragraph's lines, read from where its characters are drawn. */
function readLines(): string[][] {
  return Array.from(document.querySelectorAll("p")).map((p) => {
    const lines: string[] = [];
    let current = "";
    let top = Number.NEGATIVE_INFINITY;
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      let offset = 0;
      for (const ch of node.textContent ?? "") {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + ch.length);
        offset += ch.length;
        const rects = range.getClientRects();
        const rect = rects[rects.length - 1];
        if (rect && rect.width > 0 && rect.top > top + 4) {
          if (top !== Number.NEGATIVE_INFINITY) lines.push(current);
          current = "";
          top = rect.top;
        }
        current += ch;
      }
    }
    lines.push(current);
    return lines.map((l) => l.replace(/[ \u3000]+$/, "").replace(/^ +/, ""));
  });
}

const all = cases();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH, args: ["--no-sandbox"] });
const page = await browser.newPage();
await page.setContent(`<html lang="zh-CN"><head><style>${CSS}</style></head><body>${all.map(paragraphHtml).join("")}</body></html>`);
const lines = await page.evaluate(readLines);
const version = browser.version();
await browser.close();
const recorded = all.map((c, i) => ({ ...c, lines: lines[i] }));
writeFileSync(OUT, JSON.stringify({ chromium: version, fontPx: FONT_PX, css: CSS, cases: recorded }, null, 1) + "\n");
console.log(`recorded ${recorded.length} paragraphs from Chromium ${version} → ${OUT}`);
