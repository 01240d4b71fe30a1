import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { pages } from "@/db/schema";
import { makeSeededDb, proofreadPage } from "@/db/test-db";
import { createEdition } from "@/db/commands/create-edition";
import { transitionPage } from "@/db/commands/transition-page";
import { PAGE_FILES } from "@/lib/epaper/epaper-view";
import { pagePictures } from "@/app/epaper/page-pictures";
import { ninjsErrors } from "@/lib/exchange/__schema__/validate-ninjs";
import { exportEpaper } from "./export-epaper";

let t: ReturnType<typeof makeSeededDb>;
let work: string;
beforeAll(() => {
  t = makeSeededDb();
  work = fs.mkdtempSync(path.join(os.tmpdir(), "epaper-export-"));
  for (const [from, action] of [
    ["layout", "submit"],
    ["submitted", "sign"],
    ["signed", "release"],
  ] as const) {
    const { state } = t.db.select({ state: pages.state }).from(pages).where(eq(pages.id, t.seedPage.id)).get()!;
    if (state !== from) continue;
    if (action === "sign") proofreadPage(t.db, t.seedPage.id);
    transitionPage(t.db, { pageId: t.seedPage.id, action, actor: action === "submit" ? t.users.editor : t.users.chief });
  }
  // The seed's next edition (2019-01-10) has nothing released: not in the e-paper, not in the export.
});
afterAll(() => {
  t.close();
  fs.rmSync(work, { recursive: true, force: true });
});

/** Every file under `dir`, relative. */
const filesUnder = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)).map((f) => path.join(e.name, f)) : [e.name]));

describe("npm run epaper:export", () => {
  it("writes the released editions as static files whose every link resolves to a file of the export", async () => {
    const made: string[] = [];
    const pictures = pagePictures({
      root: () => path.join(work, "pictures"),
      render: async (ref, into) => {
        made.push(`${ref.date}/${ref.number}`);
        for (const name of Object.values(PAGE_FILES)) fs.writeFileSync(path.join(into, name(ref.key)), `picture of ${ref.date}`);
      },
    });
    const out = path.join(work, "out");
    const result = await exportEpaper(t.db, { dir: out, pictures });
    expect(result).toMatchObject({ editions: 1, pages: 1, files: 4 });
    expect(result.articles).toBe(8);
    expect(made).toEqual(["2019-01-09/1"]);

    const files = filesUnder(out);
    expect(files).toContain(path.join("2019-01-09", "1", "index.html"));
    expect(files).toContain(path.join("archive", "2019-01", "index.html"));
    expect(files).toContain("index.html");
    expect(files.some((f) => f.startsWith("2019-01-10"))).toBe(false);

    let links = 0;
    for (const file of files.filter((f) => f.endsWith(".html"))) {
      const html = fs.readFileSync(path.join(out, file), "utf8");
      const hrefs = [...html.matchAll(/(?:href|src)="([^"#]+)"|url=([^"]+)"/g)].map((m) => m[1] ?? m[2]);
      for (const href of hrefs) {
        expect(href, `${file}: ${href} is relative`).not.toMatch(/^(\/|https?:)/);
        const target = path.resolve(path.dirname(path.join(out, file)), href);
        expect(fs.existsSync(target), `${file} links ${href}: no such file`).toBe(true);
        links++;
      }
      // srcset names files too.
      for (const m of html.matchAll(/srcset="([^"]+)"/g))
        for (const part of m[1].split(",")) expect(fs.existsSync(path.resolve(path.dirname(path.join(out, file)), part.trim().split(" ")[0]))).toBe(true);
    }
    expect(links).toBeGreaterThan(30);

    // The ninjs files of the server's paths: the edition and every article, each valid ninjs 2.1.
    const ninjs = files.filter((f) => f.endsWith("ninjs.json"));
    expect(ninjs).toContain(path.join("2019-01-09", "ninjs.json"));
    expect(ninjs).toHaveLength(1 + result.articles);
    for (const file of ninjs) expect(ninjsErrors(JSON.parse(fs.readFileSync(path.join(out, file), "utf8"))), file).toEqual([]);

    // A second export uses the stored pictures: nothing is made again.
    await exportEpaper(t.db, { dir: path.join(work, "again"), pictures });
    expect(made).toHaveLength(1);
  });

  it("exports only the range asked for", async () => {
    const pictures = pagePictures({ root: () => path.join(work, "pictures"), render: async () => {} });
    const result = await exportEpaper(t.db, { dir: path.join(work, "none"), from: "2019-02-01", to: "2019-02-28", pictures });
    expect(result).toEqual({ editions: 0, pages: 0, articles: 0, files: 0 });
  });
});
