import { z } from "zod";
import { errorKey } from "../i18n/error-key";
import { canonicalTimeZone, ALL_WEEKDAYS, type Weekday } from "../publication";
import { positiveId, timestamp } from "./common";
import { MAX_PROOF_ROUNDS } from "../proofing/kinds";
import { pageName, pageNumber } from "./page-schemas";
import { reviewLevels } from "./edition-schemas";

/** Request and response schemas of the publication settings and page template routes (geometry: the command → 422). */

const weekday = z.number().int().min(1).max(7).transform((d) => d as Weekday);
const weekdays = z
  .array(weekday)
  .min(1, errorKey("template.noWeekday"))
  .max(7)
  .describe("ISO weekdays, 1 Monday … 7 Sunday")
  .transform((days) => [...new Set(days)].sort((a, b) => a - b));

const timeZone = z
  .string()
  .trim()
  .max(64)
  .transform((name, ctx) => {
    const zone = canonicalTimeZone(name);
    if (zone === null) {
      ctx.addIssue({ code: "custom", message: errorKey("template.badTimeZone") });
      return z.NEVER;
    }
    return zone;
  })
  .describe("an IANA time zone, e.g. Asia/Shanghai");

const editionNumber = z.number().int().min(1).max(1_000_000);

/** PUT /api/publication: the whole settings, based on the version read. */
export const publicationPut = z
  .object({
    baseVersion: z.number().int().positive(),
    name: z.string().trim().min(1, errorKey("template.publicationNameEmpty")).max(40, errorKey("template.publicationNameTooLong")),
    timeZone,
    firstTotalNumber: editionNumber.describe("总第N期 of an edition with no earlier edition"),
    firstYearNumber: editionNumber.describe("第N期 of the year of an edition with no earlier edition"),
    weekdays: weekdays.describe("the days the paper appears"),
    reviewLevels: reviewLevels.optional().describe("三审: review levels new editions take, 2 or 3 (left out: unchanged)"),
    proofRounds: z.number().int().min(1).max(MAX_PROOF_ROUNDS).optional().describe("三校: proofreading rounds of the editions made from now on (1–3); unchanged when left out"),
  })
  .strict();
export type PublicationPutBody = z.infer<typeof publicationPut>;

const gridValue = (min: number, max: number) => z.number().int(errorKey("validation.wholeGridNumber")).min(min).max(max);

export const templateGrid = z
  .object({
    columns: gridValue(1, 24).describe("base columns"),
    charsPerColumn: gridValue(4, 60).describe("字 a base column"),
    gutterChars: gridValue(0, 4).describe("字 between columns"),
    linesPerColumn: gridValue(10, 400).describe("lines a column"),
  })
  .strict();

export const adSlot = z
  .object({
    label: z.string().trim().min(1, errorKey("template.advertiserEmpty")).max(40).describe("the advertiser"),
    text: z.string().max(4000).default("").describe("what the ad box prints until the edition's copy is set"),
    firstColumn: gridValue(-1000, 1000),
    columnSpan: gridValue(-1000, 1000),
    topLine: gridValue(-1000, 1000),
    heightLines: gridValue(-1000, 1000),
  })
  .strict();

/** POST /api/page-templates and PUT /api/page-templates/:id (with baseVersion): one template page, whole. */
const templateFields = {
  number: pageNumber,
  name: pageName,
  responsibleEditorId: positiveId.nullable().default(null).describe("the default 责任编辑 (an editor or the chief)"),
  grid: templateGrid,
  weekdays: weekdays.default([...ALL_WEEKDAYS]).describe("the days this page appears"),
  stripLines: z.number().int().min(0).max(20).default(4).describe("page strip lines at the top (0: none)"),
  footerLines: z.number().int().min(0).max(20).default(4).describe("footer lines at the foot (0: none)"),
  footerText: z.string().max(2000).default("").describe("footer lines, \\n between them"),
  adSlots: z.array(adSlot).max(20).default([]),
};
export const pageTemplatePost = z.object(templateFields).strict();
export type PageTemplatePostBody = z.infer<typeof pageTemplatePost>;
export const pageTemplatePut = z.object({ baseVersion: z.number().int().positive(), ...templateFields }).strict();
export type PageTemplatePutBody = z.infer<typeof pageTemplatePut>;
export const pageTemplateDeleteQuery = z.object({ baseVersion: z.coerce.number().int().positive(errorKey("validation.baseVersionPositive")) });

export const publicationSettings = z.object({
  id: positiveId,
  name: z.string(),
  timeZone: z.string(),
  firstTotalNumber: z.number().int(),
  firstYearNumber: z.number().int(),
  weekdays: z.array(z.number().int()),
  reviewLevels: z.number().int().describe("三审: review levels new editions take (2 or 3)"),
  proofRounds: z.number().int(),
  version: z.number().int(),
  updatedAt: timestamp,
});

export const pageTemplate = z.object({
  id: positiveId,
  number: z.number().int(),
  name: z.string(),
  responsibleEditorId: positiveId.nullable(),
  responsibleEditor: z.string().nullable(),
  grid: z.object({ columns: z.number().int(), charsPerColumn: z.number().int(), gutterChars: z.number().int(), linesPerColumn: z.number().int() }),
  weekdays: z.array(z.number().int()),
  stripLines: z.number().int(),
  footerLines: z.number().int(),
  footerText: z.string(),
  adSlots: z.array(z.object({ label: z.string(), text: z.string(), firstColumn: z.number().int(), columnSpan: z.number().int(), topLine: z.number().int(), heightLines: z.number().int() })),
  version: z.number().int(),
  updatedAt: timestamp,
});
