/**
 * From a reduced table to Tan's maximum stable matching.
 *
 * The reduced table (every list at most two entries) defines the permutation
 * Π(x) = first(x), Π⁻¹(x) = last(x), and Π(x) = x for an empty list. Its cycles are
 * the parties of a stable partition: pairs, even cycles, odd cycles of length ≥ 3 ("odd
 * parties") and singletons. Tan (1991) proves that every stable partition has the same
 * odd parties and that a stable matching exists iff there is none; Tan (1990) that
 * deleting one person from each odd party and pairing the rest along their cycles gives
 * a maximum stable matching: no two matched people block it, and no matching that is
 * stable on the people it covers covers more of them. With incomplete lists the
 * singletons (people whose reduced list is empty) are left alone too; that the size is
 * still the maximum is checked against exhaustive enumeration in the tests
 * (test/oracles/roommates-brute-force.ts).
 *
 * Why it is stable on the people it covers: each of them is paired with Π(x) or Π⁻¹(x),
 * both at least as good for x as Π⁻¹(x); a blocking pair among them would rank each
 * other above their predecessors, which a stable partition excludes.
 *
 * Choices (deterministic, documented): an even cycle c_0 → c_1 → … (c_{i+1} = Π(c_i))
 * starting at its smallest index c_0 is split as {c_0, c_1}, {c_2, c_3}, …; an odd party
 * loses its smallest index c_0 and the rest is split as {c_1, c_2}, {c_3, c_4}, ….
 *
 * Complexity: O(n + total list length).
 *
 * References: Tan 1991 (stable partitions, odd parties); Tan 1990 (maximum stable
 * matching); Gusfield & Irving 1989, ch. 4.
 */
import { debugChecks, invariant } from "../../internal/debug.js";
import { firstPosition, lastPosition, secondPosition, type ReducedTable } from "./reduce-table.js";

/** The matching read from a reduced table, with each person's rank bound. */
export interface PartitionMatching {
  /** mate[x]: x's partner, or -1. */
  readonly mate: Int32Array;
  /**
   * bound[x]: position of mate[x] in x's list, or the end of x's list when x is alone,
   * so x strictly prefers the entry at position p to its outcome iff p < bound[x].
   */
  readonly bound: Int32Array;
  /** Number of odd parties (cycles of length ≥ 3 with an odd number of people). */
  readonly oddParties: number;
}

/** Builds Tan's maximum stable matching from the stable partition in `table`. */
export function matchFromPartition(table: ReducedTable): PartitionMatching {
  const { n, start, target } = table.lists;
  const mate = new Int32Array(n).fill(-1);
  const bound = new Int32Array(n);
  for (let x = 0; x < n; x++) bound[x] = start[x + 1]!;
  if (debugChecks.enabled) checkStablePartition(table);

  const visited = new Uint8Array(n);
  const cycle: number[] = [];
  let oddParties = 0;
  const pair = (a: number, b: number): void => {
    // b = Π(a): a gets its first entry, b its last.
    mate[a] = b;
    mate[b] = a;
    bound[a] = firstPosition(table, a);
    bound[b] = lastPosition(table, b);
  };
  for (let x = 0; x < n; x++) {
    if (visited[x] === 1 || firstPosition(table, x) === -1) continue;
    cycle.length = 0;
    for (let c = x; visited[c] === 0; c = target[firstPosition(table, c)]!) {
      visited[c] = 1;
      cycle.push(c);
    }
    const odd = cycle.length % 2 === 1;
    if (odd) oddParties++;
    for (let i = odd ? 1 : 0; i + 1 < cycle.length; i += 2) pair(cycle[i]!, cycle[i + 1]!);
  }
  return { mate, bound, oddParties };
}

/**
 * Debug check of the certificate: every list has at most two entries, Π is a
 * permutation (first(last(x)) = x), and no mutually acceptable pair ranks each other
 * strictly above their predecessors Π⁻¹.
 */
function checkStablePartition(table: ReducedTable): void {
  const { n, start, target, twin } = table.lists;
  const predecessorBound = new Int32Array(n);
  for (let x = 0; x < n; x++) {
    const first = firstPosition(table, x);
    if (first === -1) {
      predecessorBound[x] = start[x + 1]!;
      continue;
    }
    const last = lastPosition(table, x);
    const second = secondPosition(table, x);
    invariant(second === -1 || second === last, () => `stable partition: ${x} still has three or more entries`);
    const predecessor = target[last]!;
    invariant(target[firstPosition(table, predecessor)] === x, () => `stable partition: first(last(${x})) is not ${x}`);
    predecessorBound[x] = last;
  }
  for (let x = 0; x < n; x++) {
    const end = start[x + 1]!;
    for (let p = start[x]!; p < end; p++) {
      const z = target[p]!;
      invariant(
        !(p < predecessorBound[x]! && twin[p]! < predecessorBound[z]!),
        () => `stable partition: ${x} and ${z} rank each other above their predecessors`,
      );
    }
  }
}

/**
 * The blocking pairs of the matching (i < j, sorted): mutually acceptable people, not
 * paired together, each strictly preferring the other to their outcome (being alone is
 * worse than any acceptable partner).
 */
export function blockingPairsOfMatching(table: ReducedTable, matching: PartitionMatching): [number, number][] {
  const { n, start, target, twin } = table.lists;
  const { bound } = matching;
  const pairs: [number, number][] = [];
  for (let x = 0; x < n; x++) {
    const end = Math.min(start[x + 1]!, bound[x]!);
    for (let p = start[x]!; p < end; p++) {
      const z = target[p]!;
      if (z > x && twin[p]! < bound[z]!) pairs.push([x, z]);
    }
  }
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
