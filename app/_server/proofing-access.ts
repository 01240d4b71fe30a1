import type { SessionUser } from "@/db/queries/users";
import { DomainError } from "@/lib/errors";
import type { PageState } from "@/lib/page-states";

/**
 * A proofreader (校对) reads only what is being proofread: pages submitted for sign-off, and the stories on them
 * (docs/PROOFING.md "Who may do what"). Everyone else is checked by the route's role as before.
 */
export function refuseProofreaderUnlessSubmitted(user: Pick<SessionUser, "role">, pageState: PageState): void {
  if (user.role === "proofreader" && pageState !== "submitted") throw new DomainError("forbidden", "proofing.pageNotReadable");
}
