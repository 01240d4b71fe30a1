/**
 * npm run edition:export -- <YYYY-MM-DD> [file]
 * Writes the edition of that date as an edition archive (docs/EXCHANGE.md "Edition archive") to <file>, by
 * default newsdesk-edition-<date>.json in the working folder; `-` writes it to standard output.
 * Exit 0 done; 2 bad use (no date, no such edition, the file exists, no database); 1 anything else.
 */
import fs from "node:fs";
import path from "node:path";
import { databasePath, openDb } from "@/db/client";
import { exportEditionArchive } from "@/db/queries/edition-archive";
import { archiveFileName } from "@/lib/exchange/edition-archive";
import { formatBytes } from "./format-bytes";

function fail(message: string, code = 2): never {
  console.error(`edition:export: ${message}`);
  process.exit(code);
}

const args = process.argv.slice(2).filter((a) => a !== "--");
if (args.length < 1 || args.length > 2 || !/^\d{4}-\d\d-\d\d$/.test(args[0])) fail("usage: npm run edition:export -- <YYYY-MM-DD> [file | -]");
const [date, named] = args;
const toStdout = named === "-";
const target = path.resolve(named ?? archiveFileName(date));
if (!fs.existsSync(databasePath())) fail(`no database at ${databasePath()} (set DATABASE_PATH)`);
if (!toStdout && fs.existsSync(target)) fail(`${target} exists already: name a new file`);

const { db, sqlite } = openDb();
try {
  const archive = exportEditionArchive(db, { date });
  if (!archive) fail(`no edition of ${date} in ${databasePath()}`);
  const text = JSON.stringify(archive, null, 1);
  if (toStdout) process.stdout.write(text + "\n");
  else {
    fs.writeFileSync(target, text + "\n", { flag: "wx" });
    const revisions = archive.stories.reduce((n, s) => n + s.revisions.length, 0);
    console.log(`edition:export: ${date}: ${archive.pages.length} pages, ${archive.stories.length} stories, ${revisions} revisions, ${archive.audit.length} audit events → ${target} (${formatBytes(Buffer.byteLength(text))})`);
  }
} catch (err) {
  fail(err instanceof Error ? err.message : String(err), 1);
} finally {
  sqlite.close();
}
