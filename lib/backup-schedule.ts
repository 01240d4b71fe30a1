/**
 * The daily backup's clock and its retention, as pure functions (the timer and the files are
 * scripts/scheduled-backup.ts): when the next one runs, what it is called, which old ones go.
 */

/** A scheduled backup's file name: `newsdesk-20261201T190000Z.db` (UTC, so names sort by time). */
export const SCHEDULED_BACKUP_NAME = /^newsdesk-(\d{8}T\d{6}Z)\.db$/;

export function scheduledBackupName(at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}Z$/, "Z");
  return `newsdesk-${stamp}.db`;
}

/** The wall clock of `at` in `timeZone`, read as if it were UTC (ms). */
function wallClock(at: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" })
      .formatToParts(at)
      .map((p) => [p.type, Number(p.value)]),
  );
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

/**
 * The instant the wall clock of `timeZone` shows `wall` (a wall-clock time read as UTC ms). A time that
 * a daylight-saving jump skips comes out as the instant of the jump (02:30 that never was → 03:00).
 */
function instantOfWallClock(wall: number, timeZone: string): number {
  const offset = wallClock(wall, timeZone) - wall;
  const guess = wall - offset;
  const offsetThen = wallClock(guess, timeZone) - guess;
  return offsetThen === offset ? guess : wall - offsetThen;
}

/** The next time after `now` that the clock of `timeZone` shows `hour`:00 — today's if still ahead, else tomorrow's. */
export function nextBackupAt(now: Date, hour: number, timeZone: string): Date {
  const today = new Date(wallClock(now.getTime(), timeZone));
  for (let day = 0; day < 3; day++) {
    const wall = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + day, hour);
    const at = instantOfWallClock(wall, timeZone);
    if (at > now.getTime()) return new Date(at);
  }
  throw new Error(`no ${hour}:00 in ${timeZone} within two days of ${now.toISOString()}`);
}

/** Which of the files in the backup folder to delete so the newest `keep` scheduled backups remain; other files are never touched. */
export function backupsToDelete(fileNames: readonly string[], keep: number): string[] {
  const scheduled = fileNames.filter((name) => SCHEDULED_BACKUP_NAME.test(name)).sort().reverse();
  return scheduled.slice(Math.max(keep, 1));
}
