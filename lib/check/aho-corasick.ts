/**
 * Aho–Corasick multi-pattern matching over UTF-16 units, reporting every occurrence with its position
 * (docs/CHECK.md: why our own and not mint-filter). Build once per lists version; search is O(text + matches).
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
  // goto: one Map per node; fail and output links as arrays
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
  for (const child of next[0].values()) {
    fail[child] = 0;
    queue.push(child);
  }
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

  return {
    patterns: patterns.length,
    search(text: string): AcMatch[] {
      const found: AcMatch[] = [];
      let node = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        let target = next[node].get(c);
        while (target === undefined && node !== 0) {
          node = fail[node];
          target = next[node].get(c);
        }
        node = target ?? 0;
        for (let o = outputs[node].length > 0 ? node : dict[node]; o !== -1; o = dict[o]) {
          for (const pattern of outputs[o]) found.push({ pattern, start: i + 1 - depth[o], end: i + 1 });
        }
      }
      return found;
    },
  };
}
