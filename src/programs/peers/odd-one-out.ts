/**
 * Who sits out under `oddHandling: "unmatched"` when an odd number of people can be
 * paired: the one rule every peer solve (plain, pinned, re-matching) applies.
 *
 * - Before solving (solvers other than stable): the person with the fewest prospects
 *   (ties: seeded order) whose absence still leaves a matching of maximum cardinality,
 *   i.e. the first such person in the Gallai–Edmonds set D(G) (those some maximum
 *   matching leaves single), found by one cardinality matching.
 * - After solving (the stable solver, whose matching must not be changed before
 *   Irving's algorithm runs, and re-matching): among the people the matching leaves
 *   out, the one with the fewest prospects (ties: seeded order).
 *
 * With pins, only the unpinned people (`members`) are considered: a pinned person is
 * never the one left out.
 *
 * Complexity: one cardinality matching (O(m·√n)) before solving; O(n) after.
 * References: Gallai 1964, Edmonds 1965 (the Gallai–Edmonds decomposition).
 */
import type { Compatibility } from "../../compatibility/compatibility.js";
import type { SeededOrder } from "../shared/seeded-order.js";
import { buildPeerGraph } from "./peer-graph.js";
import { cardinalityMatching } from "./solvers/optimal.js";

/**
 * The person to set aside before solving, among `members` (default: everyone), counting
 * prospects among `members` only; -1 when an even number of them can be paired.
 */
export function oddOneOutBeforeSolving(
  compatibility: Compatibility,
  seeded: SeededOrder,
  members?: readonly number[],
): number {
  const { n } = compatibility;
  const { offsets, neighbour } = compatibility.graph.adjacency;
  const isMember = new Uint8Array(n).fill(members === undefined ? 1 : 0);
  if (members !== undefined) for (const i of members) isMember[i] = 1;
  const prospects = new Int32Array(n);
  const candidates: number[] = [];
  for (let i = 0; i < n; i++) {
    if (isMember[i] === 0) continue;
    for (let slot = offsets[i]!; slot < offsets[i + 1]!; slot++)
      if (isMember[neighbour[slot]!] === 1) prospects[i] = prospects[i]! + 1;
    if (prospects[i]! > 0) candidates.push(i);
  }
  if (candidates.length % 2 === 0) return -1;
  candidates.sort((a, b) => prospects[a]! - prospects[b]! || seeded.position[a]! - seeded.position[b]!);
  const { inessential } = cardinalityMatching(buildPeerGraph(compatibility, seeded, members));
  return candidates.find((candidate) => inessential[seeded.position[candidate]!] === 1) ?? -1;
}

/**
 * The person to set aside after solving: among `members` (default: everyone) with
 * prospects, when their number is odd, the one `mate` leaves out who comes first by
 * `priority` (0 before 1, when given), then fewest prospects, then `rank`; -1 otherwise.
 */
export function oddOneOutAfterSolving(
  mate: Int32Array,
  prospects: Int32Array,
  rank: Int32Array,
  options: { readonly members?: readonly number[]; readonly priority?: Uint8Array } = {},
): number {
  const { priority } = options;
  const before = (i: number, j: number): boolean => {
    if (priority !== undefined && priority[i] !== priority[j]) return priority[i]! < priority[j]!;
    if (prospects[i] !== prospects[j]) return prospects[i]! < prospects[j]!;
    return rank[i]! < rank[j]!;
  };
  let eligible = 0;
  let chosen = -1;
  const consider = (i: number): void => {
    if (prospects[i] === 0) return;
    eligible++;
    if (mate[i] !== -1) return;
    if (chosen === -1 || before(i, chosen)) chosen = i;
  };
  if (options.members === undefined) for (let i = 0; i < mate.length; i++) consider(i);
  else for (const i of options.members) consider(i);
  return eligible % 2 === 1 ? chosen : -1;
}
