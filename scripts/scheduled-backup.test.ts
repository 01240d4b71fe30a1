import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, inject, it, vi } from "vitest";
import { checkDatabaseFile } from "@/db/backup-database";
import { scheduleDailyBackups, takeScheduledBackup } from "./scheduled-backup";

let dir: string;
let databaseFile: string;
let backups: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-daily-"));
  databaseFile = path.join(dir, "newsdesk.db");
  backups = path.join(dir, "backups");
  fs.copyFileSync(inject("seedTemplate").file, databaseFile);
});
afterEach(() => {
  vi.useRealTimers();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the daily backup", () => {
  it("writes a checked backup named by its time and deletes the oldest beyond `keep`, leaving other files alone", () => {
    fs.mkdirSync(backups);
    const old = ["newsdesk-20261127T190000Z.db", "newsdesk-20261128T190000Z.db", "newsdesk-20261129T190000Z.db"];
    for (const name of [...old, "before-upgrade.db"]) fs.writeFileSync(path.join(backups, name), "old");
    const { report, deleted } = takeScheduledBackup({ databaseFile, dir: backups, keep: 2 }, new Date("2026-11-30T19:00:00Z"));
    expect(report.file).toBe(path.join(backups, "newsdesk-20261130T190000Z.db"));
    expect(checkDatabaseFile(report.file).ok).toBe(true);
    expect(deleted.sort()).toEqual(old.slice(0, 2));
    expect(fs.readdirSync(backups).sort()).toEqual(["before-upgrade.db", "newsdesk-20261129T190000Z.db", "newsdesk-20261130T190000Z.db"]);
  });

  it("runs at the hour in Asia/Shanghai, then again a day later, and keeps going after a failure", () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    vi.setSystemTime(new Date("2026-12-01T09:30:00Z")); // 17:30 in Shanghai
    const log: string[] = [];
    const daily = scheduleDailyBackups({ databaseFile, dir: backups, keep: 5, hour: 3, timeZone: "Asia/Shanghai" }, (line) => log.push(line));
    expect(daily.next()).toEqual(new Date("2026-12-01T19:00:00Z"));

    vi.advanceTimersByTime(9.5 * 3600_000 - 1);
    expect(fs.existsSync(backups)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(fs.readdirSync(backups)).toEqual(["newsdesk-20261201T190000Z.db"]);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatch(/^daily backup: wrote \S+newsdesk-20261201T190000Z\.db \(\d+ stories, integrity ok\)$/);
    expect(daily.next()).toEqual(new Date("2026-12-02T19:00:00Z"));

    fs.renameSync(databaseFile, databaseFile + ".gone"); // the next one fails …
    vi.advanceTimersByTime(24 * 3600_000);
    expect(log[1]).toMatch(/^daily backup FAILED: /);
    expect(daily.next()).toEqual(new Date("2026-12-03T19:00:00Z")); // … and the one after is still planned
    fs.renameSync(databaseFile + ".gone", databaseFile);
    vi.advanceTimersByTime(24 * 3600_000);
    expect(fs.readdirSync(backups).sort()).toEqual(["newsdesk-20261201T190000Z.db", "newsdesk-20261203T190000Z.db"]);
    daily.stop();
  });
});
