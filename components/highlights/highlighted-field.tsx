"use client";

import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { highlightSegments, rangesAtCaret, sameRanges, type HighlightRange } from "@/lib/check-desk/editor-highlights";
import { highlightClass, highlightKinds } from "./highlight-style";

/** The mirror's content: the value cut by the ranges, one text node or <mark> per piece. */
function mirrorPieces(value: string, ranges: readonly HighlightRange[], active: string | null): ReactNode[] {
  return highlightSegments(value.length, ranges).map((piece) => {
    const text = value.slice(piece.start, piece.end);
    if (piece.ranges.length === 0) return text;
    return (
      <mark key={piece.start} data-highlight={highlightKinds(piece.ranges)} data-ids={piece.ranges.map((r) => r.id).join(" ")} className={`text-transparent ${highlightClass(piece.ranges, active)}`}>
        {text}
      </mark>
    );
  });
}

const NO_RANGES: HighlightRange[] = [];

/**
 * The ranges, as the same array while they are equal: the form computes them anew on every keystroke in any field,
 * and a field whose value and highlights did not change then keeps its drawn mirror (a 50,000-字 body is not cut
 * again for a keystroke in the headline).
 */
function useSteadyRanges(ranges: readonly HighlightRange[]): readonly HighlightRange[] {
  const [held, setHeld] = useState(ranges);
  if (sameRanges(held, ranges)) return held;
  setHeld(ranges);
  return ranges;
}

type Tip = (at: HighlightRange[], placeCaret: (offset: number) => void) => ReactNode;

function TipSlot({ tip, at, placeCaret }: { tip: Tip; at: HighlightRange[]; placeCaret: (offset: number) => void }) {
  return tip(at, placeCaret);
}

/**
 * A text control with its findings and marks highlighted inside the text (docs/CHECK.md "Highlights in the text").
 * The control stays the real <textarea> / <input> — typing, IME, undo, selection and paste are the browser's own —
 * with a transparent background over an aria-hidden mirror: the same box (`box`: border width, padding, font,
 * size, line height, alignment), the same wrapping (pre-wrap and break-word for a textarea; one `pre` line for an
 * input), the same scroll position, and `scrollbar-gutter: stable` on both so the lines wrap at the same width.
 * The mirror draws only the highlights' backgrounds (its text is transparent). When the caret is inside a
 * highlight, `tip` says what it is, under the field, in a polite live region.
 */
export function HighlightedField({
  multiline = false,
  value,
  onChange,
  ranges = NO_RANGES,
  tip,
  box,
  look,
  id,
  testId,
  describedBy,
  rows,
  disabled,
}: {
  multiline?: boolean;
  value: string;
  onChange: (value: string) => void;
  ranges?: readonly HighlightRange[];
  /** `placeCaret(n)` puts the caret back at n, after an edit from the tip (a value set from outside moves it to the end) */
  tip?: Tip;
  /** classes that decide where each character is drawn: the mirror gets them too */
  box: string;
  /** colours, focus ring: the control's only */
  look: string;
  id: string;
  testId: string;
  describedBy?: string;
  rows?: number;
  disabled?: boolean;
}) {
  const control = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const mirror = useRef<HTMLDivElement>(null);
  const tipBox = useRef<HTMLDivElement>(null);
  const [caret, setCaret] = useState<{ start: number; end: number } | null>(null);
  const steady = useSteadyRanges(ranges);
  const at = useMemo(() => (caret ? rangesAtCaret(steady, caret.start, caret.end) : []), [steady, caret]);
  const active = at[0]?.id ?? null;
  const pieces = useMemo(() => mirrorPieces(value, steady, active), [value, steady, active]);

  const sync = () => {
    const c = control.current;
    const m = mirror.current;
    if (!c || !m) return;
    m.scrollTop = c.scrollTop;
    m.scrollLeft = c.scrollLeft;
  };
  useLayoutEffect(sync, [pieces]);

  const readCaret = () => {
    sync();
    const c = control.current;
    if (!c || c.selectionStart === null || c.selectionEnd === null) return;
    const next = { start: c.selectionStart, end: c.selectionEnd };
    setCaret((was) => (was && was.start === next.start && was.end === next.end ? was : next));
  };

  // A selection set by script (the 机检 panel's 定位 selects a finding's span) fires `select`, not React's onSelect.
  useEffect(() => {
    const c = control.current;
    if (!c) return;
    c.addEventListener("select", readCaret);
    return () => c.removeEventListener("select", readCaret);
  });

  const shared = {
    ref: control,
    id,
    "data-testid": testId,
    "aria-describedby": describedBy,
    value,
    disabled,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
    onScroll: sync,
    onSelect: readCaret,
    onBlur: (e: { relatedTarget: EventTarget | null }) => {
      // Focus moving into the tip (its button) keeps it: the button is what the user is reaching for.
      if (!(e.relatedTarget instanceof Node && tipBox.current?.contains(e.relatedTarget))) setCaret(null);
    },
  };
  const placeCaret = (offset: number) =>
    requestAnimationFrame(() => {
      control.current?.focus();
      control.current?.setSelectionRange(offset, offset);
    });

  return (
    <>
      <div className="relative rounded bg-white has-[:disabled]:bg-stone-50">
        <div
          ref={mirror}
          aria-hidden="true"
          data-content=""
          data-testid={`${testId}-mirror`}
          className={`${box} pointer-events-none absolute inset-0 select-none overflow-hidden border-transparent text-transparent ${multiline ? "whitespace-pre-wrap break-words [scrollbar-gutter:stable]" : "flex items-center whitespace-pre"}`}
        >
          {multiline ? (
            <>
              {pieces}
              {/* a trailing newline makes a line in the textarea: the same here */}
              {"\u200b"}
            </>
          ) : (
            <span className="min-w-full shrink-0">{pieces}</span>
          )}
        </div>
        {multiline ? (
          <textarea {...shared} rows={rows} className={`${box} ${look} relative block resize-y overflow-y-auto bg-transparent [scrollbar-gutter:stable]`} />
        ) : (
          <input {...shared} className={`${box} ${look} relative block bg-transparent`} />
        )}
      </div>
      {tip && (
        <div
          ref={tipBox}
          aria-live="polite"
          onMouseDown={(e) => {
            // A click in the tip keeps the caret where it is (no blur of the field first).
            if ((e.target as HTMLElement).closest("button")) e.preventDefault();
          }}
        >
          {tip && at.length > 0 && <TipSlot tip={tip} at={at} placeCaret={placeCaret} />}
        </div>
      )}
    </>
  );
}
