import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { openDb } from "@/db/client";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-archive-cli-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(script: string, args: string[], database: string) {
  return spawnSync("node_modules/.bin/tsx", [`scripts/${script}.ts`, ...args], { env: { ...process.env, DATABASE_PATH: database }, encoding: "utf8" });
}
const count = (database: string, sql: string) => {
  const { sqlite } = openDb(database);
  try {
    return sqlite.prepare(sql).pluck().get();
  } finally {
    sqlite.close();
  }
};

describe("npm run edition:export / edition:import", () => {
  it("exports the seed edition, imports it into a new database, and refuses it a second time with exit 2 and nothing changed", () => {
    const source = path.join(dir, "source.db");
    fs.copyFileSync(inject("seedTemplate").file, source);
    const file = path.join(dir, "edition.json");
    const out = run("edition-export", ["2019-01-09", file], source);
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toMatch(/2019-01-09: 1 pages, \d+ stories/);
    expect(JSON.parse(fs.readFileSync(file, "utf8"))).toMatchObject({ format: "newsdesk-edition-archive", version: 1, edition: { date: "2019-01-09" } });
    expect(run("edition-export", ["2019-01-09", file], source).status).toBe(2); // never overwrites

    const target = path.join(dir, "target.db");
    expect(run("db-migrate", [], target).status).toBe(0);
    const imported = run("edition-import", [file], target);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toContain("accounts created disabled");
    const storiesIn = (db: string) => count(db, "SELECT count(*) FROM stories");
    expect(storiesIn(target)).toBe(count(source, "SELECT count(*) FROM stories s JOIN editions e ON e.id = s.edition_id WHERE e.date = '2019-01-09'"));

    const again = run("edition-import", [file], target);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("exists already");
    expect(storiesIn(target)).toBe(count(source, "SELECT count(*) FROM stories s JOIN editions e ON e.id = s.edition_id WHERE e.date = '2019-01-09'"));

    fs.writeFileSync(path.join(dir, "broken.json"), "{not json");
    const broken = run("edition-import", [path.join(dir, "broken.json")], target);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain("not valid JSON");
  }, 60_000);
});
