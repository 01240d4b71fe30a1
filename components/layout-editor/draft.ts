/** The layout draft (lib/layout-draft.ts) and the PUT /api/pages/:id/layout body made from it. */
import type { DraftElement } from "@/lib/layout-draft";
import type { LayoutElementInput } from "./api";

export * from "@/lib/layout-draft";

/** The PUT body for one box (null fields left out). */
export function toLayoutInput(el: DraftElement): LayoutElementInput {
  const input: LayoutElementInput = {
    kind: el.kind,
    firstColumn: el.firstColumn,
    columnSpan: el.columnSpan,
    topLine: el.topLine,
    heightLines: el.heightLines,
    textColumnSpan: el.textColumnSpan,
    headlineSize: el.headlineSize,
    locked: el.locked,
  };
  if (el.serverId !== null) input.id = el.serverId;
  if (el.storyId !== null) input.storyId = el.storyId;
  if (el.text !== null) input.text = el.text;
  if (el.label !== null) input.label = el.label;
  if (el.caption !== null) input.caption = el.caption;
  if (el.continuedFromElementId !== null) input.continuedFromElementId = el.continuedFromElementId;
  return input;
}
