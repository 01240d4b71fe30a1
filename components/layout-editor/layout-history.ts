/**
 * Undo/redo history of the layout draft. Every accepted change is a step; `seq` counts changes
 * (undo and redo too) and `savedSeq` is the change the server has, so "unsaved" = seq ≠ savedSeq.
 * Typing in one field (a caption) coalesces into one step.
 */
import type { PageDetailElement } from "./api";
import type { DraftElement } from "./draft";

export interface LayoutHistory {
  past: DraftElement[][];
  present: DraftElement[];
  future: DraftElement[][];
  seq: number;
  savedSeq: number;
  /** Key of the last step, for coalescing (e.g. "caption:s12"). */
  lastKey: string | null;
}

export type HistoryAction =
  | { type: "commit"; elements: DraftElement[]; coalesceKey?: string }
  | { type: "undo" }
  | { type: "redo" }
  /** The server took the change numbered `seq`; `saved` gives server ids and 转版 data by local key. */
  | { type: "saved"; seq: number; saved: Map<string, PageDetailElement>; serverIds: ReadonlySet<number> }
  /** Replace everything with the server's page (reload, auto-layout result): a step that is already saved. */
  | { type: "adopt"; elements: DraftElement[]; keepHistory: boolean };

const LIMIT = 200;

export function initialHistory(elements: DraftElement[]): LayoutHistory {
  return { past: [], present: elements, future: [], seq: 0, savedSeq: 0, lastKey: null };
}

/** Server ids and 转版 data from a save; a box the server no longer has is new again (serverId null). */
function withServerData(list: DraftElement[], saved: Map<string, PageDetailElement>, serverIds: ReadonlySet<number>): DraftElement[] {
  return list.map((el) => {
    const s = saved.get(el.id);
    if (!s) return el.serverId !== null && !serverIds.has(el.serverId) ? { ...el, serverId: null } : el;
    return { ...el, serverId: s.id, flowStart: s.flowStart, jumpTo: s.jumpTo, jumpFrom: s.jumpFrom };
  });
}

export function historyReducer(state: LayoutHistory, action: HistoryAction): LayoutHistory {
  switch (action.type) {
    case "commit": {
      const coalesce = action.coalesceKey !== undefined && action.coalesceKey === state.lastKey && state.seq !== state.savedSeq;
      return {
        past: coalesce ? state.past : [...state.past, state.present].slice(-LIMIT),
        present: action.elements,
        future: [],
        seq: state.seq + 1,
        savedSeq: state.savedSeq,
        lastKey: action.coalesceKey ?? null,
      };
    }
    case "undo": {
      const previous = state.past[state.past.length - 1];
      if (!previous) return state;
      return { ...state, past: state.past.slice(0, -1), present: previous, future: [state.present, ...state.future], seq: state.seq + 1, lastKey: null };
    }
    case "redo": {
      const [next, ...rest] = state.future;
      if (!next) return state;
      return { ...state, past: [...state.past, state.present], present: next, future: rest, seq: state.seq + 1, lastKey: null };
    }
    case "saved":
      // Server ids go into every snapshot, so an undo after a save does not create boxes anew.
      return {
        ...state,
        past: state.past.map((l) => withServerData(l, action.saved, action.serverIds)),
        present: withServerData(state.present, action.saved, action.serverIds),
        future: state.future.map((l) => withServerData(l, action.saved, action.serverIds)),
        savedSeq: Math.max(state.savedSeq, action.seq),
      };
    case "adopt": {
      const seq = state.seq + 1;
      return {
        past: action.keepHistory ? [...state.past, state.present].slice(-LIMIT) : [],
        present: action.elements,
        future: [],
        seq,
        savedSeq: seq,
        lastKey: null,
      };
    }
  }
}
