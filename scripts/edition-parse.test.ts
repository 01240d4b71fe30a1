import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ParsedPage } from "../lib/page-text/types";

const root = path.resolve(import.meta.dirname, "..");
const seed = path.join(root, "seeds/liaocheng-news-2019-01.txt");

function run(...args: string[]) {
  const result = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/edition-parse.ts", ...args], {
    cwd: root,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const tempDir = mkdtempSync(path.join(os.tmpdir(), "edition-parse-"));
afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

function tempFile(name: string, content: Buffer): string {
  const file = path.join(tempDir, name);
  writeFileSync(file, content);
  return file;
}

describe("edition:parse CLI", { timeout: 30_000 }, () => {
  it("prints the parsed seed page as JSON and exits 0", () => {
    const { status, stdout, stderr } = run(seed);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout.startsWith('{\n  "items": [')).toBe(true);
    const page = JSON.parse(stdout) as ParsedPage;
    expect(page.items.filter((i) => i.kind === "story" || i.kind === "photo")).toHaveLength(8);
    expect(page.responsibleEditor).toBe("李强");
  });

  it("exits 2 with a one-line message when the argument is missing", () => {
    const { status, stdout, stderr } = run();
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^edition:parse: missing file argument .*\n$/);
  });

  it("exits 2 when the file does not exist", () => {
    const { status, stdout, stderr } = run(path.join(os.tmpdir(), "no-such-page-text.txt"));
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^edition:parse: cannot read .*no such file\n$/);
  });

  it("exits 2 on a binary file", () => {
    const file = tempFile("page.bin", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0xff]));
    const { status, stdout, stderr } = run(file);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^edition:parse: .* is not a text file \(it contains NUL bytes\)\n$/);
  });

  it("exits 2 on text that is not UTF-8 (GBK bytes)", () => {
    // "聊城" in GBK: C1C4 B3C7 — invalid as UTF-8.
    const file = tempFile("page-gbk.txt", Buffer.from([0xc1, 0xc4, 0xb3, 0xc7, 0x0a]));
    const { status, stderr } = run(file);
    expect(status).toBe(2);
    expect(stderr).toMatch(/is not valid UTF-8 text\n$/);
  });

  it("exits 2 on a directory", () => {
    const { status, stderr } = run(os.tmpdir());
    expect(status).toBe(2);
    expect(stderr).toMatch(/is a directory\n$/);
  });
});
