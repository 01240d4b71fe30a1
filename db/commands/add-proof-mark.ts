import { eq } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import { fieldText, type ProofField } from "@/lib/proofing/anchor";
import type { ProofMarkType } from "@/lib/proofing/kinds";
import { decideMarkRound } from "@/lib/workflow/proof-workflow";
import type { Db } from "../client";
import { pages, proofMarks } from "../schema";
import { isStoryOnPage, proofProgressOf } from "../queries/proofing";
import { loadStoryForWrite } from "../queries/story-for-write";
import { recordAudit } from "./record-audit";

export interface ProofMarkInput {
  pageId: number;
  storyId: number;
  field: ProofField;
  paragraph: number;
  offset: number;
  marked: string;
  type: ProofMarkType;
  correction: string;
  note: string;
  actor: { id: number };
}

/**
 * A proofreader's mark on a submitted page's proof, in the round in progress: the story must be on the page and
 * the marked string at the place given in its current text (the proof shows the current text). Audited on the story.
 */
export function addProofMark(db: Db, input: ProofMarkInput): { id: number; round: number } {
  return db.transaction((tx) => {
    const page = tx.select({ id: pages.id, state: pages.state }).from(pages).where(eq(pages.id, input.pageId)).get();
    if (!page) throw new DomainError("not_found", "page.notFound", { id: input.pageId });
    const round = decideMarkRound({ pageState: page.state, ...proofProgressOf(tx, page.id) });
    if (!isStoryOnPage(tx, { pageId: page.id, storyId: input.storyId })) throw new DomainError("unprocessable", "proofing.storyNotOnPage", { id: input.storyId });
    const { story } = loadStoryForWrite(tx, input.storyId);
    const text = fieldText({ ...story, paragraphs: story.body }, input.field, input.field === "body" ? input.paragraph : 0);
    if (text === null || !text.startsWith(input.marked, input.offset)) throw new DomainError("unprocessable", "proofing.markNotInText", { marked: input.marked });
    const now = new Date().toISOString();
    const { id } = tx
      .insert(proofMarks)
      .values({
        pageId: page.id,
        storyId: story.id,
        round,
        type: input.type,
        field: input.field,
        paragraph: input.field === "body" ? input.paragraph : 0,
        offset: input.offset,
        marked: input.marked,
        correction: input.correction,
        note: input.note,
        createdById: input.actor.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: proofMarks.id })
      .get();
    recordAudit(tx, { actorId: input.actor.id, entityType: "story", entityId: story.id, action: "proof-mark", reason: `#${id} ${input.marked} → ${input.correction}` });
    return { id, round };
  });
}
