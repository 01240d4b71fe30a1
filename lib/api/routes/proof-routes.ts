import { z } from "zod";
import { idParam } from "../common";
import { apiError } from "../error-schemas";
import { pageProofing, proofMarkAccept, proofMarkAnswer, proofMarkList, proofMarkPost, proofMarkReject, proofMarksQuery, proofRoundPost, storyProofMarksQuery } from "../proof-schemas";
import type { ApiRoute } from "../route-registry";

const noPage = { description: "no page with this id" };
const noMark = { description: "no proofreading mark with this id" };

/** Issue #12, 三校: proofreading rounds and marks on the page proof (docs/PROOFING.md). */
export const PROOF_ROUTES: ApiRoute[] = [
  {
    operationId: "listPageProofMarks",
    method: "GET",
    path: "/api/pages/{id}/proof-marks",
    tag: "pages",
    summary: "A page's proofreading marks, oldest first, 200 at a time",
    description: "Each mark with its anchor as made (story, field, paragraph, offset, marked text); the reader re-anchors it against the story's current text. A proofreader: only while the page is submitted.",
    access: ["editor", "proofreader"],
    params: idParam,
    query: proofMarksQuery,
    ok: { status: 200, description: "one page of marks", body: proofMarkList },
    errors: { 404: noPage },
  },
  {
    operationId: "addProofMark",
    method: "POST",
    path: "/api/pages/{id}/proof-marks",
    tag: "pages",
    summary: "Mark an error on a submitted page's proof (proofreader): the span, its kind, the correction, a note",
    description: "The mark belongs to the round in progress. 409 when the page is not submitted or every round is signed; 422 when the story is not on the page or the marked text is not at that place.",
    access: "proofreader",
    params: idParam,
    body: proofMarkPost,
    ok: { status: 201, description: "the mark and the page's proofreading", body: proofMarkAnswer },
    errors: { 404: noPage, 409: { description: "page not submitted, or every round signed" }, 422: { description: "story not on the page, or the text not there" } },
  },
  {
    operationId: "getPageProofing",
    method: "GET",
    path: "/api/pages/{id}/proof-rounds",
    tag: "pages",
    summary: "A page's proofreading: the rounds its edition requires, those signed (who, when), the marks open",
    access: ["editor", "proofreader"],
    params: idParam,
    ok: { status: 200, description: "the proofreading", body: z.object({ proofing: pageProofing }) },
    errors: { 404: noPage },
  },
  {
    operationId: "signProofRound",
    method: "POST",
    path: "/api/pages/{id}/proof-rounds",
    tag: "pages",
    summary: "校对签字: sign one proofreading round of a submitted page (proofreader), after the round before",
    access: "proofreader",
    params: idParam,
    body: proofRoundPost,
    ok: { status: 200, description: "the proofreading after the signature", body: z.object({ proofing: pageProofing }) },
    errors: { 404: noPage, 409: { description: "page not submitted, no such round, already signed, or the round before not signed", bodies: [apiError] } },
  },
  {
    operationId: "acceptProofMark",
    method: "POST",
    path: "/api/proof-marks/{id}/accept",
    tag: "pages",
    summary: "Accept a mark: its correction is applied to the story text where the marked text is now, as a new revision",
    description: "Version-checked (`baseVersion` of the mark), audited, one transaction. Refused like an edit of the text (role, state, signed page, someone else's lease), and 409 when the marked text is gone (reject it instead).",
    access: "editor",
    params: idParam,
    body: proofMarkAccept,
    ok: {
      status: 200,
      description: "the closed mark, the page's proofreading, the story's new version and revision",
      body: proofMarkAnswer.extend({ storyVersion: z.number().int(), revision: z.number().int() }),
    },
    errors: { 404: noMark, 409: { description: "mark already dealt with or stale, its text gone, the story being edited by someone else or frozen" } },
  },
  {
    operationId: "rejectProofMark",
    method: "POST",
    path: "/api/proof-marks/{id}/reject",
    tag: "pages",
    summary: "Reject a mark with a reason (required); the story is not changed",
    access: "editor",
    params: idParam,
    body: proofMarkReject,
    ok: { status: 200, description: "the closed mark and the page's proofreading", body: proofMarkAnswer },
    errors: { 404: noMark, 409: { description: "mark already dealt with, or stale" } },
  },
  {
    operationId: "listStoryProofMarks",
    method: "GET",
    path: "/api/stories/{id}/proof-marks",
    tag: "pages",
    summary: "A story's proofreading marks from every page it was proofread on, newest first, 200 at a time",
    access: "editor",
    params: idParam,
    query: storyProofMarksQuery,
    ok: { status: 200, description: "one page of marks", body: proofMarkList },
  },
];
