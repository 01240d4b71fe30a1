/**
 * Newsroom roles (DESIGN.md "Roles", 三审三校 #12). Ordered from least to most editorial power:
 * reporter 记者 < editor 编辑 (初审) < desk_head 部门主任 (复审) < chief 值班总编 (终审). Two roles stand apart
 * with no editorial power: proofreader 校对 (marks the page proof and signs the proofreading rounds) and admin.
 */
export const ROLES = ["reporter", "editor", "desk_head", "chief", "proofreader", "admin"] as const;
export type Role = (typeof ROLES)[number];
/** The roles on the editorial ladder (the ones `hasEditorialRole` can ask for). */
export type EditorialRole = Exclude<Role, "admin" | "proofreader">;

const EDITORIAL_RANK: Record<Role, number> = { reporter: 1, editor: 2, desk_head: 3, chief: 4, proofreader: 0, admin: 0 };

/** True when `role` has at least the editorial power of `needed` (chief ⊇ desk_head ⊇ editor ⊇ reporter; admin and proofreader have none). */
export function hasEditorialRole(role: Role, needed: EditorialRole): boolean {
  return EDITORIAL_RANK[role] >= EDITORIAL_RANK[needed];
}
