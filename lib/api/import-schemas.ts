import { z } from "zod";
import { errorKey } from "../i18n/error-key";
import { PAGE_TEXT_MAX_BYTES } from "../page-text/encoding";
import { BYLINE_ROLES, STORY_KINDS } from "../story-kinds";
import { storyTextSchema } from "../story-text";
import { positiveId } from "./common";

/** Limits of an import (stated in docs/API.md): one file a request, so each stays under the 1 MB body limit. */
export const IMPORT_LIMITS = {
  fileBytes: PAGE_TEXT_MAX_BYTES,
  fileNameChars: 200,
  itemsPerFile: 200,
} as const;

const fileName = z
  .string()
  .trim()
  .min(1, errorKey("import.fileNameRequired"))
  .max(IMPORT_LIMITS.fileNameChars)
  .refine((n) => /\.txt$/iu.test(n), errorKey("import.txtOnly"))
  .describe("the uploaded file's name; must end in .txt");

/** POST /api/editions/{date}/imports/preview: one file's bytes, base64. Nothing is written. */
export const importPreviewPost = z
  .object({
    fileName,
    content: z.base64(errorKey("import.notBase64")).describe(`the file's bytes, base64; at most ${PAGE_TEXT_MAX_BYTES} bytes (512 KiB) before encoding`),
  })
  .strict();
export type ImportPreviewBody = z.infer<typeof importPreviewPost>;

const warning = z.object({
  code: z.enum(["leftOutLine", "unattachedParagraph", "crosshead", "noBody"]),
  line: z.number().int(),
  excerpt: z.string(),
  message: z.string().describe("English; `code`, `line` and `excerpt` to word it"),
});

const previewItem = z.object({
  index: z.number().int(),
  kind: z.enum(["story", "photo", "brief", "ad", "furniture"]),
  storyKind: z.enum(STORY_KINDS).nullable().describe("imported as; null for ads and furniture (not imported)"),
  kicker: z.string().nullable(),
  headline: z.string().nullable(),
  subheadline: z.string().nullable(),
  dateline: z.string().nullable(),
  bylineRaw: z.string().nullable(),
  people: z.array(z.object({ name: z.string(), roles: z.array(z.enum(BYLINE_ROLES)) })).describe("each person once, with every role"),
  paragraphs: z.array(z.string()),
  sidebars: z.array(z.object({ title: z.string(), paragraphs: z.array(z.string()) })),
  paragraphCount: z.number().int(),
  zi: z.number().int().describe("字数 of body and sidebars"),
  continues: z.boolean(),
  text: z.string().nullable(),
  warnings: z.array(warning).describe("the parser's warnings about this item"),
});

export const importPreview = z.object({
  fileName: z.string(),
  encoding: z.enum(["utf-8", "utf-8-bom", "gb18030"]),
  responsibleEditor: z.string().nullable(),
  items: z.array(previewItem),
  unattached: z.array(warning).describe("warnings that concern no item (text before the first one)"),
});

/** One story to create, as the desk fixed it in the preview; checked again here, the preview is not trusted. */
const importItem = z
  .object({
    kind: z.enum(STORY_KINDS),
    continues: z.boolean(),
    content: storyTextSchema.describe("the story text; bylines by name (people are matched by name, or created)"),
  })
  .strict()
  .refine((i) => Boolean(i.content.headline?.trim()) || i.content.body.some((p) => p.trim() !== ""), {
    error: errorKey("import.itemEmpty"),
    path: ["content", "headline"],
  });
export type ImportItem = z.infer<typeof importItem>;

/** POST /api/editions/{date}/imports: creates the file's stories (status filed) in one transaction. */
export const importPost = z
  .object({
    fileName,
    pageNumber: z.number().int().min(1).max(200).nullable().describe("the page to put them on; null: unplaced in the edition"),
    items: z.array(importItem).min(1, errorKey("import.noItems")).max(IMPORT_LIMITS.itemsPerFile),
  })
  .strict();
export type ImportBody = z.infer<typeof importPost>;

export const importResult = z.object({
  stories: z.array(z.object({ id: positiveId, slug: z.string(), kind: z.enum(STORY_KINDS), status: z.literal("filed") })),
  people: z.object({ matched: z.number().int(), created: z.number().int() }).describe("byline people found by name, and made new"),
});
export type ImportResult = z.infer<typeof importResult>;
