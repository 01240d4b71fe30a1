/**
 * Font-feature runs for the page renderer, so that the browser draws the widths the copyfit
 * model assumes (see docs/COPYFIT.md). CJK fonts (Noto/Source Han) set ASCII proportionally
 * (a ≈ 0.56 em, i ≈ 0.33 em); with OpenType `hwid` every ASCII glyph is exactly ½ em.
 * The em dash and middle dot are proportional by default; `fwid` makes them one em.
 * `hwid` must not cover the whole paragraph: it would also halve ，（）.
 */
export type FontFeature = "hwid" | "fwid" | null;

export interface FeatureRun {
  text: string;
  feature: FontFeature;
}

/** Which feature one code point needs. */
function featureFor(cp: number): FontFeature {
  if ((cp >= 0x20 && cp <= 0x7e) || cp === 0xa5) return "hwid"; // ¥ too: 0.55 em otherwise
  if (cp === 0x2014 || cp === 0xb7 || cp === 0x2e3a) return "fwid";
  return null;
}

/** Split text into maximal runs needing the same font feature (wrap "hwid"/"fwid" runs in a span). */
export function featureRuns(text: string): FeatureRun[] {
  const runs: FeatureRun[] = [];
  for (const ch of text) {
    const feature = featureFor(ch.codePointAt(0) ?? 0);
    const last = runs[runs.length - 1];
    if (last && last.feature === feature) last.text += ch;
    else runs.push({ text: ch, feature });
  }
  return runs;
}

/** CSS `font-feature-settings` value for a run, or null when the run needs none. */
export function featureCss(feature: FontFeature): string | null {
  return feature === null ? null : `"${feature}" 1`;
}
