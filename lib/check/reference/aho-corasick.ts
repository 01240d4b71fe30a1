// Test-only: the 机检 checker as it was before the speed-up (commit 892506c): the reference the optimized
// lib/check is compared with (lib/check/equivalence.test.ts). Never imported by the app; do not edit.
/**
 * Aho–Corasick multi-pattern matching over UTF-16 units, reporting every occurrence with its position
 * (docs/CHECK.md: why our own and not mint-filter). Built with a Map per node, then flattened into typed
 * arrays: the root's transitions as a direct 65,536-entry table (most steps of a Chinese text start there
 * again), every other node's children as a sorted run of (unit, target). Build once per lists version;
 * search is O(text + matches).
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

  // flatten
  const root = new Int32Array(0x10000).fill(-1);
  for (const [c, child] of next[0]) root[c] = child;
  const first = new Int32Array(n + 1);
  let total = 0;
  for (let i = 0; i < n; i++) {
    first[i] = total;
    total += i === 0 ? 0 : next[i].size;
  }
  first[n] = total;
  const units = new Uint16Array(total);
  const targets = new Int32Array(total);
  for (let i = 1; i < n; i++) {
    const sorted = [...next[i]].sort((a, b) => a[0] - b[0]);
    sorted.forEach(([c, t], k) => {
      units[first[i] + k] = c;
      targets[first[i] + k] = t;
    });
  }
  const hasOut = Uint8Array.from(outputs, (o) => (o.length > 0 ? 1 : 0));
  const depthOf = Int32Array.from(depth);

  const step = (node: number, c: number): number => {
    let lo = first[node];
    let hi = first[node + 1] - 1;
    if (hi - lo < 8) {
      for (; lo <= hi; lo++) if (units[lo] === c) return targets[lo];
      return -1;
    }
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const u = units[mid];
      if (u === c) return targets[mid];
      if (u < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };

  return {
    patterns: patterns.length,
    search(text: string): AcMatch[] {
      const found: AcMatch[] = [];
      let node = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        for (;;) {
          if (node === 0) {
            const t = root[c];
            node = t < 0 ? 0 : t;
            break;
          }
          const t = step(node, c);
          if (t >= 0) {
            node = t;
            break;
          }
          node = fail[node];
        }
        for (let o = hasOut[node] ? node : dict[node]; o !== -1; o = dict[o]) {
          for (const pattern of outputs[o]) found.push({ pattern, start: i + 1 - depthOf[o], end: i + 1 });
        }
      }
      return found;
    },
  };
}
