import type { Role } from "@/lib/roles";
import { allowedActions, canEditContent } from "@/lib/workflow/story-workflow";
import type { DbOrTx } from "../client";
import { isStoryFrozen } from "./story-frozen";
import { currentLock, isOwnStory, loadStoryForWrite } from "./story-for-write";
import { getStoryById } from "./stories";

/** The story as one user sees it: content, the running lease, and what they may do with it now. */
export function getStoryForUser(db: DbOrTx, { id, user }: { id: number; user: { id: number; role: Role } }) {
  const story = getStoryById(db, { id });
  if (!story) return undefined;
  const loaded = loadStoryForWrite(db, id);
  const own = isOwnStory(loaded, user.id);
  const frozen = isStoryFrozen(db, id);
  return {
    ...story,
    assigneeIds: loaded.assigneeIds,
    lock: currentLock(db, id),
    frozen,
    permissions: {
      canEdit: !frozen && canEditContent(story.status, user.role, own),
      actions: frozen ? [] : allowedActions(story.status, user.role, own, { actorId: user.id, lastReviewerId: story.passedById }),
    },
  };
}
export type StoryForUser = NonNullable<ReturnType<typeof getStoryForUser>>;
