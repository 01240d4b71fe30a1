import { z } from "zod";
import { errorKey } from "../i18n/error-key";
import { STORY_KINDS, STORY_STATES } from "@/lib/story-kinds";
import { editionDate, positiveId } from "./common";

/** The longest query: enough for a sentence, little work for the index. */
export const SEARCH_QUERY_MAX = 100;
export const SEARCH_PAGE_SIZE = 20;
export const SEARCH_PAGE_SIZE_MAX = 50;
/** The deepest page: ranked paging reads every match up to it, so it stops somewhere. */
export const SEARCH_PAGE_MAX = 100;
export const SEARCH_PAGE_NAME_MAX = 40;

export const searchQuery = z
  .object({
    q: z
      .string()
      .trim()
      .min(1, errorKey("search.queryRequired"))
      .max(SEARCH_QUERY_MAX, errorKey("search.queryTooLong"))
      .describe("the words to find; quotes, *, NEAR, AND/OR and parentheses are plain text"),
    from: editionDate.optional().describe("editions on or after this date"),
    to: editionDate.optional().describe("editions on or before this date"),
    status: z.enum(STORY_STATES).optional(),
    kind: z.enum(STORY_KINDS).optional(),
    person: z.coerce.number().int().positive().optional().describe("a person id: only stories with them in the byline"),
    page: z.coerce.number().int().positive().optional().describe("a page number (版次), in any edition"),
    pageName: z
      .string()
      .trim()
      .min(1)
      .max(SEARCH_PAGE_NAME_MAX, errorKey("search.pageNameTooLong"))
      .optional()
      .describe("a page name (版名, e.g. 聊城新闻): stories on a page of that name, in any edition"),
    sort: z.enum(["rank", "newest"]).default("rank").describe("rank: bm25, a headline hit above a body hit; newest: latest edition first"),
    p: z.coerce.number().int().min(1).max(SEARCH_PAGE_MAX).default(1).describe(`the result page, 1–${SEARCH_PAGE_MAX}`),
    limit: z.coerce.number().int().min(1).max(SEARCH_PAGE_SIZE_MAX).default(SEARCH_PAGE_SIZE),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { message: errorKey("search.dateRange"), path: ["from"] });
export type SearchQuery = z.infer<typeof searchQuery>;

const snippetPart = z.object({ text: z.string(), hit: z.boolean().describe("a match, to mark") });

export const searchHit = z.object({
  id: positiveId,
  slug: z.string(),
  kind: z.enum(STORY_KINDS),
  status: z.enum(STORY_STATES),
  editionDate,
  pageNumber: z.number().int().nullable(),
  pageName: z.string().nullable(),
  bylines: z.array(z.string()),
  title: z.array(snippetPart).describe("kicker, headline, subheadline, as plain text pieces with the hits marked"),
  snippet: z.array(snippetPart).describe("about 100 characters of the text around the first hit, as plain text pieces"),
});

export const searchResults = z.object({
  total: z.number().int().describe("the matches the caller may see; when `capped`, at most the 2,000 newest of them, found among at most the newest 10,000 matches of the words and dates"),
  capped: z.boolean().describe("older matches were not counted and ranked (more than 2,000 pass the filters, or more than 10,000 match the words and dates with a filter set): narrow the query or the dates"),
  page: z.number().int(),
  pageSize: z.number().int(),
  hits: z.array(searchHit),
});
export type SearchResults = z.infer<typeof searchResults>;

/** The public e-paper's search (/epaper/search, /epaper/search.json): released stories only, 20 a page. */
export const EPAPER_SEARCH_PAGE_SIZE = 20;
/** Readers page less deep than the desk: every page reads the ranked matches up to it. */
export const EPAPER_SEARCH_PAGE_MAX = 50;

export const epaperSearchQuery = z
  .object({
    q: z
      .string()
      .trim()
      .min(1, errorKey("search.queryRequired"))
      .max(SEARCH_QUERY_MAX, errorKey("search.queryTooLong"))
      .describe("the words to find in the released stories; quotes, *, NEAR, AND/OR and parentheses are plain text"),
    p: z.coerce
      .number({ error: errorKey("search.pageOutOfRange") })
      .int(errorKey("search.pageOutOfRange"))
      .min(1, errorKey("search.pageOutOfRange"))
      .max(EPAPER_SEARCH_PAGE_MAX, errorKey("search.pageOutOfRange"))
      .default(1)
      .describe(`the result page, 1–${EPAPER_SEARCH_PAGE_MAX}`),
    from: editionDate.optional().describe("editions on or after this date (YYYY-MM-DD)"),
    to: editionDate.optional().describe("editions on or before this date (YYYY-MM-DD)"),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { message: errorKey("search.dateRange"), path: ["from"] });
export type EpaperSearchQuery = z.infer<typeof epaperSearchQuery>;

export const epaperSearchHit = z.object({
  id: positiveId,
  date: editionDate.describe("the edition's date"),
  pageNumber: z.number().int().nullable(),
  pageName: z.string().nullable(),
  url: z.string().describe("the e-paper article, /epaper/:date/article/:id"),
  bylines: z.array(z.string()),
  title: z.array(snippetPart).describe("kicker, headline, subheadline, as plain text pieces with the hits marked"),
  snippet: z.array(snippetPart).describe("about 100 characters of the text around the first hit, as plain text pieces"),
});

export const epaperSearchResults = z.object({
  q: z.string(),
  from: editionDate.nullable().describe("the range's first edition date, as asked (null: open)"),
  to: editionDate.nullable().describe("the range's last edition date, as asked (null: open)"),
  total: z.number().int().describe("the released stories that match, among the newest 2,000 when `capped`"),
  capped: z.boolean(),
  page: z.number().int(),
  pageSize: z.number().int(),
  hits: z.array(epaperSearchHit),
});
export type EpaperSearchResults = z.infer<typeof epaperSearchResults>;
