import fs from "node:fs";
import path from "node:path";
import { backupDatabase, type BackupReport } from "@/db/backup-database";
import { backupsToDelete, nextBackupAt, scheduledBackupName } from "@/lib/backup-schedule";

export interface BackupPlan {
  databaseFile: string;
  dir: string;
  keep: number;
}

/** One scheduled backup: a new `newsdesk-<UTC time>.db` in the folder, then the oldest beyond `keep` deleted. */
export function takeScheduledBackup(plan: BackupPlan, now = new Date()): { report: BackupReport; deleted: string[] } {
  const report = backupDatabase(plan.databaseFile, path.join(plan.dir, scheduledBackupName(now)));
  const deleted = backupsToDelete(fs.readdirSync(plan.dir), plan.keep);
  for (const name of deleted) fs.rmSync(path.join(plan.dir, name), { force: true });
  return { report, deleted };
}

/**
 * The daily backup, run by `npm start` in its own process (not the server's: a backup of a big database
 * takes seconds of synchronous work, which in the server would hold up every request). A failed backup
 * is logged and the next day's is still planned.
 */
export function scheduleDailyBackups(plan: BackupPlan & { hour: number; timeZone: string }, log: (line: string) => void): { stop(): void; next(): Date } {
  let timer: NodeJS.Timeout | undefined;
  let nextAt = new Date(0);
  const arm = (after = Date.now()) => {
    nextAt = nextBackupAt(new Date(Math.max(after, Date.now())), plan.hour, plan.timeZone);
    timer = setTimeout(run, Math.max(0, nextAt.getTime() - Date.now()));
    timer.unref();
  };
  const run = () => {
    try {
      const { report, deleted } = takeScheduledBackup(plan);
      log(`daily backup: wrote ${report.file} (${report.check.stories} stories, integrity ok)${deleted.length ? `; deleted ${deleted.length} older (keeping ${plan.keep})` : ""}`);
    } catch (err) {
      log(`daily backup FAILED: ${err instanceof Error ? err.message : String(err)}`);
    }
    arm(nextAt.getTime()); // never the same hour twice, even if the timer fired a little early
  };
  arm();
  return {
    stop: () => clearTimeout(timer),
    next: () => nextAt,
  };
}
