/**
 * Story (稿件) state machine — DESIGN.md "Stories" and "Roles".
 *
 * ```
 * assigned --start--> draft --file--> filed --pass(初审)--> edited --approve(终审)--> approved
 * three review levels (三审, #12): edited --review(复审)--> reviewed --approve(终审)--> approved
 * filed | edited | reviewed --return(reason)--> returned --file--> filed
 * filed --recall(撤回, own story, not yet 签收)--> draft
 * any state before published --spike(reason)--> spiked --unspike--> state it had
 * approved + on a released page --publish--> published   (system action at 付印)
 * ```
 *
 * Pure: the command layer loads the story, calls `decideStoryTransition`, and writes the
 * result in the same transaction. Checks run in a fixed order so the error a user sees is
 * stable: role (403) → state (409) → reason (400) → one-person-one-level rule (403).
 *
 * Decisions:
 * - `publish` is never a user action. It is allowed only with `system: true`, which the
 *   page-release (付印) command sets for each approved story on the page it releases; any
 *   other caller, even a chief, gets 403. It also needs `onReleasedPage: true` (else 409).
 * - Reporters may start/file only their own stories (byline or assignee). Editors and the
 *   chief may start/file any story ("everything a reporter may, on any story").
 * - Admin has no editorial power: every action is 403.
 * - `recall` (撤回) is the reporter taking back what they filed: only a reporter, only their own story, and only until an
 *   editor has received it for review (签收: `receivedBy` set — the first desk editor to open it).
 * - Review levels (lib/review/review-levels.ts): with two (the default) `review` is refused and 终审 follows 初审;
 *   with three, 复审 (desk head or chief) comes between and 终审 starts from `reviewed`. A story that came to
 *   a two-level edition already `reviewed` may still be approved. The 审稿意见 is the `reason`: required when
 *   returning, optional when passing.
 * - One person, one level, across all the story's versions: `reviews` are every act recorded on its 审稿单.
 * - `unspike` returns to `statusBeforeSpike`; if that is missing or not a valid pre-spike
 *   state (corrupt data), the story goes back to `draft` so it is never stuck spiked.
 */
import { DomainError } from "../errors";
import { label, labelChoice, type Label, type LabelKey } from "../i18n/translate";
import { hasEditorialRole, type Role } from "../roles";
import type { ReviewLevels } from "../proofing/kinds";
import { otherLevelHeld, reviewLevelOf, type ReviewAct } from "../review/review-levels";
import type { StoryState } from "../story-kinds";

export const STORY_ACTIONS = ["start", "file", "pass", "review", "return", "approve", "spike", "unspike", "publish", "recall"] as const;
export type StoryAction = (typeof STORY_ACTIONS)[number];

export interface StoryActor {
  id: number;
  role: Role;
}

export interface StoryTransitionInput {
  action: StoryAction;
  from: StoryState;
  /** The state recorded when the story was spiked; used by unspike. */
  statusBeforeSpike: StoryState | null;
  actor: StoryActor;
  /** The actor is in the byline or among the assignees. */
  isOwnStory: boolean;
  /** Required (non-blank) for return and spike. */
  reason?: string | null;
  /** The review levels of the story's edition (2 when not given). */
  reviewLevels?: ReviewLevels;
  /** Every review act on the story, all versions (its 审稿单) — the one-person-one-level rule. */
  reviews?: readonly ReviewAct[];
  /** The story sits on a page that has been released (付印) — the publish rule. */
  onReleasedPage?: boolean;
  /** Set only by the page-release command: publish is a system action. */
  system?: boolean;
  /** Who received (签收) the filed story for review, and when: recall is refused from then on. */
  receivedBy?: { name: string; at: string } | null;
}

export interface StoryTransition {
  to: StoryState;
  requiresReason: boolean;
}

type Check = { ok: true; value: StoryTransition } | { ok: false; error: DomainError };

/** States each action may start from (two review levels); unspike and publish are special-cased in `targetOf`. */
const FROM_TWO_LEVELS: Record<StoryAction, readonly StoryState[]> = {
  start: ["assigned"],
  file: ["draft", "returned"],
  pass: ["filed"],
  // 复审 exists only with three levels
  review: [],
  return: ["filed", "edited", "reviewed"],
  // `reviewed` only when a story came from a three-level edition
  approve: ["edited", "reviewed"],
  // "Any state before published": everything except published itself and spiked (already).
  spike: ["assigned", "draft", "filed", "edited", "reviewed", "approved", "returned"],
  unspike: ["spiked"],
  publish: ["approved"],
  recall: ["filed"],
};

const FROM_THREE_LEVELS: Record<StoryAction, readonly StoryState[]> = { ...FROM_TWO_LEVELS, review: ["edited"], approve: ["reviewed"] };

function fromStates(action: StoryAction, levels: ReviewLevels | undefined): readonly StoryState[] {
  return (levels === 3 ? FROM_THREE_LEVELS : FROM_TWO_LEVELS)[action];
}

const FIXED_TARGET: Record<Exclude<StoryAction, "unspike">, StoryState> = {
  start: "draft",
  file: "filed",
  pass: "edited",
  review: "reviewed",
  return: "returned",
  approve: "approved",
  spike: "spiked",
  publish: "published",
  recall: "draft",
};

const REASON_REQUIRED: ReadonlySet<StoryAction> = new Set<StoryAction>(["return", "spike"]);

/** States a spiked story may go back to (the ones spike may start from). */
const UNSPIKE_TARGETS: ReadonlySet<StoryState> = new Set(FROM_TWO_LEVELS.spike);

/** Narrow an untrusted string (route param, form value) to a story action. */
export function isStoryAction(value: string): value is StoryAction {
  return (STORY_ACTIONS as readonly string[]).includes(value);
}

export function actionRequiresReason(action: StoryAction): boolean {
  return REASON_REQUIRED.has(action);
}

function unspikeTarget(statusBeforeSpike: StoryState | null): StoryState {
  // Fallback keeps a story with a lost/corrupt record recoverable instead of stuck spiked.
  return statusBeforeSpike !== null && UNSPIKE_TARGETS.has(statusBeforeSpike) ? statusBeforeSpike : "draft";
}

function targetOf(action: StoryAction, statusBeforeSpike: StoryState | null): StoryState {
  return action === "unspike" ? unspikeTarget(statusBeforeSpike) : FIXED_TARGET[action];
}

function stateConflict(input: StoryTransitionInput): DomainError {
  const { action, from } = input;
  if (action === "review" && input.reviewLevels !== 3) return new DomainError("conflict", "review.noSecondLevel", {}, { action, from, allowedFrom: [] });
  return new DomainError(
    "conflict",
    "story.badTransition",
    { from: label("status", from), action: label("storyAction", action) },
    { action, from, allowedFrom: fromStates(action, input.reviewLevels) },
  );
}

/** Why this actor may not perform this action at all, or null when the role allows it. */
function roleRefusal(input: StoryTransitionInput): DomainError | null {
  const { action, actor, isOwnStory } = input;
  if (!hasEditorialRole(actor.role, "reporter")) {
    return new DomainError("forbidden", "workflow.adminNoEditorialPower");
  }
  switch (action) {
    case "start":
    case "file":
      if (hasEditorialRole(actor.role, "editor") || isOwnStory) return null;
      return new DomainError("forbidden", "story.reporterOwnOnly");
    case "pass":
    case "return":
    case "spike":
    case "unspike":
      if (hasEditorialRole(actor.role, "editor")) return null;
      return new DomainError("forbidden", "workflow.actionNeedsRole", { action: label("storyAction", action), role: label("role", "editor") });
    case "review":
      if (hasEditorialRole(actor.role, "desk_head")) return null;
      return new DomainError("forbidden", "workflow.actionNeedsRole", { action: label("storyAction", action), role: labelChoice("role", ["desk_head", "chief"]) });
    case "approve":
      if (hasEditorialRole(actor.role, "chief")) return null;
      return new DomainError("forbidden", "workflow.actionNeedsRole", { action: label("storyAction", action), role: label("role", "chief") });
    case "publish":
      if (input.system === true) return null;
      return new DomainError("forbidden", "story.publishOnRelease");
    case "recall":
      // The reporter's own taking back; the desk returns (退回) instead.
      if (actor.role === "reporter" && isOwnStory) return null;
      return new DomainError("forbidden", "storyDesk.recallOwnOnly");
  }
}

/** Publish has a precondition beyond the state: the page must already be released. */
function publishRefusal(input: StoryTransitionInput): DomainError | null {
  if (input.action !== "publish" || input.onReleasedPage === true) return null;
  return new DomainError("conflict", "story.pageNotReleased", {}, { action: input.action, from: input.from });
}

function reasonRefusal(action: StoryAction, reason: string | null | undefined): DomainError | null {
  if (!actionRequiresReason(action) || (reason ?? "").trim() !== "") return null;
  return new DomainError("bad_request", "workflow.reasonRequired", { action: label("storyAction", action) });
}

function levelLabel(level: string): Label {
  return { label: `review.level.${level}` as LabelKey };
}

/** One person may not perform two review levels of the same story, in any of its versions (returns hold no level). */
function oneLevelRefusal(input: StoryTransitionInput): DomainError | null {
  if (input.action === "return") return null;
  const level = reviewLevelOf(input.action, input.from, input.reviewLevels ?? 2);
  if (level === null) return null;
  const held = otherLevelHeld(input.reviews ?? [], input.actor.id, level);
  if (held === null) return null;
  return new DomainError("forbidden", "review.levelHeld", { held: levelLabel(held), level: levelLabel(level) }, { held, level });
}

/** A filed story an editor has received (签收) is on the desk's table: the reporter can no longer take it back. */
function receivedRefusal(input: StoryTransitionInput): DomainError | null {
  if (input.action !== "recall" || !input.receivedBy) return null;
  return new DomainError("conflict", "storyDesk.recallReceived", { name: input.receivedBy.name });
}

/** The refusals that come after role and state: the ones the UI shows on a disabled button. */
function ruleRefusal(input: StoryTransitionInput): DomainError | null {
  return publishRefusal(input) ?? reasonRefusal(input.action, input.reason) ?? oneLevelRefusal(input) ?? receivedRefusal(input);
}

function checkStoryTransition(input: StoryTransitionInput): Check {
  const role = roleRefusal(input);
  if (role) return { ok: false, error: role };
  if (!fromStates(input.action, input.reviewLevels).includes(input.from)) return { ok: false, error: stateConflict(input) };
  const refusal = ruleRefusal(input);
  if (refusal) return { ok: false, error: refusal };
  return {
    ok: true,
    value: { to: targetOf(input.action, input.statusBeforeSpike), requiresReason: actionRequiresReason(input.action) },
  };
}

/**
 * Decide where `action` takes the story, or throw DomainError:
 * forbidden (role / one-person-one-level rule), conflict (not from this state; publish off a released
 * page), bad_request (missing reason for return/spike).
 */
export function decideStoryTransition(input: StoryTransitionInput): StoryTransition {
  const result = checkStoryTransition(input);
  if (!result.ok) throw result.error;
  return result.value;
}

export interface AllowedActionsContext {
  actorId: number;
  /** The review levels of the story's edition (2 when not given). */
  reviewLevels?: ReviewLevels;
  /** Every review act on the story (all versions); a level another of this person's acts holds is refused. */
  reviews: readonly ReviewAct[];
  /** Who received (签收) the filed story; hides recall. */
  receivedBy?: { name: string; at: string } | null;
}

/**
 * Actions to offer in the UI for this state and role. Reason-requiring actions are listed
 * (the UI asks for the reason). `publish` is never listed (system action). Without
 * `context` the one-person-one-level rule is not applied, so approve may still be refused on submit.
 */
export function allowedActions(
  state: StoryState,
  actorRole: Role,
  isOwn: boolean,
  context?: AllowedActionsContext,
): StoryAction[] {
  return STORY_ACTIONS.filter(
    (action) =>
      checkStoryTransition({
        action,
        from: state,
        statusBeforeSpike: null,
        actor: { id: context?.actorId ?? -1, role: actorRole },
        isOwnStory: isOwn,
        reason: "—",
        reviewLevels: context?.reviewLevels,
        reviews: context?.reviews ?? [],
        receivedBy: context?.receivedBy ?? null,
        onReleasedPage: false,
        system: false,
      }).ok,
  );
}

/** One workflow button: offered, or shown disabled with the rule that stops this person now. */
export type ActionChoice = { action: StoryAction; refusal: DomainError | null };

/**
 * The buttons to show for this state and role: every action the role may take from this state
 * (`publish` never), each with the refusal of a rule that stops this person now — the one-person-one-level
 * rule (who passed 初审 cannot give 复审 or 终审, in any version), or a recall after 签收. The same checks as
 * `decideStoryTransition`, so a button shown enabled is one the server accepts, and a disabled
 * one says the server's words.
 */
export function actionChoices(state: StoryState, actorRole: Role, isOwn: boolean, context: AllowedActionsContext): ActionChoice[] {
  const choices: ActionChoice[] = [];
  for (const action of STORY_ACTIONS) {
    const input: StoryTransitionInput = {
      action,
      from: state,
      statusBeforeSpike: null,
      actor: { id: context.actorId, role: actorRole },
      isOwnStory: isOwn,
      reason: "—",
      reviewLevels: context.reviewLevels,
      reviews: context.reviews,
      receivedBy: context.receivedBy ?? null,
      onReleasedPage: false,
      system: false,
    };
    if (roleRefusal(input) || !fromStates(action, context.reviewLevels).includes(state)) continue;
    choices.push({ action, refusal: ruleRefusal(input) });
  }
  return choices;
}

const REPORTER_EDITABLE: ReadonlySet<StoryState> = new Set<StoryState>(["assigned", "draft", "returned"]);
const NEVER_EDITABLE: ReadonlySet<StoryState> = new Set<StoryState>(["spiked", "published"]);

/**
 * May this person change the story's content (text, headlines, byline)?
 * - reporter: own story while assigned/draft/returned (once filed it belongs to the desk);
 * - editor/chief: any story except spiked (unspike first) or published (corrections only);
 *   editing an approved story is allowed and does not change its state — the revision log
 *   shows the change, and a signed page freezes its stories separately (page isPageFrozen);
 * - admin: never.
 */
export function canEditContent(state: StoryState, role: Role, isOwn: boolean): boolean {
  if (hasEditorialRole(role, "editor")) return !NEVER_EDITABLE.has(state);
  if (hasEditorialRole(role, "reporter")) return isOwn && REPORTER_EDITABLE.has(state);
  return false;
}
