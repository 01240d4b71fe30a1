import { describe, expect, it } from "vitest";
import { reviewActOfAuditStep, reviewActsFromAudit, type AuditStep, type RevisionCut } from "./review-acts-from-audit";

const step = (action: string, fromState: string | null, more: Partial<AuditStep> = {}): AuditStep => ({
  entityType: "story",
  entityId: 1,
  action,
  fromState,
  actorId: 3,
  reason: null,
  createdAt: "2019-01-08T10:00:00.000Z",
  ...more,
});

describe("reviewActOfAuditStep: migration 0014's rules", () => {
  const cases: [string, AuditStep, ReturnType<typeof reviewActOfAuditStep>][] = [
    ["pass (初审通过)", step("pass", "filed"), { level: "first", outcome: "passed" }],
    ["approve (终审通过)", step("approve", "edited"), { level: "final", outcome: "passed" }],
    ["return from filed (初审退回)", step("return", "filed"), { level: "first", outcome: "returned" }],
    ["return from edited (终审退回)", step("return", "edited"), { level: "final", outcome: "returned" }],
    ["return from reviewed (not a state then)", step("return", "reviewed"), null],
    ["return with no state", step("return", null), null],
    ["review (复审: not an action then)", step("review", "edited"), null],
    ["file", step("file", "draft"), null],
    ["spike", step("spike", "edited"), null],
    ["publish", step("publish", "approved"), null],
    ["a system step (no actor)", step("pass", "filed", { actorId: null }), null],
    ["a page's row", step("pass", "filed", { entityType: "page" }), null],
  ];
  it.each(cases)("%s", (_name, row, want) => {
    expect(reviewActOfAuditStep(row)).toEqual(want);
  });
});

describe("reviewActsFromAudit", () => {
  const rev = (number: number, cause: string, authorId: number | null, createdAt: string, storyId = 1): RevisionCut => ({ storyId, number, cause, authorId, createdAt });
  const zi = new Map([
    [1, 420],
    [2, 88],
  ]);
  const ziOf = (id: number) => zi.get(id);

  it("gives the acts in the rows' order, with the actor, the reason as opinion and the story's present 字数", () => {
    const audit = [
      step("file", "draft", { actorId: 5 }),
      step("pass", "filed", { reason: "事实已核", createdAt: "2019-01-08T10:00:00.000Z" }),
      step("return", "edited", { actorId: 1, reason: "导语太长", createdAt: "2019-01-08T11:00:00.000Z" }),
      step("pass", "filed", { entityId: 2, actorId: 4, createdAt: "2019-01-08T11:30:00.000Z" }),
    ];
    const revisions = [rev(1, "save", 5, "2019-01-08T09:00:00.000Z"), rev(2, "pass", 3, "2019-01-08T10:00:00.000Z"), rev(3, "return", 1, "2019-01-08T11:00:00.001Z"), rev(1, "pass", 4, "2019-01-08T11:30:00.000Z", 2)];
    expect(reviewActsFromAudit({ audit, revisions, ziOf })).toEqual([
      { storyId: 1, level: "first", outcome: "passed", reviewerId: 3, opinion: "事实已核", zi: 420, revision: 2, createdAt: "2019-01-08T10:00:00.000Z" },
      { storyId: 1, level: "final", outcome: "returned", reviewerId: 1, opinion: "导语太长", zi: 420, revision: 3, createdAt: "2019-01-08T11:00:00.000Z" },
      { storyId: 2, level: "first", outcome: "passed", reviewerId: 4, opinion: null, zi: 88, revision: 1, createdAt: "2019-01-08T11:30:00.000Z" },
    ]);
  });

  const at = "2019-01-08T10:00:00.000Z";
  const revisionCases: [string, RevisionCut[], number][] = [
    ["the revision the act cut (same cause, same author, not before the row)", [rev(1, "save", 5, "2019-01-08T09:00:00.000Z"), rev(2, "pass", 3, at), rev(3, "save", 3, "2019-01-08T12:00:00.000Z")], 2],
    ["the first of several that match", [rev(4, "pass", 3, "2019-01-08T10:00:01.000Z"), rev(5, "pass", 3, "2019-01-08T10:00:02.000Z")], 4],
    ["one made before the row does not count: the latest", [rev(1, "pass", 3, "2019-01-08T09:59:59.999Z"), rev(2, "save", 3, "2019-01-08T11:00:00.000Z")], 2],
    ["another author's does not count: the latest", [rev(1, "pass", 9, at), rev(2, "save", 9, at)], 2],
    ["another cause does not count: the latest", [rev(1, "approve", 3, at), rev(3, "save", 3, at), rev(2, "save", 3, at)], 3],
    ["another story's does not count: none of its own, 0", [rev(1, "pass", 3, at, 2)], 0],
    ["no revisions at all: 0", [], 0],
  ];
  it.each(revisionCases)("revision: %s", (_name, revisions, want) => {
    expect(reviewActsFromAudit({ audit: [step("pass", "filed", { createdAt: at })], revisions, ziOf })[0].revision).toBe(want);
  });

  it("skips rows of a story that is not there (the migration's join) and rows that are no act", () => {
    expect(reviewActsFromAudit({ audit: [step("pass", "filed", { entityId: 7 }), step("spike", "edited")], revisions: [], ziOf })).toEqual([]);
  });
});
