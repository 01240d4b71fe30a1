import { describe, expect, it } from "vitest";
import { DomainError, type ErrorCode } from "../errors";
import { MESSAGES } from "../i18n/catalogue";
import { renderMessage } from "../i18n/translate";
import type { Role } from "../roles";
import { STORY_STATES, type StoryState } from "../story-kinds";
import {
  actionChoices,
  allowedActions,
  canEditContent,
  decideStoryTransition,
  STORY_ACTIONS,
  type StoryAction,
  type StoryTransitionInput,
} from "./story-workflow";
import type { ReviewAct, ReviewLevel } from "../review/review-levels";

const CHIEF = { id: 1, role: "chief" as const };
const OTHER_CHIEF = { id: 2, role: "chief" as const };
const EDITOR = { id: 3, role: "editor" as const };
const REPORTER = { id: 4, role: "reporter" as const };
const ADMIN = { id: 5, role: "admin" as const };
const DESK_HEAD = { id: 6, role: "desk_head" as const };

/** 审稿单 acts: who passed which level (returns hold none). */
const passed = (level: ReviewLevel, reviewerId: number): ReviewAct => ({ level, outcome: "passed", reviewerId });
const returnedAt = (level: ReviewLevel, reviewerId: number): ReviewAct => ({ level, outcome: "returned", reviewerId });

/** An input every rule except the state check lets through, so only the state decides. */
function permissive(action: StoryAction, from: StoryState, over: Partial<StoryTransitionInput> = {}): StoryTransitionInput {
  return {
    action,
    from,
    statusBeforeSpike: "edited",
    // 撤回 is the reporter's own; every other action the chief may take.
    actor: action === "recall" ? REPORTER : CHIEF,
    isOwnStory: true,
    reason: "稿件需核实",
    reviews: [passed("first", EDITOR.id)],
    onReleasedPage: true,
    system: true,
    ...over,
  };
}

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error("expected a DomainError");
}

function codeOf(input: StoryTransitionInput): ErrorCode | "ok" {
  try {
    decideStoryTransition(input);
    return "ok";
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
}

/** The whole diagram: state → action → target. Every pair not listed must be a 409. */
const ALLOWED: Record<StoryState, Partial<Record<StoryAction, StoryState>>> = {
  assigned: { start: "draft", spike: "spiked" },
  draft: { file: "filed", spike: "spiked" },
  filed: { pass: "edited", return: "returned", spike: "spiked", recall: "draft" },
  edited: { approve: "approved", return: "returned", spike: "spiked" },
  // only a story that came from a three-level edition is reviewed here: it may still be approved
  reviewed: { approve: "approved", return: "returned", spike: "spiked" },
  approved: { spike: "spiked", publish: "published" },
  returned: { file: "filed", spike: "spiked" },
  spiked: { unspike: "edited" }, // statusBeforeSpike in `permissive`
  published: {},
};

/** Three review levels (三审): 复审 between edited and approved; 终审 only from reviewed. */
const ALLOWED_THREE_LEVELS: Record<StoryState, Partial<Record<StoryAction, StoryState>>> = {
  ...ALLOWED,
  edited: { review: "reviewed", return: "returned", spike: "spiked" },
  reviewed: { approve: "approved", return: "returned", spike: "spiked" },
};

const PAIRS = STORY_STATES.flatMap((from) => STORY_ACTIONS.map((action) => ({ from, action })));

describe("story workflow: every (state × action)", () => {
  it("covers all 90 pairs (9 states × 10 actions)", () => expect(PAIRS).toHaveLength(90));

  it.each(PAIRS)("$action from $from", ({ from, action }) => {
    const expected = ALLOWED[from][action];
    if (expected) {
      expect(decideStoryTransition(permissive(action, from)).to).toBe(expected);
    } else if (action === "review") {
      // two levels: there is no 复审 to give
      const err = errorOf(() => decideStoryTransition(permissive(action, from)));
      expect(err.status).toBe(409);
      expect(err.key).toBe("review.noSecondLevel");
      expect(renderMessage("zh-CN", err.reason)).toBe("本期为两审（初审、终审），没有复审");
    } else {
      const err = errorOf(() => decideStoryTransition(permissive(action, from)));
      expect(err.code).toBe("conflict");
      expect(err.status).toBe(409);
      expect(err.key).toBe("story.badTransition");
      expect(renderMessage("zh-CN", err.reason)).toMatch(/^「.+」的稿件不能「.+」$/);
      expect(renderMessage("en", err.reason)).toMatch(/^cannot “.+”: the story is “.+”$/);
    }
  });

  it.each(PAIRS)("three levels: $action from $from", ({ from, action }) => {
    const input = permissive(action, from, { reviewLevels: 3, reviews: [passed("first", EDITOR.id), passed("second", DESK_HEAD.id)] });
    const expected = ALLOWED_THREE_LEVELS[from][action];
    if (expected) {
      expect(decideStoryTransition(input).to).toBe(expected);
    } else {
      const err = errorOf(() => decideStoryTransition(input));
      expect(err.status).toBe(409);
      expect(err.key).toBe("story.badTransition");
    }
  });

  it("explains a refused transition in Chinese and English", () => {
    const err = errorOf(() => decideStoryTransition(permissive("approve", "filed")));
    expect(err.reason).toEqual({ key: "story.badTransition", params: { from: { label: "status.filed" }, action: { label: "storyAction.approve" } } });
    expect(renderMessage("zh-CN", err.reason)).toBe("「已交稿」的稿件不能「终审通过」");
    expect(renderMessage("en", err.reason)).toBe("cannot “Approve (final review)”: the story is “Filed”");
    expect(err.message).toBe(renderMessage("en", err.reason));
    expect(err.details).toMatchObject({ action: "approve", from: "filed" });
  });
});

describe("story workflow: roles", () => {
  const cases: { name: string; input: StoryTransitionInput; want: ErrorCode | "ok" }[] = [
    { name: "reporter starts own story", input: permissive("start", "assigned", { actor: REPORTER }), want: "ok" },
    { name: "reporter files own draft", input: permissive("file", "draft", { actor: REPORTER }), want: "ok" },
    { name: "reporter refiles own returned story", input: permissive("file", "returned", { actor: REPORTER }), want: "ok" },
    { name: "reporter may not start another's story", input: permissive("start", "assigned", { actor: REPORTER, isOwnStory: false }), want: "forbidden" },
    { name: "reporter may not file another's story", input: permissive("file", "draft", { actor: REPORTER, isOwnStory: false }), want: "forbidden" },
    { name: "reporter may not pass", input: permissive("pass", "filed", { actor: REPORTER }), want: "forbidden" },
    { name: "reporter may not return", input: permissive("return", "filed", { actor: REPORTER }), want: "forbidden" },
    { name: "reporter may not spike own story", input: permissive("spike", "draft", { actor: REPORTER }), want: "forbidden" },
    { name: "reporter may not unspike", input: permissive("unspike", "spiked", { actor: REPORTER }), want: "forbidden" },
    { name: "reporter may not approve", input: permissive("approve", "edited", { actor: REPORTER }), want: "forbidden" },
    { name: "role is checked before state", input: permissive("approve", "draft", { actor: REPORTER }), want: "forbidden" },
    { name: "editor files anyone's story", input: permissive("file", "draft", { actor: EDITOR, isOwnStory: false }), want: "ok" },
    { name: "editor passes", input: permissive("pass", "filed", { actor: EDITOR, isOwnStory: false }), want: "ok" },
    { name: "editor returns", input: permissive("return", "edited", { actor: EDITOR, isOwnStory: false }), want: "ok" },
    { name: "editor spikes", input: permissive("spike", "approved", { actor: EDITOR, isOwnStory: false }), want: "ok" },
    { name: "editor unspikes", input: permissive("unspike", "spiked", { actor: EDITOR, isOwnStory: false }), want: "ok" },
    { name: "editor may not approve", input: permissive("approve", "edited", { actor: EDITOR, reviews: [passed("first", 99)] }), want: "forbidden" },
    { name: "chief approves", input: permissive("approve", "edited", { actor: CHIEF, isOwnStory: false }), want: "ok" },
    { name: "publish needs the system flag, even for a chief", input: permissive("publish", "approved", { system: false }), want: "forbidden" },
    { name: "publish needs a released page", input: permissive("publish", "approved", { onReleasedPage: false }), want: "conflict" },
    { name: "publish by the release command", input: permissive("publish", "approved", { actor: CHIEF, system: true, onReleasedPage: true }), want: "ok" },
  ];
  it.each(cases)("$name", ({ input, want }) => expect(codeOf(input)).toBe(want));

  it.each(STORY_ACTIONS)("admin may not %s", (action) => {
    for (const from of STORY_STATES) {
      expect(codeOf(permissive(action, from, { actor: ADMIN }))).toBe("forbidden");
    }
  });
});

describe("story workflow: reasons", () => {
  it.each(["return", "spike"] as const)("%s needs a non-blank reason", (action) => {
    for (const reason of [undefined, null, "", "   ", "\u3000\n"]) {
      const err = errorOf(() => decideStoryTransition(permissive(action, "filed", { reason })));
      expect(err.code).toBe("bad_request");
      expect(err.key).toBe("workflow.reasonRequired");
      expect(renderMessage("zh-CN", err.reason)).toContain("理由");
    }
    expect(decideStoryTransition(permissive(action, "filed", { reason: "数据需核实" }))).toEqual({
      to: action === "return" ? "returned" : "spiked",
      requiresReason: true,
    });
  });

  it.each([
    ["start", "assigned"],
    ["file", "draft"],
    ["pass", "filed"],
    ["approve", "edited"],
    ["unspike", "spiked"],
    ["publish", "approved"],
  ] as const)("%s needs no reason", (action, from) => {
    expect(decideStoryTransition(permissive(action, from, { reason: null })).requiresReason).toBe(false);
  });

  it("reports a wrong state before a missing reason", () => {
    expect(codeOf(permissive("return", "draft", { reason: "" }))).toBe("conflict");
  });
});

describe("story workflow: one person, one review level of a story (all versions)", () => {
  it("refuses approve by the person who did 初审", () => {
    const err = errorOf(() => decideStoryTransition(permissive("approve", "edited", { actor: CHIEF, reviews: [passed("first", CHIEF.id)] })));
    expect(err.code).toBe("forbidden");
    expect(err.key).toBe("review.levelHeld");
    expect(renderMessage("zh-CN", err.reason)).toBe("你已完成本稿初审，终审须由另一人进行（任何两个环节的审稿工作不能同时由一人担任）");
    expect(renderMessage("en", err.reason)).toBe("you did this story's first review; its final review must be given by someone else (no one may perform two review levels of the same story)");
  });
  it("lets another chief approve", () => {
    expect(decideStoryTransition(permissive("approve", "edited", { actor: OTHER_CHIEF, reviews: [passed("first", CHIEF.id)] })).to).toBe("approved");
  });
  it("lets a chief approve when no reviewer is recorded", () => {
    expect(decideStoryTransition(permissive("approve", "edited", { reviews: [] })).to).toBe("approved");
    expect(decideStoryTransition(permissive("approve", "edited", { reviews: undefined })).to).toBe("approved");
  });
  it("does not restrict the 初审 itself, nor the same level again after a return", () => {
    expect(decideStoryTransition(permissive("pass", "filed", { actor: CHIEF, reviews: [passed("first", CHIEF.id)] })).to).toBe("edited");
    expect(decideStoryTransition(permissive("pass", "filed", { actor: EDITOR, reviews: [passed("first", EDITOR.id), returnedAt("final", CHIEF.id)] })).to).toBe("edited");
  });
  it("remembers a level held in an earlier version: 初审 passed, returned at 终审, filed again, passed by another", () => {
    // the chief passed 初审 of the first filing; the second filing's 初审 was someone else's — still the chief's story to 初审
    const reviews = [passed("first", CHIEF.id), returnedAt("final", OTHER_CHIEF.id), passed("first", EDITOR.id)];
    expect(codeOf(permissive("approve", "edited", { actor: CHIEF, reviews }))).toBe("forbidden");
    expect(decideStoryTransition(permissive("approve", "edited", { actor: OTHER_CHIEF, reviews })).to).toBe("approved");
  });
  it("holds no level by a return: the 初审 person may send the story back from 终审", () => {
    expect(decideStoryTransition(permissive("return", "edited", { actor: CHIEF, reviews: [passed("first", CHIEF.id)] })).to).toBe("returned");
    // a return at 初审 does not stop the same person's 终审 later
    expect(decideStoryTransition(permissive("approve", "edited", { actor: CHIEF, reviews: [returnedAt("first", CHIEF.id), passed("first", EDITOR.id)] })).to).toBe("approved");
  });
});

describe("story workflow: three review levels (初审 → 复审 → 终审)", () => {
  const three = (action: StoryAction, from: StoryState, over: Partial<StoryTransitionInput> = {}) => permissive(action, from, { reviewLevels: 3, isOwnStory: false, ...over });
  const cases: { name: string; input: StoryTransitionInput; want: ErrorCode | "ok"; key?: string }[] = [
    { name: "the desk head gives 复审", input: three("review", "edited", { actor: DESK_HEAD }), want: "ok" },
    { name: "the chief gives 复审", input: three("review", "edited", { actor: CHIEF }), want: "ok" },
    { name: "an editor may not give 复审", input: three("review", "edited", { actor: EDITOR, reviews: [] }), want: "forbidden", key: "workflow.actionNeedsRole" },
    { name: "a reporter may not give 复审", input: three("review", "edited", { actor: REPORTER }), want: "forbidden" },
    { name: "the desk head may not give 终审", input: three("approve", "reviewed", { actor: DESK_HEAD }), want: "forbidden", key: "workflow.actionNeedsRole" },
    { name: "the desk head may give 初审 (an editor's power)", input: three("pass", "filed", { actor: DESK_HEAD, reviews: [] }), want: "ok" },
    { name: "终审 does not skip 复审", input: three("approve", "edited", { actor: OTHER_CHIEF }), want: "conflict", key: "story.badTransition" },
    { name: "the chief approves a reviewed story", input: three("approve", "reviewed", { actor: OTHER_CHIEF, reviews: [passed("first", EDITOR.id), passed("second", DESK_HEAD.id)] }), want: "ok" },
    { name: "who passed 初审 may not give 复审", input: three("review", "edited", { actor: DESK_HEAD, reviews: [passed("first", DESK_HEAD.id)] }), want: "forbidden", key: "review.levelHeld" },
    { name: "who gave 复审 may not give 终审", input: three("approve", "reviewed", { actor: CHIEF, reviews: [passed("first", EDITOR.id), passed("second", CHIEF.id)] }), want: "forbidden", key: "review.levelHeld" },
    { name: "who passed 初审 may not give 终审", input: three("approve", "reviewed", { actor: CHIEF, reviews: [passed("first", CHIEF.id), passed("second", DESK_HEAD.id)] }), want: "forbidden", key: "review.levelHeld" },
    { name: "who gave 复审 may not give 初审 of a new filing", input: three("pass", "filed", { actor: DESK_HEAD, reviews: [passed("first", EDITOR.id), passed("second", DESK_HEAD.id), returnedAt("final", CHIEF.id)] }), want: "forbidden", key: "review.levelHeld" },
    { name: "returns from 复审 need a reason", input: three("return", "edited", { actor: DESK_HEAD, reason: " " }), want: "bad_request", key: "workflow.reasonRequired" },
    { name: "returns from 终审 by the chief", input: three("return", "reviewed", { actor: CHIEF }), want: "ok" },
    { name: "an editor may return a reviewed story", input: three("return", "reviewed", { actor: EDITOR }), want: "ok" },
  ];
  it.each(cases)("$name", ({ input, want, key }) => {
    expect(codeOf(input)).toBe(want);
    if (key) expect(errorOf(() => decideStoryTransition(input)).key).toBe(key);
  });
  it("words the refusal with both levels", () => {
    const err = errorOf(() => decideStoryTransition(three("approve", "reviewed", { actor: CHIEF, reviews: [passed("second", CHIEF.id)] })));
    expect(renderMessage("zh-CN", err.reason)).toBe("你已完成本稿复审，终审须由另一人进行（任何两个环节的审稿工作不能同时由一人担任）");
    expect(err.details).toEqual({ held: "second", level: "final" });
  });
  it("the 复审 role refusal names both roles that may give it", () => {
    const err = errorOf(() => decideStoryTransition(three("review", "edited", { actor: EDITOR })));
    expect(renderMessage("zh-CN", err.reason)).toBe("「复审通过」需要部门主任或值班总编权限");
  });
  it("a spiked reviewed story comes back reviewed", () => {
    expect(decideStoryTransition(three("unspike", "spiked", { statusBeforeSpike: "reviewed" })).to).toBe("reviewed");
  });
});

describe("story workflow: spike and unspike", () => {
  const spikeable = STORY_STATES.filter((s) => s !== "spiked" && s !== "published");
  it.each(spikeable)("unspike returns a story spiked from %s to %s", (state) => {
    const spiked = decideStoryTransition(permissive("spike", state, { actor: EDITOR, isOwnStory: false }));
    expect(spiked.to).toBe("spiked");
    const back = decideStoryTransition(permissive("unspike", spiked.to, { actor: EDITOR, statusBeforeSpike: state }));
    expect(back.to).toBe(state);
  });
  it("falls back to draft when the state before spike is unknown or impossible", () => {
    expect(decideStoryTransition(permissive("unspike", "spiked", { statusBeforeSpike: null })).to).toBe("draft");
    expect(decideStoryTransition(permissive("unspike", "spiked", { statusBeforeSpike: "published" })).to).toBe("draft");
    expect(decideStoryTransition(permissive("unspike", "spiked", { statusBeforeSpike: "spiked" })).to).toBe("draft");
  });
  it("cannot spike a published story", () => {
    expect(codeOf(permissive("spike", "published"))).toBe("conflict");
  });
});

describe("allowedActions", () => {
  const cases: { state: StoryState; role: Role; own: boolean; want: StoryAction[] }[] = [
    { state: "assigned", role: "reporter", own: true, want: ["start"] },
    { state: "draft", role: "reporter", own: true, want: ["file"] },
    { state: "draft", role: "reporter", own: false, want: [] },
    { state: "filed", role: "reporter", own: true, want: ["recall"] },
    { state: "returned", role: "reporter", own: true, want: ["file"] },
    { state: "filed", role: "editor", own: false, want: ["pass", "return", "spike"] },
    { state: "edited", role: "editor", own: false, want: ["return", "spike"] },
    { state: "edited", role: "chief", own: false, want: ["return", "approve", "spike"] },
    { state: "approved", role: "chief", own: false, want: ["spike"] },
    { state: "spiked", role: "editor", own: false, want: ["unspike"] },
    { state: "published", role: "chief", own: true, want: [] },
    { state: "draft", role: "admin", own: true, want: [] },
  ];
  it.each(cases)("$role (own: $own) on $state → $want", ({ state, role, own, want }) => {
    expect(allowedActions(state, role, own)).toEqual(want);
  });
  it("hides approve from the person who did 初审", () => {
    expect(allowedActions("edited", "chief", false, { actorId: 7, reviews: [passed("first", 7)] })).toEqual(["return", "spike"]);
    expect(allowedActions("edited", "chief", false, { actorId: 8, reviews: [passed("first", 7)] })).toContain("approve");
  });
  it("offers 复审 with three levels, to the desk head and the chief", () => {
    expect(allowedActions("edited", "desk_head", false, { actorId: 6, reviewLevels: 3, reviews: [passed("first", 3)] })).toEqual(["review", "return", "spike"]);
    expect(allowedActions("edited", "editor", false, { actorId: 3, reviewLevels: 3, reviews: [] })).toEqual(["return", "spike"]);
    expect(allowedActions("reviewed", "chief", false, { actorId: 1, reviewLevels: 3, reviews: [] })).toEqual(["return", "approve", "spike"]);
    expect(allowedActions("edited", "desk_head", false, { actorId: 6, reviewLevels: 2, reviews: [] })).toEqual(["return", "spike"]);
  });
  it("never offers publish", () => {
    for (const state of STORY_STATES) expect(allowedActions(state, "chief", true)).not.toContain("publish");
  });
});

describe("canEditContent", () => {
  const table: Record<StoryState, { reporterOwn: boolean; editor: boolean }> = {
    assigned: { reporterOwn: true, editor: true },
    draft: { reporterOwn: true, editor: true },
    filed: { reporterOwn: false, editor: true },
    edited: { reporterOwn: false, editor: true },
    reviewed: { reporterOwn: false, editor: true },
    approved: { reporterOwn: false, editor: true },
    returned: { reporterOwn: true, editor: true },
    spiked: { reporterOwn: false, editor: false },
    published: { reporterOwn: false, editor: false },
  };
  it.each(STORY_STATES)("in %s", (state) => {
    const row = table[state];
    expect(canEditContent(state, "reporter", true)).toBe(row.reporterOwn);
    expect(canEditContent(state, "reporter", false)).toBe(false);
    expect(canEditContent(state, "editor", false)).toBe(row.editor);
    expect(canEditContent(state, "chief", false)).toBe(row.editor);
    expect(canEditContent(state, "admin", true)).toBe(false);
  });
});

describe("labels", () => {
  it("names every action in Chinese", () => {
    expect(STORY_ACTIONS.map((a) => MESSAGES["zh-CN"].storyAction[a])).toEqual(["开始写稿", "交稿", "初审通过", "复审通过", "退回", "终审通过", "撤稿", "恢复", "见报", "撤回"]);
  });
});

describe("recall (撤回)", () => {
  const received = { name: "李强", at: "2019-01-09T10:42:00.000Z" };
  const cases: { who: string; actor: typeof REPORTER | typeof EDITOR; own: boolean; from: StoryState; receivedBy: typeof received | null; want: ErrorCode | "ok"; key?: string }[] = [
    { who: "reporter, own, not received", actor: REPORTER, own: true, from: "filed", receivedBy: null, want: "ok" },
    { who: "reporter, own, received", actor: REPORTER, own: true, from: "filed", receivedBy: received, want: "conflict", key: "storyDesk.recallReceived" },
    { who: "reporter, not own", actor: REPORTER, own: false, from: "filed", receivedBy: null, want: "forbidden", key: "storyDesk.recallOwnOnly" },
    { who: "editor, not own", actor: EDITOR, own: false, from: "filed", receivedBy: null, want: "forbidden", key: "storyDesk.recallOwnOnly" },
    { who: "editor who commissioned it", actor: EDITOR, own: true, from: "filed", receivedBy: null, want: "forbidden", key: "storyDesk.recallOwnOnly" },
    { who: "reporter, own, draft", actor: REPORTER, own: true, from: "draft", receivedBy: null, want: "conflict", key: "story.badTransition" },
    { who: "reporter, own, edited", actor: REPORTER, own: true, from: "edited", receivedBy: null, want: "conflict", key: "story.badTransition" },
  ];
  it.each(cases)("$who from $from → $want", ({ actor, own, from, receivedBy, want, key }) => {
    const input: StoryTransitionInput = { action: "recall", from, statusBeforeSpike: null, actor, isOwnStory: own, receivedBy };
    expect(codeOf(input)).toBe(want);
    if (want === "ok") expect(decideStoryTransition(input).to).toBe("draft");
    else expect(errorOf(() => decideStoryTransition(input)).key).toBe(key);
  });
  it("says who received it", () => {
    const err = errorOf(() => decideStoryTransition({ action: "recall", from: "filed", statusBeforeSpike: null, actor: REPORTER, isOwnStory: true, receivedBy: received }));
    expect(renderMessage("zh-CN", err.reason)).toBe("李强 已签收本稿，不能撤回；如需修改请联系编辑");
  });
});

describe("actionChoices: buttons shown disabled with the refusal", () => {
  const received = { name: "李强", at: "2019-01-09T10:42:00.000Z" };
  const cases: { who: string; state: StoryState; role: Role; own: boolean; actorId: number; lastReviewerId: number | null; receivedBy?: typeof received; want: [StoryAction, string | null][] }[] = [
    { who: "the chief who did 初审", state: "edited", role: "chief", own: false, actorId: 1, lastReviewerId: 1, want: [["return", null], ["approve", "review.levelHeld"], ["spike", null]] },
    { who: "another chief", state: "edited", role: "chief", own: false, actorId: 2, lastReviewerId: 1, want: [["return", null], ["approve", null], ["spike", null]] },
    { who: "an editor (no 终审 role)", state: "edited", role: "editor", own: false, actorId: 3, lastReviewerId: 1, want: [["return", null], ["spike", null]] },
    { who: "the reporter before 签收", state: "filed", role: "reporter", own: true, actorId: 4, lastReviewerId: null, want: [["recall", null]] },
    { who: "the reporter after 签收", state: "filed", role: "reporter", own: true, actorId: 4, lastReviewerId: null, receivedBy: received, want: [["recall", "storyDesk.recallReceived"]] },
    { who: "another reporter", state: "filed", role: "reporter", own: false, actorId: 6, lastReviewerId: null, want: [] },
    { who: "admin", state: "edited", role: "admin", own: false, actorId: 5, lastReviewerId: null, want: [] },
  ];
  it.each(cases)("$who on $state", ({ state, role, own, actorId, lastReviewerId, receivedBy, want }) => {
    const got = actionChoices(state, role, own, { actorId, reviews: lastReviewerId === null ? [] : [passed("first", lastReviewerId)], receivedBy });
    expect(got.map((c) => [c.action, c.refusal?.key ?? null])).toEqual(want);
  });
  it("words the two-level refusal as the desk says it", () => {
    const [approve] = actionChoices("edited", "chief", false, { actorId: 1, reviews: [passed("first", 1)] }).filter((c) => c.action === "approve");
    expect(renderMessage("zh-CN", approve.refusal!.reason)).toContain("你已完成本稿初审，终审须由另一人进行");
  });
  it("shows 复审 disabled to the desk head who passed 初审, with three levels", () => {
    const got = actionChoices("edited", "desk_head", false, { actorId: 6, reviewLevels: 3, reviews: [passed("first", 6)] });
    expect(got.map((c) => [c.action, c.refusal?.key ?? null])).toEqual([["review", "review.levelHeld"], ["return", null], ["spike", null]]);
    expect(renderMessage("zh-CN", got[0].refusal!.reason)).toBe("你已完成本稿初审，复审须由另一人进行（任何两个环节的审稿工作不能同时由一人担任）");
  });
  it("agrees with decideStoryTransition: an enabled choice is accepted, a disabled one refused with the same key", () => {
    for (const state of STORY_STATES)
      for (const role of ["reporter", "editor", "desk_head", "chief"] as const)
        for (const reviews of [[], [passed("first", 1)], [passed("second", 1)]])
          for (const reviewLevels of [2, 3] as const)
            for (const c of actionChoices(state, role, true, { actorId: 1, reviewLevels, reviews, receivedBy: null })) {
              const input: StoryTransitionInput = { action: c.action, from: state, statusBeforeSpike: null, actor: { id: 1, role }, isOwnStory: true, reason: "—", reviewLevels, reviews };
              if (c.refusal) expect(errorOf(() => decideStoryTransition(input)).key).toBe(c.refusal.key);
              else expect(codeOf(input)).toBe("ok");
            }
  });
});
