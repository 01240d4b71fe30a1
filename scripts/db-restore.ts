/**
 * npm run db:restore -- <backup file>
 * Replaces the database (DATABASE_PATH) with a backup: only while no server holds it, only a backup
 * that passes `PRAGMA integrity_check`; the replaced file is kept aside. Migrations run at the next start.
 * Exit 0 done; 2 bad backup or bad use; 3 the database is held (stop the server first); 1 anything else.
 */
import path from "node:path";
import { databasePath } from "@/db/client";
import { DatabaseHeld } from "@/db/database-holder";
import { BadBackup, restoreDatabase } from "@/db/restore-database";
import { formatBytes } from "./format-bytes";

function fail(message: string, code: number): never {
  console.error(`db:restore: ${message}`);
  process.exit(code);
}

const args = process.argv.slice(2).filter((a) => a !== "--");
if (args.length !== 1) fail("usage: npm run db:restore -- <backup file>", 2);
const backup = path.resolve(args[0]);
const target = databasePath();

try {
  const r = restoreDatabase({ backup, target });
  console.log(`db:restore: checked ${r.backup} (${formatBytes(r.check.bytes)}, ${r.check.stories} stories, ${r.check.migrations} migrations, integrity ok)`);
  console.log(r.replacedAside ? `db:restore: moved the database it replaces aside to ${r.replacedAside}` : `db:restore: there was no database at ${target} to replace`);
  console.log(`db:restore: restored ${r.target} from the backup; \`npm start\` migrates it if it is older than the code`);
} catch (err) {
  if (err instanceof BadBackup) fail(`refused: ${err.message}; nothing was changed`, 2);
  if (err instanceof DatabaseHeld) fail(`refused: ${err.message}; stop the server first. Nothing was changed`, 3);
  fail(err instanceof Error ? err.message : String(err), 1);
}
