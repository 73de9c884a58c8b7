/**
 * Brute force over every matching of a small graph (n ≤ 12), written independently of
 * the solvers: the best value of (pairs, priority people matched, intact pairs kept,
 * total weight), compared in that order.
 */
export interface FewestBrokenValue {
  readonly pairs: number;
  readonly priority: number;
  readonly kept: number;
  readonly weight: number;
}

export function bruteForceFewestBroken(
  n: number,
  edges: readonly (readonly [number, number, number])[],
  intact: ReadonlySet<string>,
  priority: ReadonlySet<number>,
): FewestBrokenValue {
  const weight = new Map<string, number>();
  for (const [i, j, w] of edges) weight.set(`${i},${j}`, w).set(`${j},${i}`, w);
  let best: FewestBrokenValue = { pairs: -1, priority: -1, kept: -1, weight: -Infinity };
  const used = new Array<boolean>(n).fill(false);
  const visit = (start: number, value: FewestBrokenValue): void => {
    let v = start;
    while (v < n && used[v]) v++;
    if (v >= n) {
      if (compareValues(value, best) > 0) best = value;
      return;
    }
    used[v] = true;
    visit(v + 1, value);
    for (let u = v + 1; u < n; u++) {
      const w = weight.get(`${v},${u}`);
      if (used[u] || w === undefined) continue;
      used[u] = true;
      visit(v + 1, {
        pairs: value.pairs + 1,
        priority: value.priority + (priority.has(v) ? 1 : 0) + (priority.has(u) ? 1 : 0),
        kept: value.kept + (intact.has(`${v},${u}`) || intact.has(`${u},${v}`) ? 1 : 0),
        weight: value.weight + w,
      });
      used[u] = false;
    }
    used[v] = false;
  };
  visit(0, { pairs: 0, priority: 0, kept: 0, weight: 0 });
  return best;
}

/** Positive when a is better than b. */
export function compareValues(a: FewestBrokenValue, b: FewestBrokenValue): number {
  return a.pairs - b.pairs || a.priority - b.priority || a.kept - b.kept || a.weight - b.weight;
}
