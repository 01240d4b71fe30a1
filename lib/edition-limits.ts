/**
 * How big one edition may grow, so that the work of any one request stays bounded whatever the desk does
 * (docs/API.md "Limits"): the budget, the flatplan and a page read each touch at most this much.
 */
export const EDITION_LIMITS = {
  /** stories (of any state, spiked included) in one edition */
  storiesPerEdition: 500,
  /** boxes of any kind on one page (a broadsheet page holds a few dozen) */
  boxesPerPage: 300,
} as const;
