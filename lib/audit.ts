/** What an audit row is about (audit_events.entity_type). */
export const AUDIT_ENTITY_TYPES = ["story", "page", "edition", "user", "publication", "page_template"] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];
