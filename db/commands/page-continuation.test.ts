import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import { remainingStory } from "@/lib/copyfit/set-story";
import { pageElements, pages, stories } from "../schema";
import { copyfitStoryOf } from "@/lib/copyfit/story-input";
import { getPageDetail } from "../queries/pages";
import { createStory } from "./create-story";
import { createPage } from "./create-page";
import { deletePage } from "./delete-page";
import { updatePageDetails } from "./update-page-details";
import { savePageLayout, type LayoutElementInput } from "./save-page-layout";
import { makeSeededDb, pageLayoutOf, proofreadPage } from "../test-db";
import { transitionPage } from "./transition-page";
import { isStoryFrozen } from "../queries/story-frozen";

/** 转版: the seed's 东昌府区 story stops mid-sentence ("…代办员一般") and continues on another page. */
let t: Awaited<ReturnType<typeof makeSeededDb>>;
beforeAll(async () => {
  t = makeSeededDb({ seedPage: "in-layout" });
});
afterAll(() => t.close());

const HEADLINE = "求解打通便民服务的“最后百米”";

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return `${e.status} ${e.message}`;
    throw e;
  }
  return "200";
}
const status = (fn: () => unknown) => Number(refusal(fn).slice(0, 3));
const version = (id: number) => t.db.select({ v: pages.version }).from(pages).where(eq(pages.id, id)).get()!.v;
const layoutOf = (id: number) => pageLayoutOf(t.db, id);
const save = (pageId: number, elements: LayoutElementInput[]) => savePageLayout(t.db, { pageId, baseVersion: version(pageId), elements, actor: t.users.editor });

let source: LayoutElementInput;
let jumpPage: { id: number; number: number };

describe("a story continued on another page (转版)", () => {
  it("flows the text the first box cannot hold into the linked box, with both jump lines", () => {
    const one = t.seedPage.id;
    source = layoutOf(one).find((e) => e.storyId !== null && getPageDetail(t.db, { id: one })!.elements.find((x) => x.id === e.id)?.story?.headline === HEADLINE)!;
    expect(source).toMatchObject({ columnSpan: 4, heightLines: 37 });
    // the box gets shorter: on its own the story would be overset …
    save(one, layoutOf(one).map((e) => (e.id === source.id ? { ...e, heightLines: 20 } : e)));
    let first = getPageDetail(t.db, { id: one })!.elements.find((e) => e.id === source.id)!;
    expect(first.fit?.status).toBe("over");
    expect(first.jumpTo).toBeNull();

    // … so it continues on a new page
    jumpPage = createPage(t.db, { editionDate: "2019-01-09", name: "综合", actor: t.users.editor });
    // (as tall as the rest of the text needs: a box short by more than 3 lines would block the page's submit)
    save(jumpPage.id, [
      ...layoutOf(jumpPage.id),
      { kind: "story", storyId: source.storyId, continuedFromElementId: source.id, firstColumn: 1, columnSpan: 3, topLine: 5, heightLines: 26, headlineSize: "small" },
    ]);
    const pageOne = getPageDetail(t.db, { id: one })!;
    first = pageOne.elements.find((e) => e.id === source.id)!;
    const second = getPageDetail(t.db, { id: jumpPage.id })!.elements.find((e) => e.storyId === source.storyId)!;
    // the first box is full and says where it goes on; the second picks up exactly where the first stops
    expect(first.fit?.status).toBe("fits");
    expect(first.jumpTo).toBe(jumpPage.number);
    expect(first.flowStart).toBeNull();
    expect(pageOne.submitBlockers).toEqual([]);
    const at = first.fit!.overflowAt!;
    expect(second.flowStart).toEqual(at);
    expect(second.jumpFrom).toBe(1);
    expect(second.jumpTo).toBeNull();
    expect(second.fit?.status).not.toBe("over");
    // the continuation sets the rest of the text, headline again, no byline
    const rest = remainingStory(copyfitStoryOf(second.story!), at);
    expect(rest.paragraphs[0]).toBe(second.story!.body[at.block].slice(at.offset));
    expect(second.fit?.headLines).toBe(3); // small headline, one line (2) + air (1)
    // the story still belongs to page 1
    expect(t.db.select({ pageId: stories.pageId }).from(stories).where(eq(stories.id, source.storyId!)).get()!.pageId).toBe(one);
  });

  it("refuses a link on the same page, a second continuation of one box, and a box of another story", () => {
    const one = t.seedPage.id;
    const other = layoutOf(one).find((e) => e.storyId !== null && e.storyId !== source.storyId)!;
    const page = createPage(t.db, { editionDate: "2019-01-09", name: "再转", actor: t.users.editor });
    const box = { kind: "story" as const, firstColumn: 1, columnSpan: 2, topLine: 5, heightLines: 20 };
    const brief = createStory(t.db, { editionDate: "2019-01-09", slug: "本版转本版", kind: "article", actor: t.users.editor });
    save(page.id, [...layoutOf(page.id), { ...box, storyId: brief.id }]);
    const head = layoutOf(page.id).find((e) => e.storyId === brief.id)!;
    const below = { ...box, topLine: 30 };
    expect(refusal(() => save(page.id, [...layoutOf(page.id), { ...below, storyId: brief.id, continuedFromElementId: head.id }]))).toMatch(/^422 .*(twice|another page)/);
    expect(refusal(() => save(page.id, [...layoutOf(page.id), { ...below, storyId: source.storyId, continuedFromElementId: source.id }]))).toMatch(/^422 .*already continues on page/);
    expect(refusal(() => save(page.id, [...layoutOf(page.id), { ...below, storyId: source.storyId, continuedFromElementId: other.id }]))).toMatch(/^422 .*holds another story/);
    // the story's first box may not be set twice: a second, unlinked box of it elsewhere is refused
    expect(refusal(() => save(page.id, [...layoutOf(page.id), { ...below, storyId: source.storyId }]))).toMatch(/^422 .*already on page 1/);
    deletePage(t.db, { pageId: page.id, baseVersion: version(page.id), actor: t.users.editor });
  });

  it("while the continuation page is signed, the first box may not change and the pages may not be renumbered or removed", () => {
    const one = t.seedPage.id;
    updatePageDetails(t.db, { pageId: jumpPage.id, baseVersion: version(jumpPage.id), responsibleEditorId: t.users.editor.id, actorId: t.users.editor.id });
    transitionPage(t.db, { pageId: jumpPage.id, action: "submit", actor: t.users.editor });
    proofreadPage(t.db, jumpPage.id);
    transitionPage(t.db, { pageId: jumpPage.id, action: "sign", actor: t.users.chief });
    expect(isStoryFrozen(t.db, source.storyId!)).toBe(true);

    const resized = layoutOf(one).map((e) => (e.id === source.id ? { ...e, heightLines: 22 } : e));
    expect(status(() => save(one, resized))).toBe(409);
    expect(status(() => save(one, layoutOf(one).filter((e) => e.id !== source.id)))).toBe(409);
    expect(status(() => updatePageDetails(t.db, { pageId: one, baseVersion: version(one), number: 5, actorId: t.users.editor.id }))).toBe(409);
    expect(status(() => deletePage(t.db, { pageId: one, baseVersion: version(one), actor: t.users.editor }))).toBe(409);
    // a box of page 1 with no link to the signed page may still move
    const unrelated = layoutOf(one).find((e) => e.label === "footer")!;
    expect(status(() => save(one, layoutOf(one).map((e) => (e.id === unrelated.id ? { ...e, locked: true } : e))))).toBe(200);

    // once the signature is withdrawn, the first box may take the whole story again
    transitionPage(t.db, { pageId: jumpPage.id, action: "withdraw", reason: "第1版改版", actor: t.users.chief });
    expect(status(() => save(one, layoutOf(one).map((e) => (e.id === source.id ? { ...e, heightLines: 37 } : e))))).toBe(200);
    // the page was signed once, so it stays (its snapshot is part of the record): take the continuation off it
    expect(status(() => deletePage(t.db, { pageId: jumpPage.id, baseVersion: version(jumpPage.id), actor: t.users.editor }))).toBe(409);
    save(jumpPage.id, layoutOf(jumpPage.id).filter((e) => e.continuedFromElementId !== source.id));
    const back = getPageDetail(t.db, { id: one })!.elements.find((e) => e.id === source.id)!;
    expect(back.jumpTo).toBeNull();
    expect(back.fit?.status).toBe("fits");
  });
});
