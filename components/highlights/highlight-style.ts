import type { HighlightRange } from "@/lib/check-desk/editor-highlights";

/**
 * How a highlighted piece looks (docs/CHECK.md "Highlights in the text"): a block finding red, a warning amber, a
 * proof mark blue (underlined, so a mark over a finding shows both). Only colours, underlines and outlines: nothing
 * that changes a character's width or a line's height, so a mirror lines up with the text it lies under.
 */
export function highlightClass(ranges: readonly HighlightRange[], active: string | null): string {
  const kinds = new Set(ranges.map((r) => r.kind));
  const parts: string[] = ["rounded-[2px]"];
  if (kinds.has("block")) parts.push("bg-red-300/60");
  else if (kinds.has("warn")) parts.push("bg-amber-200/80");
  else if (kinds.has("mark")) parts.push("bg-sky-200/70");
  if (kinds.has("mark")) parts.push("underline decoration-sky-700 decoration-2 underline-offset-[3px]");
  if (active !== null && ranges.some((r) => r.id === active)) parts.push("outline-2 outline-stone-800/70");
  return parts.join(" ");
}

/** `block warn mark` as the piece has them (data-highlight, for tests and styles). */
export function highlightKinds(ranges: readonly HighlightRange[]): string {
  return [...new Set(ranges.map((r) => r.kind))].join(" ");
}
