import type { Role } from "@/lib/roles";
import type { StoryState } from "@/lib/story-kinds";

/** States in which the story is on each desk role's table (初审 for editors, 终审 for the chief). */
const DESK_TURN: Record<"editor" | "chief", ReadonlySet<StoryState>> = {
  editor: new Set<StoryState>(["filed", "approved"]),
  chief: new Set<StoryState>(["edited", "approved"]),
};

/**
 * Whether opening the story should take the editing lease at once: when the story is at this
 * person's step (a reporter's own story while they write it; filed for an editor; edited for the
 * chief; approved for either). Otherwise the page opens read-only with 开始编辑, so a desk editor
 * glancing at a draft does not lock the reporter out of it.
 */
export function leaseOnOpen(role: Role, status: StoryState): boolean {
  if (role === "reporter") return true;
  if (role === "editor" || role === "chief") return DESK_TURN[role].has(status);
  return false;
}
