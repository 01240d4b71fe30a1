import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { DiffPart } from "@/lib/diff/char-diff";
import { BYLINE_ROLES, type BylineRole } from "@/lib/story-kinds";
import type { ContentLineLabels } from "@/lib/story-draft";

const isBylineRole = (value: string): value is BylineRole => (BYLINE_ROLES as readonly string[]).includes(value);

/** A character diff as text: insertions in green <ins>, deletions in red struck-through <del>; line breaks kept. */
export function DiffText({ parts, testId }: { parts: DiffPart[]; testId: string }) {
  return (
    <div data-testid={testId} className="whitespace-pre-wrap break-words font-serif text-[15px] leading-7" data-content="">
      {parts.map((p, i) =>
        p.op === "insert" ? (
          <ins key={i} className="rounded-sm bg-emerald-100 text-emerald-900 underline decoration-emerald-500/60">
            {p.text}
          </ins>
        ) : p.op === "delete" ? (
          <del key={i} className="rounded-sm bg-red-100 text-red-800 line-through decoration-red-500">
            {p.text}
          </del>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </div>
  );
}

/** Field labels for `contentLines` in the user's language. */
export function useLineLabels(): ContentLineLabels {
  const t = useTranslations();
  return useMemo(
    () => ({
      kicker: t("field.kicker"),
      headline: t("field.headline"),
      subheadline: t("field.subheadline"),
      dateline: t("field.dateline"),
      bylines: t("story.byline"),
      role: (role) => (isBylineRole(role) ? t(`bylineRole.${role}`) : role),
    }),
    [t],
  );
}
