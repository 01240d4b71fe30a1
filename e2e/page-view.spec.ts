import { expect, open, SEED_HEADLINES, test } from "./fixtures";

test.use({ login: "liqiang" });

test("the seed page is drawn like a newspaper page", async ({ page }) => {
  await open(page, "/editions/2019-01-09/pages/1");
  const sheet = page.getByTestId("newspaper-page");
  await expect(sheet).toBeVisible();
  await expect(page.getByTestId("page-name")).toHaveText("聊城新闻");
  await expect(sheet.getByTestId("page-headline")).toHaveText(SEED_HEADLINES);
  await expect(sheet.getByTestId("page-ad")).toHaveCount(2);
  await expect(sheet.getByTestId("page-ad").first()).toContainText("泸州");
  await expect(sheet.getByTestId("page-ad").nth(1)).toContainText("中国农业银行");
  await expect(sheet.getByTestId("page-responsible-editor")).toHaveText("□ 责任编辑 李强");
  await expect(sheet.getByTestId("box-photo")).toHaveCount(1);
  await expect(sheet.getByTestId("page-byline").first()).toContainText("□ 本报记者 李梦 孙亚飞");

  // Boxes sit on the grid and never overlap.
  const boxes = await sheet.locator("section[data-element-id]").evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height };
    }),
  );
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      const overlap = a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1;
      expect(overlap, `boxes ${i} and ${j} overlap`).toBe(false);
    }
  }
  // Body type is the CJK serif.
  const family = await sheet.locator(".story-body").first().evaluate((el) => getComputedStyle(el).fontFamily);
  expect(family).toContain("Noto Serif CJK SC");

  await page.screenshot({ path: "test-results/screenshots/page-1440x900.png" });
  await sheet.screenshot({ path: "test-results/screenshots/page-full.png" });
});

/**
 * Renderer and model agree (docs/COPYFIT.md): for every story box of the seed page, the body lines the
 * browser draws — counted from the DOM as distinct (text column, line) positions of the body's text —
 * equal the copyfit model's count for that box (data-body-lines), within one line.
 */
test("the browser draws as many body lines as the copyfit model counts, box by box", async ({ page }) => {
  await open(page, "/editions/2019-01-09/pages/1");
  const boxes = page.getByTestId("newspaper-page").getByTestId("page-story-box");
  await expect(boxes).toHaveCount(SEED_HEADLINES.length + 1);
  await page.evaluate(() => document.fonts.ready);
  const counts = await boxes.evaluateAll((els) =>
    els.map((box) => {
      const el = box as HTMLElement;
      const body = el.querySelector<HTMLElement>(".story-body")!;
      const style = getComputedStyle(body);
      const area = body.getBoundingClientRect();
      const columns = Number(el.dataset.textColumns);
      const gap = parseFloat(style.columnGap);
      const pitch = (area.width - (columns - 1) * gap) / columns + gap;
      const line = parseFloat(style.lineHeight);
      const drawn = new Set<string>();
      for (const p of body.querySelectorAll("p")) {
        const range = document.createRange();
        range.selectNodeContents(p);
        for (const r of range.getClientRects()) {
          if (r.width < 0.5 || r.height < 0.5) continue;
          // Overflowing text goes on in columns further right: they count too (the model counts every line).
          const column = Math.floor((r.left - area.left + gap / 2) / pitch);
          const row = Math.floor((r.top + r.height / 2 - area.top) / line);
          drawn.add(`${column}:${row}`);
        }
      }
      return { story: el.dataset.storyId, model: Number(el.dataset.bodyLines), drawn: drawn.size };
    }),
  );
  expect(counts.length).toBeGreaterThan(0);
  test.info().annotations.push({ type: "lines drawn / modelled", description: counts.map((c) => `${c.story}: ${c.drawn}/${c.model}`).join(", ") });
  for (const c of counts) {
    expect(c.model, `story ${c.story} has body text`).toBeGreaterThan(0);
    expect(Math.abs(c.drawn - c.model), `story ${c.story}: the browser drew ${c.drawn} lines, the model counts ${c.model}`).toBeLessThanOrEqual(1);
  }
});

/**
 * Headlines are set as lib/copyfit/headline-break.ts computes them (docs/COPYFIT.md "Head lines"): every line the
 * model sets is one line on screen (the browser re-breaks nothing), within the box, none a lone character, and
 * the element is as tall as the copyfit's head lines for it (tight 1.2 spacing inside).
 */
test("the browser draws each headline in the lines the model sets, tight, within its box", async ({ page }) => {
  await open(page, "/editions/2019-01-09/pages/1");
  const heads = await page
    .getByTestId("newspaper-page")
    .getByTestId("page-headline")
    .evaluateAll((els) =>
      els.map((h) => {
        const lines = Array.from(h.querySelectorAll("[data-head-line]"));
        const tops = new Set<number>();
        const widths = lines.map((l) => {
          const range = document.createRange();
          range.selectNodeContents(l);
          const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
          for (const r of rects) tops.add(Math.round(r.top));
          return range.getBoundingClientRect().width;
        });
        const fontPx = parseFloat(getComputedStyle(h).fontSize);
        return {
          text: h.textContent ?? "",
          model: Number((h as HTMLElement).dataset.headLines),
          lines: lines.map((l) => (l.textContent ?? "").trim()),
          drawnRows: tops.size,
          widest: Math.max(...widths),
          boxWidth: (h.parentElement as HTMLElement).getBoundingClientRect().width,
          lineHeight: parseFloat(getComputedStyle(h).lineHeight) / fontPx,
        };
      }),
    );
  expect(heads.length).toBe(7);
  expect(heads.some((h) => h.model > 1), "the seed page has multi-line headlines").toBe(true);
  for (const h of heads) {
    expect(h.lines.length, h.text).toBe(h.model);
    expect(h.drawnRows, `${h.text}: rows drawn`).toBe(h.model);
    expect(h.widest, `${h.text}: widest line within the box`).toBeLessThanOrEqual(h.boxWidth);
    expect(h.lineHeight, h.text).toBeCloseTo(1.2, 2);
    for (const line of h.lines) expect(Array.from(line.replace(/[，。：、！？”“]/gu, "")).length, `${h.text}: 「${line}」`).toBeGreaterThan(1);
  }
});
