import { expect, type Page } from "@playwright/test";

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1440, height: 900 };

/**
 * The page canvas may be wider than a phone (it scrolls on its own, at print scale): the page view's
 * container says so with `data-canvas`; the layout editor's canvas is known by its test id.
 */
const CANVAS = '[data-canvas], [data-testid="layout-canvas"]';

export interface Overflow {
  viewport: number;
  scrollWidth: number;
  /** Elements whose right edge is past the viewport's and not clipped by an ancestor that fits: "tag#testid.class… → right px". */
  wider: string[];
}

/** What on the page is wider than the viewport, found in the DOM (not in a screenshot). */
export function overflowOf(page: Page): Promise<Overflow> {
  return page.evaluate((canvas) => {
    const viewport = window.innerWidth;
    const wider: string[] = [];
    const clippedBy = (el: Element): boolean => {
      // overflow hidden/clip on an ancestor inside the viewport hides what sticks out; auto/scroll would let it scroll sideways
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const x = getComputedStyle(a).overflowX;
        if ((x === "hidden" || x === "clip") && a.getBoundingClientRect().right <= viewport + 0.5) return true;
      }
      return false;
    };
    for (const el of document.body.querySelectorAll("*")) {
      if (el.closest(canvas)) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || r.right <= viewport + 0.5) continue;
      if (clippedBy(el)) continue;
      const id = el.getAttribute("data-testid");
      const cls = typeof el.className === "string" ? el.className.split(/\s+/).slice(0, 4).join(".") : "";
      wider.push(`${el.tagName.toLowerCase()}${id ? `#${id}` : ""}${cls ? `.${cls}` : ""} → ${Math.round(r.right)}px «${(el.textContent ?? "").trim().slice(0, 30)}»`);
    }
    return { viewport, scrollWidth: document.scrollingElement!.scrollWidth, wider: wider.slice(0, 15) };
  }, CANVAS);
}

/** Nothing but the page canvas is wider than the viewport, and the document does not scroll sideways. */
export async function expectNoSidewaysScroll(page: Page, screen: string): Promise<void> {
  const o = await overflowOf(page);
  expect(o.wider, `${screen}: elements wider than the ${o.viewport} px viewport`).toEqual([]);
  expect(o.scrollWidth, `${screen}: the document scrolls sideways`).toBeLessThanOrEqual(o.viewport);
}

/** Screenshots of the screen at 1440×900 and 390×844 under test-results/screens/, the viewport left at `end`. */
export async function shootBothSizes(page: Page, name: string, end = DESKTOP): Promise<void> {
  for (const size of [DESKTOP, PHONE]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `test-results/screens/${name}-${size.width}x${size.height}.png`, fullPage: true });
  }
  await page.setViewportSize(end);
}
