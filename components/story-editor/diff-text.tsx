import type { DiffPart } from "@/lib/diff/char-diff";
import { hasKey, type EditorStrings } from "./strings";
import type { ContentLineLabels } from "@/lib/story-draft";

/** A character diff as text: insertions in green <ins>, deletions in red struck-through <del>; line breaks kept. */
export function DiffText({ parts, testId }: { parts: DiffPart[]; testId: string }) {
  return (
    <div data-testid={testId} className="whitespace-pre-wrap break-words font-serif text-[15px] leading-7">
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
export function lineLabels(s: EditorStrings): ContentLineLabels {
  return {
    kicker: s("field.kicker"),
    headline: s("field.headline"),
    subheadline: s("field.subheadline"),
    dateline: s("field.dateline"),
    bylines: s("field.bylines"),
    role: (role) => {
      const key = `bylineRole.${role}`;
      return hasKey(key) ? s(key) : role;
    },
  };
}
