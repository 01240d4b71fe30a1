import { describe, expect, it } from "vitest";
import { backupsToDelete, nextBackupAt, scheduledBackupName, SCHEDULED_BACKUP_NAME } from "./backup-schedule";

const SHANGHAI = "Asia/Shanghai";
const at = (iso: string) => new Date(iso);

describe("the daily backup's next run, in the publication's time zone", () => {
  it("is today's hour while it is still ahead in Shanghai, else tomorrow's", () => {
    // 03:00 in Shanghai is 19:00 UTC the day before.
    expect(nextBackupAt(at("2026-12-01T18:59:59Z"), 3, SHANGHAI)).toEqual(at("2026-12-01T19:00:00Z"));
    expect(nextBackupAt(at("2026-12-01T19:00:00Z"), 3, SHANGHAI)).toEqual(at("2026-12-02T19:00:00Z"));
    expect(nextBackupAt(at("2026-12-01T19:00:01Z"), 3, SHANGHAI)).toEqual(at("2026-12-02T19:00:00Z"));
    // 09:00 UTC is 17:00 in Shanghai: the day's 03:00 has passed there although UTC's day is young.
    expect(nextBackupAt(at("2026-12-01T09:00:00Z"), 3, SHANGHAI)).toEqual(at("2026-12-01T19:00:00Z"));
  });

  it("counts the day by Shanghai's calendar across midnight, month and year ends", () => {
    // 23:30 in Shanghai on 31 December → 00:00 on 1 January, half an hour later.
    expect(nextBackupAt(at("2026-12-31T15:30:00Z"), 0, SHANGHAI)).toEqual(at("2026-12-31T16:00:00Z"));
    // 00:30 in Shanghai on 1 March (29 February absent) → 23:00 that day.
    expect(nextBackupAt(at("2027-02-28T16:30:00Z"), 23, SHANGHAI)).toEqual(at("2027-03-01T15:00:00Z"));
    expect(nextBackupAt(at("2027-03-01T15:00:00Z"), 23, SHANGHAI)).toEqual(at("2027-03-02T15:00:00Z"));
  });

  it("follows another zone's daylight-saving change (the function is not Shanghai-only)", () => {
    // Berlin springs forward at 02:00 on 2026-03-29: 02:00 never shows, so that day's run is at 03:00 CEST.
    expect(nextBackupAt(at("2026-03-28T23:00:00Z"), 2, "Europe/Berlin")).toEqual(at("2026-03-29T01:00:00Z"));
    expect(nextBackupAt(at("2026-03-29T12:00:00Z"), 3, "Europe/Berlin")).toEqual(at("2026-03-30T01:00:00Z"));
  });
});

describe("retention of the daily backups", () => {
  const names = ["newsdesk-20261128T190000Z.db", "newsdesk-20261130T190000Z.db", "newsdesk-20261129T190000Z.db", "newsdesk-20261127T190000Z.db"];

  it("keeps the newest `keep` scheduled backups, whatever order the folder lists them in", () => {
    expect(backupsToDelete(names, 2).sort()).toEqual(["newsdesk-20261127T190000Z.db", "newsdesk-20261128T190000Z.db"]);
    expect(backupsToDelete(names, 4)).toEqual([]);
    expect(backupsToDelete(names, 10)).toEqual([]);
    expect(backupsToDelete(names, 1).sort()).toEqual(names.filter((n) => n !== "newsdesk-20261130T190000Z.db").sort());
  });

  it("never deletes a file it did not name: manual backups, half-written ones, other files", () => {
    const folder = [...names, "before-upgrade.db", "newsdesk-20261201T190000Z.db.partial", "newsdesk-20200101T000000Z.db-wal", "notes.txt"];
    expect(backupsToDelete(folder, 1).sort()).toEqual(names.filter((n) => n !== "newsdesk-20261130T190000Z.db").sort());
  });

  it("names a backup by its UTC time, so the names sort by time", () => {
    const name = scheduledBackupName(at("2026-12-01T19:00:00.123Z"));
    expect(name).toBe("newsdesk-20261201T190000Z.db");
    expect(name).toMatch(SCHEDULED_BACKUP_NAME);
    expect([scheduledBackupName(at("2027-01-01T00:00:00Z")), name].sort()[0]).toBe(name);
  });
});
