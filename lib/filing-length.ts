/**
 * 交稿 far from the commissioned length asks "file anyway?" (issue #10): under 50 % or over 150 % of the
 * target 字数. Within the band, or with no target, filing asks only the usual confirmation.
 */
export const FILING_SHORT_RATIO = 0.5;
export const FILING_LONG_RATIO = 1.5;

export interface FilingLengthWarning {
  kind: "short" | "long";
  zi: number;
  target: number;
  /** 字数 as a whole percentage of the target. */
  percent: number;
}

export function filingLengthWarning(zi: number, target: number | null | undefined): FilingLengthWarning | null {
  if (!target || target <= 0) return null;
  const kind = zi < target * FILING_SHORT_RATIO ? "short" : zi > target * FILING_LONG_RATIO ? "long" : null;
  return kind ? { kind, zi, target, percent: Math.round((zi / target) * 100) } : null;
}
