import { afterAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { editions, pageElements, pages, people, stories, users } from "@/db/schema";
import { openTestDb } from "@/db/test-db";
import { getEditionPage } from "@/db/queries/pages";
import { findOverlaps, rectInsideGrid, BROADSHEET_GRID } from "@/lib/copyfit/grid";
import { setStory } from "@/lib/copyfit/set-story";
import { verifyPassword } from "@/lib/passwords";
import { loadSeed } from "./load-seed";

const { db, close } = openTestDb();
afterAll(close);

describe("loading the seed edition", () => {
  it("creates the accounts, the edition, page 1 with its editor, 8 approved items and the page elements", async () => {
    const report = await loadSeed(db, { demo: true, password: "first-password" });
    expect(report.usersCreated).toEqual(["chief", "liqiang", "limeng", "xiaohui", "admin"]);
    expect(report.warnings).toEqual([]);
    const page = db.select().from(pages).get()!;
    expect(page).toMatchObject({ number: 1, name: "聊城新闻", state: "layout" });
    expect(db.select().from(users).where(eq(users.id, page.responsibleEditorId!)).get()!.name).toBe("李强");
    const all = db.select().from(stories).orderBy(stories.position).all();
    expect(all).toHaveLength(8);
    expect(all.every((s) => s.status === "approved" && s.pageId === page.id)).toBe(true);
    expect(all.filter((s) => s.continues).map((s) => s.headline)).toEqual(["求解打通便民服务的“最后百米”"]);
    // 李梦 the reporter (with a login) is one person, in two bylines; correspondents have no login
    const limeng = db.select().from(people).where(eq(people.name, "李梦")).all();
    expect(limeng).toHaveLength(1);
    expect(limeng[0].userId).not.toBeNull();
    expect(db.select().from(people).where(eq(people.name, "孟伟")).get()!.userId).toBeNull();

    const elements = db.select().from(pageElements).all();
    expect(elements.filter((e) => e.kind === "ad")).toHaveLength(2);
    expect(elements.filter((e) => e.kind === "story" || e.kind === "photo")).toHaveLength(8);
    expect(elements.every((e) => rectInsideGrid(e, BROADSHEET_GRID))).toBe(true);
    expect(findOverlaps(elements.map((e) => ({ id: String(e.id), rect: e })))).toEqual([]);
  }, 30_000);

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
    expect(report.editionCreated).toBe(false);
    expect(db.select().from(editions).all()).toHaveLength(1);
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
      expect(report).toMatchObject({ usersCreated: [], noAccounts: true, editionCreated: true, stories: 8 });
      expect(fresh.db.select().from(users).all()).toEqual([]);
      expect(fresh.db.select().from(pages).get()).toMatchObject({ name: "聊城新闻", responsibleEditorId: null });
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
