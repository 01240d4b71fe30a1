import { z } from "zod";
import { errorKey } from "../i18n/error-key";
import { CHECK_DISMISSAL_KINDS } from "../check-desk/dismissal-kinds";
import { STORY_STATES } from "../story-kinds";
import { timestamp } from "./common";

/** Issue #12, 机检 on the desk: request and response shapes (docs/CHECK.md "The checker on the desk"). */
export const CHECK_DESK_LIMITS = { reason: 500, key: 1000 } as const;

const CHECK_RULES = ["banned", "caution", "typo", "preferred", "halfwidthPunct", "unbalancedPair", "repeatedWord", "mixedNumbers"] as const;
const CHECK_FIELDS = ["kicker", "headline", "subheadline", "body", "sidebar"] as const;

const checkCounts = z.object({
  blockOpen: z.number().int(),
  warnOpen: z.number().int(),
  blockOverridden: z.number().int(),
  warnDismissed: z.number().int(),
});

export const checkedFinding = z.object({
  rule: z.enum(CHECK_RULES),
  severity: z.enum(["block", "warn"]),
  field: z.enum(CHECK_FIELDS),
  paragraph: z.number().int().describe("body paragraph, or the sidebar's position; 0 for heads"),
  sidebarParagraph: z.number().int().nullable().optional().describe("sidebar only: null = its title, n = its paragraph n"),
  start: z.number().int().describe("UTF-16 offset in that field's text"),
  end: z.number().int(),
  text: z.string(),
  suggestion: z.string().nullable(),
  term: z.string().nullable(),
  note: z.string().nullable().optional(),
  key: z.string().describe("stable: send it to dismiss or override"),
  status: z.enum(["open", "dismissed", "overridden"]),
});

export const checkDismissalView = z.object({
  key: z.string(),
  kind: z.enum(CHECK_DISMISSAL_KINDS),
  reason: z.string(),
  by: z.string(),
  at: timestamp,
});

export const storyCheckResponse = z.object({
  storyVersion: z.number().int(),
  listsVersion: z.string(),
  findings: z.array(checkedFinding).describe("blocks first, then in reading order"),
  dismissals: z.array(checkDismissalView).describe("the dismissals and overrides of these findings"),
  counts: checkCounts,
});

export const checkDismissalPost = z
  .object({
    key: z.string().min(1, errorKey("checkDesk.findingGone")).max(CHECK_DESK_LIMITS.key, errorKey("checkDesk.findingGone")),
    kind: z.enum(CHECK_DISMISSAL_KINDS).describe("dismiss: a warning (anyone who may edit the story); override: a block (the chief)"),
    reason: z.string().trim().min(1, errorKey("checkDesk.reasonRequired")).max(CHECK_DESK_LIMITS.reason, errorKey("checkDesk.reasonTooLong")),
  })
  .strict();
export type CheckDismissalPost = z.infer<typeof checkDismissalPost>;

export const checkDismissalResult = z.object({ id: z.number().int(), counts: checkCounts });

export const editionCheckSummaryResponse = z.object({
  listsVersion: z.string(),
  stories: z.array(
    checkCounts.extend({
      id: z.number().int(),
      slug: z.string(),
      headline: z.string().nullable(),
      status: z.enum(STORY_STATES),
      pageNumber: z.number().int().nullable(),
    }),
  ),
  totals: checkCounts,
  recounted: z.number().int().describe("stories checked again for this answer (text or lists changed since counted)"),
});
