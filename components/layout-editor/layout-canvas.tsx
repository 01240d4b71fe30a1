"use client";

import { memo, useCallback, useEffect, useRef, useState, type DragEvent, type KeyboardEvent, type PointerEvent } from "react";
import { boxGridStyle, ElementContent, LINE_UNITS, PageSheet, SHEET_PADDING_UNITS, type SheetPage } from "@/components/newspaper-page";
import type { GridTemplate, Rect } from "@/lib/copyfit/grid";
import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { checkPlacement, rectOf, sameRect, type DraftElement, type PlacementCheck } from "./draft";

export const STORY_DRAG_TYPE = "application/x-newsdesk-story";

type DragMode = "move" | "resize-e" | "resize-s";

interface Preview {
  key: string;
  rect: Rect;
  check: PlacementCheck | { ok: false; reason: "locked" };
}

/** Where the next box of a dragged story would go, for the drop outline. */
export type GhostFor = (storyId: number, at: { column: number; line: number }) => Rect | null;

const KEY_STEPS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * The page grid with its boxes, to lay out by hand. Boxes snap to whole columns and lines; a move or
 * resize is previewed live (with its copyfit) and refused with a red outline when it would overlap
 * another box or leave the page — the box then returns. Stories dragged in from the side list
 * (HTML5 drag and drop) show where they would land. Every box is a focusable button: arrows move it,
 * Shift+arrows resize it, Delete takes it off the page.
 */
export function LayoutCanvas({
  page,
  grid,
  unitPx,
  elements,
  selectedKey,
  readOnly,
  locale,
  draggingStoryId,
  nameOf,
  ghostFor,
  onSelect,
  onRect,
  onRefuse,
  onRemove,
  onDropStory,
  focusRequest,
  canvasLabel,
}: {
  page: SheetPage;
  grid: GridTemplate;
  unitPx: number;
  elements: DraftElement[];
  selectedKey: string | null;
  readOnly: boolean;
  locale: Locale;
  draggingStoryId: number | null;
  nameOf: (el: DraftElement) => string;
  ghostFor: GhostFor;
  onSelect: (key: string | null) => void;
  /** Try to give a box a new rect; answers whether it was accepted (refusals are reported by the caller). */
  onRect: (key: string, rect: Rect) => boolean;
  onRefuse: (check: Exclude<Preview["check"], { ok: true }>, el: DraftElement) => void;
  onRemove: (key: string) => void;
  onDropStory: (storyId: number, at: { column: number; line: number }) => void;
  /** Focus this box (after it was placed from the keyboard); the number changes per request. */
  focusRequest: { key: string; n: number } | null;
  canvasLabel: string;
}) {
  const wrapperRef = useRef<HTMLDivElement>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [ghost, setGhost] = useState<{ rect: Rect; ok: boolean } | null>(null);
  const drag = useRef<{ key: string; mode: DragMode; x: number; y: number; start: Rect; locked: boolean } | null>(null);
  const latest = useRef({ elements, grid, onRect, onRefuse, preview });
  useEffect(() => {
    latest.current = { elements, grid, onRect, onRefuse, preview };
  });

  const colPitch = (grid.charsPerColumn + grid.gutterChars) * unitPx;
  const linePitch = LINE_UNITS * unitPx;
  const pad = SHEET_PADDING_UNITS * unitPx;

  useEffect(() => {
    if (!focusRequest) return;
    wrapperRef.current?.querySelector<HTMLElement>(`[data-key="${focusRequest.key}"]`)?.focus();
  }, [focusRequest]);

  /** The grid cell under a point of the screen. */
  const cellAt = useCallback(
    (clientX: number, clientY: number) => {
      const sheet = wrapperRef.current?.firstElementChild as HTMLElement | null;
      const box = sheet?.getBoundingClientRect();
      if (!box) return { column: 1, line: 1 };
      const column = Math.floor((clientX - box.left - pad) / colPitch) + 1;
      const line = Math.floor((clientY - box.top - pad) / linePitch) + 1;
      return { column: Math.min(grid.columns, Math.max(1, column)), line: Math.min(grid.linesPerColumn, Math.max(1, line)) };
    },
    [colPitch, linePitch, pad, grid.columns, grid.linesPerColumn],
  );

  const movedRect = useCallback(
    (mode: DragMode, start: Rect, dc: number, dl: number): Rect => {
      if (mode === "move") return { ...start, firstColumn: start.firstColumn + dc, topLine: start.topLine + dl };
      return {
        ...start,
        columnSpan: mode === "resize-s" ? start.columnSpan : Math.max(1, start.columnSpan + dc),
        heightLines: mode === "resize-e" ? start.heightLines : Math.max(1, start.heightLines + dl),
      };
    },
    [],
  );

  /** Ends a drag: the box takes the previewed rect if it is allowed, else it returns and the refusal is said. */
  const finishDrag = useCallback(() => {
    const d = drag.current;
    drag.current = null;
    const p = latest.current.preview;
    setPreview(null);
    if (!d || !p || p.key !== d.key) return;
    const el = latest.current.elements.find((x) => x.id === d.key);
    if (!el) return;
    if (p.check.ok) latest.current.onRect(d.key, p.rect);
    else latest.current.onRefuse(p.check, el);
  }, []);

  const moveDrag = useCallback(
    (clientX: number, clientY: number) => {
      const d = drag.current;
      if (!d) return;
      const dc = Math.round((clientX - d.x) / colPitch);
      const dl = Math.round((clientY - d.y) / linePitch);
      const rect = movedRect(d.mode, d.start, dc, dl);
      const { elements: els, grid: g } = latest.current;
      if (sameRect(rect, d.start)) {
        setPreview(null);
        return;
      }
      const check = d.locked ? ({ ok: false, reason: "locked" } as const) : checkPlacement(els, d.key, rect, g);
      setPreview({ key: d.key, rect, check });
    },
    [colPitch, linePitch, movedRect],
  );

  // Window listeners for the drag in progress (removed when it ends or the canvas goes away).
  const detach = useRef<(() => void) | null>(null);
  useEffect(() => () => detach.current?.(), []);

  const startDrag = useCallback(
    (e: PointerEvent, el: DraftElement, mode: DragMode) => {
      if (e.button !== 0) return;
      onSelect(el.id);
      if (readOnly) return;
      e.stopPropagation();
      detach.current?.();
      drag.current = { key: el.id, mode, x: e.clientX, y: e.clientY, start: rectOf(el), locked: el.locked };
      const move = (ev: globalThis.PointerEvent) => moveDrag(ev.clientX, ev.clientY);
      const up = () => {
        detach.current?.();
        finishDrag();
      };
      window.addEventListener("pointermove", move);
      window.addEventListener("pointerup", up);
      window.addEventListener("pointercancel", up);
      detach.current = () => {
        window.removeEventListener("pointermove", move);
        window.removeEventListener("pointerup", up);
        window.removeEventListener("pointercancel", up);
        detach.current = null;
      };
    },
    [onSelect, readOnly, moveDrag, finishDrag],
  );

  const onBoxKey = useCallback(
    (e: KeyboardEvent, el: DraftElement) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === "Escape") {
        onSelect(null);
        (e.currentTarget as HTMLElement).blur();
        return;
      }
      if (readOnly) return;
      if (e.key === "Delete" || e.key === "Backspace") {
        e.preventDefault();
        if (el.locked) onRefuse({ ok: false, reason: "locked" }, el);
        else onRemove(el.id);
        return;
      }
      const step = KEY_STEPS[e.key];
      if (!step) return;
      e.preventDefault();
      if (el.locked) {
        onRefuse({ ok: false, reason: "locked" }, el);
        return;
      }
      const [dc, dl] = step;
      const rect = e.shiftKey
        ? { ...rectOf(el), columnSpan: Math.max(1, el.columnSpan + dc), heightLines: Math.max(1, el.heightLines + dl) }
        : { ...rectOf(el), firstColumn: el.firstColumn + dc, topLine: el.topLine + dl };
      if (sameRect(rect, el)) return;
      const check = checkPlacement(elements, el.id, rect, grid);
      if (check.ok) onRect(el.id, rect);
      else onRefuse(check, el);
    },
    [elements, grid, onRect, onRefuse, onRemove, onSelect, readOnly],
  );

  // ── stories dragged in from the side list ──
  function onDragOver(e: DragEvent) {
    if (readOnly || draggingStoryId === null || !e.dataTransfer.types.includes(STORY_DRAG_TYPE)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = "copy";
    const at = cellAt(e.clientX, e.clientY);
    const rect = ghostFor(draggingStoryId, at);
    const next = rect ? { rect, ok: true } : { rect: { firstColumn: at.column, columnSpan: 1, topLine: at.line, heightLines: 1 }, ok: false };
    if (!ghost || ghost.ok !== next.ok || !sameRect(ghost.rect, next.rect)) setGhost(next);
  }

  function onDrop(e: DragEvent) {
    if (readOnly) return;
    const id = Number(e.dataTransfer.getData(STORY_DRAG_TYPE)) || draggingStoryId;
    setGhost(null);
    if (!id) return;
    e.preventDefault();
    onDropStory(id, cellAt(e.clientX, e.clientY));
  }

  function onDragLeave(e: DragEvent) {
    if (!wrapperRef.current?.contains(e.relatedTarget as Node | null)) setGhost(null);
  }

  const lineMarks: number[] = [];
  for (let l = 10; l <= grid.linesPerColumn; l += 10) lineMarks.push(l);

  return (
    <div ref={wrapperRef} className="w-max select-none shadow-[0_1px_6px_rgba(0,0,0,.25)]" data-testid="layout-canvas" aria-label={canvasLabel} role="group">
      <PageSheet
        grid={grid}
        unit={`${unitPx}px`}
        padded
        onDragOver={onDragOver}
        onDrop={onDrop}
        onDragLeave={onDragLeave}
        onPointerDown={(e) => {
          if (e.target === e.currentTarget) onSelect(null);
        }}
      >
        {Array.from({ length: grid.columns }, (_, i) => (
          <div key={`c${i}`} aria-hidden="true" className="pointer-events-none bg-sky-100/50" style={{ gridColumn: i + 1, gridRow: "1 / -1" }} />
        ))}
        {lineMarks.map((l) => (
          <div key={`l${l}`} aria-hidden="true" className="pointer-events-none border-b border-sky-300/60" style={{ gridColumn: "1 / -1", gridRow: l }} />
        ))}
        {lineMarks.map((l) => (
          <span
            key={`n${l}`}
            aria-hidden="true"
            className="pointer-events-none absolute font-sans text-[9px] leading-none text-sky-700"
            style={{ left: 2, top: pad + l * linePitch - 9 }}
          >
            {l}
          </span>
        ))}
        {Array.from({ length: grid.columns }, (_, i) => (
          <span
            key={`h${i}`}
            aria-hidden="true"
            className="pointer-events-none absolute font-sans text-[9px] leading-none text-sky-700"
            style={{ left: pad + i * colPitch, top: pad - 11 }}
          >
            {i + 1}
          </span>
        ))}
        {elements.map((el) => {
          const p = preview?.key === el.id ? preview : null;
          return (
            <CanvasBox
              key={el.id}
              el={el}
              rect={p ? p.rect : null}
              invalid={p ? !p.check.ok : false}
              selected={el.id === selectedKey}
              readOnly={readOnly}
              name={nameOf(el)}
              page={page}
              locale={locale}
              onStartDrag={startDrag}
              onKey={onBoxKey}
              onSelect={onSelect}
            />
          );
        })}
        {ghost && draggingStoryId !== null && (
          <div
            aria-hidden="true"
            data-testid="drop-ghost"
            className={`pointer-events-none z-30 border-2 border-dashed ${ghost.ok ? "border-sky-600 bg-sky-200/40" : "border-red-600 bg-red-200/50"}`}
            style={boxGridStyle(ghost.rect)}
          />
        )}
      </PageSheet>
    </div>
  );
}

const HANDLES: { mode: DragMode; className: string }[] = [
  { mode: "resize-e", className: "right-0 top-1/2 h-8 w-2 -translate-y-1/2 cursor-ew-resize" },
  { mode: "resize-s", className: "bottom-0 left-1/2 h-2 w-8 -translate-x-1/2 cursor-ns-resize" },
];

const CanvasBox = memo(function CanvasBox({
  el,
  rect,
  invalid,
  selected,
  readOnly,
  name,
  page,
  locale,
  onStartDrag,
  onKey,
  onSelect,
}: {
  el: DraftElement;
  rect: Rect | null;
  invalid: boolean;
  selected: boolean;
  readOnly: boolean;
  name: string;
  page: SheetPage;
  locale: Locale;
  onStartDrag: (e: PointerEvent, el: DraftElement, mode: DragMode) => void;
  onKey: (e: KeyboardEvent, el: DraftElement) => void;
  onSelect: (key: string) => void;
}) {
  const t = useTranslations();
  const shown = rect ? { ...el, ...rect } : el;
  const state = invalid ? "outline-red-600 bg-red-100/70" : selected ? "outline-sky-600" : "outline-transparent hover:outline-sky-400";
  return (
    <div
      role="button"
      tabIndex={0}
      aria-label={name}
      aria-pressed={selected}
      data-testid="layout-box"
      data-key={el.id}
      data-kind={el.kind}
      data-first-column={shown.firstColumn}
      data-column-span={shown.columnSpan}
      data-top-line={shown.topLine}
      data-height-lines={shown.heightLines}
      data-invalid={invalid || undefined}
      className={`relative overflow-hidden outline-2 outline-offset-[-1px] outline-solid focus:outline-sky-600 ${state} ${
        readOnly || el.locked ? "cursor-default" : "cursor-move"
      } ${rect ? "z-20 opacity-90" : selected ? "z-10" : ""}`}
      style={boxGridStyle(shown)}
      onPointerDown={(e) => onStartDrag(e, el, "move")}
      onKeyDown={(e) => onKey(e, el)}
      onFocus={() => onSelect(el.id)}
    >
      <ElementContent el={shown} page={page} locale={locale} fitMarks="all" />
      {el.locked && (
        <span className="absolute left-0 top-0 bg-stone-700 px-1 font-sans text-[10px] text-white" aria-hidden="true">
          {t("layout.lockedMark")}
        </span>
      )}
      {selected &&
        !readOnly &&
        !el.locked &&
        HANDLES.map((h) => (
          <span
            key={h.mode}
            aria-hidden="true"
            data-testid={`handle-${h.mode}`}
            className={`absolute z-10 rounded-sm border border-white bg-sky-600 ${h.className}`}
            onPointerDown={(e) => onStartDrag(e, el, h.mode)}
          />
        ))}
    </div>
  );
});
