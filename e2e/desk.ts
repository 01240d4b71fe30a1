import path from "node:path";
import Database from "better-sqlite3";
import { expect, type APIRequestContext } from "@playwright/test";
import type { Api, Login } from "./fixtures";

/** The seed edition: its stories are copied, never changed. */
const SEED_DATE = "2019-01-09";

export interface Edition {
  id: number;
  date: string;
  note: string | null;
  publication: string;
}

export type PageState = "planning" | "layout" | "submitted" | "signed";

/** A page as `GET /api/pages/:id` answers it (the fields the specs use). */
export interface PageFixture {
  id: number;
  number: number;
  name: string;
  version: number;
  state: string;
  responsibleEditorId: number | null;
  elements: Record<string, unknown>[];
}

export interface StoryFixture {
  id: number;
  headline: string;
}

/** Where a story box goes; without `heightLines` it is made exactly as tall as its text needs. */
export interface BoxPlan {
  storyId: number;
  /** a story box (default) or a photo box (photo news) */
  kind?: "story" | "photo";
  firstColumn: number;
  columnSpan: number;
  topLine: number;
  heightLines?: number;
}

export interface Desk {
  /** The test's own edition. */
  date: string;
  /** A new page of the edition (added by the editor), moved on to `state` by the right people. */
  page(opts?: { name?: string; number?: number; state?: PageState }): Promise<PageFixture>;
  /** Moves a page on along planning → layout → submitted → signed (setting 责任编辑 李强 on the way). */
  advance(page: PageFixture, state: PageState): Promise<PageFixture>;
  /** Puts story boxes on a page, beside what is already there; returns the saved page. */
  layOut(page: PageFixture, boxes: BoxPlan[]): Promise<PageFixture>;
  /** Sets the page's 责任编辑 (李强 by default). */
  setResponsibleEditor(page: PageFixture, name?: string): Promise<PageFixture>;
  /** 三校: 赵敏 signs the page's proofreading rounds (a submitted page), so the chief may sign it. */
  proofreadPage(page: PageFixture): Promise<void>;
  /** A new story of the edition: by the editor (an assignment when `assignees` are named) or by a reporter (a draft). */
  story(opts?: { slug?: string; by?: Login; assignees?: string[]; targetLength?: number }): Promise<{ id: number; version: number; status: string }>;
  /**
   * A new story with the text of a seed story, created by the editor, filed and passed (初审), and —
   * for "approved" — approved (终审) by the chief.
   */
  storyLike(seedHeadline: string, status?: "edited" | "approved"): Promise<StoryFixture>;
  /**
   * Marks a story as continuing on another page (转版), as the page-text parser marks a story that
   * stops mid-sentence. No route sets this flag, so it is written to the e2e database directly.
   */
  markContinuing(storyId: number): void;
  /** The user id of a staff member, by name. */
  staffId(name: string): Promise<number>;
}

const LAYOUT_KEYS = ["id", "kind", "storyId", "firstColumn", "columnSpan", "topLine", "heightLines", "textColumnSpan", "headlineSize", "locked", "text", "label", "caption", "continuedFromElementId"];

/** A page's box in the shape `PUT /api/pages/:id/layout` takes back. */
export function layoutInput(element: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(LAYOUT_KEYS.filter((k) => element[k] !== undefined && element[k] !== null).map((k) => [k, element[k]]));
}

async function ok(res: { status(): number; text(): Promise<string> }, what: string, status = 200): Promise<void> {
  expect(res.status(), `${what}: ${res.status() === status ? "" : await res.text()}`).toBe(status);
}

const suffix = () => Math.random().toString(36).slice(2, 6);

export function createDesk(api: Api, edition: Edition): Desk {
  const date = edition.date;
  const editor = () => api.as("liqiang");

  const staffId = async (name: string) => {
    const staff = await (await (await editor()).get("/api/staff")).json();
    const found = (staff.assignable as { id: number; name: string }[]).find((u) => u.name === name);
    if (!found) throw new Error(`no staff member ${name}`);
    return found.id;
  };

  const pageTransition = async (page: PageFixture, login: Login, action: string): Promise<PageFixture> => {
    const res = await (await api.as(login)).post(`/api/pages/${page.id}/transitions`, { data: { action } });
    await ok(res, `${login} ${action} page ${page.number}`);
    return (await res.json()).page;
  };

  /** 三校: 赵敏 signs every proofreading round the page's edition requires, in order, before 签版 (docs/PROOFING.md). */
  const proofreadPage = async (page: PageFixture): Promise<void> => {
    const proofreader = await api.as("zhaomin");
    const res = await proofreader.get(`/api/pages/${page.id}/proof-rounds`);
    await ok(res, `proof rounds of page ${page.number}`);
    const { proofing } = (await res.json()) as { proofing: { rounds: number; signedRounds: number[] } };
    for (let round = 1; round <= proofing.rounds; round++) {
      if (proofing.signedRounds.includes(round)) continue;
      await ok(await proofreader.post(`/api/pages/${page.id}/proof-rounds`, { data: { round } }), `赵敏 signs round ${round} of page ${page.number}`);
    }
  };

  const setResponsibleEditor = async (page: PageFixture, name = "李强"): Promise<PageFixture> => {
    const res = await (await editor()).patch(`/api/pages/${page.id}`, { data: { baseVersion: page.version, responsibleEditorId: await staffId(name) } });
    await ok(res, "set 责任编辑");
    return (await res.json()).page;
  };

  const ORDER: PageState[] = ["planning", "layout", "submitted", "signed"];
  const advance = async (start: PageFixture, state: PageState): Promise<PageFixture> => {
    let page = start;
    const at = () => ORDER.indexOf(page.state as PageState);
    if (at() < 1 && ORDER.indexOf(state) >= 1) page = await pageTransition(page, "liqiang", "start-layout");
    if (at() < 2 && ORDER.indexOf(state) >= 2) {
      if (page.responsibleEditorId === null) page = await setResponsibleEditor(page);
      page = await pageTransition(page, "liqiang", "submit");
    }
    if (at() < 3 && ORDER.indexOf(state) >= 3) {
      await proofreadPage(page);
      page = await pageTransition(page, "chief", "sign");
    }
    return page;
  };

  const putLayout = async (c: APIRequestContext, page: PageFixture, elements: Record<string, unknown>[]): Promise<PageFixture> => {
    const res = await c.put(`/api/pages/${page.id}/layout`, { data: { baseVersion: page.version, elements } });
    await ok(res, `lay out page ${page.number}`);
    return (await res.json()).page;
  };

  const layOut = async (page: PageFixture, boxes: BoxPlan[]): Promise<PageFixture> => {
    const c = await editor();
    const kept = page.elements.map(layoutInput);
    const box = (b: BoxPlan, heightLines: number) => ({ kind: b.kind ?? "story", storyId: b.storyId, firstColumn: b.firstColumn, columnSpan: b.columnSpan, topLine: b.topLine, heightLines });
    // One line first, to learn from copyfit how many lines each text needs; then the exact height.
    const measured = await putLayout(c, page, [...kept, ...boxes.map((b) => box(b, b.heightLines ?? 1))]);
    if (boxes.every((b) => b.heightLines !== undefined)) return measured;
    const needed = (storyId: number) => (measured.elements.find((e) => e.storyId === storyId)!.fit as { linesNeeded: number }).linesNeeded;
    const sized = measured.elements.map((e) => {
      const plan = boxes.find((b) => b.storyId === e.storyId);
      return plan && plan.heightLines === undefined ? { ...layoutInput(e), heightLines: needed(plan.storyId) } : layoutInput(e);
    });
    return putLayout(c, measured, sized);
  };

  return {
    date,
    staffId,
    advance,
    layOut,
    setResponsibleEditor,
    proofreadPage,

    async page({ name = `测试版${suffix()}`, number, state = "planning" } = {}) {
      const res = await (await editor()).post(`/api/editions/${date}/pages`, { data: { name, ...(number && { number }) } });
      await ok(res, "add a page", 201);
      return advance((await res.json()).page, state);
    },

    async story({ slug = `测试稿-${suffix()}`, by = "liqiang", assignees = [], targetLength } = {}) {
      const assigneeIds = await Promise.all(assignees.map(staffId));
      const res = await (await api.as(by)).post("/api/stories", {
        data: { edition: date, slug, ...(assigneeIds.length && { assigneeIds }), ...(targetLength && { targetLength }) },
      });
      await ok(res, "create a story", 201);
      return (await res.json()).story;
    },

    async storyLike(seedHeadline, status = "edited") {
      const c = await editor();
      const budget = await c.get(`/api/stories?edition=${SEED_DATE}`);
      await ok(budget, "seed budget");
      const seed = ((await budget.json()).items as { id: number; headline: string | null }[]).find((s) => s.headline === seedHeadline);
      if (!seed) throw new Error(`no seed story 「${seedHeadline}」`);
      const { story: source } = await (await c.get(`/api/stories/${seed.id}`)).json();

      const created = await c.post("/api/stories", { data: { edition: date, slug: `${seedHeadline}（新版）-${suffix()}` } });
      await ok(created, "create story", 201);
      const { story } = await created.json();
      const saved = await c.patch(`/api/stories/${story.id}`, {
        data: {
          baseVersion: story.version,
          content: {
            kicker: source.kicker,
            headline: source.headline,
            subheadline: source.subheadline,
            dateline: source.dateline,
            body: source.body,
            sidebars: source.sidebars,
            bylines: (source.bylines as { personId: number; name: string; role: string }[]).map(({ personId, name, role }) => ({ personId, name, role })),
          },
        },
      });
      await ok(saved, "copy the text");
      const steps: [Login, string][] = [
        ["liqiang", "file"],
        ["liqiang", "pass"],
      ];
      if (status === "approved") steps.push(["chief", "approve"]);
      for (const [login, action] of steps) await ok(await (await api.as(login)).post(`/api/stories/${story.id}/transitions`, { data: { action } }), `${login} ${action}`);
      return { id: story.id, headline: source.headline };
    },

    markContinuing(storyId) {
      const dir = process.env.E2E_DATA_DIR;
      if (!dir) throw new Error("E2E_DATA_DIR is not set (playwright.config.ts sets it)");
      const sqlite = new Database(path.join(dir, "newsdesk.db"), { timeout: 10_000 });
      try {
        const { changes } = sqlite.prepare("UPDATE stories SET continues = 1 WHERE id = ? AND edition_id = ?").run(storyId, edition.id);
        expect(changes, `story ${storyId} is in edition ${date}`).toBe(1);
      } finally {
        sqlite.close();
      }
    },
  };
}

/** The page's boxes as the layout editor sends them back. */
export async function layoutOf(c: APIRequestContext, id: number) {
  const { page } = await (await c.get(`/api/pages/${id}`)).json();
  return page.elements.map((e: Record<string, unknown>) => ({
    id: e.id,
    kind: e.kind,
    storyId: e.storyId,
    firstColumn: e.firstColumn,
    columnSpan: e.columnSpan,
    topLine: e.topLine,
    heightLines: e.heightLines,
    label: e.label,
    text: e.text,
  }));
}
