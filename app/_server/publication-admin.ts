import type { SessionUser } from "@/db/queries/users";
import { DomainError } from "@/lib/errors";
import { mayManagePublication } from "@/lib/publication";

/** The publication settings and the page template are written by the admin and the chief only (403 for anyone else). */
export function assertMayManagePublication(user: SessionUser): void {
  if (!mayManagePublication(user.role)) throw new DomainError("forbidden", "template.roleRequired");
}
