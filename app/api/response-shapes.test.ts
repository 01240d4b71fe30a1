import { expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type { autoLayoutPage } from "@/db/commands/auto-layout-page";
import type { createStory } from "@/db/commands/create-story";
import type { importStories } from "@/db/commands/import-stories";
import type { importPreview, importResult } from "@/lib/api/import-schemas";
import type { previewItems } from "@/lib/page-text/import-preview";
import type { addComment } from "@/db/commands/add-comment";
import type { acquireStoryLock } from "@/db/commands/acquire-story-lock";
import type { restoreRevision } from "@/db/commands/restore-revision";
import type { transitionStory } from "@/db/commands/transition-story";
import type { SaveResult } from "@/db/commands/update-story";
import type { StoryText as RevisionContent } from "@/lib/story-text";
import type { EditionPageSummary, PageDetail } from "@/db/queries/pages";
import type { listStaff } from "@/db/queries/people";
import type { BudgetItem, StoryDetail } from "@/db/queries/stories";
import type { StoryForUser } from "@/db/queries/story-for-user";
import type { getRevision, listComments, listEditionAudit, listRevisions, listStoryAudit } from "@/db/queries/story-history";
import type { listNotificationsWithLinks } from "@/db/queries/notifications";
import type { SessionUser } from "@/db/queries/users";
import type { pageDetail, pageSummary } from "@/lib/api/page-responses";
import type * as story from "@/lib/api/story-responses";
import type { createdUser, sessionUser, staffList } from "@/lib/api/user-schemas";
import type { Message } from "@/lib/i18n/translate";

type Row<F extends (...args: never[]) => unknown> = NonNullable<ReturnType<F>> extends (infer R)[] ? R : NonNullable<ReturnType<F>>;

/**
 * The OpenAPI document describes answers with zod schemas (lib/api/*-responses.ts); the routes send what
 * db/ returns. These checks (run by the typecheck) fail when a documented field is missing or of another type.
 */
it("what the routes send has the documented shapes", () => {
  expectTypeOf<PageDetail>().toExtend<z.infer<typeof pageDetail>>();
  expectTypeOf<EditionPageSummary>().toExtend<z.infer<typeof pageSummary>>();
  expectTypeOf<BudgetItem>().toExtend<z.infer<typeof story.budgetItem>>();
  expectTypeOf<StoryDetail>().toExtend<z.infer<typeof story.storyDetail>>();
  expectTypeOf<StoryForUser>().toExtend<z.infer<typeof story.storyForUser>>();
  expectTypeOf<RevisionContent>().toExtend<z.infer<typeof story.revisionContent>>();
  expectTypeOf<Row<typeof listRevisions>>().toExtend<z.infer<typeof story.revisionSummary>>();
  expectTypeOf<Row<typeof getRevision>>().toExtend<z.infer<typeof story.revision>>();
  expectTypeOf<Row<typeof listComments>>().toExtend<z.infer<typeof story.listedComment>>();
  expectTypeOf<Row<typeof addComment>>().toExtend<z.infer<typeof story.comment>>();
  expectTypeOf<Row<typeof listStoryAudit>>().toExtend<z.infer<typeof story.storyAuditEvent>>();
  expectTypeOf<Row<typeof listEditionAudit>>().toExtend<z.infer<typeof story.editionAuditEvent>>();
  expectTypeOf<Row<typeof listNotificationsWithLinks> & { text: string }>().toExtend<z.infer<typeof story.notification>>();
  expectTypeOf<Row<typeof acquireStoryLock>>().toExtend<z.infer<typeof story.storyLock>>();
  expectTypeOf<SaveResult>().toExtend<z.infer<typeof story.saveResult>>();
  expectTypeOf<Row<typeof createStory>>().toExtend<z.infer<typeof story.createdStory>>();
  expectTypeOf<Row<typeof transitionStory>>().toExtend<z.infer<typeof story.transitionResult>>();
  expectTypeOf<Row<typeof restoreRevision>>().toExtend<z.infer<typeof story.restoreResult>>();
  // The command gives the reason as a message; the route renders it in the caller's language (reason, reasonKey).
  expectTypeOf<Row<typeof autoLayoutPage>["unplaced"]>().toExtend<{ id: number; reason: Message }[]>();
  expectTypeOf<SessionUser>().toExtend<z.infer<typeof sessionUser>>();
  expectTypeOf<Omit<SessionUser, "locale">>().toExtend<z.infer<typeof createdUser>>();
  expectTypeOf<ReturnType<typeof listStaff>>().toExtend<z.infer<typeof staffList>>();
  expectTypeOf<ReturnType<typeof importStories>>().toExtend<z.infer<typeof importResult>>();
  expectTypeOf<Row<typeof previewItems>>().toExtend<z.infer<typeof importPreview>["items"][number]>();
});
