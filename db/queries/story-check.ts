import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import { checkFields, storyCheckFields, type StoryCheckInput } from "@/lib/check";
import type { SignedCheckOverride } from "@/lib/page-snapshot";
import { countFindings, sortFindings, withDismissals, type CheckCounts, type CheckedFinding } from "@/lib/check-desk/finding-status";
import type { CheckDismissalKind } from "@/lib/check-desk/dismissal-kinds";
import type { DbOrTx } from "../client";
import { checkDismissals, sidebars, stories, users } from "../schema";
import { currentCheckLists, type DeskCheckLists } from "./check-desk-lists";

/** The checked text of a story as saved: heads, body, sidebars (no bylines or dateline). */
export function storyCheckInput(db: DbOrTx, storyId: number): (StoryCheckInput & { version: number }) | null {
  const story = db
    .select({ kicker: stories.kicker, headline: stories.headline, subheadline: stories.subheadline, body: stories.body, version: stories.version })
    .from(stories)
    .where(eq(stories.id, storyId))
    .get();
  if (!story) return null;
  const boxes = db.select({ title: sidebars.title, paragraphs: sidebars.paragraphs }).from(sidebars).where(eq(sidebars.storyId, storyId)).orderBy(asc(sidebars.position)).all();
  return { ...story, sidebars: boxes };
}

/** A dismissal or override as the editor shows it beside its finding. */
export interface CheckDismissalView {
  key: string;
  kind: CheckDismissalKind;
  reason: string;
  by: string;
  at: string;
}

/** The dismissals recorded for these finding keys of a story (bounded by the findings asked about). */
export function dismissalsFor(db: DbOrTx, storyId: number, keys: readonly string[]): CheckDismissalView[] {
  if (keys.length === 0) return [];
  const rows: CheckDismissalView[] = [];
  // SQLite bounds the number of parameters: ask in slices.
  for (let i = 0; i < keys.length; i += 500) {
    rows.push(
      ...db
        .select({ key: checkDismissals.key, kind: checkDismissals.kind, reason: checkDismissals.reason, by: users.name, at: checkDismissals.createdAt })
        .from(checkDismissals)
        .innerJoin(users, eq(users.id, checkDismissals.byId))
        .where(and(eq(checkDismissals.storyId, storyId), inArray(checkDismissals.key, keys.slice(i, i + 500))))
        .all(),
    );
  }
  return rows;
}

export interface StoryCheck {
  storyVersion: number;
  listsVersion: string;
  findings: CheckedFinding[];
  dismissals: CheckDismissalView[];
  counts: CheckCounts;
}

/** The machine check of a story's saved text, with what was dismissed or overridden; null when there is no such story. */
export function checkStory(db: DbOrTx, storyId: number, lists: DeskCheckLists = currentCheckLists(db)): StoryCheck | null {
  const input = storyCheckInput(db, storyId);
  if (!input) return null;
  const found = checkFields(storyCheckFields(input), lists.compiled);
  const dismissals = dismissalsFor(db, storyId, [...new Set(found.map((f) => f.key))]);
  const findings = sortFindings(withDismissals(found, dismissals));
  return { storyVersion: input.version, listsVersion: lists.version, findings, dismissals, counts: countFindings(findings) };
}

/** A block let through by the chief, for the story's 审稿单 (review sheet). */
export interface CheckOverride {
  id: number;
  rule: string;
  text: string;
  reason: string;
  by: string;
  at: string;
}

/** The chief's overrides of the stories matching `where`, with who by id and name, oldest first per story. */
function overrideRows(db: DbOrTx, where: SQL) {
  return db
    .select({ id: checkDismissals.id, storyId: checkDismissals.storyId, rule: checkDismissals.rule, text: checkDismissals.text, reason: checkDismissals.reason, byId: checkDismissals.byId, by: users.name, at: checkDismissals.createdAt })
    .from(checkDismissals)
    .innerJoin(users, eq(users.id, checkDismissals.byId))
    .where(and(where, eq(checkDismissals.kind, "override")))
    .orderBy(asc(checkDismissals.storyId), asc(checkDismissals.id));
}

/** Every block finding the chief overrode on this story, oldest first (a handful at most; capped). */
export function listCheckOverrides(db: DbOrTx, storyId: number, limit = 200): CheckOverride[] {
  return overrideRows(db, eq(checkDismissals.storyId, storyId))
    .limit(limit)
    .all()
    .map(({ id, rule, text, reason, by, at }) => ({ id, rule, text, reason, by, at }));
}

/**
 * The overridden blocks of several stories at once, each story's oldest first, with who by id and name: what the
 * signed page's snapshot keeps of each 审稿单 (every one, not capped: a story has as many as its block findings).
 */
export function checkOverridesOf(db: DbOrTx, storyIds: readonly number[]): Map<number, SignedCheckOverride[]> {
  const byStory = new Map<number, SignedCheckOverride[]>(storyIds.map((id) => [id, []]));
  for (let i = 0; i < storyIds.length; i += 500) {
    for (const { storyId, rule, text, reason, byId, by, at } of overrideRows(db, inArray(checkDismissals.storyId, storyIds.slice(i, i + 500))).all()) {
      byStory.get(storyId)?.push({ rule, text, reason, byId, by, at });
    }
  }
  return byStory;
}
