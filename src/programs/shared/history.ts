/**
 * A programme's history as results carry it: the pairs dissolved (banned for good) and
 * the pairs ever formed, as sorted id pairs in sorted lists, so equal histories are
 * equal JSON whatever order they were built in.
 */

/** An id pair in id order. */
export function sortedPair(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}

/** Every pair inside the groups (one per pair, three per trio), sorted. */
export function pairsInGroups(groups: readonly (readonly string[])[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (const group of groups) {
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) pairs.push(sortedPair(group[x]!, group[y]!));
    }
  }
  return uniquePairs(pairs);
}

/** The union of pair lists: sorted, each pair once. */
export function uniquePairs(...lists: readonly (readonly (readonly [string, string])[])[]): [string, string][] {
  const byKey = new Map<string, [string, string]>();
  for (const list of lists) {
    for (const [a, b] of list) {
      const pair = sortedPair(a, b);
      byKey.set(`${pair[0]}\u0000${pair[1]}`, pair);
    }
  }
  return [...byKey.entries()].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).map(([, pair]) => pair);
}
