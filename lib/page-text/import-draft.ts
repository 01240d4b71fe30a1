/**
 * The desk's edits to an import preview, and the confirm body they make. Pure: the preview's rows and the
 * editor's choices (import or drop, kind, headline, byline roles) in, the body of POST …/imports out.
 */
import type { BylineRole, StoryKind } from "../story-kinds";
import type { StoryText } from "../story-text";
import { bylinesOfCredits, type CreditedPerson, type PreviewItem } from "./import-preview";

/** What the editor may change on one previewed story. */
export interface ItemDraft {
  include: boolean;
  kind: StoryKind;
  headline: string;
  people: CreditedPerson[];
}

/** The editor's starting point: every story, photo and brief included as parsed; ads and furniture have no draft. */
export function initialDrafts(items: readonly PreviewItem[]): (ItemDraft | null)[] {
  return items.map((item) =>
    item.storyKind === null ? null : { include: true, kind: item.storyKind, headline: item.headline ?? "", people: item.people.map((p) => ({ name: p.name, roles: [...p.roles] })) },
  );
}

/** Turns one role of one person on or off (a person keeps at least one role: the last one cannot be turned off). */
export function toggleRole(draft: ItemDraft, name: string, role: BylineRole): ItemDraft {
  return {
    ...draft,
    people: draft.people.map((p) => {
      if (p.name !== name) return p;
      const has = p.roles.includes(role);
      if (has && p.roles.length === 1) return p;
      return { ...p, roles: has ? p.roles.filter((r) => r !== role) : [...p.roles, role] };
    }),
  };
}

export interface ImportItemBody {
  kind: StoryKind;
  continues: boolean;
  content: StoryText;
}

/** The items to post: the included drafts, with the preview's text and the editor's kind, headline and roles. */
export function importItemsOf(items: readonly PreviewItem[], drafts: readonly (ItemDraft | null)[]): ImportItemBody[] {
  return items.flatMap((item, i) => {
    const draft = drafts[i];
    if (!draft || !draft.include) return [];
    return [
      {
        kind: draft.kind,
        continues: item.continues,
        content: {
          kicker: item.kicker,
          headline: draft.headline.trim() || null,
          subheadline: item.subheadline,
          dateline: item.dateline,
          body: item.paragraphs,
          sidebars: item.sidebars,
          bylines: bylinesOfCredits(draft.people),
        },
      },
    ];
  });
}

/** A file's bytes as base64 (the JSON body carries them so), in chunks: a spread of 512 KiB would overflow the stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
