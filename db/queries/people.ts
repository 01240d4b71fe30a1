import { and, asc, eq, isNull, notInArray } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { people, users } from "../schema";

/** Byline people (with the login's role, when they have one) and the users a story can be assigned to. */
export function listStaff(db: DbOrTx) {
  const persons = db
    .select({ personId: people.id, name: people.name, userId: people.userId, role: users.role })
    .from(people)
    .leftJoin(users, eq(users.id, people.userId))
    .orderBy(asc(people.name))
    .all();
  const assignable = db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    // only the editorial ladder owes copy: not the admin, nor a proofreader (create-story refuses them too)
    .where(and(notInArray(users.role, ["admin", "proofreader"]), isNull(users.disabledAt)))
    .orderBy(asc(users.name))
    .all();
  return { people: persons, assignable };
}
