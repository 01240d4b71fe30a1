import { count, eq, inArray, max } from "drizzle-orm";
import { EDITION_LIMITS } from "@/lib/edition-limits";
import { DomainError } from "@/lib/errors";
import { hasEditorialRole, type Role } from "@/lib/roles";
import type { NewStoryBody } from "@/lib/api/story-schemas";
import type { Db } from "../client";
import { editions, pages, people, stories, storyAssignees, storyBylines, users } from "../schema";
import { notify } from "./notify";
import { recordAudit } from "./record-audit";
import { writeRevision } from "./write-revision";

/** The POST /api/stories body, with the edition by its date and the acting user. */
export type NewStory = Omit<NewStoryBody, "edition"> & { editionDate: string; actor: { id: number; role: Role; name: string } };

/**
 * An editor's assignment (status "assigned", assignees notified), or a reporter's own story (status
 * "draft", with the reporter in the byline). Reporters may not assign other people.
 */
export function createStory(db: Db, input: NewStory): { id: number; status: string; version: number } {
  return db.transaction((tx) => {
    const edition = tx.select({ id: editions.id }).from(editions).where(eq(editions.date, input.editionDate)).get();
    if (!edition) throw new DomainError("not_found", "edition.notFound", { date: input.editionDate });
    const assignees = [...new Set(input.assigneeIds ?? [])];
    const isDesk = hasEditorialRole(input.actor.role, "editor");
    if (!isDesk && assignees.some((id) => id !== input.actor.id)) throw new DomainError("forbidden", "assignment.deskOnlyAssignsOthers");
    if (!isDesk && (input.targetLength != null || input.deadline != null)) throw new DomainError("forbidden", "story.deskOnlyTargets");
    if (assignees.length) {
      const found = tx.select({ id: users.id, role: users.role }).from(users).where(inArray(users.id, assignees)).all();
      // Copy is owed by someone on the editorial ladder: not the admin, nor a proofreader (校对 reads only submitted pages).
      if (found.length !== assignees.length || found.some((u) => !hasEditorialRole(u.role, "reporter"))) {
        throw new DomainError("unprocessable", "assignment.assigneeRole");
      }
    }
    let pageId: number | null = null;
    if (input.pageNumber != null) {
      const page = tx
        .select({ id: pages.id, number: pages.number })
        .from(pages)
        .where(eq(pages.editionId, edition.id))
        .all()
        .find((p) => p.number === input.pageNumber);
      if (!page) throw new DomainError("unprocessable", "page.notInEdition", { date: input.editionDate, number: input.pageNumber });
      pageId = page.id;
    }
    const inEdition = tx.select({ stories: count(), last: max(stories.position) }).from(stories).where(eq(stories.editionId, edition.id)).get()!;
    if (inEdition.stories >= EDITION_LIMITS.storiesPerEdition) throw new DomainError("conflict", "edition.tooManyStories", { max: EDITION_LIMITS.storiesPerEdition });
    const position = Math.max(inEdition.last ?? 0, 0) + 1;
    const status = assignees.length && isDesk ? "assigned" : "draft";
    const story = tx
      .insert(stories)
      .values({
        editionId: edition.id,
        pageId,
        position,
        slug: input.slug,
        kind: input.kind,
        status,
        brief: input.brief ?? null,
        targetLength: input.targetLength ?? null,
        deadline: input.deadline ?? null,
        createdById: input.actor.id,
        body: [],
      })
      .returning({ id: stories.id })
      .get();
    for (const userId of assignees) tx.insert(storyAssignees).values({ storyId: story.id, userId }).run();
    // A reporter's own story carries their byline from the start; the desk sets bylines when it edits.
    const me = isDesk ? undefined : tx.select({ id: people.id }).from(people).where(eq(people.userId, input.actor.id)).get();
    if (me) tx.insert(storyBylines).values({ storyId: story.id, personId: me.id, role: "reporter", position: 1 }).run();
    writeRevision(tx, {
      storyId: story.id,
      storyVersion: 1,
      authorId: input.actor.id,
      cause: "create",
      content: { kicker: null, headline: null, subheadline: null, dateline: null, body: [], sidebars: [], bylines: me ? [{ name: input.actor.name, role: "reporter" }] : [] },
    });
    recordAudit(tx, { actorId: input.actor.id, entityType: "story", entityId: story.id, action: status === "assigned" ? "assign" : "create", toState: status });
    if (status === "assigned") {
      notify(tx, { userIds: assignees, storyId: story.id, notice: { kind: "assigned", params: { actor: input.actor.name, story: input.slug } }, exceptUserId: input.actor.id });
    }
    return { id: story.id, status, version: 1 };
  });
}
