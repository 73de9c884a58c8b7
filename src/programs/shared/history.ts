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
  const all: [string, string][] = [];
  for (const list of lists) for (const [a, b] of list) all.push(sortedPair(a, b));
  all.sort((x, y) => compare(x[0], y[0]) || compare(x[1], y[1]));
  const out: [string, string][] = [];
  for (const pair of all) {
    const last = out[out.length - 1];
    if (last === undefined || last[0] !== pair[0] || last[1] !== pair[1]) out.push(pair);
  }
  return out;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
