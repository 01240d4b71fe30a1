import { countZi } from "./cjk/count-zi";

/**
 * 字数 of a story: its body and sidebar paragraphs (docs/COPYFIT.md). Headlines are the copyfit's
 * business, not the length. The budget, the editor, the planner and the save limit all count this way.
 */
export function storyZi(text: { body: readonly string[]; sidebars: readonly { paragraphs: readonly string[] }[] }): number {
  return [...text.body, ...text.sidebars.flatMap((s) => s.paragraphs)].reduce((n, p) => n + countZi(p), 0);
}
