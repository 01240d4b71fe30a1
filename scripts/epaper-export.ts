/**
 * npm run epaper:export -- <dir> [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--server URL] [--origin URL]
 * Writes the e-paper of the released editions in the range (all by default) into <dir> as static files
 * (HTML, page pictures, PDFs) that any web server or CDN serves without Newsdesk: see README "The e-paper".
 * Pictures come from NEWSDESK_EPAPER_DIR; a page without them yet is asked of the running server
 * (--server, default NEWSDESK_PROOF_ORIGIN), which makes them. --origin makes Open Graph links absolute.
 * Exit 0 done; 2 bad use; 1 anything else (e.g. pictures missing and no server to make them).
 */
import fs from "node:fs";
import path from "node:path";
import { databasePath, openDb } from "@/db/client";
import { env } from "@/lib/env";
import { PAGE_FILES, type PageFileKind } from "@/lib/epaper/epaper-view";
import { epaperPath } from "@/lib/epaper/epaper-links";
import { pagePictures, type RenderPictures } from "@/app/epaper/page-pictures";
import { exportEpaper } from "./epaper/export-epaper";

function fail(message: string, code = 2): never {
  console.error(`epaper:export: ${message}`);
  process.exit(code);
}

const args = process.argv.slice(2).filter((a) => a !== "--");
const flags: Record<string, string> = {};
const positional: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i].startsWith("--")) {
    if (args[i + 1] === undefined) fail(`${args[i]} needs a value`);
    flags[args[i].slice(2)] = args[++i];
  } else positional.push(args[i]);
}
const DATE = /^\d{4}-\d\d-\d\d$/;
if (positional.length !== 1) fail("usage: npm run epaper:export -- <dir> [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--server URL] [--origin URL]");
for (const k of Object.keys(flags)) if (!["from", "to", "server", "origin"].includes(k)) fail(`unknown option --${k}`);
for (const k of ["from", "to"]) if (flags[k] && !DATE.test(flags[k])) fail(`--${k} must be a date YYYY-MM-DD (got "${flags[k]}")`);
const dir = path.resolve(positional[0]);
if (!fs.existsSync(databasePath())) fail(`no database at ${databasePath()} (set DATABASE_PATH)`);

const server = (flags.server ?? env().NEWSDESK_PROOF_ORIGIN).replace(/\/$/, "");
/** A page still without pictures: the server makes them on this first need; we keep its answers. */
const fromServer: RenderPictures = async (ref, into) => {
  for (const kind of Object.keys(PAGE_FILES) as PageFileKind[]) {
    const name = PAGE_FILES[kind](ref.key);
    const url = `${server}/epaper/${epaperPath.file(ref.date, ref.number, name)}`;
    let res: Response;
    try {
      res = await fetch(url, { signal: AbortSignal.timeout(180_000) });
    } catch {
      throw new Error(`${ref.date} page ${ref.number} has no pictures yet and no server answers at ${server} to make them (start it, or pass --server URL)`);
    }
    if (!res.ok) throw new Error(`${url} answered ${res.status}`);
    fs.writeFileSync(path.join(into, name), Buffer.from(await res.arrayBuffer()));
  }
};

const started = performance.now();
const { db, sqlite } = openDb();
try {
  fs.mkdirSync(dir, { recursive: true });
  const r = await exportEpaper(db, { dir, from: flags.from, to: flags.to, origin: flags.origin ?? null, pictures: pagePictures({ root: () => env().NEWSDESK_EPAPER_DIR, render: fromServer }) });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`epaper:export: ${r.editions} editions, ${r.pages} pages, ${r.articles} articles, ${r.files} pictures and PDFs into ${dir} in ${seconds} s`);
  if (r.editions === 0) console.log("epaper:export: no released edition in that range");
} catch (err) {
  fail(err instanceof Error ? err.message : String(err), 1);
} finally {
  sqlite.close();
}
