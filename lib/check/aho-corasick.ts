/**
 * Aho–Corasick multi-pattern matching over UTF-16 units, reporting every occurrence with its position
 * (docs/CHECK.md: why our own and not mint-filter). Built with a Map per node, then flattened into typed
 * arrays: the root's transitions as a direct 65,536-entry table (most steps of a Chinese text start there
 * again), every other edge in one hash table keyed by (node, unit). Build once per lists version; search is
 * O(text + matches).
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

export function buildAutomaton(patterns: string[]): Automaton {
  const next: Map<number, number>[] = [new Map()];
  const depth: number[] = [0];
  const outputs: number[][] = [[]];
  patterns.forEach((p, index) => {
    if (p.length === 0) return;
    let node = 0;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      let child = next[node].get(c);
      if (child === undefined) {
        child = next.length;
        next.push(new Map());
        depth.push(depth[node] + 1);
        outputs.push([]);
        next[node].set(c, child);
      }
      node = child;
    }
    outputs[node].push(index);
  });

  const n = next.length;
  const fail = new Int32Array(n);
  /** the nearest node on the fail chain that has outputs (-1: none) */
  const dict = new Int32Array(n).fill(-1);
  const queue: number[] = [];
  for (const child of next[0].values()) queue.push(child);
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q];
    for (const [c, child] of next[node]) {
      let f = fail[node];
      while (f !== 0 && !next[f].has(c)) f = fail[f];
      const target = next[f].get(c);
      fail[child] = target !== undefined && target !== child ? target : 0;
      dict[child] = outputs[fail[child]].length > 0 ? fail[child] : dict[fail[child]];
      queue.push(child);
    }
  }

  // flatten: the root's transitions as a direct table; every other edge in one open-addressing hash table
  // keyed by (node, unit) — a step that fails (the common case: most characters end a partial match) costs a
  // probe or two instead of a scan of the node's children
  const root = new Int32Array(0x10000).fill(-1);
  for (const [c, child] of next[0]) root[c] = child;
  let edges = 0;
  for (let i = 1; i < n; i++) edges += next[i].size;
  let bits = 4;
  while (1 << bits < edges * 2) bits++;
  const mask = (1 << bits) - 1;
  const shift = 32 - bits;
  const hNode = new Int32Array(mask + 1).fill(-1);
  const hUnit = new Uint16Array(mask + 1);
  const hTarget = new Int32Array(mask + 1);
  const slot = (node: number, c: number) => Math.imul(node * 65599 + c, 0x9e3779b1) >>> shift;
  for (let i = 1; i < n; i++) {
    for (const [c, t] of next[i]) {
      let h = slot(i, c);
      while (hNode[h] !== -1) h = (h + 1) & mask;
      hNode[h] = i;
      hUnit[h] = c;
      hTarget[h] = t;
    }
  }
  /** the first node with outputs from this node along the output links (itself when it has outputs), -1: none */
  const firstOut = Int32Array.from(outputs, (o, i) => (o.length > 0 ? i : dict[i]));
  const depthOf = Int32Array.from(depth);

  const step = (node: number, c: number): number => {
    let h = Math.imul(node * 65599 + c, 0x9e3779b1) >>> shift;
    for (;;) {
      const k = hNode[h];
      if (k === -1) return -1;
      if (k === node && hUnit[h] === c) return hTarget[h];
      h = (h + 1) & mask;
    }
  };

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
