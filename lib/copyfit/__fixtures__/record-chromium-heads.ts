/**
 * Records how Chromium draws the seed page's head elements (主题, 引题) as the renderer sets them
 * (components/newspaper-page.tsx HeadLine: one unbreakable block line per set line, line-height
 * HEAD_LEADING), for chromium-agreement.test.ts. Dev tool, not part of the app. Re-run after changing
 * headline-break.ts or the head types:
 *
 *   CHROMIUM_PATH=/usr/bin/chromium npx tsx lib/copyfit/__fixtures__/record-chromium-heads.ts
 *
 * Each case is a head text in one type at one box width (spans 1–8); what is read back is the lines as
 * drawn (by where the characters are), the width of each line's ink and the element's height, in px.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { DECK_TYPE, HEAD_LEADING, HEADLINE_TYPE, headElementText, type HeadType } from "../copyfit";
import { BROADSHEET_GRID, charsPerLine } from "../grid";
import { featureCss, featureRuns } from "../render-runs";
import { seedItems } from "./seed-stories";

const UNIT_PX = 16;
const OUT = path.resolve(import.meta.dirname, "chromium-heads.json");

interface Case {
  text: string;
  type: string;
  boxChars: number;
  model: string[];
}

const TYPES: Record<string, HeadType & { weight: number }> = {
  large: { ...HEADLINE_TYPE.large, weight: 900 },
  medium: { ...HEADLINE_TYPE.medium, weight: 900 },
  small: { ...HEADLINE_TYPE.small, weight: 900 },
  deck: { ...DECK_TYPE, weight: 500 },
};

function cases(): Case[] {
  const texts = seedItems().flatMap((i) => [i.story.kicker, i.story.headline].filter((t): t is string => !!t));
  const out: Case[] = [];
  for (const text of texts) {
    for (const [type, t] of Object.entries(TYPES)) {
      for (let span = 1; span <= BROADSHEET_GRID.columns; span += 1) {
        const boxChars = charsPerLine(span, BROADSHEET_GRID);
        out.push({ text, type, boxChars, model: headElementText(text, t, boxChars) });
      }
    }
  }
  return out;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
}

function headHtml(c: Case): string {
  const t = TYPES[c.type];
  const lines = c.model
    .map((line) => {
      const inner = featureRuns(line)
        .map((run) => {
          const css = featureCss(run.feature);
          return css ? `<span style='font-feature-settings:${css}'>${escapeHtml(run.text)}</span>` : escapeHtml(run.text);
        })
        .join("");
      return `<span class="l">${inner}</span>`;
    })
    .join("");
  return `<h2 style="width:calc(${c.boxChars * UNIT_PX}px + 1px);font-size:${t.em * UNIT_PX}px;font-weight:${t.weight}">${lines}</h2>`;
}

const CSS = `h2{margin:0 0 8px;font-family:'Noto Sans CJK SC';line-height:${HEAD_LEADING};text-align:center;text-spacing-trim:space-all;display:flex;flex-direction:column}
.l{display:block;white-space:nowrap}`;

/** In the page: each head's lines as drawn (by character tops), each line's ink width, the element height. */
function read(): { lines: string[]; widths: number[]; height: number }[] {
  return Array.from(document.querySelectorAll("h2")).map((h) => {
    const lines: string[] = [];
    let current = "";
    let top = Number.NEGATIVE_INFINITY;
    const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      let offset = 0;
      for (const ch of node.textContent ?? "") {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + ch.length);
        offset += ch.length;
        const rect = range.getClientRects()[0];
        if (rect && rect.width > 0 && rect.top > top + 4) {
          if (top !== Number.NEGATIVE_INFINITY) lines.push(current);
          current = "";
          top = rect.top;
        }
        current += ch;
      }
    }
    lines.push(current);
    const widths = Array.from(h.querySelectorAll(".l")).map((l) => {
      const range = document.createRange();
      range.selectNodeContents(l);
      return Math.round(range.getBoundingClientRect().width * 100) / 100;
    });
    return { lines: lines.map((l) => l.trim()), widths, height: Math.round(h.getBoundingClientRect().height * 100) / 100 };
  });
}

const all = cases();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH, args: ["--no-sandbox"] });
const page = await browser.newPage();
await page.setContent(`<html lang="zh-CN"><head><style>${CSS}</style></head><body>${all.map(headHtml).join("")}</body></html>`);
const drawn = await page.evaluate(read);
const version = browser.version();
await browser.close();
const recorded = all.map((c, i) => ({ ...c, drawn: drawn[i] }));
writeFileSync(OUT, JSON.stringify({ chromium: version, unitPx: UNIT_PX, css: CSS, cases: recorded }, null, 1) + "\n");
console.log(`recorded ${recorded.length} head elements from Chromium ${version} → ${OUT}`);
