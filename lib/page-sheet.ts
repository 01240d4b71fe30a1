/**
 * The page as the renderer draws it and the layout editor edits it: a grid and its boxes. Structural
 * types: the page as GET /api/pages/:id answers it (and the layout editor's draft) fit them.
 */
import type { StoryBox } from "./copyfit/set-story";
import type { GridTemplate, Rect } from "./copyfit/grid";
import type { StoryText } from "./story-text";

export type SheetStory = StoryText & {
  id: number;
  /** The text stops mid-sentence and goes on elsewhere (转版). */
  continues: boolean;
};

export interface SheetElement extends StoryBox, Rect {
  id: number | string;
  text: string | null;
  label: string | null;
  caption: string | null;
  story: SheetStory | null;
}

export interface SheetPage {
  number: number;
  name: string;
  editionDate: string;
  publication: string;
  responsibleEditor: string | null;
  grid: GridTemplate;
  elements: SheetElement[];
}
