import { count, eq, inArray, max } from "drizzle-orm";
import type { ImportItem, ImportResult } from "@/lib/api/import-schemas";
import { EDITION_LIMITS } from "@/lib/edition-limits";
import { DomainError } from "@/lib/errors";
import { importSlug } from "@/lib/page-text/import-preview";
import { revisionTextOf, storyTextSchema, type StoryText } from "@/lib/story-text";
import type { Db } from "../client";
import { editions, pages, people, stories } from "../schema";
import { applyContent } from "./apply-content";
import { recordAudit } from "./record-audit";
import { writeRevision } from "./write-revision";

export interface ImportStories {
  editionDate: string;
  pageNumber: number | null;
  fileName: string;
  items: ImportItem[];
  actor: { id: number };
}

/**
 * Creates the stories of one imported page-text file (来稿/外稿导入) in one transaction: each filed (it came
 * in finished, for the desk's 初审), with its text, sidebars and bylines — people matched by name (staff
 * first) or created once — a revision and an audit row, and one audit row on the edition. Any item that
 * fails rolls the whole file back: nothing of it is created.
 */
export function importStories(db: Db, input: ImportStories): ImportResult {
  return db.transaction((tx) => {
    const edition = tx.select({ id: editions.id }).from(editions).where(eq(editions.date, input.editionDate)).get();
    if (!edition) throw new DomainError("not_found", "edition.notFound", { date: input.editionDate });
    let page: { id: number; name: string } | undefined;
    if (input.pageNumber != null) {
      page = tx.select({ id: pages.id, name: pages.name, number: pages.number }).from(pages).where(eq(pages.editionId, edition.id)).all().find((p) => p.number === input.pageNumber);
      if (!page) throw new DomainError("unprocessable", "page.notInEdition", { date: input.editionDate, number: input.pageNumber });
    }
    const inEdition = tx.select({ stories: count(), last: max(stories.position) }).from(stories).where(eq(stories.editionId, edition.id)).get()!;
    if (inEdition.stories + input.items.length > EDITION_LIMITS.storiesPerEdition) {
      throw new DomainError("conflict", "edition.tooManyStories", { max: EDITION_LIMITS.storiesPerEdition });
    }

    const names = [...new Set(input.items.flatMap((i) => i.content.bylines.map((b) => b.name.trim())))];
    const known = names.length ? new Set(tx.select({ name: people.name }).from(people).where(inArray(people.name, names)).all().map((p) => p.name)) : new Set<string>();

    let position = Math.max(inEdition.last ?? 0, 0);
    const created: ImportResult["stories"] = [];
    input.items.forEach((item, i) => {
      // The route validated the body; the command does not rely on it (a script may call it directly).
      const parsed = storyTextSchema.safeParse(item.content);
      if (!parsed.success) throw new DomainError("unprocessable", "import.itemInvalid", { n: i + 1 });
      // People by name only: an id from the client is not trusted to pick a person.
      const content: StoryText = { ...parsed.data, bylines: parsed.data.bylines.map((b) => ({ name: b.name, role: b.role })) };
      const slug = importSlug(content, item.kind);
      position += 1;
      const story = tx
        .insert(stories)
        .values({
          editionId: edition.id,
          pageId: page?.id ?? null,
          position,
          slug,
          kind: item.kind,
          status: "filed",
          continues: item.continues,
          section: page?.name ?? null,
          createdById: input.actor.id,
          body: [],
        })
        .returning({ id: stories.id })
        .get();
      applyContent(tx, story.id, content);
      writeRevision(tx, { storyId: story.id, storyVersion: 1, authorId: input.actor.id, cause: "import", content: revisionTextOf(content) });
      recordAudit(tx, { actorId: input.actor.id, entityType: "story", entityId: story.id, action: "import", toState: "filed", reason: input.fileName });
      created.push({ id: story.id, slug, kind: item.kind, status: "filed" });
    });
    recordAudit(tx, { actorId: input.actor.id, entityType: "edition", entityId: edition.id, action: "import", reason: `${input.fileName}: ${created.length}` });
    return { stories: created, people: { matched: known.size, created: names.length - known.size } };
  });
}
