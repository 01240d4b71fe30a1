import { eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { people } from "../schema";

/**
 * Gives a login with an editorial role the byline person it writes as: its own, else a person of the same
 * name who has no login yet (e.g. a reporter first seen in a seeded byline), else a new one.
 */
export function linkBylinePerson(tx: DbOrTx, { userId, name }: { userId: number; name: string }): void {
  if (tx.select({ id: people.id }).from(people).where(eq(people.userId, userId)).get()) return;
  const named = tx.select({ id: people.id, userId: people.userId }).from(people).where(eq(people.name, name)).all();
  const unlinked = named.find((p) => p.userId === null);
  if (unlinked) tx.update(people).set({ userId }).where(eq(people.id, unlinked.id)).run();
  else tx.insert(people).values({ name, userId }).run();
}
