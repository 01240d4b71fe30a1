"use client";

import { useMutation, useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { Content } from "@/components/content";
import type { SheetPage } from "@/components/newspaper-page";
import { copyfitStoryOf } from "@/lib/copyfit/story-input";
import { PageWorkflowBar } from "@/components/page-workflow-bar";
import type { Rect } from "@/lib/copyfit/grid";
import { endOfText, setStory } from "@/lib/copyfit/set-story";
import type { Locale } from "@/lib/i18n/locales";
import { formatEditionDate } from "@/lib/i18n/edition-date";
import { hasEditorialRole, ROLES, type Role } from "@/lib/roles";
import { isPageFrozen } from "@/lib/workflow/page-workflow";
import { useLiveInterval } from "@/components/live-updates";
import {
  ApiError,
  autoLayout,
  fetchAssignableStaff,
  fetchPage,
  fetchStory,
  pageKeys,
  updatePage,
  type PageDetail,
} from "./api";
import { BoxSettings } from "./box-settings";
import {
  boxName,
  checkPlacement,
  dropRect,
  firstFreeSpot,
  fittingHeightOf,
  fromServer,
  placeRect,
  withSpan,
  type BoxStory,
  type DraftElement,
  type PlacementCheck,
} from "./draft";
import { JumpList, type JumpCandidate } from "./jump-list";
import { PageProofMarks } from "../proofing/story-proof-marks";
import { LayoutCanvas } from "./layout-canvas";
import { historyReducer, initialHistory } from "./layout-history";
import { fitNumbers } from "@/lib/page-fit";
import { UnplacedList, type UnplacedItem } from "./unplaced-list";
import { useLayoutSync } from "./use-layout-sync";

const ZOOMS = [7, 9, 11] as const;

type Refusal = Exclude<PlacementCheck, { ok: true }> | { ok: false; reason: "locked" };

/**
 * The layout editor of one page: the grid with its boxes, the edition's unplaced stories, settings of
 * the selected box, live copyfit, undo/redo, and saving (explicit and 2 s after a change) with the
 * version the layout was based on. A stale save keeps the editor's layout and offers to reapply it
 * on top of the other person's.
 */
export function LayoutEditor({ initialPage, locale }: { initialPage: PageDetail; locale: Locale }) {
  const t = useTranslations();
  const queryClient = useQueryClient();
  const pageId = initialPage.id;
  const pageQuery = useQuery({
    queryKey: pageKeys.page(pageId),
    queryFn: () => fetchPage(pageId),
    initialData: initialPage,
    refetchInterval: useLiveInterval(20_000),
  });
  const server = pageQuery.data;
  const grid = server.grid;
  const frozen = isPageFrozen(server.state);
  const readOnly = frozen;
  // 三校: the stories' texts the page's marks are re-anchored against.
  const proofTexts = useMemo(
    () => new Map(server.elements.flatMap((e) => (e.story ? [[e.story.id, { kicker: e.story.kicker, headline: e.story.headline, subheadline: e.story.subheadline, paragraphs: e.story.body }] as const] : []))),
    [server.elements],
  );

  const [history, dispatch] = useReducer(historyReducer, initialPage, (p) => initialHistory(p.elements.map(fromServer)));
  // The draft's boxes, with each story's latest text (the page is re-read when a story of the edition changes): fits follow edits.
  const latestStories = useMemo(() => new Map(server.elements.flatMap((e) => (e.story ? [[e.story.id, e.story] as const] : []))), [server]);
  const present = useMemo(
    () =>
      history.present.map((el) => {
        const latest = el.storyId === null ? undefined : latestStories.get(el.storyId);
        return latest && el.story && latest.version !== el.story.version ? { ...el, story: latest } : el;
      }),
    [history.present, latestStories],
  );
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; tone: "info" | "error" } | null>(null);
  const [draggingStoryId, setDraggingStoryId] = useState<number | null>(null);
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [autoUnplaced, setAutoUnplaced] = useState<{ headline: string; reason: string }[]>([]);
  const [focusRequest, setFocusRequest] = useState<{ key: string; n: number } | null>(null);
  const [unitPx, setUnitPx] = useState<number>(9);

  const keyCounter = useRef(0);

  const kindNames = useMemo(
    () => ({ story: t("box.story"), photo: t("box.photo"), ad: t("page.ad"), furniture: t("box.furniture"), masthead: t("box.masthead"), footer: t("box.footer") }),
    [t],
  );
  const nameOf = useCallback((el: DraftElement) => boxName(el, kindNames, (headline) => t("layout.continuationName", { headline })), [kindNames, t]);

  // ── stories: on the page, and the edition's unplaced ones (their text is fetched to size boxes) ──
  const onPage = useMemo(() => new Set(present.flatMap((e) => (e.storyId === null ? [] : [e.storyId]))), [present]);
  const listed = useMemo(() => {
    const seen = new Set<number>();
    const out: Omit<UnplacedItem, "ready">[] = [];
    const add = (st: { id: number; headline: string | null; slug: string; status: string; kind: string; length: number }) => {
      if (seen.has(st.id) || onPage.has(st.id)) return;
      seen.add(st.id);
      out.push({ id: st.id, headline: st.headline, slug: st.slug, status: st.status, kind: st.kind, length: st.length });
    };
    // A 转版 box's story lives on another page: taken off here, it is not "unplaced".
    server.unplacedStories.forEach(add);
    for (const el of server.elements) if (el.story && el.continuedFromElementId === null) add(el.story);
    for (const snapshot of [...history.past, ...history.future]) for (const el of snapshot) if (el.story && el.continuedFromElementId === null) add(el.story);
    return out;
  }, [server, onPage, history.past, history.future]);
  const storyQueries = useQueries({
    queries: listed.map((st) => ({ queryKey: pageKeys.story(st.id), queryFn: () => fetchStory(st.id), staleTime: 60_000 })),
  });
  const storyById = useMemo(() => {
    const map = new Map<number, BoxStory>();
    for (const q of storyQueries) if (q.data) map.set(q.data.id, q.data);
    for (const snapshot of [...history.past, present, ...history.future]) for (const el of snapshot) if (el.story && !map.has(el.story.id)) map.set(el.story.id, el.story);
    return map;
  }, [storyQueries, history.past, history.future, present]);
  const unplacedItems: UnplacedItem[] = listed.map((st) => ({ ...st, ready: storyById.has(st.id) }));

  // ── changes ──
  const commit = useCallback((elements: DraftElement[], coalesceKey?: string) => dispatch({ type: "commit", elements, coalesceKey }), []);

  const refuse = useCallback(
    (check: Refusal, el: DraftElement) => {
      const text =
        check.reason === "overlap"
          ? t("layout.refusedOverlap", { other: nameOf(check.other) })
          : check.reason === "outside"
            ? t("layout.refusedOutside")
            : t("layout.refusedLocked", { name: nameOf(el) });
      setMessage({ text, tone: "error" });
    },
    [nameOf, t],
  );

  const setRect = useCallback(
    (key: string, rect: Rect): boolean => {
      const el = present.find((e) => e.id === key);
      if (!el || readOnly) return false;
      if (el.locked) {
        refuse({ ok: false, reason: "locked" }, el);
        return false;
      }
      const check = checkPlacement(present, key, rect, grid);
      if (!check.ok) {
        refuse(check, el);
        return false;
      }
      commit(present.map((e) => (e.id === key ? withSpan(e, rect) : e)));
      setMessage(null);
      return true;
    },
    [present, readOnly, grid, refuse, commit],
  );

  const updateBox = useCallback(
    (key: string, patch: Partial<DraftElement>, coalesceKey?: string) => {
      if (readOnly) return;
      commit(
        present.map((e) => (e.id === key ? { ...e, ...patch } : e)),
        coalesceKey,
      );
    },
    [present, readOnly, commit],
  );

  const removeBox = useCallback(
    (key: string) => {
      const el = present.find((e) => e.id === key);
      if (!el || readOnly || el.locked) return;
      commit(present.filter((e) => e.id !== key));
      setSelectedKey(null);
      setMessage({ text: t("layout.removed", { headline: nameOf(el) }), tone: "info" });
    },
    [present, readOnly, commit, nameOf, t],
  );

  function newBox(fields: Omit<DraftElement, "id" | "serverId" | "textColumnSpan" | "headlineSize" | "locked" | "text" | "label" | "continuedFromElementId" | "flowStart" | "jumpTo" | "jumpFrom">): DraftElement {
    keyCounter.current += 1;
    return {
      id: `n${Date.now().toString(36)}${keyCounter.current}`,
      serverId: null,
      textColumnSpan: 1,
      headlineSize: "medium",
      locked: false,
      text: null,
      label: null,
      continuedFromElementId: null,
      flowStart: null,
      jumpTo: null,
      jumpFrom: null,
      ...fields,
    };
  }

  function addAndFocus(el: DraftElement, note: string) {
    commit([...present, el]);
    setSelectedKey(el.id);
    setFocusRequest((r) => ({ key: el.id, n: (r?.n ?? 0) + 1 }));
    setMessage({ text: note, tone: "info" });
  }

  function placeStory(storyId: number, at: { column: number; line: number } | null) {
    if (readOnly) return;
    const story = storyById.get(storyId);
    if (!story) {
      setMessage({ text: t("layout.loadingStory"), tone: "info" });
      return;
    }
    const headline = story.headline ?? story.slug;
    const rect = at ? dropRect(present, story, at, grid) : placeRect(present, story, grid);
    if (!rect) {
      setMessage({ text: at ? t("layout.refusedNoRoom") : t("layout.refusedNoSpace", { headline }), tone: "error" });
      return;
    }
    addAndFocus(newBox({ kind: story.kind === "photo" ? "photo" : "story", storyId, ...rect, caption: null, story }), t("layout.placed", { headline }));
    setChosen((c) => {
      const next = new Set(c);
      next.delete(storyId);
      return next;
    });
  }

  function addPhotoBox() {
    if (readOnly) return;
    const rect = firstFreeSpot(present, 3, 20, grid) ?? firstFreeSpot(present, 2, 12, grid) ?? firstFreeSpot(present, 1, 6, grid);
    if (!rect) {
      setMessage({ text: t("layout.refusedNoSpace", { headline: t("box.photo") }), tone: "error" });
      return;
    }
    addAndFocus(newBox({ kind: "photo", storyId: null, ...rect, caption: t("box.caption"), story: null }), t("layout.placed", { headline: t("box.photo") }));
  }

  /** 转版: a box on this page that takes the story's text where its box on another page stops. */
  function continueStory({ element, pageNumber }: JumpCandidate) {
    if (readOnly || !element.story) return;
    const story: BoxStory = element.story;
    const at = element.fit?.overflowAt;
    const draft: DraftElement = {
      ...newBox({ kind: "story", storyId: story.id, firstColumn: 1, columnSpan: 1, topLine: 1, heightLines: 1, caption: null, story }),
      continuedFromElementId: element.id,
      flowStart: at ?? endOfText(copyfitStoryOf(story)),
      jumpFrom: pageNumber,
      headlineSize: "small",
    };
    for (const span of [element.columnSpan, 3, 2, 4, 1].filter((x, i, all) => x >= 1 && x <= grid.columns && all.indexOf(x) === i)) {
      const sized = { ...draft, columnSpan: span, textColumnSpan: span % element.textColumnSpan === 0 ? element.textColumnSpan : 1 };
      const rect = firstFreeSpot(present, span, fittingHeightOf(sized, grid), grid);
      if (rect) {
        addAndFocus({ ...sized, ...rect }, t("layout.continued", { headline: story.headline ?? story.slug }));
        return;
      }
    }
    setMessage({ text: t("layout.refusedNoSpace", { headline: story.headline ?? story.slug }), tone: "error" });
  }

  const ghostFor = useCallback(
    (storyId: number, at: { column: number; line: number }) => {
      const story = storyById.get(storyId);
      return story ? dropRect(present, story, at, grid) : null;
    },
    [storyById, present, grid],
  );

  const undo = () => dispatch({ type: "undo" });
  const redo = () => dispatch({ type: "redo" });

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (readOnly || !(e.ctrlKey || e.metaKey) || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable=true]")) return;
      const key = e.key.toLowerCase();
      if (key === "z") {
        e.preventDefault();
        dispatch({ type: e.shiftKey ? "redo" : "undo" });
      } else if (key === "y") {
        e.preventDefault();
        dispatch({ type: "redo" });
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [readOnly]);

  // ── saving ──
  const sync = useLayoutSync({ pageId, initialPage, server, history, dispatch, readOnly, nameOf });
  const { dirty, conflict, saveNow, saveError } = sync;

  async function reapply() {
    const dropped = await sync.reapply();
    setMessage(dropped.length ? { text: t("layout.reapplyDropped", { list: dropped.map((name) => t("layout.quoted", { name })).join(t("layout.listSeparator")) }), tone: "error" } : null);
  }

  const auto = useMutation({
    mutationFn: async (storyIds: number[]) => {
      if (!(await saveNow())) throw new Error(t("pageWorkflow.saveFirst"));
      return autoLayout(pageId, sync.baseVersion(), storyIds);
    },
    onSuccess: ({ page, unplaced }) => {
      sync.adoptSaved(page);
      setChosen(new Set());
      setAutoUnplaced(unplaced.map((u) => ({ headline: storyById.get(u.id)?.headline ?? String(u.id), reason: u.reason })));
      setMessage(null);
    },
    onError: (err) => setMessage({ text: err.message, tone: "error" }),
  });

  // ── 责任编辑 ──
  const staff = useQuery({ queryKey: pageKeys.staff, queryFn: fetchAssignableStaff, staleTime: 300_000 });
  // 责任编辑: editors, desk heads (部门主任) and chiefs
  const editors = (staff.data ?? []).filter((p) => (ROLES as readonly (string | null)[]).includes(p.role) && hasEditorialRole(p.role as Role, "editor"));
  const setEditor = useMutation({
    mutationFn: async (responsibleEditorId: number | null) => {
      if (!(await saveNow())) throw new Error(t("pageWorkflow.saveFirst"));
      return updatePage(pageId, { baseVersion: sync.baseVersion(), responsibleEditorId });
    },
    onSuccess: async ({ version, page }) => {
      sync.advanceVersion(version);
      setMessage({ text: t("layout.responsibleEditorSaved"), tone: "info" });
      if (page) queryClient.setQueryData(pageKeys.page(pageId), page);
      else await queryClient.invalidateQueries({ queryKey: pageKeys.page(pageId) });
    },
    onError: (err) => setMessage({ text: err.message, tone: "error" }),
  });

  // ── what the page shows ──
  const sheet: SheetPage = useMemo(
    () => ({
      number: server.number,
      name: server.name,
      editionDate: server.editionDate,
      publication: server.publication,
      responsibleEditor: server.responsibleEditor,
      grid,
      elements: [],
    }),
    [server.number, server.name, server.editionDate, server.publication, server.responsibleEditor, grid],
  );
  const summary = useMemo(() => {
    let over = 0;
    let short = 0;
    let boxes = 0;
    for (const el of present) {
      if (!el.story) continue;
      boxes += 1;
      // box lines, as every badge counts them (lib/page-fit.ts)
      const n = fitNumbers(setStory(el.story, el, grid).fit, el, grid);
      over += n.over;
      short += n.short;
    }
    return { over, short, boxes };
  }, [present, grid]);
  const selected = present.find((e) => e.id === selectedKey) ?? null;
  // One save state for every change (docs/COPYFIT.md "Layout saving"): box edits, auto-layout and 责任编辑.
  const saveState = sync.saving || auto.isPending || setEditor.isPending ? t("common.saving") : dirty ? t("layout.unsaved") : t("common.saved");
  const pageUrl = `/editions/${server.editionDate}/pages/${server.number}`;

  return (
    <div className="space-y-3" data-testid="layout-editor">
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <Link href={pageUrl} className="text-sm text-press hover:underline">
          ← {t("page.back")}
        </Link>
        <Link href={`/editions/${server.editionDate}/pages`} className="text-sm text-press hover:underline">
          {t("flatplan.title")}
        </Link>
        <h1 className="text-lg font-bold">
          {t("layout.title")} · <Content>{server.publication}</Content> · {formatEditionDate(server.editionDate, locale)} · {t("page.number", { n: server.number })} <Content>{server.name}</Content>
        </h1>
        <p className="ml-auto text-sm" data-testid="page-fit-summary">
          <span className="text-stone-500">{t("layout.summary")}</span>
          {t("layout.boxes", { n: summary.boxes })} ·{" "}
          {summary.over === 0 && summary.short === 0 ? (
            <span className="text-emerald-700">{t("layout.summaryFits")}</span>
          ) : (
            <>
              <span className={summary.over ? "font-bold text-red-700" : "text-stone-500"}>{t("fit.overLines", { n: summary.over })}</span>
              {" · "}
              <span className={summary.short ? "font-bold text-amber-700" : "text-stone-500"}>{t("fit.shortLines", { n: summary.short })}</span>
            </>
          )}
        </p>
      </div>

      <PageWorkflowBar
        pageId={pageId}
        state={server.state}
        allowedActions={server.allowedActions}
        submitBlockers={server.submitBlockers}
        proofBlockers={server.proofBlockers}
        warnings={server.pageWarnings}
        pageNumber={server.number}
        editionDate={server.editionDate}
        signedBy={server.signedBy}
        signedAt={server.signedAt}
        beforeTransition={async () => ((await saveNow()) ? null : t("pageWorkflow.saveFirst"))}
      />

      {frozen && (
        <p role="note" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900" data-testid="layout-frozen">
          {t("layout.frozen")}
        </p>
      )}
      {conflict && (
        <div role="alert" className="flex flex-wrap items-center gap-3 rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="layout-conflict">
          <strong>{t("layout.conflict")}</strong>
          <span>{t("layout.conflictHint")}</span>
          <button type="button" onClick={() => void reapply()} className="rounded border border-amber-700 bg-white px-3 py-1 font-medium hover:bg-amber-100">
            {t("layout.reapply")}
          </button>
        </div>
      )}

      <div className="flex flex-wrap items-center gap-2 rounded border border-stone-300 bg-white px-3 py-2 text-sm">
        <button type="button" onClick={undo} disabled={readOnly || history.past.length === 0} className="rounded border border-stone-300 px-2.5 py-1 hover:bg-stone-100 disabled:opacity-40" aria-keyshortcuts="Control+Z">
          {t("layout.undo")}
        </button>
        <button type="button" onClick={redo} disabled={readOnly || history.future.length === 0} className="rounded border border-stone-300 px-2.5 py-1 hover:bg-stone-100 disabled:opacity-40" aria-keyshortcuts="Control+Shift+Z">
          {t("layout.redo")}
        </button>
        <span className="mx-1 h-5 w-px bg-stone-300" aria-hidden="true" />
        <button type="button" onClick={addPhotoBox} disabled={readOnly} className="rounded border border-stone-300 px-2.5 py-1 hover:bg-stone-100 disabled:opacity-40">
          {t("layout.addPhoto")}
        </button>
        <span className="mx-1 h-5 w-px bg-stone-300" aria-hidden="true" />
        <button
          type="button"
          onClick={() => void saveNow()}
          disabled={readOnly || conflict || (!dirty && !saveError)}
          className="rounded border border-stone-800 bg-stone-800 px-3 py-1 font-medium text-white hover:bg-stone-700 disabled:opacity-40"
        >
          {t("layout.save")}
        </button>
        <span role="status" data-testid="save-state" data-dirty={dirty || undefined} className={dirty ? "text-amber-700" : "text-stone-500"}>
          {saveState}
        </span>
        {saveError && (
          <span role="alert" className="text-red-700" data-testid="save-error">
            {saveError instanceof ApiError && saveError.status === 422 ? t("layout.invalid", { message: saveError.message }) : t("layout.saveFailed", { message: saveError.message })}
          </span>
        )}
        <label className="ml-auto flex items-center gap-1 text-xs text-stone-600">
          {t("layout.zoom")}
          <select value={unitPx} onChange={(e) => setUnitPx(Number(e.target.value))} className="rounded border border-stone-300 px-1 py-0.5">
            {ZOOMS.map((z) => (
              <option key={z} value={z}>
                {Math.round((z / 11) * 100)}%
              </option>
            ))}
          </select>
        </label>
      </div>

      <p
        role="status"
        aria-live="polite"
        data-testid="layout-message"
        data-tone={message?.tone}
        className={`min-h-5 text-sm ${message?.tone === "error" ? "font-medium text-red-700" : "text-stone-600"}`}
      >
        {message?.text}
      </p>

      {/* On a phone the canvas comes first and only it scrolls sideways; the panels stack below it at full width. */}
      <div className="flex flex-col gap-4 md:flex-row md:items-start">
        <aside className="w-full min-w-0 space-y-3 pb-2 md:sticky md:top-2 md:max-h-[calc(100vh-1rem)] md:w-[272px] md:shrink-0 md:overflow-y-auto">
          <UnplacedList
            items={unplacedItems}
            chosen={chosen}
            readOnly={readOnly}
            onToggle={(id) =>
              setChosen((c) => {
                const next = new Set(c);
                if (next.has(id)) next.delete(id);
                else next.add(id);
                return next;
              })
            }
            onPlace={(id) => placeStory(id, null)}
            onDragStory={setDraggingStoryId}
            onAutoLayout={() => auto.mutate([...chosen])}
            autoPending={auto.isPending}
            autoUnplaced={autoUnplaced}
          />
          <PageProofMarks pageId={pageId} texts={proofTexts} />
          <JumpList
            date={server.editionDate}
            pageId={pageId}
            linkedSourceIds={new Set(present.flatMap((e) => (e.continuedFromElementId === null ? [] : [e.continuedFromElementId])))}
            readOnly={readOnly}
            onContinue={continueStory}
          />
          <BoxSettings
            el={selected}
            name={selected ? nameOf(selected) : ""}
            grid={grid}
            readOnly={readOnly}
            onRect={(rect) => (selected ? setRect(selected.id, rect) : false)}
            onUpdate={(patch, coalesceKey) => selected && updateBox(selected.id, patch, coalesceKey)}
            onRemove={() => selected && removeBox(selected.id)}
          />
          <section className="rounded border border-stone-300 bg-white px-3 py-2">
            <label className="block text-xs font-medium text-stone-700">
              {t("page.responsibleEditor")}
              <select
                value={server.responsibleEditorId ?? ""}
                disabled={readOnly || setEditor.isPending}
                onChange={(e) => setEditor.mutate(e.target.value === "" ? null : Number(e.target.value))}
                className="mt-0.5 block w-full rounded border border-stone-300 px-1.5 py-1 text-sm font-normal text-ink"
              >
                <option value="">{t("layout.responsibleEditorNone")}</option>
                {editors.map((p) => (
                  <option key={p.id} value={p.id} data-content="">
                    {p.name}
                  </option>
                ))}
                {server.responsibleEditorId !== null && !editors.some((p) => p.id === server.responsibleEditorId) && (
                  <option value={server.responsibleEditorId} data-content="">
                    {server.responsibleEditor}
                  </option>
                )}
              </select>
            </label>
          </section>
          <p className="px-1 text-xs leading-relaxed text-stone-500">{t("layout.keyboardHint")}</p>
        </aside>

        <div className="order-first w-full min-w-0 flex-1 overflow-x-auto pb-4 md:order-none" data-testid="page-canvas-scroll">
          <LayoutCanvas
            page={sheet}
            grid={grid}
            unitPx={unitPx}
            elements={present}
            selectedKey={selectedKey}
            readOnly={readOnly}
            locale={locale}
            draggingStoryId={draggingStoryId}
            nameOf={nameOf}
            ghostFor={ghostFor}
            onSelect={setSelectedKey}
            onRect={setRect}
            onRefuse={refuse}
            onRemove={removeBox}
            onDropStory={(id, at) => {
              setDraggingStoryId(null);
              placeStory(id, at);
            }}
            focusRequest={focusRequest}
            canvasLabel={t("layout.canvas", { columns: grid.columns, lines: grid.linesPerColumn })}
          />
        </div>
      </div>
    </div>
  );
}
