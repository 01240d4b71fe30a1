/** Page (版) workflow states, DESIGN.md "Editions and pages". */
export const PAGE_STATES = ["planning", "layout", "submitted", "signed", "released"] as const;
export type PageState = (typeof PAGE_STATES)[number];

/** What sits in a rectangle on the page grid. */
export const ELEMENT_KINDS = ["story", "photo", "ad", "furniture"] as const;
export type ElementKind = (typeof ELEMENT_KINDS)[number];

/** A page not yet released, as an SQL term: the partial index pages_unreleased_idx and its readers say exactly this. */
export const UNRELEASED_PAGE_SQL = "state <> 'released'";

/** Signed and released pages (and their stories) may not change; withdraw the signature first. */
export const FROZEN_PAGE_STATES = ["signed", "released"] as const satisfies readonly PageState[];

/** Size of a story box's 主题 (headline); lib/copyfit says how many lines each takes. */
export const HEADLINE_SIZES = ["large", "medium", "small"] as const;
export type HeadlineSize = (typeof HEADLINE_SIZES)[number];
