/**
 * What a matching needs checked against the full feasible graph: the maximality repair
 * (no two compatible people both left alone), and whether the number matched is proven
 * maximum.
 *
 * Two compatible people can be left alone by a solver that is not maximum-cardinality
 * (greedy), when one of them was set aside before solving (the odd one out), or on a
 * candidate graph through a pair it leaves out. Pairs in the graph are found through
 * the singles' neighbours; a pair left out can only join two people whose candidate
 * lists are full (a person with a list that is not full has all her feasible partners
 * in the graph), and those pairs are scored on demand. The pairs found are formed
 * heaviest first (ties: seeded order).
 * Complexity: O(Σ degree of the singles + L² kernel calls) for L singles with full lists.
 */
import type { Compatibility } from "../../compatibility/compatibility.js";
import { edgeBetween } from "../../compatibility/scored-graph.js";
import type { SeededOrder } from "../shared/seeded-order.js";

/**
 * Pairs compatible people who are both single in `mate` (participant indices; changed
 * in place). Returns the number of pairs added.
 */
export function repairMaximality(compatibility: Compatibility, mate: Int32Array, seeded: SeededOrder): number {
  const { graph } = compatibility;
  const { offsets, neighbour } = graph.adjacency;
  const found: { i: number; j: number; w: number; rank: number }[] = [];
  const full: number[] = [];
  for (let p = 0; p < compatibility.n; p++) {
    const i = seeded.order[p]!;
    if (mate[i] !== -1) continue;
    for (let slot = offsets[i]!; slot < offsets[i + 1]!; slot++) {
      const j = neighbour[slot]!;
      if (mate[j] === -1 && seeded.position[j]! > p) found.push({ i, j, w: compatibility.pairWeight(i, j), rank: 0 });
    }
    if (graph.bound[i]! > Number.NEGATIVE_INFINITY) full.push(i);
  }
  for (let a = 0; a < full.length; a++) {
    for (let b = a + 1; b < full.length; b++) {
      const i = full[a]!;
      const j = full[b]!;
      const w = compatibility.pairWeight(i, j);
      if (!Number.isNaN(w) && edgeBetween(graph, i, j) < 0) found.push({ i, j, w, rank: 0 });
    }
  }
  for (const pair of found) {
    const [x, y] = [seeded.position[pair.i]!, seeded.position[pair.j]!].sort((u, v) => u - v);
    pair.rank = x! * compatibility.n + y!;
  }
  found.sort((x, y) => y.w - x.w || x.rank - y.rank);
  let added = 0;
  for (const { i, j } of found) {
    if (mate[i] !== -1 || mate[j] !== -1) continue;
    mate[i] = j;
    mate[j] = i;
    added++;
  }
  return added;
}

/**
 * Whether the matching `mate` is proven to have the most pairs possible on the full
 * feasible graph. On a complete graph, by `size === maximum` (the graph's maximum
 * cardinality, passed in); on a candidate graph, when at most one person who has a
 * feasible partner is single (an augmenting path needs two).
 */
export function provenMaximum(
  compatibility: Compatibility,
  mate: Int32Array,
  prospects: Int32Array,
  maximum: () => number,
): boolean {
  let pairs = 0;
  let single = 0;
  for (let i = 0; i < mate.length; i++) {
    if (mate[i]! > i) pairs++;
    else if (mate[i] === -1 && prospects[i]! > 0) single++;
  }
  if (single <= 1) return true;
  return compatibility.graph.complete && pairs === maximum();
}
