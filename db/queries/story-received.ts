import { eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { users, type Story } from "../schema";

/** Who received (签收) the filed story for review, and when; null while nobody has. */
export function receivedByOf(db: DbOrTx, story: Pick<Story, "receivedById" | "receivedAt">): { name: string; at: string } | null {
  if (story.receivedById === null || story.receivedAt === null) return null;
  const user = db.select({ name: users.name }).from(users).where(eq(users.id, story.receivedById)).get();
  return { name: user?.name ?? "—", at: story.receivedAt };
}
