import { dateParam } from "../common";
import { importPost, importPreview, importPreviewPost, importResult } from "../import-schemas";
import type { ApiRoute } from "../route-registry";

/** 来稿/外稿导入: page-text files previewed, then their stories created (docs/IMPORT.md). */
export const IMPORT_ROUTES: ApiRoute[] = [
  {
    operationId: "previewPageTextImport",
    method: "POST",
    path: "/api/editions/{date}/imports/preview",
    tag: "editions",
    summary: "Read one page-text file (UTF-8, UTF-8 with BOM or GB18030/GBK; at most 512 KiB) and answer its parsed items; writes nothing",
    description: "413 for a file over 512 KiB; 422 for an empty file, a binary, UTF-16, or bytes in no known encoding.",
    access: "editor",
    params: dateParam,
    body: importPreviewPost,
    ok: { status: 200, description: "the encoding used, the parsed items with their warnings", body: importPreview },
    errors: { 404: { description: "no edition on that date" }, 422: { description: "not a page text: empty, binary, UTF-16 or unknown encoding" } },
  },
  {
    operationId: "importPageText",
    method: "POST",
    path: "/api/editions/{date}/imports",
    tag: "editions",
    summary: "Create one file's stories (status filed, with bylines; people matched by name) in one transaction",
    access: "editor",
    params: dateParam,
    body: importPost,
    ok: { status: 201, description: "the stories created, and how many byline people were matched or made", body: importResult },
    errors: {
      404: { description: "no edition on that date" },
      409: { description: "the edition would hold more stories than its limit" },
      422: { description: "the target page is not in the edition, or an item is invalid (nothing of the file is created)" },
    },
  },
];
