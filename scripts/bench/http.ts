/**
 * `npm run bench -- http --stories N [--duration S]`: autocannon against `next start` on the generated
 * database of that size. Each endpoint: latency at 1 connection (p50/p95/p99 of every response; about
 * --duration seconds of requests, at least 30) and throughput at 8 connections (about half as long); beside it the database floor (the same db/queries function in-process on
 * better-sqlite3, the server stopped) and the framework floor (GET /api/ping), as ratios.
 */
import { openDb, runMigrations } from "@/db/client";
import { updateStory } from "@/db/commands/update-story";
import { getEditionByDate } from "@/db/queries/editions";
import { getEpaperArticle, getEpaperPage } from "@/db/queries/epaper";
import { epaperArticleHtml, epaperPageHtml } from "@/lib/epaper/epaper-html";
import { APP_LINKS } from "@/lib/epaper/epaper-links";
import { getEditionPage, getPageDetail, listEditionPageLinks, listEditionPages } from "@/db/queries/pages";

import { listBudget } from "@/db/queries/stories";
import { getStoryForUser } from "@/db/queries/story-for-user";
import { listNotifications } from "@/db/queries/story-history";
import type { Role } from "@/lib/roles";
import { f, fmtInt, load, readMeta, saveResult, timeInProcess, type BenchOpts, type HttpRun } from "./measure";
import { signIn, startServer, writeHeaders } from "./server";

interface Case {
  name: string;
  /** what the in-process floor runs */
  floorNote: string;
  method: "GET" | "PATCH";
  path: string;
  login: "liqiang" | "limeng" | null;
  /** the save: a body with the current baseVersion, kept current from each answer */
  save?: boolean;
  /** no 8-connection run (one story saved by 8 clients only makes 409s; see `saves`) */
  latencyOnly?: boolean;
  floor: (() => void) | null;
}

interface Row {
  name: string;
  path: string;
  latency: HttpRun;
  throughput: HttpRun | null;
  floorMs: number | null;
  floorNote: string;
  rssMb: number;
}

type StoryJson = {
  version: number;
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
  dateline: string | null;
  body: string[];
  sidebars: { title: string; paragraphs: string[] }[];
  bylines: { personId?: number; name: string; role: string }[];
};

export function contentOf(s: StoryJson) {
  return {
    kicker: s.kicker,
    headline: s.headline,
    subheadline: s.subheadline,
    dateline: s.dateline,
    body: s.body,
    sidebars: s.sidebars.map((x) => ({ title: x.title, paragraphs: x.paragraphs })),
    bylines: s.bylines.map((b) => ({ personId: b.personId, name: b.name, role: b.role })),
  };
}

/** The story's text with its last paragraph changed by a counter (a keystroke of autosave). */
export function edited(content: ReturnType<typeof contentOf>, n: number) {
  const body = content.body.length ? [...content.body.slice(0, -1), `${content.body.at(-1)}${n % 10}`] : [`${n % 10}`];
  return { ...content, body };
}

export async function main(opts: BenchOpts) {
  const meta = readMeta(opts.file);
  const date = meta.currentDate;
  const { db, sqlite } = openDb(opts.file);
  // The floors read the database as the server will see it: migrated to this code's schema (the server
  // would migrate it at start anyway).
  runMigrations(db);
  const userRow = (login: string) => sqlite.prepare<[string], { id: number; role: Role }>("SELECT id, role FROM users WHERE login = ?").get(login)!;
  const editor = userRow("liqiang");
  const reporter = userRow("limeng");
  const page3 = sqlite.prepare<[string], { id: number }>("SELECT p.id FROM pages p JOIN editions e ON e.id = p.edition_id WHERE e.date = ? AND p.number = 3").get(date)!.id;
  const saveId = meta.editableStoryIds[0];
  const floorSaveId = meta.editableStoryIds[1];
  const readId = meta.readStoryId;
  // The e-paper: page 1 of a released edition and a story on it, read by a visitor without a session.
  const epaperStoryId = sqlite
    .prepare<[string], { id: number }>(
      "SELECT pe.story_id AS id FROM page_elements pe JOIN pages p ON p.id = pe.page_id JOIN editions e ON e.id = p.edition_id WHERE e.date = ? AND p.number = 1 AND p.state = 'released' AND pe.story_id IS NOT NULL ORDER BY pe.id LIMIT 1",
    )
    .get(meta.oldDate)!.id;
  const notifCount = sqlite.prepare<[number], { n: number }>("SELECT count(*) AS n FROM notifications WHERE user_id = ?").get(reporter.id)!.n;

  let floorVersion = getStoryForUser(db, { id: floorSaveId, user: editor })!.version;
  const floorBase = contentOf(getStoryForUser(db, { id: floorSaveId, user: editor }) as unknown as StoryJson);
  let floorN = 0;
  const cases: Case[] = [
    { name: "framework floor: GET /api/ping", floorNote: "–", method: "GET", path: "/api/ping", login: null, floor: null },
    { name: "budget API", floorNote: "listBudget", method: "GET", path: `/api/stories?edition=${date}`, login: "liqiang", floor: () => listBudget(db, { editionDate: date }) },
    {
      name: "SSR budget page",
      floorNote: "getEditionByDate + listEditionPageLinks + listBudget",
      method: "GET",
      path: `/editions/${date}`,
      login: "liqiang",
      floor: () => {
        getEditionByDate(db, { date });
        listEditionPageLinks(db, { date });
        listBudget(db, { editionDate: date });
      },
    },
    { name: "story read", floorNote: "getStoryForUser", method: "GET", path: `/api/stories/${readId}`, login: "liqiang", floor: () => getStoryForUser(db, { id: readId, user: editor }) },
    {
      name: "story save (version-checked)",
      floorNote: "updateStory (another story)",
      method: "PATCH",
      path: `/api/stories/${saveId}`,
      login: "liqiang",
      save: true,
      latencyOnly: true,
      floor: () => {
        floorVersion = updateStory(db, { storyId: floorSaveId, baseVersion: floorVersion, actor: editor, content: edited(floorBase, floorN++) as never }).version;
      },
    },
    { name: "page read (API)", floorNote: "getPageDetail", method: "GET", path: `/api/pages/${page3}`, login: "liqiang", floor: () => getPageDetail(db, { id: page3, viewer: editor }) },
    { name: "SSR page view", floorNote: "getEditionPage", method: "GET", path: `/editions/${date}/pages/3`, login: "liqiang", floor: () => getEditionPage(db, { date, number: 3, viewer: editor }) },
    { name: "flatplan (SSR)", floorNote: "listEditionPages", method: "GET", path: `/editions/${date}/pages`, login: "liqiang", floor: () => listEditionPages(db, { date }) },
    { name: "flatplan (API)", floorNote: "listEditionPages", method: "GET", path: `/api/editions/${date}/pages`, login: "liqiang", floor: () => listEditionPages(db, { date }) },
    {
      name: "e-paper page (public HTML)",
      floorNote: "getEpaperPage + epaperPageHtml",
      method: "GET",
      path: `/epaper/${meta.oldDate}/1`,
      login: null,
      floor: () => epaperPageHtml(getEpaperPage(db, { date: meta.oldDate, number: 1 })!, { links: APP_LINKS }),
    },
    {
      name: "e-paper article (public HTML)",
      floorNote: "getEpaperArticle + epaperArticleHtml",
      method: "GET",
      path: `/epaper/${meta.oldDate}/article/${epaperStoryId}`,
      login: null,
      floor: () => epaperArticleHtml(getEpaperArticle(db, { date: meta.oldDate, storyId: epaperStoryId })!, { links: APP_LINKS }),
    },
    { name: `notifications (${fmtInt(notifCount)} of the user's)`, floorNote: "listNotifications", method: "GET", path: "/api/notifications", login: "limeng", floor: () => listNotifications(db, { userId: reporter.id }) },
  ];

  console.log(`http bench on ${opts.file} (${fmtInt(meta.stories)} stories), edition ${date}`);
  const floors = new Map<string, number>();
  for (const c of cases) {
    if (!c.floor) continue;
    if (c.save && !opts.write) continue;
    const ms = timeInProcess(c.floor);
    floors.set(c.name, ms);
    console.log(`  floor ${c.name.padEnd(40)} ${f(ms, 3)} ms`);
  }
  sqlite.close();

  const server = await startServer({ file: opts.file, port: opts.port });
  const rows: Row[] = [];
  try {
    const cookies = { liqiang: await signIn(server.baseURL, "liqiang"), limeng: await signIn(server.baseURL, "limeng") };
    const saveStart = await (await fetch(`${server.baseURL}/api/stories/${saveId}`, { headers: { Cookie: cookies.liqiang } })).json();
    const saveContent = contentOf(saveStart.story as StoryJson);
    let saveVersion = (saveStart.story as StoryJson).version;
    let saveN = 0;
    const rssStart = server.rssMb();
    for (const c of cases) {
      if (c.save && !opts.write) continue;
      const headers = c.login ? (c.save ? writeHeaders(server.baseURL, cookies[c.login]) : { Cookie: cookies[c.login] }) : {};
      const requests = c.save
        ? [
            {
              method: "PATCH",
              path: c.path,
              headers,
              setupRequest: (req: object) => ({ ...req, body: JSON.stringify({ baseVersion: saveVersion, content: edited(saveContent, saveN++) }) }),
              onResponse: (status: number, body: string) => {
                if (status === 200) saveVersion = (JSON.parse(body) as { version: number }).version;
                else if (status === 409) saveVersion = (JSON.parse(body) as { version: number }).version ?? saveVersion;
              },
            },
          ]
        : [{ method: c.method, path: c.path, headers }];
      const base = { url: server.baseURL, requests };
      // Counted runs (not timed ones), sized from a probe so each lasts about --duration seconds: a timed run
      // leaves requests in flight that the next case would wait behind.
      const probe = await load({ ...base, connections: 1, amount: 5 }); // also the warm-up
      const perRequest = Math.max(probe.p50, 0.2);
      const amount = (seconds: number, min: number) => Math.round(Math.min(Math.max((seconds * 1000) / perRequest, min), 30_000));
      // A request of seconds: 5 sequential requests, no throughput run (it would take many minutes).
      const slow = probe.p50 > 1500;
      const latency = await load({ ...base, connections: 1, amount: slow ? 5 : amount(opts.duration, 10) });
      const throughput = c.latencyOnly || slow ? null : await load({ ...base, connections: 8, amount: amount(opts.duration / 2, 16) });
      const row: Row = { name: c.name, path: c.path, latency, throughput, floorMs: floors.get(c.name) ?? null, floorNote: c.floorNote, rssMb: server.rssMb() };
      rows.push(row);
      const bad = latency.non2xx + (throughput?.non2xx ?? 0) + latency.errors + (throughput?.errors ?? 0);
      console.log(
        `  ${c.name.padEnd(40)} p50 ${f(latency.p50)} p95 ${f(latency.p95)} p99 ${f(latency.p99)} ms  ${throughput ? `${fmtInt(throughput.perSecond)} req/s @8` : ""}  rss ${fmtInt(row.rssMb)} MB${bad ? `  NON-2XX/ERRORS ${bad} ${JSON.stringify(latency.statuses)}` : ""}`,
      );
    }
    console.log(`  server rss: ${fmtInt(rssStart)} MB after sign-in, ${fmtInt(Math.max(...rows.map((r) => r.rssMb)))} MB max`);
  } finally {
    await server.stop();
  }
  const ping = rows.find((r) => r.path === "/api/ping")!.latency.p50;
  const table = [
    "| endpoint | p50 ms | p95 ms | p99 ms | req/s (1 conn) | req/s (8 conn) | database floor ms (in-process) | p50 ÷ database floor | p50 ÷ framework floor | non-2xx |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${r.name} \`${r.path.replace(/\d{4}-\d\d-\d\d/, ":date")}\` | ${f(r.latency.p50)} | ${f(r.latency.p95)} | ${f(r.latency.p99)} | ${fmtInt(r.latency.perSecond)} | ${r.throughput ? fmtInt(r.throughput.perSecond) : "–"} | ${r.floorMs === null ? "–" : `${f(r.floorMs, 2)} (${r.floorNote})`} | ${r.floorMs === null ? "–" : `${f(r.latency.p50 / r.floorMs)}×`} | ${f(r.latency.p50 / ping)}× | ${r.latency.non2xx + (r.throughput?.non2xx ?? 0)} |`,
    ),
    "",
    `Server memory (RSS of next-server): ${fmtInt(Math.max(...rows.map((r) => r.rssMb)))} MB at most during the run.`,
  ].join("\n");
  console.log("\n" + table);
  console.log(`saved ${saveResult("http", meta.stories, { rows, table })}`);
}
