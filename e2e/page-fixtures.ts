import { expect, request as playwrightRequest, type APIRequestContext, type Locator } from "@playwright/test";
import { apiSignIn } from "./fixtures";

/** The seed edition (its page 1 is read by other specs: never change it). */
export const DATE = "2019-01-09";

const baseURL = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
const clients = new Map<string, APIRequestContext>();

/** An API client signed in as `login` (one per login, reused within a spec file). */
export async function apiAs(login: string): Promise<APIRequestContext> {
  let c = clients.get(login);
  if (!c) {
    c = await playwrightRequest.newContext({ baseURL });
    await apiSignIn(c, login);
    clients.set(login, c);
  }
  return c;
}

export async function disposeApiClients(): Promise<void> {
  for (const c of clients.values()) await c.dispose();
  clients.clear();
}

export interface StoryFixture {
  id: number;
  headline: string;
}

async function ok(res: { status(): number; text(): Promise<string> }, what: string, status = 200) {
  expect(res.status(), `${what}: ${res.status() === status ? "" : await res.text()}`).toBe(status);
}

/**
 * A new story of the seed edition with the text of a seed story (every seed story is already on
 * page 1, and a story goes on one page only): created by the editor, given the seed story's content,
 * filed and passed (初审) by the editor, and — for "approved" — approved (终审) by the chief.
 * (permissions.spec counts the edition's approved stories while workflow specs run: prefer "edited".)
 */
export async function storyLike(seedHeadline: string, status: "edited" | "approved" = "edited"): Promise<StoryFixture> {
  const editor = await apiAs("liqiang");
  const budget = await editor.get(`/api/stories?edition=${DATE}`);
  await ok(budget, "budget");
  const seed = ((await budget.json()).items as { id: number; headline: string | null }[]).find((s) => s.headline === seedHeadline);
  if (!seed) throw new Error(`no seed story 「${seedHeadline}」`);
  const { story: source } = await (await editor.get(`/api/stories/${seed.id}`)).json();

  const created = await editor.post("/api/stories", { data: { edition: DATE, slug: `${seedHeadline}（新版）-${Math.random().toString(36).slice(2, 6)}` } });
  await ok(created, "create story", 201);
  const { story } = await created.json();
  const saved = await editor.patch(`/api/stories/${story.id}`, {
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
  const steps: [string, string][] = [
    ["liqiang", "file"],
    ["liqiang", "pass"],
  ];
  if (status === "approved") steps.push(["chief", "approve"]);
  for (const [login, action] of steps) await ok(await (await apiAs(login)).post(`/api/stories/${story.id}/transitions`, { data: { action } }), `${login} ${action}`);
  return { id: story.id, headline: source.headline };
}

/** Where a grid cell of the layout canvas is, relative to the canvas (zoom 9 px a 字: 14 字 a column, 1.554 字 a line, 3 字 margin). */
export function cellPosition(column: number, line: number, unitPx = 9): { x: number; y: number } {
  const pad = 3 * unitPx;
  return { x: pad + (column - 1) * 14 * unitPx + unitPx * 2, y: pad + (line - 1) * 1.554 * unitPx + unitPx * 0.75 };
}

/** The four grid numbers of a layout box, from its data attributes. */
export async function boxRect(box: Locator): Promise<{ firstColumn: number; columnSpan: number; topLine: number; heightLines: number }> {
  const [firstColumn, columnSpan, topLine, heightLines] = await Promise.all(
    ["data-first-column", "data-column-span", "data-top-line", "data-height-lines"].map(async (a) => Number(await box.getAttribute(a))),
  );
  return { firstColumn, columnSpan, topLine, heightLines };
}
