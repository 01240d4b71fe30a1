import { and, eq, inArray } from "drizzle-orm";
import type { CheckFieldName, CheckRule } from "@/lib/check/types";
import { DomainError, type ErrorKey } from "@/lib/errors";
import { label, messageList, type Message } from "@/lib/i18n/translate";
import { openBlocks, type CheckedFinding } from "@/lib/check-desk/finding-status";
import type { StoryAction } from "@/lib/workflow/story-workflow";
import type { DbOrTx } from "../client";
import { pageElements, stories } from "../schema";
import { currentCheckLists, type DeskCheckLists } from "./check-desk-lists";
import { checkStory } from "./story-check";

const RULE_KEYS: Record<CheckRule, ErrorKey> = {
  banned: "checkDesk.rule.banned",
  caution: "checkDesk.rule.caution",
  typo: "checkDesk.rule.typo",
  preferred: "checkDesk.rule.preferred",
  halfwidthPunct: "checkDesk.rule.halfwidthPunct",
  unbalancedPair: "checkDesk.rule.unbalancedPair",
  repeatedWord: "checkDesk.rule.repeatedWord",
  mixedNumbers: "checkDesk.rule.mixedNumbers",
};
const PLACE_KEYS: Record<CheckFieldName, ErrorKey> = {
  kicker: "checkDesk.place.kicker",
  headline: "checkDesk.place.headline",
  subheadline: "checkDesk.place.subheadline",
  body: "checkDesk.place.body",
  sidebar: "checkDesk.place.sidebar",
};

/** One finding as a message in the reader's language: 禁用词「…」（正文第 2 段）. */
export function checkFindingMessage(f: Pick<CheckedFinding, "rule" | "text" | "field" | "paragraph">): Message {
  const place: Message = { key: PLACE_KEYS[f.field], params: { n: f.paragraph + 1 } };
  return { key: "checkDesk.finding", params: { rule: messageList([{ key: RULE_KEYS[f.rule] }]), text: f.text, place: messageList([place]) } };
}

/** The story's block findings not overridden (the saved text against the current lists). */
export function storyCheckBlocks(tx: DbOrTx, storyId: number, lists: DeskCheckLists = currentCheckLists(tx)): CheckedFinding[] {
  return openBlocks(checkStory(tx, storyId, lists)?.findings ?? []);
}

/**
 * 交稿 and each review level (lib/check-desk CHECK_GATED_STORY_ACTIONS): refused with 409 while the story has a
 * block finding not overridden; the message lists each one, and `details.findings` carries them.
 */
export function refuseStoryCheckBlocks(tx: DbOrTx, storyId: number, action: StoryAction): void {
  const blocks = storyCheckBlocks(tx, storyId);
  if (blocks.length === 0) return;
  throw new DomainError("conflict", "checkDesk.storyBlocked", { action: label("storyAction", action), findings: messageList(blocks.map(checkFindingMessage)) }, { findings: blocks });
}

/** 签版: one blocker message per story in a box of the page that has a block finding not overridden. */
export function pageCheckBlockers(tx: DbOrTx, pageId: number): Message[] {
  const ids = [
    ...new Set(
      tx
        .select({ storyId: pageElements.storyId })
        .from(pageElements)
        .where(and(eq(pageElements.pageId, pageId), inArray(pageElements.kind, ["story", "photo"])))
        .all()
        .flatMap((r) => (r.storyId === null ? [] : [r.storyId])),
    ),
  ];
  if (ids.length === 0) return [];
  const lists = currentCheckLists(tx);
  const titles = new Map(
    tx
      .select({ id: stories.id, headline: stories.headline, slug: stories.slug })
      .from(stories)
      .where(inArray(stories.id, ids))
      .all()
      .map((s) => [s.id, s.headline ?? s.slug]),
  );
  return ids.flatMap((id) => {
    const blocks = storyCheckBlocks(tx, id, lists);
    return blocks.length === 0 ? [] : [{ key: "checkDesk.pageStory" as const, params: { story: titles.get(id) ?? String(id), findings: messageList(blocks.map(checkFindingMessage)) } }];
  });
}
