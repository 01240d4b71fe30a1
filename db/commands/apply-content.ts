import { eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { people, sidebars, stories, storyBylines } from "../schema";
import type { StoryByline, StoryText } from "@/lib/story-text";
import { storyZi } from "@/lib/story-zi";

/** The person for a byline entry: the given id, else a person of that name (staff first), else a new one. */
function resolvePerson(tx: DbOrTx, entry: StoryByline): number {
  if (entry.personId) {
    const found = tx.select({ id: people.id }).from(people).where(eq(people.id, entry.personId)).get();
    if (found) return found.id;
  }
  const byName = tx.select({ id: people.id, userId: people.userId }).from(people).where(eq(people.name, entry.name)).all();
  const known = byName.find((p) => p.userId !== null) ?? byName[0];
  if (known) return known.id;
  return tx.insert(people).values({ name: entry.name }).returning({ id: people.id }).get().id;
}

/** Writes story text, sidebars, bylines and the 字数 they make (a revision's content restores the same way). */
export function applyContent(tx: DbOrTx, storyId: number, content: StoryText): void {
  tx.update(stories)
    .set({
      kicker: content.kicker,
      headline: content.headline,
      subheadline: content.subheadline,
      dateline: content.dateline,
      body: content.body,
      zi: storyZi(content),
    })
    .where(eq(stories.id, storyId))
    .run();
  tx.delete(sidebars).where(eq(sidebars.storyId, storyId)).run();
  content.sidebars.forEach((s, i) => tx.insert(sidebars).values({ storyId, position: i + 1, title: s.title, paragraphs: s.paragraphs }).run());
  // Revisions written before bylines were kept in them have none: keep the story's bylines then.
  if (!content.bylines) return;
  tx.delete(storyBylines).where(eq(storyBylines.storyId, storyId)).run();
  content.bylines.forEach((b, i) =>
    tx
      .insert(storyBylines)
      .values({ storyId, personId: resolvePerson(tx, b), role: b.role, position: i + 1 })
      .run(),
  );
}
