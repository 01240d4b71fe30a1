/**
 * Aho–Corasick multi-pattern matching over UTF-16 units, reporting every occurrence with its position
 * (docs/CHECK.md: why our own and not mint-filter). Built straight into typed arrays: the root's
 * transitions as a direct 65,536-entry table (most steps of a Chinese text start there again), every other
 * edge in one hash table keyed by (node, unit). Build once per lists version; search is O(text + matches).
 */

export interface AcMatch {
  /** the pattern's index in the array given to buildAutomaton */
  pattern: number;
  start: number;
  end: number;
}

export interface Automaton {
  readonly patterns: number;
  search(text: string): AcMatch[];
  /** the same on the first `length` units of a buffer (lib/check/normalize.ts normalizeUnitForms) */
  searchUnits(units: Uint16Array, length: number): AcMatch[];
}

const NONE: number[] = [];

export function buildAutomaton(patterns: string[]): Automaton {
  // at most one node per pattern unit (and the root): every array is sized once
  let total = 1;
  for (const p of patterns) total += p.length;
  const depthOf = new Int32Array(total);
  const firstChild = new Int32Array(total).fill(-1);
  const nextSibling = new Int32Array(total).fill(-1);
  const unitOf = new Uint16Array(total);
  const outputs: number[][] = [NONE];
  let n = 1;
  // the root's transitions as a direct table; every other edge in one open-addressing hash table keyed by
  // (node, unit) — a step that fails (the common case: most characters end a partial match) costs a probe or two
  const root = new Int32Array(0x10000).fill(-1);
  let bits = 4;
  while (1 << bits < total * 2) bits++;
  const mask = (1 << bits) - 1;
  const shift = 32 - bits;
  const hNode = new Int32Array(mask + 1).fill(-1);
  const hUnit = new Uint16Array(mask + 1);
  const hTarget = new Int32Array(mask + 1);

  const step = (node: number, c: number): number => {
    let h = Math.imul(node * 65599 + c, 0x9e3779b1) >>> shift;
    for (;;) {
      const k = hNode[h];
      if (k === -1) return -1;
      if (k === node && hUnit[h] === c) return hTarget[h];
      h = (h + 1) & mask;
    }
  };
  const child = (node: number, c: number): number => (node === 0 ? root[c] : step(node, c));
  const addChild = (node: number, c: number): number => {
    const t = n++;
    depthOf[t] = depthOf[node] + 1;
    unitOf[t] = c;
    outputs.push(NONE);
    nextSibling[t] = firstChild[node];
    firstChild[node] = t;
    if (node === 0) root[c] = t;
    else {
      let h = Math.imul(node * 65599 + c, 0x9e3779b1) >>> shift;
      while (hNode[h] !== -1) h = (h + 1) & mask;
      hNode[h] = node;
      hUnit[h] = c;
      hTarget[h] = t;
    }
    return t;
  };

  patterns.forEach((p, index) => {
    if (p.length === 0) return;
    let node = 0;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      const t = child(node, c);
      node = t === -1 ? addChild(node, c) : t;
    }
    if (outputs[node] === NONE) outputs[node] = [index];
    else outputs[node].push(index);
  });

  // failure links breadth first; `dict`: the nearest node on the fail chain that has outputs (-1: none)
  const fail = new Int32Array(n);
  const dict = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let qt = 0;
  for (let c = firstChild[0]; c !== -1; c = nextSibling[c]) queue[qt++] = c;
  for (let qh = 0; qh < qt; qh++) {
    const node = queue[qh];
    for (let kid = firstChild[node]; kid !== -1; kid = nextSibling[kid]) {
      const c = unitOf[kid];
      let f = fail[node];
      while (f !== 0 && step(f, c) === -1) f = fail[f];
      const target = child(f, c);
      fail[kid] = target !== -1 && target !== kid ? target : 0;
      dict[kid] = outputs[fail[kid]].length > 0 ? fail[kid] : dict[fail[kid]];
      queue[qt++] = kid;
    }
  }
  /** the first node with outputs from this node along the output links (itself when it has outputs), -1: none */
  const firstOut = new Int32Array(n);
  for (let i = 0; i < n; i++) firstOut[i] = outputs[i].length > 0 ? i : dict[i];

  /** one step of the automaton on unit c from node */
  const advance = (node: number, c: number): number => {
    while (node !== 0) {
      const t = step(node, c);
      if (t >= 0) return t;
      node = fail[node];
    }
    const t = root[c];
    return t < 0 ? 0 : t;
  };

  return {
    patterns: patterns.length,
    search(text: string): AcMatch[] {
      const found: AcMatch[] = [];
      let node = 0;
      for (let i = 0; i < text.length; i++) {
        node = advance(node, text.charCodeAt(i));
        for (let o = firstOut[node]; o !== -1; o = dict[o]) {
          for (const pattern of outputs[o]) found.push({ pattern, start: i + 1 - depthOf[o], end: i + 1 });
        }
      }
      return found;
    },
    searchUnits(units: Uint16Array, length: number): AcMatch[] {
      const found: AcMatch[] = [];
      let node = 0;
      for (let i = 0; i < length; i++) {
        node = advance(node, units[i]);
        for (let o = firstOut[node]; o !== -1; o = dict[o]) {
          for (const pattern of outputs[o]) found.push({ pattern, start: i + 1 - depthOf[o], end: i + 1 });
        }
      }
      return found;
    },
  };
}
