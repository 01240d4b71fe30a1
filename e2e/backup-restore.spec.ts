import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { checkDatabase, signedInClients, startOwnServer, tempDataDir } from "./own-server";
import { compareWithAttempts, SaveBurst, storedStories } from "./save-burst";

/** `npm run db:backup` / `db:restore` on a database file; resolves with the exit code and what was printed. */
function cli(script: "db-backup" | "db-restore", file: string, databaseFile: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn("node_modules/.bin/tsx", [`scripts/${script}.ts`, file], { env: { ...process.env, DATABASE_PATH: databaseFile }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("exit", (code) => resolve({ code, out }));
  });
}

/** Every row of every table but those the saves write. */
function unsavedTables(file: string): Record<string, unknown[]> {
  // story_check_counts: the 机检 counts written with each save's text (docs/CHECK.md)
  const saved = new Set(["stories", "sidebars", "story_bylines", "story_revisions", "story_check_counts"]);
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    // the search index (story_search and its shadow tables) follows the saved stories, so the saves touch it too
    const tables = (sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string; sql: string }[]).filter(
      (t) => !saved.has(t.name) && !t.name.startsWith("story_search"),
    );
    return Object.fromEntries(tables.map(({ name: t }) => [t, sqlite.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]));
  } finally {
    sqlite.close();
  }
}

test("a backup taken while saves run restores, into a new file, the database as it stood at one moment of the backup", async () => {
  test.setTimeout(240_000);
  const data = tempDataDir("backup");
  const databaseFile = `${data.dir}/newsdesk.db`;
  const backupFile = `${data.dir}/backups/during-saves.db`;
  const restoredFile = `${data.dir}/restored/newsdesk.db`;
  const server = await startOwnServer(databaseFile);
  const signedInClient = signedInClients();
  try {
    const editor = await signedInClient(server.baseURL, "liqiang");
    expect((await editor.post("/api/editions", { data: { date: "2020-07-01" } })).status()).toBe(201);
    const storyIds: number[] = [];
    for (let i = 0; i < 4; i++) storyIds.push((await (await editor.post("/api/stories", { data: { edition: "2020-07-01", slug: `备份测试${i + 1}` } })).json()).story.id);
    await editor.dispose();

    const clients: APIRequestContext[] = [];
    for (let i = 0; i < 4; i++) clients.push(await signedInClient(server.baseURL, i % 2 ? "chief" : "liqiang"));
    const burst = new SaveBurst(clients, storyIds, "b");
    const saving = burst.run(new Map(storyIds.map((id) => [id, 1])));
    await expect.poll(() => burst.acknowledged().length, { timeout: 60_000 }).toBeGreaterThanOrEqual(20);

    const ackedBefore = burst.acknowledged();
    const startedAt = performance.now();
    const backup = await cli("db-backup", backupFile, databaseFile);
    const finishedAt = performance.now();
    const ackedDuring = burst.acknowledged().length - ackedBefore.length;
    // The server holds the database: a restore onto it is refused, and the saves go on.
    const refused = await cli("db-restore", backupFile, databaseFile);
    const ackedAfterBackup = burst.acknowledged().length;
    await expect.poll(() => burst.acknowledged().length, { timeout: 60_000 }).toBeGreaterThanOrEqual(ackedAfterBackup + 10);
    burst.stop();
    await saving;
    await Promise.all(clients.map((c) => c.dispose()));

    expect(backup.code, backup.out).toBe(0);
    expect(backup.out).toContain(`db:backup: wrote ${backupFile} (`);
    expect(refused.code, refused.out).toBe(3);
    expect(refused.out).toContain("a Newsdesk server");

    const restore = await cli("db-restore", backupFile, restoredFile);
    expect(restore.code, restore.out).toBe(0);
    expect(restore.out).toContain(`there was no database at ${restoredFile}`);
    expect(checkDatabase(restoredFile)).toEqual({ integrity: ["ok"], foreignKeyViolations: 0 });

    // Each story holds one save's whole text; every save answered before the backup began is there.
    const restored = storedStories(restoredFile, storyIds);
    const { problems, lost, producers } = compareWithAttempts(restored, burst.attempts, ackedBefore);
    expect(problems).toEqual([]);
    expect(lost.map((a) => a.marker)).toEqual([]);
    // One moment T for all stories: each save in the copy was sent before T, and the save that followed
    // it on the same story (if any) was answered after T — so no save answered before another story's save
    // in the copy was sent is missing. Nothing sent after the backup finished is in it.
    const saves = burst.acknowledged();
    const latestSent = Math.max(...[...producers.values()].map((p) => p.sentAt));
    const followers = storyIds.map((id) => saves.find((a) => a.storyId === id && a.version === restored.get(id)!.version + 1)).filter((a) => a !== undefined);
    for (const next of followers) expect(next.answeredAt!, `${next.marker} was answered before a save in the copy was sent`).toBeGreaterThanOrEqual(latestSent);
    expect(latestSent).toBeLessThan(finishedAt);
    // The source went on after the backup: the copy is not simply the final database.
    const source = storedStories(databaseFile, storyIds);
    expect(storyIds.some((id) => source.get(id)!.version > restored.get(id)!.version)).toBe(true);
    expect(compareWithAttempts(source, burst.attempts).lost).toEqual([]);
    // What the saves do not touch is as in the source.
    expect(unsavedTables(restoredFile)).toEqual(unsavedTables(databaseFile));

    const tally = `${ackedBefore.length} saves acknowledged before the backup, ${ackedDuring} during it (${((finishedAt - startedAt) / 1000).toFixed(1)} s), ${saves.length} in all; copy at versions ${storyIds.map((id) => restored.get(id)!.version).join("/")} of ${storyIds.map((id) => source.get(id)!.version).join("/")}`;
    console.log(`backup round-trip: ${tally}`);
    test.info().annotations.push({ type: "backup round-trip", description: tally });
  } finally {
    await server.kill("SIGTERM");
    data.remove();
  }
});
