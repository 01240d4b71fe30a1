/**
 * Page (版) state machine — DESIGN.md "Editions and pages" → Page states.
 *
 * ```
 * planning --start-layout--> layout --submit--> submitted --sign(签版)--> signed --release(付印)--> released
 * submitted --reject(reason)--> layout ; signed --withdraw(撤签, reason)--> layout
 * ```
 *
 * Checks run in a fixed order: role (403) → state (409) → reason (400) → submit blockers (409,
 * details = the blocker messages, rendered for the reader by the route) → for sign, the proofreading (三校, 409:
 * every round of the edition signed, no mark open; details = what is missing). start-layout and submit need
 * an editor (or chief); sign, reject, withdraw and release need the chief. Reporters and admins may do none.
 */
import { DomainError } from "../errors";
import { label, messageList, type Message } from "../i18n/translate";
import { hasEditorialRole, type Role } from "../roles";
import { FROZEN_PAGE_STATES, type PageState } from "../page-states";
import type { StoryState } from "../story-kinds";
import { percentOf, UNDERSET_BOX_MAX_LINES, UNDERSET_PAGE_MAX_SHARE, type FitPlace, type PageFitSummary } from "../page-fit";

export const PAGE_ACTIONS = ["start-layout", "submit", "sign", "reject", "withdraw", "release"] as const;
export type PageAction = (typeof PAGE_ACTIONS)[number];

export interface PageActor {
  id: number;
  role: Role;
}

export interface PageTransitionInput {
  action: PageAction;
  from: PageState;
  actor: PageActor;
  /** Required (non-blank) for reject and withdraw. */
  reason?: string | null;
  /** From `submitBlockers`; a non-empty list refuses submit. */
  submitBlockers?: readonly Message[];
  /** 三校: how far the page's proofreading is; `sign` is refused until `proofBlockers` of it is empty. */
  proof?: ProofProgress;
}

export interface PageTransition {
  to: PageState;
  requiresReason: boolean;
}

type Check = { ok: true; value: PageTransition } | { ok: false; error: DomainError };

const EDGES: Record<PageAction, { from: PageState; to: PageState; needs: "editor" | "chief" }> = {
  "start-layout": { from: "planning", to: "layout", needs: "editor" },
  submit: { from: "layout", to: "submitted", needs: "editor" },
  sign: { from: "submitted", to: "signed", needs: "chief" },
  reject: { from: "submitted", to: "layout", needs: "chief" },
  withdraw: { from: "signed", to: "layout", needs: "chief" },
  release: { from: "signed", to: "released", needs: "chief" },
};

const REASON_REQUIRED: ReadonlySet<PageAction> = new Set<PageAction>(["reject", "withdraw"]);
const FROZEN: ReadonlySet<PageState> = new Set<PageState>(FROZEN_PAGE_STATES);

export function isPageAction(value: string): value is PageAction {
  return (PAGE_ACTIONS as readonly string[]).includes(value);
}

export function pageActionRequiresReason(action: PageAction): boolean {
  return REASON_REQUIRED.has(action);
}

/** Signed and released pages (and their stories) may not change (FROZEN_PAGE_STATES). */
export function isPageFrozen(state: PageState): boolean {
  return FROZEN.has(state);
}

function roleRefusal(action: PageAction, role: Role): DomainError | null {
  const needs = EDGES[action].needs;
  if (hasEditorialRole(role, needs)) return null;
  return new DomainError("forbidden", "workflow.actionNeedsRole", { action: label("pageAction", action), role: label("role", needs) });
}

function stateRefusal(action: PageAction, from: PageState): DomainError | null {
  const edge = EDGES[action];
  if (edge.from === from) return null;
  return new DomainError(
    "conflict",
    "page.badTransition",
    { from: label("pageState", from), action: label("pageAction", action) },
    { action, from, allowedFrom: [edge.from] },
  );
}

function reasonRefusal(action: PageAction, reason: string | null | undefined): DomainError | null {
  if (!pageActionRequiresReason(action) || (reason ?? "").trim() !== "") return null;
  return new DomainError("bad_request", "workflow.reasonRequired", { action: label("pageAction", action) });
}

/** The blockers go in `details` too; the route renders them, so the client lists them one by one. */
function blockerRefusal(action: PageAction, blockers: readonly Message[] | undefined): DomainError | null {
  if (action !== "submit" || !blockers || blockers.length === 0) return null;
  return new DomainError("conflict", "page.cannotSubmit", { blockers: messageList(blockers) }, [...blockers]);
}

/** 签版 waits for every proofreading round of the edition and for every mark to be dealt with (docs/PROOFING.md). */
function proofRefusal(action: PageAction, proof: ProofProgress | undefined): DomainError | null {
  if (action !== "sign" || !proof) return null;
  const blockers = proofBlockers(proof);
  if (blockers.length === 0) return null;
  return new DomainError("conflict", "proofing.signNeedsProofing", { blockers: messageList(blockers) }, blockers);
}

function checkPageTransition(input: PageTransitionInput): Check {
  const { action } = input;
  const refusal =
    roleRefusal(action, input.actor.role) ??
    stateRefusal(action, input.from) ??
    reasonRefusal(action, input.reason) ??
    blockerRefusal(action, input.submitBlockers) ??
    proofRefusal(action, input.proof);
  if (refusal) return { ok: false, error: refusal };
  return { ok: true, value: { to: EDGES[action].to, requiresReason: pageActionRequiresReason(action) } };
}

/** Decide where `action` takes the page, or throw DomainError (forbidden / conflict / bad_request). */
export function decidePageTransition(input: PageTransitionInput): PageTransition {
  const result = checkPageTransition(input);
  if (!result.ok) throw result.error;
  return result.value;
}

/** Actions to offer in the UI (submit is listed even when blockers exist; the UI shows them). */
export function allowedPageActions(state: PageState, role: Role): PageAction[] {
  return PAGE_ACTIONS.filter(
    (action) => checkPageTransition({ action, from: state, actor: { id: -1, role }, reason: "—" }).ok,
  );
}

/** 三校: the rounds the page's edition requires, the rounds signed, and the marks still open. */
export interface ProofProgress {
  rounds: number;
  signedRounds: readonly number[];
  openMarks: number;
}

/** Why 签版 must wait for proofreading, as messages (empty = proofreading done): each round 1..rounds not signed, then the open marks. */
export function proofBlockers({ rounds, signedRounds, openMarks }: ProofProgress): Message[] {
  const signed = new Set(signedRounds);
  const blockers: Message[] = [];
  for (let round = 1; round <= rounds; round++) if (!signed.has(round)) blockers.push({ key: "proofing.roundNotSigned", params: { round } });
  if (openMarks > 0) blockers.push({ key: "proofing.marksOpen", params: { n: openMarks } });
  return blockers;
}

export interface SubmitBlockersInput {
  /** Story boxes whose text does not fit: `lines` = lines over. Entries with lines ≤ 0 are ignored. */
  overset: readonly { box: string; lines: number }[];
  /** Every story placed on the page. */
  storyStates: readonly { headline: string; status: StoryState }[];
  responsibleEditorId: number | null;
  /** The page's fit (lib/page-fit.ts `pageFitSummary`): underset beyond the threshold blocks submit. */
  fit?: Pick<PageFitSummary, "underset" | "undersetBlocking" | "undersetShare" | "undersetAreaBlocks" | "emptyShare">;
}

const SUBMITTABLE_STORY_STATES: ReadonlySet<StoryState> = new Set<StoryState>(["edited", "reviewed", "approved"]);
const NAME_MAX = 16;
const UNTITLED = messageList([{ key: "blocker.untitled" }]);

/** A headline/box name shortened by code points so astral Han are never cut in half (blank = untitled). */
function shortName(name: string): string | null {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return null;
  return chars.length > NAME_MAX ? `${chars.slice(0, NAME_MAX - 1).join("")}…` : chars.join("");
}

function oversetBlockers(overset: SubmitBlockersInput["overset"]): Message[] {
  return overset.filter((o) => o.lines > 0).map((o) => ({ key: "blocker.overset", params: { box: shortName(o.box) ?? UNTITLED, lines: o.lines } }));
}

function storyStateBlockers(stories: SubmitBlockersInput["storyStates"]): Message[] {
  return stories
    .filter((s) => !SUBMITTABLE_STORY_STATES.has(s.status))
    .map((s) => ({
      key: "blocker.storyState",
      params: { headline: shortName(s.headline) ?? UNTITLED, status: label("status", s.status), edited: label("status", "edited"), approved: label("status", "approved") },
    }));
}

function placeParams(p: FitPlace) {
  return { box: shortName(p.box) ?? UNTITLED, lines: p.lines, column: p.firstColumn, line: p.topLine };
}

/** Underset (缺行, docs/COPYFIT.md "Underset"): each box short by more than 3 lines, or the page's total over 5 %. */
function undersetBlockers(fit: SubmitBlockersInput["fit"]): Message[] {
  if (!fit) return [];
  const boxes: Message[] = fit.undersetBlocking.map((p) => ({ key: "pageDesk.undersetBox", params: { ...placeParams(p), max: UNDERSET_BOX_MAX_LINES } }));
  if (!fit.undersetAreaBlocks) return boxes;
  // The page's total is over: every other short box is one of the places to fix, listed one by one.
  const listed = new Set(fit.undersetBlocking);
  const places: Message[] = fit.underset.filter((p) => !listed.has(p)).map((p) => ({ key: "pageDesk.undersetPlace", params: placeParams(p) }));
  return [...boxes, { key: "pageDesk.undersetArea", params: { percent: percentOf(fit.undersetShare), max: percentOf(UNDERSET_PAGE_MAX_SHARE) } }, ...places];
}

/**
 * Why a page may not be submitted yet, as messages for the reader (empty = may submit):
 * no overset box, no underset beyond the threshold, every story edited or approved, a responsible editor set.
 */
export function submitBlockers(input: SubmitBlockersInput): Message[] {
  const blockers = [...oversetBlockers(input.overset), ...undersetBlockers(input.fit), ...storyStateBlockers(input.storyStates)];
  if (input.responsibleEditorId === null) blockers.push({ key: "blocker.noResponsibleEditor" });
  return blockers;
}

/**
 * What the 提交签版 / 签版 / 付印 confirmation warns about without refusing (the same input as
 * `submitBlockers`): stories only through 初审 (付印 publishes only 终审 stories), boxes short within
 * the threshold, and a page with more than 5 % of its type area under no box at all.
 */
export function pageWarnings(input: SubmitBlockersInput): Message[] {
  const warnings: Message[] = input.storyStates
    .filter((s) => s.status === "edited" || s.status === "reviewed")
    .map((s) => ({ key: "pageDesk.onlyFirstReview", params: { headline: shortName(s.headline) ?? UNTITLED, edited: label("status", s.status) } }));
  const fit = input.fit;
  if (fit) {
    const blocking = new Set(fit.undersetBlocking);
    if (!fit.undersetAreaBlocks) {
      for (const p of fit.underset) if (!blocking.has(p)) warnings.push({ key: "pageDesk.undersetWithin", params: placeParams(p) });
    }
    if (fit.emptyShare > UNDERSET_PAGE_MAX_SHARE) warnings.push({ key: "pageDesk.emptyArea", params: { percent: percentOf(fit.emptyShare) } });
  }
  return warnings;
}
