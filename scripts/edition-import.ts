/**
 * npm run edition:import -- <file>
 * Imports an edition archive (docs/EXCHANGE.md "Edition archive") into the database (DATABASE_PATH, migrated:
 * `npm run db:migrate` makes a new one) in one transaction, as POST /api/editions/archive does. A refused file
 * (over NEWSDESK_ARCHIVE_MAX_MB, not JSON, not an archive, a newer version, against the schema, a date that
 * exists) changes nothing. Exit 0 imported; 2 refused or bad use; 1 anything else.
 */
import fs from "node:fs";
import path from "node:path";
import { databasePath, openDb } from "@/db/client";
import { archiveMaxBytes, importEditionArchive } from "@/db/commands/import-edition-archive";
import { DomainError } from "@/lib/errors";

function fail(message: string, code = 2): never {
  console.error(`edition:import: ${message}`);
  process.exit(code);
}

const args = process.argv.slice(2).filter((a) => a !== "--");
if (args.length !== 1) fail("usage: npm run edition:import -- <archive file>");
const file = path.resolve(args[0]);
if (!fs.existsSync(file)) fail(`no file ${file}`);
if (!fs.existsSync(databasePath())) fail(`no database at ${databasePath()} (set DATABASE_PATH, or make one with npm run db:migrate)`);
if (fs.statSync(file).size > archiveMaxBytes()) fail(`${file} is larger than ${archiveMaxBytes() / 1_000_000} MB (NEWSDESK_ARCHIVE_MAX_MB)`);

const { db, sqlite } = openDb();
try {
  const r = importEditionArchive(db, { text: fs.readFileSync(file, "utf8") });
  console.log(`edition:import: ${r.date}: ${r.pages} pages, ${r.stories} stories imported as edition ${r.editionId}`);
  if (r.createdUsers.length) console.log(`edition:import: accounts created disabled, without a password (an admin enables them): ${r.createdUsers.join(", ")}`);
  if (r.createdPeople.length) console.log(`edition:import: byline people created: ${r.createdPeople.join(", ")}`);
} catch (err) {
  if (err instanceof DomainError) fail(err.message);
  fail(err instanceof Error ? err.message : String(err), 1);
} finally {
  sqlite.close();
}
