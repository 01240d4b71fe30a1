/** Newsroom roles (DESIGN.md "Roles"). Ordered from least to most editorial power; admin is separate. */
export const ROLES = ["reporter", "editor", "chief", "admin"] as const;
export type Role = (typeof ROLES)[number];

const EDITORIAL_RANK: Record<Role, number> = { reporter: 1, editor: 2, chief: 3, admin: 0 };

/** True when `role` has at least the editorial power of `needed` (chief ⊇ editor ⊇ reporter; admin has none). */
export function hasEditorialRole(role: Role, needed: Exclude<Role, "admin">): boolean {
  return EDITORIAL_RANK[role] >= EDITORIAL_RANK[needed];
}
