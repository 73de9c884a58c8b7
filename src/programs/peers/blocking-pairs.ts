/**
 * Blocking pairs of a grouping, by directional scores: two people who could be paired
 * (no veto), are not in the same group, and each strictly prefers the other to their
 * current group (a trio member values the trio by the mean of her two scores) or is
 * unmatched. O(m) over the edges of the scored graph, which on the dense graph are all
 * feasible pairs; on a candidate graph see `candidateBlockingPairs`.
 */
import type { Compatibility } from "../../compatibility/compatibility.js";

/** What each person gets from her group: the mean of her scores towards its other members; -Infinity when alone. */
export function currentValues(compatibility: Compatibility, groups: readonly (readonly number[])[]): Float64Array {
  const current = new Float64Array(compatibility.n).fill(-Infinity);
  for (const group of groups) {
    for (const member of group) {
      let sum = 0;
      for (const other of group) if (other !== member) sum += compatibility.score(member, other);
      current[member] = sum / (group.length - 1);
    }
  }
  return current;
}

/** The group index of each person, -1 when unmatched. */
export function groupIndex(n: number, groups: readonly (readonly number[])[]): Int32Array {
  const groupOf = new Int32Array(n).fill(-1);
  groups.forEach((group, g) => {
    for (const member of group) groupOf[member] = g;
  });
  return groupOf;
}

/** The blocking pairs among the edges of the scored graph, as [i, j] with i < j, in increasing order. */
export function blockingPairsOf(
  compatibility: Compatibility,
  groups: readonly (readonly number[])[],
): [number, number][] {
  const { graph } = compatibility;
  const current = currentValues(compatibility, groups);
  const groupOf = groupIndex(compatibility.n, groups);
  const blocking: [number, number][] = [];
  for (let e = 0; e < graph.m; e++) {
    const i = graph.from[e]!;
    const j = graph.to[e]!;
    if (!(graph.sIJ[e]! > current[i]!) || !(graph.sJI[e]! > current[j]!)) continue;
    if (groupOf[i] !== -1 && groupOf[i] === groupOf[j]) continue;
    blocking.push([i, j]);
  }
  return blocking;
}
