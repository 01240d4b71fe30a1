import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { STORY_STATES, type StoryState } from "@/lib/story-kinds";
import { STORY_ACTIONS, type StoryAction } from "@/lib/workflow/story-workflow";
import { PAGE_STATES, type PageState } from "@/lib/page-states";
import { PAGE_ACTIONS, type PageAction } from "@/lib/workflow/page-workflow";

/** Events of a story's history and audit that are not transitions (the server sends them as codes). */
const EVENTS = ["edit", "seed", "import", "assign", "reassign", "restore", "unspike"] as const;
type StoryEvent = (typeof EVENTS)[number];

const isAction = (value: string): value is StoryAction => (STORY_ACTIONS as readonly string[]).includes(value);
const isEvent = (value: string): value is StoryEvent => (EVENTS as readonly string[]).includes(value);
const isState = (value: string): value is StoryState => (STORY_STATES as readonly string[]).includes(value);

/**
 * The label of a revision cause or an audit action: a transition by its button name (交稿), "restore:3"
 * as 恢复第3版, "create" as 创建, "take-over" as 接手编辑; an unknown code as it came.
 * `unspike` as a revision cause says what it undid: 恢复（撤稿）.
 */
export function useEventLabel(): (code: string, as?: "cause" | "audit") => string {
  const t = useTranslations();
  return useCallback(
    (code, as = "cause") => {
      const restored = /^restore:(\d+)$/.exec(code);
      if (restored) return t("event.restoreRevision", { n: restored[1] });
      if (code === "create") return t("common.create");
      if (code === "take-over") return t("lock.takeOver");
      if (code === "receive") return t("storyDesk.receiveEvent");
      if (code === "carry-over") return t("editions.carryOverEvent");
      if (code === "check_dismiss") return t("checkDesk.auditDismiss");
      if (code === "check_override") return t("checkDesk.auditOverride");
      if (code === "proof-mark") return t(as === "cause" ? "proof.markEvent" : "proof.auditMark");
      if (code === "proof-accept") return t("proof.auditAccept");
      if (code === "proof-reject") return t("proof.auditReject");
      if (code === "proof-round") return t("proof.auditRound");
      if (code === "unspike" && as === "cause") return t("event.unspike");
      if (isAction(code)) return t(`storyAction.${code}`);
      if (isEvent(code)) return t(`event.${code}`);
      return code;
    },
    [t],
  );
}

/** A story state as the audit stores it (a code, or nothing): its name, or the code as it came. */
export function useStateLabel(): (state: string | null) => string {
  const t = useTranslations("status");
  return useCallback((state) => (state && isState(state) ? t(state) : (state ?? "")), [t]);
}

const isPageAction = (value: string): value is PageAction => (PAGE_ACTIONS as readonly string[]).includes(value);
const isPageState = (value: string): value is PageState => (PAGE_STATES as readonly string[]).includes(value);

/** A page event of the audit (a workflow action, or a page made or removed) by its name: 提交签版, 签版, 撤签 …; an unknown code as it came. */
export function usePageEventLabel(): (code: string) => string {
  const t = useTranslations();
  return useCallback(
    (code) => {
      if (isPageAction(code)) return t(`pageAction.${code}`);
      if (code === "create") return t("desk.pageEvent.create");
      if (code === "delete") return t("desk.pageEvent.delete");
      return code;
    },
    [t],
  );
}

/** A page state as the audit stores it: its name (组版, 待签版 …), or the code as it came. */
export function usePageStateLabel(): (state: string | null) => string {
  const t = useTranslations("pageState");
  return useCallback((state) => (state && isPageState(state) ? t(state) : (state ?? "")), [t]);
}
