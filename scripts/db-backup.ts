/**
 * npm run db:backup -- <file>
 * Copies the database (DATABASE_PATH) into a new file while the server may be running: a consistent
 * snapshot (VACUUM INTO), written beside the target and renamed into place, then checked.
 * Exit 0 done; 2 bad use (no file named, the file exists, no database); 1 anything else.
 */
import fs from "node:fs";
import path from "node:path";
import { backupDatabase } from "@/db/backup-database";
import { databasePath } from "@/db/client";
import { formatBytes } from "./format-bytes";

function fail(message: string, code = 2): never {
  console.error(`db:backup: ${message}`);
  process.exit(code);
}

const args = process.argv.slice(2).filter((a) => a !== "--");
if (args.length !== 1) fail("usage: npm run db:backup -- <new file>");
const target = path.resolve(args[0]);
const source = databasePath();
if (!fs.existsSync(source)) fail(`no database at ${source} (set DATABASE_PATH)`);
if (fs.existsSync(target)) fail(`${target} exists already: name a new file`);

try {
  const r = backupDatabase(source, target);
  console.log(`db:backup: wrote ${r.file} (${formatBytes(r.check.bytes)}, ${r.check.stories} stories, ${r.check.migrations} migrations, integrity ok)`);
  console.log(`db:backup: a snapshot of ${source} as of ${r.startedAt}, taken in ${(r.ms / 1000).toFixed(1)} s`);
} catch (err) {
  fail(err instanceof Error ? err.message : String(err), 1);
}
