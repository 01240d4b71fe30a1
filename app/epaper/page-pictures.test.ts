import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PAGE_FILES } from "@/lib/epaper/epaper-view";
import { pagePictures, PicturesBusyError, type RenderPictures } from "./page-pictures";

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "epaper-"));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const ref = (number = 1, key = "abc123") => ({ date: "2019-01-09", number, key });

/** A renderer that writes every file and records how many renders ran at once. */
function fakeRender() {
  const calls: string[] = [];
  let running = 0;
  let most = 0;
  const gate: (() => void)[] = [];
  const render: RenderPictures = async (r, into) => {
    calls.push(`${r.number}-${r.key}`);
    running++;
    most = Math.max(most, running);
    await new Promise<void>((go) => gate.push(go));
    for (const make of Object.values(PAGE_FILES)) fs.writeFileSync(path.join(into, make(r.key)), "png");
    running--;
  };
  return { render, calls, most: () => most, release: () => gate.splice(0).forEach((go) => go()) };
}

async function settle(fake: ReturnType<typeof fakeRender>, job: Promise<unknown>) {
  let done = false;
  void job.finally(() => (done = true)).catch(() => {});
  while (!done) {
    await new Promise((r) => setImmediate(r));
    fake.release();
  }
  return job;
}

describe("the e-paper's page pictures", () => {
  it("are made once for a page however many ask at once, then served from the files", async () => {
    const fake = fakeRender();
    const pictures = pagePictures({ root: () => root, render: fake.render });
    expect(pictures.file(ref(), "screen")).toBeNull();
    const asks = Promise.all([pictures.ensure(ref()), pictures.ensure(ref()), pictures.ensure(ref())]);
    await settle(fake, asks);
    expect(fake.calls).toEqual(["1-abc123"]);
    expect(pictures.file(ref(), "screen")).toBe(path.join(root, "2019-01-09", "1-abc123", "page-abc123.png"));
    expect(pictures.file(ref(), "pdf")).not.toBeNull();
    await pictures.ensure(ref());
    expect(fake.calls).toHaveLength(1);
    // Another key (the page signed again, or a restored database) is another set of pictures.
    expect(pictures.file(ref(1, "def456"), "screen")).toBeNull();
  });

  it("renders one page at a time, in the order asked (release jobs and first visits alike)", async () => {
    const fake = fakeRender();
    const pictures = pagePictures({ root: () => root, render: fake.render });
    pictures.schedule(ref(1));
    pictures.schedule(ref(2));
    await settle(fake, pictures.ensure(ref(3)));
    expect(fake.calls).toEqual(["1-abc123", "2-abc123", "3-abc123"]);
    expect(fake.most()).toBe(1);
    for (const n of [1, 2, 3]) expect(pictures.file(ref(n), "thumb")).not.toBeNull();
  });

  it("leaves nothing half-written when a render fails, and tries again on the next ask", async () => {
    let fail = true;
    const render: RenderPictures = async (r, into) => {
      fs.writeFileSync(path.join(into, PAGE_FILES.screen(r.key)), "png");
      if (fail) throw new Error("Chromium died");
      for (const make of Object.values(PAGE_FILES)) fs.writeFileSync(path.join(into, make(r.key)), "png");
    };
    const pictures = pagePictures({ root: () => root, render });
    await expect(pictures.ensure(ref())).rejects.toThrow("Chromium died");
    expect(pictures.file(ref(), "screen")).toBeNull();
    expect(fs.readdirSync(path.join(root, "2019-01-09"))).toEqual([]);
    fail = false;
    await pictures.ensure(ref());
    expect(pictures.file(ref(), "large")).not.toBeNull();
  });

  it("tells a first visit to come back when too many pages already wait", async () => {
    const fake = fakeRender();
    const pictures = pagePictures({ root: () => root, render: fake.render });
    const waiting = Array.from({ length: 32 }, (_, i) => pictures.ensure(ref(i + 1)));
    await expect(pictures.ensure(ref(99))).rejects.toBeInstanceOf(PicturesBusyError);
    await settle(fake, Promise.all(waiting));
  });
});
