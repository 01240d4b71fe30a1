import { zhCN } from "./messages/zh-CN";
import { STORY_ACTIONS, type StoryAction } from "../workflow/story-workflow";

/**
 * The workflow's note on a returned or spiked story is stored as "【退回】reason" (the action's zh-CN
 * label in brackets, then the reason). Read back, the action is shown in the reader's language.
 */
export function splitActionPrefix(body: string): { action: StoryAction | null; text: string } {
  const m = /^【([^】]+)】/.exec(body);
  const action = m ? STORY_ACTIONS.find((a) => zhCN.storyAction[a] === m[1]) : undefined;
  return action && m ? { action, text: body.slice(m[0].length) } : { action: null, text: body };
}
