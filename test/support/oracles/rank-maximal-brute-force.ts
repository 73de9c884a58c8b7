/**
 * Rank-maximal matching by brute force (n ≤ 10), written without the solver: every
 * matching of the graph is enumerated and scored by the key
 * (pairs, first choices granted, second choices, …, total integer weight), compared
 * lexicographically. Choices count per person: in a pair {a, b}, a's choice is granted
 * at rank r when b is a's r-th wish (0 = first), and the same for b.
 */

/** Rank of `other` in `wishes` (0 = first), or -1. */
export type RankOf = (person: number, other: number) => number;

/** The lexicographic key of a set of pairs: [pairs, grants at rank 0, 1, …, max − 1, total weight]. */
export function rankMaximalKey(
  pairs: readonly (readonly [number, number])[],
  rankOf: RankOf,
  max: number,
  weight: (a: number, b: number) => number,
): number[] {
  const grants = new Array<number>(max).fill(0);
  let total = 0;
  for (const [a, b] of pairs) {
    const ab = rankOf(a, b);
    const ba = rankOf(b, a);
    if (ab >= 0) grants[ab]!++;
    if (ba >= 0) grants[ba]!++;
    total += weight(a, b);
  }
  return [pairs.length, ...grants, total];
}

/** Negative, zero or positive as key `a` is below, equal to or above key `b`. */
export function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k]! - b[k]!;
  return 0;
}

/** The best key over all matchings of the `edges` on vertices 0..n-1 (integer weights). */
export function bruteForceRankMaximal(
  n: number,
  edges: readonly (readonly [number, number, number])[],
  rankOf: RankOf,
  max: number,
): number[] {
  const weights = new Map<number, number>();
  for (const [a, b, w] of edges) weights.set(Math.min(a, b) * n + Math.max(a, b), w);
  const weight = (a: number, b: number) => weights.get(Math.min(a, b) * n + Math.max(a, b))!;
  const used = new Array<boolean>(n).fill(false);
  const chosen: [number, number][] = [];
  let best: number[] | undefined;
  const visit = (v: number): void => {
    while (v < n && used[v]) v++;
    if (v === n) {
      const key = rankMaximalKey(chosen, rankOf, max, weight);
      if (best === undefined || compareKeys(key, best) > 0) best = key;
      return;
    }
    used[v] = true;
    visit(v + 1); // v stays single
    for (let u = v + 1; u < n; u++) {
      if (used[u] || !weights.has(v * n + u)) continue;
      used[u] = true;
      chosen.push([v, u]);
      visit(v + 1);
      chosen.pop();
      used[u] = false;
    }
    used[v] = false;
  };
  visit(0);
  return best!;
}
