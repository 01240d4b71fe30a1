import { afterAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditEvents, editions, pageElements, pages, pageSnapshots, pageTemplates, people, proofRounds, stories, users } from "@/db/schema";
import { openTestDb } from "@/db/test-db";
import { getEditionPage, getPageDetail } from "@/db/queries/pages";
import { canonicalJson, pageSnapshot } from "@/lib/page-snapshot";
import { createHash } from "node:crypto";
import { findOverlaps, rectInsideGrid, BROADSHEET_GRID } from "@/lib/copyfit/grid";
import { setStory } from "@/lib/copyfit/set-story";
import { verifyPassword } from "@/lib/passwords";
import { loadSeed } from "./load-seed";

const { db, close } = openTestDb();
afterAll(close);

describe("loading the seed edition", () => {
  it("creates the accounts, the edition, page 1 with its editor, 8 printed items and the page elements", async () => {
    const report = await loadSeed(db, { demo: true, password: "first-password" });
    expect(report.usersCreated).toEqual(["chief", "liqiang", "wangfang", "zhaomin", "limeng", "xiaohui", "admin"]);
    expect(report.warnings).toEqual([]);
    const page = db.select().from(pages).where(eq(pages.editionId, db.select().from(editions).where(eq(editions.date, "2019-01-09")).get()!.id)).get()!;
    expect(page).toMatchObject({ number: 1, name: "聊城新闻", state: "released" });
    expect(db.select().from(users).where(eq(users.id, page.responsibleEditorId!)).get()!.name).toBe("李强");
    const all = db.select().from(stories).orderBy(stories.position).all();
    expect(all).toHaveLength(8);
    // printed: published at 付印, each after its approved version 1
    expect(all.every((s) => s.status === "published" && s.version === 2 && s.pageId === page.id)).toBe(true);
    expect(all.filter((s) => s.continues).map((s) => s.headline)).toEqual(["求解打通便民服务的“最后百米”"]);
    // 李梦 the reporter (with a login) is one person, in two bylines; correspondents have no login
    const limeng = db.select().from(people).where(eq(people.name, "李梦")).all();
    expect(limeng).toHaveLength(1);
    expect(limeng[0].userId).not.toBeNull();
    expect(db.select().from(people).where(eq(people.name, "孟伟")).get()!.userId).toBeNull();

    const elements = db.select().from(pageElements).where(eq(pageElements.pageId, page.id)).all();
    expect(elements.filter((e) => e.kind === "ad")).toHaveLength(2);
    expect(elements.filter((e) => e.kind === "story" || e.kind === "photo")).toHaveLength(8);
    expect(elements.every((e) => rectInsideGrid(e, BROADSHEET_GRID))).toBe(true);
    expect(findOverlaps(elements.map((e) => ({ id: String(e.id), rect: e })))).toEqual([]);
  }, 30_000);

  it("signs the page as printed: by the chief, with the snapshot and hash signing takes, then released", () => {
    const page = db.select().from(pages).where(eq(pages.number, 1)).orderBy(pages.id).get()!;
    const chief = db.select().from(users).where(eq(users.login, "chief")).get()!;
    expect(page).toMatchObject({ state: "released", signedById: chief.id });
    const [snapshot, ...more] = db.select().from(pageSnapshots).where(eq(pageSnapshots.pageId, page.id)).all();
    expect(more).toEqual([]);
    expect(snapshot.signedById).toBe(chief.id);
    expect(snapshot.hash).toBe(page.snapshotHash);
    expect(createHash("sha256").update(canonicalJson(snapshot.content)).digest("hex")).toBe(snapshot.hash);
    // the snapshot is the page as it stood when signed: every box, each story at its approved version 1
    const content = snapshot.content as { elements: unknown[]; stories: { version: number; headline: string | null }[]; page: { editionDate: string } };
    expect(content.page.editionDate).toBe("2019-01-09");
    expect(content.elements).toHaveLength(12);
    expect(content.stories.map((s) => s.version)).toEqual(Array(8).fill(1));
    const detail = getPageDetail(db, { id: page.id })!;
    const resigned = pageSnapshot({ ...detail, elements: detail.elements.map((e) => ({ ...e, story: e.story && { ...e.story, version: 1 } })) });
    expect(resigned.hash).toBe(snapshot.hash);
    const trail = db.select().from(auditEvents).where(eq(auditEvents.entityId, page.id)).all().filter((a) => a.entityType === "page");
    // 三校 as printed (docs/PROOFING.md "The seed page"): each round of the edition signed by the demo's 赵敏.
    const zhaomin = db.select().from(users).where(eq(users.login, "zhaomin")).get()!;
    expect(db.select().from(proofRounds).where(eq(proofRounds.pageId, page.id)).all().map((r) => [r.round, r.signedById])).toEqual([
      [1, zhaomin.id],
      [2, zhaomin.id],
      [3, zhaomin.id],
    ]);
    expect(trail.map((a) => [a.action, a.toState, a.actorId])).toEqual([
      ["submit", "submitted", page.responsibleEditorId],
      ["proof-round", null, zhaomin.id],
      ["proof-round", null, zhaomin.id],
      ["proof-round", null, zhaomin.id],
      ["sign", "signed", chief.id],
      ["release", "released", chief.id],
    ]);
  });

  it("makes the seed page the template's 聊城新闻 and the next edition from it, empty", () => {
    const [template, ...others] = db.select().from(pageTemplates).all();
    expect(others).toEqual([]);
    const liqiang = db.select().from(users).where(eq(users.login, "liqiang")).get()!;
    expect(template).toMatchObject({ number: 1, name: "聊城新闻", responsibleEditorId: liqiang.id, gridColumns: 8, charsPerColumn: 13, linesPerColumn: 100, stripLines: 4, footerLines: 4 });
    expect(template.footerText).toContain("责任编辑 李强");
    const seedAds = db.select().from(pageElements).where(eq(pageElements.kind, "ad")).orderBy(pageElements.id).all().slice(0, 2);
    expect(template.adSlots).toEqual(seedAds.map((a) => ({ label: a.label, text: a.text, firstColumn: a.firstColumn, columnSpan: a.columnSpan, topLine: a.topLine, heightLines: a.heightLines })));
    expect(template.adSlots.map((a) => a.label)).toEqual(["泸州酒业", "中国农业银行聊城分行"]);

    const next = getEditionPage(db, { date: "2019-01-10", number: 1 })!;
    expect(next).toMatchObject({ name: "聊城新闻", state: "planning", responsibleEditorId: liqiang.id, grid: BROADSHEET_GRID });
    expect(next.elements.map((e) => [e.kind, e.label, e.locked])).toEqual([
      ["furniture", "masthead", true],
      ["furniture", "footer", true],
      ["ad", "泸州酒业", true],
      ["ad", "中国农业银行聊城分行", true],
    ]);
    expect(db.select().from(stories).where(eq(stories.editionId, next.editionId ?? -1)).all()).toEqual([]);
    expect(db.select({ date: editions.date, total: editions.totalNumber, year: editions.yearNumber }).from(editions).orderBy(editions.date).all()).toEqual([
      { date: "2019-01-09", total: 1, year: 1 },
      { date: "2019-01-10", total: 2, year: 2 },
    ]);
  });

  it("sets each story box as the page view draws it, with the fit the server counts", () => {
    const page = getEditionPage(db, { date: "2019-01-09", number: 1 })!;
    const boxes = page.elements.filter((e) => e.story).sort((a, b) => a.storyId! - b.storyId!);
    const set = boxes.map((e) => setStory(e.story!, e, page.grid));
    // The lines e2e page-view.spec.ts counts in Chromium, box by box in reading order.
    expect(set.map((s) => s.bodyLines)).toEqual([120, 11, 39, 74, 115, 19, 14, 33]);
    expect(set.map((s) => s.fit)).toEqual(boxes.map((e) => e.fit));
  });

  it("is idempotent: a second load duplicates and overwrites nothing", async () => {
    const before = { stories: db.select().from(stories).all().length, people: db.select().from(people).all().length, elements: db.select().from(pageElements).all().length };
    const report = await loadSeed(db, { demo: true, password: "second-password" });
    expect(report.usersCreated).toEqual([]);
    expect(report).toMatchObject({ editionCreated: false, nextEditionCreated: false, printed: null });
    expect(db.select().from(editions).all()).toHaveLength(2);
    expect(db.select().from(pageTemplates).all()).toHaveLength(1);
    expect({ stories: db.select().from(stories).all().length, people: db.select().from(people).all().length, elements: db.select().from(pageElements).all().length }).toEqual(before);
    const chief = db.select().from(users).where(eq(users.login, "chief")).get()!;
    expect(await verifyPassword("first-password", chief.passwordHash)).toBe(true);
  }, 30_000);
});

describe("accounts at first start", () => {
  it("loads the seed edition without any account unless the demo is asked for", async () => {
    const fresh = openTestDb();
    try {
      const report = await loadSeed(fresh.db);
      expect(report).toMatchObject({ usersCreated: [], noAccounts: true, editionCreated: true, nextEditionCreated: true, stories: 8, printed: { signedBy: null } });
      expect(fresh.db.select().from(users).all()).toEqual([]);
      // printed all the same: released, its signature recorded without a person (no chief exists yet)
      const page = fresh.db.select().from(pages).orderBy(pages.id).get()!;
      expect(page).toMatchObject({ name: "聊城新闻", responsibleEditorId: null, state: "released", signedById: null });
      expect(fresh.db.select().from(pageSnapshots).get()).toMatchObject({ pageId: page.id, signedById: null, hash: page.snapshotHash });
      expect(fresh.db.select().from(stories).all().every((s) => s.status === "published")).toBe(true);
      expect(fresh.db.select().from(pageTemplates).get()).toMatchObject({ name: "聊城新闻", responsibleEditorId: null });
    } finally {
      fresh.close();
    }
  }, 30_000);

  it("creates the first admin from a password given, only while no account exists", async () => {
    const fresh = openTestDb();
    try {
      const report = await loadSeed(fresh.db, { adminPassword: "first-admin-pass" });
      expect(report).toMatchObject({ usersCreated: ["admin"], noAccounts: false });
      const admin = fresh.db.select().from(users).get()!;
      expect(admin).toMatchObject({ login: "admin", role: "admin" });
      expect(await verifyPassword("first-admin-pass", admin.passwordHash)).toBe(true);
      // a later start with another password changes nothing
      expect((await loadSeed(fresh.db, { adminPassword: "other-admin-pass" })).usersCreated).toEqual([]);
      expect(await verifyPassword("first-admin-pass", fresh.db.select().from(users).get()!.passwordHash)).toBe(true);
    } finally {
      fresh.close();
    }
  }, 30_000);
});
