import { describe, expect, it } from "vitest";
import { DomainError, type ErrorCode } from "../errors";
import { renderMessage, type Message } from "../i18n/translate";
import { PAGE_STATES, type PageState } from "../page-states";
import type { Role } from "../roles";
import {
  allowedPageActions,
  decidePageTransition,
  isPageFrozen,
  proofBlockers,
  PAGE_ACTIONS,
  submitBlockers,
  type PageAction,
  type PageTransitionInput,
} from "./page-workflow";

const CHIEF = { id: 1, role: "chief" as const };
const EDITOR = { id: 2, role: "editor" as const };
const REPORTER = { id: 3, role: "reporter" as const };
const ADMIN = { id: 4, role: "admin" as const };

function permissive(action: PageAction, from: PageState, over: Partial<PageTransitionInput> = {}): PageTransitionInput {
  return { action, from, actor: CHIEF, reason: "标题字号需调整", submitBlockers: [], ...over };
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

function codeOf(input: PageTransitionInput): ErrorCode | "ok" {
  try {
    decidePageTransition(input);
    return "ok";
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
}

const ALLOWED: Record<PageState, Partial<Record<PageAction, PageState>>> = {
  planning: { "start-layout": "layout" },
  layout: { submit: "submitted" },
  submitted: { sign: "signed", reject: "layout" },
  signed: { release: "released", withdraw: "layout" },
  released: {},
};

const PAIRS = PAGE_STATES.flatMap((from) => PAGE_ACTIONS.map((action) => ({ from, action })));

describe("page workflow: every (state × action)", () => {
  it("covers all 30 pairs", () => expect(PAIRS).toHaveLength(30));

  it.each(PAIRS)("$action from $from", ({ from, action }) => {
    const expected = ALLOWED[from][action];
    if (expected) {
      expect(decidePageTransition(permissive(action, from)).to).toBe(expected);
    } else {
      const err = errorOf(() => decidePageTransition(permissive(action, from)));
      expect(err.code).toBe("conflict");
      expect(err.key).toBe("page.badTransition");
      expect(renderMessage("zh-CN", err.reason)).toMatch(/^版面「.+」时不能「.+」$/);
      expect(renderMessage("en", err.reason)).toMatch(/^cannot “.+”: the page is “.+”$/);
    }
  });

  it("explains the refusal", () => {
    const err = errorOf(() => decidePageTransition(permissive("sign", "layout")));
    expect(renderMessage("zh-CN", err.reason)).toBe("版面「组版」时不能「签版」");
    expect(renderMessage("en", err.reason)).toBe("cannot “Sign off”: the page is “Layout”");
  });
});

describe("page workflow: roles", () => {
  const cases: { action: PageAction; from: PageState; role: "reporter" | "editor" | "chief" | "admin"; want: ErrorCode | "ok" }[] = [
    { action: "start-layout", from: "planning", role: "editor", want: "ok" },
    { action: "submit", from: "layout", role: "editor", want: "ok" },
    { action: "submit", from: "layout", role: "chief", want: "ok" },
    { action: "sign", from: "submitted", role: "editor", want: "forbidden" },
    { action: "reject", from: "submitted", role: "editor", want: "forbidden" },
    { action: "withdraw", from: "signed", role: "editor", want: "forbidden" },
    { action: "release", from: "signed", role: "editor", want: "forbidden" },
    { action: "sign", from: "submitted", role: "chief", want: "ok" },
    { action: "release", from: "signed", role: "chief", want: "ok" },
  ];
  const actor = { reporter: REPORTER, editor: EDITOR, chief: CHIEF, admin: ADMIN };
  it.each(cases)("$role $action from $from → $want", ({ action, from, role, want }) => {
    expect(codeOf(permissive(action, from, { actor: actor[role] }))).toBe(want);
  });
  it.each(PAGE_ACTIONS)("reporter and admin may not %s", (action) => {
    for (const from of PAGE_STATES) {
      expect(codeOf(permissive(action, from, { actor: REPORTER }))).toBe("forbidden");
      expect(codeOf(permissive(action, from, { actor: ADMIN }))).toBe("forbidden");
    }
  });
});

describe("page workflow: reasons and blockers", () => {
  it.each([
    ["reject", "submitted"],
    ["withdraw", "signed"],
  ] as const)("%s needs a reason", (action, from) => {
    for (const reason of [undefined, null, "", "  "]) {
      expect(codeOf(permissive(action, from, { reason }))).toBe("bad_request");
    }
    expect(decidePageTransition(permissive(action, from))).toEqual({ to: "layout", requiresReason: true });
  });

  it("submit is refused with the blockers as details", () => {
    const blockers: Message[] = [{ key: "blocker.overset", params: { box: "党支部唱响两新组织发展主旋律", lines: 3 } }, { key: "blocker.noResponsibleEditor" }];
    const err = errorOf(() => decidePageTransition(permissive("submit", "layout", { actor: EDITOR, submitBlockers: blockers })));
    expect(err.code).toBe("conflict");
    expect(err.details).toEqual(blockers);
    expect(renderMessage("zh-CN", err.reason)).toBe("版面还不能提交签版：「党支部唱响两新组织发展主旋律」超 3 行；未设置责任编辑");
    expect(renderMessage("en", err.reason)).toBe("the page cannot be submitted yet: “党支部唱响两新组织发展主旋律” is over by 3 lines; no responsible editor set");
  });

  it("blockers only matter for submit", () => {
    expect(decidePageTransition(permissive("sign", "submitted", { submitBlockers: [{ key: "blocker.noResponsibleEditor" }] })).to).toBe("signed");
  });
});

describe("submitBlockers", () => {
  it("is empty for a ready page", () => {
    expect(
      submitBlockers({
        overset: [{ box: "党支部唱响两新组织发展主旋律", lines: 0 }],
        storyStates: [
          { headline: "党支部唱响两新组织发展主旋律", status: "edited" },
          { headline: "图片新闻", status: "approved" },
        ],
        responsibleEditorId: 9,
      }),
    ).toEqual([]);
  });

  it("lists every problem, in Chinese and in English", () => {
    const blockers = submitBlockers({
        overset: [
          { box: "党支部唱响两新组织发展主旋律", lines: 3 },
          { box: "短讯", lines: -2 },
        ],
        storyStates: [
          { headline: "聊城市委组织部邀请专家授课", status: "filed" },
          { headline: "", status: "draft" },
          { headline: "全市𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀", status: "returned" },
        ],
        responsibleEditorId: null,
      });
    expect(blockers.map((b) => renderMessage("zh-CN", b))).toEqual([
      "「党支部唱响两新组织发展主旋律」超 3 行",
      "「聊城市委组织部邀请专家授课」状态为已交稿，需已初审或已终审",
      "「（无标题）」状态为草稿，需已初审或已终审",
      "「全市𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀…」状态为已退回，需已初审或已终审",
      "未设置责任编辑",
    ]);
    expect(blockers.map((b) => renderMessage("en", b))).toEqual([
      "“党支部唱响两新组织发展主旋律” is over by 3 lines",
      "“聊城市委组织部邀请专家授课” is Filed; it needs to be Edited or Approved",
      "“(untitled)” is Draft; it needs to be Edited or Approved",
      "“全市𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀…” is Returned; it needs to be Edited or Approved",
      "no responsible editor set",
    ]);
  });
});

describe("isPageFrozen and allowed actions", () => {
  it.each(PAGE_STATES)("%s", (state) => {
    expect(isPageFrozen(state)).toBe(state === "signed" || state === "released");
  });
  it("offers actions by role", () => {
    expect(allowedPageActions("planning", "editor")).toEqual(["start-layout"]);
    expect(allowedPageActions("layout", "editor")).toEqual(["submit"]);
    expect(allowedPageActions("submitted", "editor")).toEqual([]);
    expect(allowedPageActions("submitted", "chief")).toEqual(["sign", "reject"]);
    expect(allowedPageActions("signed", "chief")).toEqual(["withdraw", "release"]);
    expect(allowedPageActions("released", "chief")).toEqual([]);
    expect(allowedPageActions("layout", "reporter")).toEqual([]);
  });
});

describe("page workflow: 签版 waits for proofreading (三校)", () => {
  const cases: { rounds: number; signedRounds: number[]; openMarks: number; want: string[] }[] = [
    { rounds: 3, signedRounds: [1, 2, 3], openMarks: 0, want: [] },
    { rounds: 1, signedRounds: [1], openMarks: 0, want: [] },
    { rounds: 3, signedRounds: [], openMarks: 0, want: ["一校未签字", "二校未签字", "三校未签字"] },
    { rounds: 3, signedRounds: [1, 2], openMarks: 0, want: ["三校未签字"] },
    { rounds: 3, signedRounds: [1, 2, 3], openMarks: 2, want: ["还有 2 处校对标记未处理"] },
    { rounds: 2, signedRounds: [1], openMarks: 1, want: ["二校未签字", "还有 1 处校对标记未处理"] },
  ];
  it.each(cases)("$rounds rounds, signed $signedRounds, $openMarks open → $want", ({ want, ...proof }) => {
    expect(proofBlockers(proof).map((m) => renderMessage("zh-CN", m))).toEqual(want);
    const input = permissive("sign", "submitted", { proof });
    if (want.length === 0) expect(decidePageTransition(input).to).toBe("signed");
    else {
      const e = errorOf(() => decidePageTransition(input));
      expect(e.status).toBe(409);
      expect(e.details).toEqual(proofBlockers(proof));
      expect(renderMessage("zh-CN", e.reason)).toBe(`校对未完成，不能签版：${want.join("；")}`);
    }
  });

  it("the proofreading is checked for sign only, after role and state", () => {
    const proof = { rounds: 3, signedRounds: [], openMarks: 1 };
    expect(codeOf(permissive("sign", "submitted", { proof, actor: EDITOR }))).toBe("forbidden");
    expect(codeOf(permissive("sign", "layout", { proof }))).toBe("conflict");
    expect(codeOf(permissive("reject", "submitted", { proof }))).toBe("ok");
    expect(codeOf(permissive("release", "signed", { proof }))).toBe("ok");
  });

  it("says it in English too", () => {
    const e = errorOf(() => decidePageTransition(permissive("sign", "submitted", { proof: { rounds: 3, signedRounds: [1], openMarks: 1 } })));
    expect(renderMessage("en", e.reason)).toBe("Proofreading is not finished, the page cannot be signed: the 2nd proof is not signed; the 3rd proof is not signed; 1 proofreading mark is still open");
  });
});
