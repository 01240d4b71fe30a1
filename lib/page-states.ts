/** Page (版) workflow states, DESIGN.md "Editions and pages". */
export const PAGE_STATES = ["planning", "layout", "submitted", "signed", "released"] as const;
export type PageState = (typeof PAGE_STATES)[number];

/** What sits in a rectangle on the page grid. */
export const ELEMENT_KINDS = ["story", "photo", "ad", "furniture"] as const;
export type ElementKind = (typeof ELEMENT_KINDS)[number];
