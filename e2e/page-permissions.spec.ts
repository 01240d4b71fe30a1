import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type APIRequestContext } from "@playwright/test";
import { layoutOf, type Desk, type PageState } from "./desk";
import { expect, SEED_DATE, test, type Api, type Login } from "./fixtures";

/**
 * The permission matrix of every page route, per role, on the server. Every row that changes something
 * gets an edition of its own with a page made fresh through the API in the state the row needs; the
 * seed page 1 is only read.
 */
type Who = Login | "anonymous";
type Fresh = { id: number; version: number; number: number; date: string };

/** A new page of the test's edition, moved to `state` by the right people (it has only its strip and footer). */
async function pageIn(desk: Desk, state: PageState): Promise<Fresh> {
  const page = await desk.page({ name: `权限${Math.random().toString(36).slice(2, 6)}`, state });
  return { id: page.id, version: page.version, number: page.number, date: desk.date };
}


type Call = (c: APIRequestContext, p: Fresh, fx: { api: Api; desk: Desk }) => Promise<{ status(): number; json(): Promise<unknown> }>;
type Row = { who: Who; what: string; state: PageState; call: Call; expect: number };

const list: Call = (c, p) => c.get(`/api/editions/${p.date}/pages`);
const add: Call = (c, p) => c.post(`/api/editions/${p.date}/pages`, { data: { name: "新版" } });
const read: Call = (c, p) => c.get(`/api/pages/${p.id}`);
const rename: Call = (c, p) => c.patch(`/api/pages/${p.id}`, { data: { baseVersion: p.version, name: "改名" } });
const remove: Call = (c, p) => c.delete(`/api/pages/${p.id}?baseVersion=${p.version}`);
const layout: Call = async (c, p, { api }) => c.put(`/api/pages/${p.id}/layout`, { data: { baseVersion: p.version, elements: await layoutOf(await api.as("liqiang"), p.id) } });
const autoLayout: Call = async (c, p, { desk }) =>
  c.post(`/api/pages/${p.id}/auto-layout`, { data: { baseVersion: p.version, storyIds: [(await desk.story({ slug: `自动排版-${Math.random().toString(36).slice(2, 6)}` })).id] } });
const transition =
  (action: string, reason?: string): Call =>
  (c, p) =>
    c.post(`/api/pages/${p.id}/transitions`, { data: { action, ...(reason && { reason }) } });
const proof: Call = (c, p) => c.get(`/api/pages/${p.id}/proof.pdf`);

const ROWS: Row[] = [
  // nobody signed in: 401 everywhere
  ...(
    [
      ["list", list],
      ["add", add],
      ["read", read],
      ["rename", rename],
      ["remove", remove],
      ["layout", layout],
      ["auto-layout", autoLayout],
      ["submit", transition("submit")],
      ["proof.pdf", proof],
    ] as [string, Call][]
  ).map(([what, call]): Row => ({ who: "anonymous", what, state: "layout", call, expect: 401 })),
  { who: "anonymous", what: "sign", state: "submitted", call: transition("sign"), expect: 401 },
  // admin has no editorial power: 403 everywhere
  ...(
    [
      ["list", list],
      ["add", add],
      ["read", read],
      ["rename", rename],
      ["remove", remove],
      ["layout", layout],
      ["auto-layout", autoLayout],
      ["submit", transition("submit")],
      ["proof.pdf", proof],
    ] as [string, Call][]
  ).map(([what, call]): Row => ({ who: "admin", what, state: "layout", call, expect: 403 })),
  { who: "admin", what: "sign", state: "submitted", call: transition("sign"), expect: 403 },
  // a reporter reads, never writes
  { who: "limeng", what: "list", state: "layout", call: list, expect: 200 },
  { who: "limeng", what: "read", state: "layout", call: read, expect: 200 },
  { who: "limeng", what: "add", state: "layout", call: add, expect: 403 },
  { who: "limeng", what: "rename", state: "layout", call: rename, expect: 403 },
  { who: "limeng", what: "remove", state: "layout", call: remove, expect: 403 },
  { who: "limeng", what: "layout", state: "layout", call: layout, expect: 403 },
  { who: "limeng", what: "auto-layout", state: "layout", call: autoLayout, expect: 403 },
  { who: "limeng", what: "start-layout", state: "planning", call: transition("start-layout"), expect: 403 },
  { who: "limeng", what: "submit", state: "layout", call: transition("submit"), expect: 403 },
  { who: "limeng", what: "sign", state: "submitted", call: transition("sign"), expect: 403 },
  // the desk lays out and submits, but does not sign, reject, withdraw or release
  { who: "liqiang", what: "add", state: "layout", call: add, expect: 201 },
  { who: "liqiang", what: "rename", state: "layout", call: rename, expect: 200 },
  { who: "liqiang", what: "remove", state: "layout", call: remove, expect: 200 },
  { who: "liqiang", what: "layout (planning → layout)", state: "planning", call: layout, expect: 200 },
  { who: "liqiang", what: "layout", state: "layout", call: layout, expect: 200 },
  { who: "liqiang", what: "auto-layout", state: "layout", call: autoLayout, expect: 200 },
  { who: "liqiang", what: "start-layout", state: "planning", call: transition("start-layout"), expect: 200 },
  { who: "liqiang", what: "submit without 责任编辑", state: "layout", call: transition("submit"), expect: 409 },
  { who: "liqiang", what: "sign", state: "submitted", call: transition("sign"), expect: 403 },
  { who: "liqiang", what: "reject", state: "submitted", call: transition("reject", "重排"), expect: 403 },
  { who: "liqiang", what: "withdraw", state: "signed", call: transition("withdraw", "改错"), expect: 403 },
  { who: "liqiang", what: "release", state: "signed", call: transition("release"), expect: 403 },
  { who: "liqiang", what: "layout of a signed page", state: "signed", call: layout, expect: 409 },
  { who: "liqiang", what: "rename a signed page", state: "signed", call: rename, expect: 409 },
  { who: "liqiang", what: "remove a signed page", state: "signed", call: remove, expect: 409 },
  // the chief signs, rejects, withdraws (with a reason) and releases
  { who: "chief", what: "sign", state: "submitted", call: async (c, p, fx) => (await fx.desk.proofreadPage(p as never), transition("sign")(c, p, fx)), expect: 200 },
  { who: "chief", what: "sign a page in layout", state: "layout", call: transition("sign"), expect: 409 },
  { who: "chief", what: "reject without reason", state: "submitted", call: transition("reject"), expect: 400 },
  { who: "chief", what: "reject", state: "submitted", call: transition("reject", "标题再改"), expect: 200 },
  { who: "chief", what: "withdraw without reason", state: "signed", call: transition("withdraw"), expect: 400 },
  { who: "chief", what: "withdraw", state: "signed", call: transition("withdraw", "数字有误"), expect: 200 },
  { who: "chief", what: "release", state: "signed", call: transition("release"), expect: 200 },
  { who: "chief", what: "layout", state: "layout", call: layout, expect: 200 },
];

for (const row of ROWS) {
  test(`${row.who}: ${row.what} (${row.state}) → ${row.expect}`, async ({ api, desk }) => {
    const page = await pageIn(desk, row.state);
    const res = await row.call(await api.as(row.who), page, { api, desk });
    expect(res.status()).toBe(row.expect);
  });
}

test("a page answers with its grid, boxes, fit, unplaced stories and what the viewer may do", async ({ api }) => {
  const c = await api.as("limeng");
  const { pages } = await (await c.get(`/api/editions/${SEED_DATE}/pages`)).json();
  const seed = pages.find((p: { number: number }) => p.number === 1);
  expect(seed).toMatchObject({ name: "聊城新闻", responsibleEditor: "李强", oversetLines: 0, elementCount: 12 });
  const { page } = await (await c.get(`/api/pages/${seed.id}`)).json();
  expect(page).toMatchObject({ number: 1, editionDate: SEED_DATE, publication: "大众日报", grid: { columns: 8, charsPerColumn: 13, gutterChars: 1, linesPerColumn: 100 }, allowedActions: [] });
  const lead = page.elements.find((e: { story: { headline: string } | null }) => e.story?.headline === "党支部唱响两新组织发展主旋律");
  expect(lead.fit).toMatchObject({ status: "fits", overLines: 0 });
  expect(lead).toMatchObject({ flowStart: null, jumpTo: null, jumpFrom: null });
  expect(Array.isArray(page.unplacedStories)).toBe(true);
  // printed: released, so not even the chief has anything left to do with it
  expect(page).toMatchObject({ state: "released", signedBy: "值班总编", snapshotHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  const chief = await (await (await api.as("chief")).get(`/api/pages/${seed.id}`)).json();
  expect(chief.page.allowedActions).toEqual([]);
  expect((await c.get("/api/pages/999999")).status()).toBe(404);
});

test("layout writes: 400 bad shape, 422 outside/overlap with indexes, 409 stale with the version — nothing changes", async ({ api, desk }) => {
  const page = await pageIn(desk, "layout");
  const c = await api.as("liqiang");
  const elements = await layoutOf(c, page.id);
  const put = (data: unknown) => c.put(`/api/pages/${page.id}/layout`, { data });
  expect((await put({ baseVersion: page.version, elements: [{ ...elements[0], firstColumn: 1.5 }] })).status()).toBe(400);
  expect((await put({ baseVersion: page.version, elements, extra: true })).status()).toBe(400);
  expect((await put({ elements })).status()).toBe(400);

  const outside = await put({ baseVersion: page.version, elements: [...elements, { kind: "ad", firstColumn: 7, columnSpan: 3, topLine: 10, heightLines: 5 }] });
  expect(outside.status()).toBe(422);
  expect((await outside.json()).error.details).toEqual({ outside: [2], overlaps: [] });
  const overlap = await put({ baseVersion: page.version, elements: [...elements, { kind: "ad", firstColumn: 1, columnSpan: 2, topLine: 3, heightLines: 5 }] });
  expect(overlap.status()).toBe(422);
  expect((await overlap.json()).error.details).toEqual({ outside: [], overlaps: [[0, 2]] });

  const ok = await put({ baseVersion: page.version, elements: [...elements, { kind: "ad", firstColumn: 1, columnSpan: 4, topLine: 80, heightLines: 17, text: "广告" }] });
  expect(ok.status()).toBe(200);
  const saved = (await ok.json()).page;
  expect(saved.version).toBe(page.version + 1);
  expect(saved.elements).toHaveLength(3);
  const stale = await put({ baseVersion: page.version, elements });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).version).toBe(saved.version);
  expect((await (await c.get(`/api/pages/${page.id}`)).json()).page.elements).toHaveLength(3);
});

test("submit is refused with the reasons; sign freezes the page until the chief withdraws with a reason", async ({ api, desk }) => {
  const page = await pageIn(desk, "layout");
  const editor = await api.as("liqiang");
  const refused = await editor.post(`/api/pages/${page.id}/transitions`, { data: { action: "submit" } });
  expect(refused.status()).toBe(409);
  expect((await refused.json()).error.details).toEqual(["未设置责任编辑"]);

  const signed = await pageIn(desk, "signed");
  const { page: detail } = await (await editor.get(`/api/pages/${signed.id}`)).json();
  expect(detail).toMatchObject({ state: "signed", signedBy: "值班总编" });
  expect(detail.snapshotHash).toMatch(/^[0-9a-f]{64}$/);
  expect((await editor.put(`/api/pages/${signed.id}/layout`, { data: { baseVersion: detail.version, elements: await layoutOf(editor, signed.id) } })).status()).toBe(409);
  const chief = await api.as("chief");
  const withdrawn = await chief.post(`/api/pages/${signed.id}/transitions`, { data: { action: "withdraw", reason: "版面调整" } });
  expect(withdrawn.status()).toBe(200);
  const after = (await withdrawn.json()).page;
  expect(after).toMatchObject({ state: "layout", signedBy: null, signedAt: null, snapshotHash: null });
  expect((await editor.put(`/api/pages/${signed.id}/layout`, { data: { baseVersion: after.version, elements: await layoutOf(editor, signed.id) } })).status()).toBe(200);
});

test("renumbering refuses a taken number (409); removing a page needs its version", async ({ api, desk }) => {
  const first = await desk.page({ number: 1 });
  const page = await pageIn(desk, "layout");
  const editor = await api.as("liqiang");
  expect((await editor.patch(`/api/pages/${page.id}`, { data: { baseVersion: page.version, number: first.number } })).status()).toBe(409);
  expect((await editor.post(`/api/editions/${desk.date}/pages`, { data: { name: "重号", number: first.number } })).status()).toBe(409);
  const free = 150 + Math.floor(Math.random() * 40);
  const moved = await editor.patch(`/api/pages/${page.id}`, { data: { baseVersion: page.version, number: free } });
  expect(moved.status()).toBe(200);
  const { page: renumbered } = await moved.json();
  expect(renumbered.number).toBe(free);
  expect((await editor.delete(`/api/pages/${page.id}`)).status()).toBe(400);
  expect((await editor.delete(`/api/pages/${page.id}?baseVersion=${page.version}`)).status()).toBe(409);
  expect((await editor.delete(`/api/pages/${page.id}?baseVersion=${renumbered.version}`)).status()).toBe(200);
  expect((await editor.get(`/api/pages/${page.id}`)).status()).toBe(404);
});

test("the proof PDF of the seed page downloads with its headlines in the text", async ({ api }) => {
  test.setTimeout(90_000);
  const c = await api.as("limeng");
  const { pages } = await (await c.get(`/api/editions/${SEED_DATE}/pages`)).json();
  const seed = pages.find((p: { number: number }) => p.number === 1);
  const res = await c.get(`/api/pages/${seed.id}/proof.pdf`, { timeout: 80_000 });
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/pdf");
  expect(res.headers()["content-disposition"]).toBe(`attachment; filename="${SEED_DATE}-1.pdf"`);
  const pdf = await res.body();
  expect(pdf.subarray(0, 4).toString("latin1")).toBe("%PDF");
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-proof-")), "proof.pdf");
  fs.writeFileSync(file, pdf);
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
  expect(text).toContain("党支部唱响两新组织发展主旋律");
  expect(text).toContain("聊城28人入选省科普专家人才库");
});
