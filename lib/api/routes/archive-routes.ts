import { z } from "zod";
import { dateParam } from "../common";
import type { ApiRoute } from "../route-registry";
import { editionArchive } from "@/lib/exchange/edition-archive";

const archiveImportResult = z.object({
  date: z.string(),
  editionId: z.number().int(),
  pages: z.number().int(),
  stories: z.number().int(),
  createdUsers: z.array(z.string()).describe("logins of the file unknown here: created disabled, without a usable password"),
  createdPeople: z.array(z.string()).describe("byline people of the file with no one of that name here"),
});

/** Issue #11, edition archive: one edition as one JSON file, out of one Newsdesk and into another (docs/EXCHANGE.md). */
export const ARCHIVE_ROUTES: ApiRoute[] = [
  {
    operationId: "exportEditionArchive",
    method: "GET",
    path: "/api/editions/{date}/archive",
    tag: "editions",
    summary: "The edition with its pages, layout, stories (all revisions, comments, bylines), people, accounts named, audit and snapshots, as one archive file",
    description: "An attachment `newsdesk-edition-<date>.json`, format `newsdesk-edition-archive` version 1. No password hash or session is in it.",
    access: "chief",
    params: dateParam,
    ok: { status: 200, description: "the archive", body: editionArchive, contentType: "application/json" },
    errors: { 404: { description: "no edition on that date" } },
  },
  {
    operationId: "importEditionArchive",
    method: "POST",
    path: "/api/editions/archive",
    tag: "editions",
    summary: "Import an edition archive (the body is the file) in one transaction: ids remapped, accounts matched by login, people by name",
    description:
      "413 over NEWSDESK_ARCHIVE_MAX_MB (20 MB by default); 400 for a body that is not JSON, not an archive, or fails the schema (the message says where); " +
      "422 for a format version newer than this Newsdesk reads; 409 when an edition of that date exists. Nothing is written when refused.",
    access: "chief",
    body: editionArchive,
    ok: { status: 201, description: "the edition made, and the accounts and people created for it", body: archiveImportResult },
    errors: { 409: { description: "an edition of that date exists" }, 422: { description: "a newer archive version than this Newsdesk reads" } },
  },
];
