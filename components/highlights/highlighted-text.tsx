import { highlightSegments, type HighlightRange } from "@/lib/check-desk/editor-highlights";
import { highlightClass, highlightKinds } from "./highlight-style";

/** Saved text with its highlights (the read view): the text cut by the ranges, each highlighted piece a <mark>. */
export function HighlightedText({ text, ranges }: { text: string; ranges?: readonly HighlightRange[] }) {
  if (!ranges || ranges.length === 0) return <>{text}</>;
  return (
    <>
      {highlightSegments(text.length, ranges).map((piece) =>
        piece.ranges.length === 0 ? (
          text.slice(piece.start, piece.end)
        ) : (
          <mark key={piece.start} data-highlight={highlightKinds(piece.ranges)} data-ids={piece.ranges.map((r) => r.id).join(" ")} className={`text-inherit ${highlightClass(piece.ranges, null)}`}>
            {text.slice(piece.start, piece.end)}
          </mark>
        ),
      )}
    </>
  );
}
