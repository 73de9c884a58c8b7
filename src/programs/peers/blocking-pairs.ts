/**
 * Blocking pairs of a grouping, by directional scores: two people who could be paired
 * (no veto), are not in the same group, and each strictly prefers the other to their
 * current group (a trio member values the trio by the mean of her two scores) or is
 * unmatched.
 *
 * On the dense graph every feasible pair is an edge: O(m). On a candidate graph, the
 * edges are checked the same way, and so is every pair left out of the graph that the
 * bounds cannot exclude: a pair {i, j} left out has w(i, j) ≤ min(bound[i], bound[j]),
 * and blocking needs s(i→j) > c(i) and s(j→i) > c(j) (c: what each gets now), hence
 * w(i, j) > reciprocity(c(i), c(j)) ≥ min(c(i), c(j)). So only a person whose bound
 * exceeds her own c can be in one ("unsafe"), and only with partners j for which
 * min(bound[i], bound[j]) > reciprocity(c(i), c(j)); those pairs are scored on demand.
 * Those pairs are visited with the candidate scan's blocking and per-feature bounds
 * (`visitLeftOut`), so only pairs whose bound reaches that floor are scored. A graph that
 * leaves pairs out but cannot visit them falls back to checking the unsafe people pair by
 * pair, stopping after BLOCKING_CHECK_BUDGET pairs and then saying it is undecided.
 * Complexity: the scan's blocking over all pairs plus kernel calls for the pairs not
 * excluded (fallback: O(m + unsafe · n) plus kernel calls).
 */
import type { Compatibility } from "../../compatibility/compatibility.js";
import { combineScores } from "../../compatibility/reciprocity.js";
import type { LeftOutVisit } from "../../compatibility/candidates/left-out.js";
import { edgeBetween } from "../../compatibility/scored-graph.js";

/** Most left-out pairs looked at when counting blocking pairs on a candidate graph. */
export const BLOCKING_CHECK_BUDGET = 400_000_000;

/** The blocking pairs found, and whether they are all of them. */
export interface BlockingPairs {
  /** [i, j] with i < j, in increasing order. */
  readonly pairs: [number, number][];
  /** False when the budget ran out before every pair the bounds cannot exclude was checked. */
  readonly complete: boolean;
}

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

/** The blocking pairs of a grouping on the full feasible graph (see the module header). */
export function blockingPairsOf(compatibility: Compatibility, groups: readonly (readonly number[])[]): BlockingPairs {
  const blocking = edgeBlockingPairs(compatibility, groups);
  if (compatibility.graph.complete) return { pairs: blocking, complete: true };
  const current = currentValues(compatibility, groups);
  const groupOf = groupIndex(compatibility.n, groups);
  const left =
    compatibility.visitLeftOut === undefined
      ? leftOutBlockingPairs(compatibility, current, groupOf)
      : visitedBlockingPairs(compatibility, compatibility.visitLeftOut, current, groupOf);
  const pairs = [...blocking, ...left.pairs].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return { pairs, complete: left.complete };
}

/** The blocking pairs among the edges of the scored graph, as [i, j] with i < j, in increasing order. */
function edgeBlockingPairs(compatibility: Compatibility, groups: readonly (readonly number[])[]): [number, number][] {
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

/**
 * Blocking pairs left out of a candidate graph, found by visiting the pairs left out
 * whose weight can exceed reciprocity(c(i), c(j)) (see the module header): the
 * candidate scan's blocking and bounds skip the rest without scoring them, and each
 * pair kept is scored once. Always complete.
 */
function visitedBlockingPairs(
  compatibility: Compatibility,
  visit: LeftOutVisit,
  current: Float64Array,
  groupOf: Int32Array,
): BlockingPairs {
  const { reciprocity } = compatibility.options;
  const pairs: [number, number][] = [];
  visit({
    cut(i, j) {
      const ci = current[i]!;
      const cj = current[j]!;
      return ci === -Infinity || cj === -Infinity ? -Infinity : combineScores(reciprocity, ci, cj);
    },
    take(i, j, _w, out, back) {
      if (groupOf[i] !== -1 && groupOf[i] === groupOf[j]) return;
      if (out > current[i]! && back > current[j]!) pairs.push(i < j ? [i, j] : [j, i]);
    },
  });
  pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return { pairs, complete: true };
}

/**
 * Blocking pairs left out of a candidate graph, found from its unsafe people (see the
 * module header). For an unsafe i, a partner j needs w(i, j) > min(c(i), c(j)) and
 * w(i, j) ≤ bound[j]: so j is unsafe too, or bound[j] > c(i). Those are the unsafe
 * people and a prefix of everyone sorted by bound. O(|unsafe|² + Σ prefixes) checks.
 */
function leftOutBlockingPairs(compatibility: Compatibility, current: Float64Array, groupOf: Int32Array): BlockingPairs {
  const { n, graph } = compatibility;
  const { reciprocity } = compatibility.options;
  const { bound } = graph;
  const unsafe: number[] = [];
  const isUnsafe = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (bound[i]! > current[i]!) {
      unsafe.push(i);
      isUnsafe[i] = 1;
    }
  }
  const byBound = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => bound[b]! - bound[a]! || a - b);
  const pairs: [number, number][] = [];
  let checked = 0;
  const check = (i: number, j: number): void => {
    const ceiling = Math.min(bound[i]!, bound[j]!);
    const ci = current[i]!;
    const cj = current[j]!;
    const floor = ci === -Infinity || cj === -Infinity ? -Infinity : combineScores(reciprocity, ci, cj);
    if (!(ceiling > floor) || edgeBetween(graph, i, j) >= 0) return;
    if (groupOf[i] !== -1 && groupOf[i] === groupOf[j]) return;
    if (compatibility.score(i, j) > ci && compatibility.score(j, i) > cj) pairs.push(i < j ? [i, j] : [j, i]);
  };
  for (const i of unsafe) {
    // Unsafe partners: each pair once, from its smaller end.
    for (const j of unsafe) {
      if (j <= i) continue;
      if (++checked > BLOCKING_CHECK_BUDGET) return { pairs, complete: false };
      check(i, j);
    }
    // Safe partners whose bound exceeds what i has now.
    for (let r = 0; r < n; r++) {
      const j = byBound[r]!;
      if (!(bound[j]! > current[i]!)) break;
      if (isUnsafe[j] === 1 || j === i) continue;
      if (++checked > BLOCKING_CHECK_BUDGET) return { pairs, complete: false };
      check(i, j);
    }
  }
  pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return { pairs, complete: true };
}
