import { z } from "zod";
import { errorKey } from "../i18n/error-key";
import { CHECK_LISTS, NOTE_MAX, TERM_MAX } from "../check/lists";
import { IMPORT_MAX_LINES } from "../check/import";
import { timestamp } from "./common";

/** Request and response schemas of the 机检 word-list routes (docs/CHECK.md); what an entry means against the others: the command → 422/409. */

export const checkList = z.enum(CHECK_LISTS).describe("banned 禁用词 · caution 慎用词 · typo 错别字 · preferred 规范名称 · whitelist 例外");

const termText = z.string().trim().min(1, errorKey("check.termEmpty")).max(TERM_MAX, errorKey("check.termTooLong"));
const optionalText = (max: number, key: Parameters<typeof errorKey>[0]) =>
  z
    .string()
    .trim()
    .max(max, errorKey(key))
    .nullish()
    .transform((s) => (s ? s : null));

export const checkTermPost = z
  .object({
    list: checkList,
    term: termText.describe("the word (for typo: the wrong form)"),
    replacement: optionalText(TERM_MAX, "check.replacementTooLong").describe("typo: the right form; preferred: the 规范名称; banned/caution: a suggestion; whitelist: none"),
    note: optionalText(NOTE_MAX, "check.noteTooLong"),
  })
  .strict();
export type CheckTermPostBody = z.infer<typeof checkTermPost>;

export const checkTermPut = checkTermPost.extend({ baseVersion: z.number().int().positive() }).strict();

export const checkTermDeleteQuery = z.object({ baseVersion: z.coerce.number().int().positive() });

export const checkTermsQuery = z.object({
  list: checkList.default("banned"),
  q: z.string().trim().max(TERM_MAX).optional().describe("a part of the term or the replacement"),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(100),
});

export const checkListsQuery = z.object({
  known: z.coerce.number().int().min(0).optional().describe("the lists version the client holds: the same → terms null"),
});

export const checkTermItem = z.object({
  id: z.number().int(),
  list: checkList,
  term: z.string(),
  replacement: z.string().nullable(),
  note: z.string().nullable(),
  version: z.number().int(),
  updatedAt: timestamp,
  updatedBy: z.string().nullable().describe("who last added or changed it; null for the starter lists"),
});

export const checkTermsPage = z.object({
  terms: z.array(checkTermItem),
  total: z.number().int().describe("entries of the list matching `q`"),
  counts: z.record(checkList, z.number().int()).describe("entries of every list"),
  version: z.number().int().describe("the lists version"),
});

export const checkTermWritten = z.object({ term: checkTermItem, listsVersion: z.number().int() });

export const checkListsAnswer = z.object({
  version: z.number().int(),
  terms: z
    .array(z.object({ list: checkList, term: z.string(), replacement: z.string().nullable(), note: z.string().nullable() }))
    .nullable()
    .describe("every entry of every list (compile with lib/check compileCheckLists); null when `known` is the version"),
});

export const checkImportPost = z
  .object({
    step: z.enum(["preview", "commit"]).describe("preview writes nothing; commit applies the lines that add or change, as previewed"),
    format: z.enum(["csv", "text"]).describe("csv: list,term,replacement,note; text: one entry a line (term, or term → replacement) for `list`"),
    list: checkList.nullish().transform((l) => l ?? null),
    text: z.string().max(1_000_000).describe(`the file's text; at most ${IMPORT_MAX_LINES} entries`),
    baseVersion: z.number().int().min(0).optional().describe("commit: the preview's listsVersion (409 when the lists changed since)"),
  })
  .strict()
  .refine((b) => b.step === "preview" || b.baseVersion !== undefined, { message: errorKey("check.importStale"), path: ["baseVersion"] });

export const checkImportLine = z.object({
  line: z.number().int(),
  status: z.enum(["add", "change", "same", "reject"]),
  list: checkList.nullable(),
  term: z.string().nullable(),
  replacement: z.string().nullable(),
  note: z.string().nullable(),
  /** for change: what it replaces */
  currentReplacement: z.string().nullable(),
  reason: z.string().nullable().describe("why the line is refused, in the caller's language"),
});

export const checkImportAnswer = z.object({
  listsVersion: z.number().int(),
  summary: z.object({ add: z.number().int(), change: z.number().int(), same: z.number().int(), reject: z.number().int() }),
  lines: z.array(checkImportLine),
  applied: z.number().int().nullable().describe("commit: entries added or changed; null for a preview"),
});
