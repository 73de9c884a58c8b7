/**
 * Peer solving with pins: the pinned groups are fixed, everyone else is matched by the
 * programme's solver.
 *
 * - `optimal`: the pinned people leave the graph and the rest gets a maximum-cardinality
 *   matching of maximum weight (with rank-maximal wishes: the rank-maximal matching of
 *   the rest), which together with the pins is the best matching that contains them.
 * - `fair`: the smallest group weight is min(smallest pinned, smallest of the rest), so
 *   the rest is solved fairly, and when a pin is already the smallest, every pair of the
 *   rest at or above it may be used to maximise the total.
 * - `greedy`: the baseline on the rest (re-matching: see `mostMatched`).
 * - `stable`: stable roommates with the pinned pairs forced (`stableRoommatesForced`):
 *   a matching that contains the pins and has no blocking pair when one exists. When none
 *   exists, the pins that cannot join the others (tried in the order given) are reported
 *   and the rest is matched by the stable solver on its own. Pinned trios take no part in
 *   the stable instance. Either way, unless `strictStable`, the rest is then completed to
 *   maximum cardinality changing as few of its stable pairs as possible.
 *
 * Pinned groups never receive a third member for an odd count.
 *
 * Complexity: as the solver, plus one forced stable-roommates run per pin when the
 * pins conflict.
 * References: see `solvers/stable.ts` and `algorithms/roommates/stable-roommates-forced.ts`.
 */
import { forcedPairConflicts, stableRoommatesForced, stableRoommatesIndexed } from "../../algorithms/index.js";
import type { Compatibility } from "../../compatibility/compatibility.js";
import type { SeededOrder } from "../shared/seeded-order.js";
import { seededOrder } from "../shared/seeded-order.js";
import { WEIGHT_SCALE } from "../shared/weight-scale.js";
import { countProspects, groupMatching, trioWeight } from "./groups.js";
import type { PeerSolution } from "./peer-solution.js";
import { settleStability } from "./peer-solution.js";
import type { KeepBonus, PeerGraph } from "./peer-graph.js";
import { buildPeerGraph, edgesAtLeast, mateToParticipants } from "./peer-graph.js";
import type { PeerPins } from "./pins.js";
import { solveFair } from "./solvers/fair.js";
import { solveGreedy } from "./solvers/greedy.js";
import { cardinalityMatching, countPairs, maximumCardinality, solveOptimal } from "./solvers/optimal.js";
import { oddOneOutAfterSolving, oddOneOutBeforeSolving } from "./odd-one-out.js";
import { provenMaximum, repairMaximality } from "./maximality.js";
import { solveRankMaximal } from "./solvers/rank-maximal.js";
import { keepMostPairs, preferenceLists } from "./solvers/stable.js";

/**
 * Solves a scored cohort whose `pins` are fixed (see the file comment). `mostMatched`
 * (re-matching under "fewest-broken", which promises the most people matched): when the
 * greedy solver pairs fewer of the others than possible, their maximum-cardinality
 * matching of largest weight is used instead, as the unpinned re-match falls back on its
 * plan.
 */
export function solvePinned(
  compatibility: Compatibility,
  pins: PeerPins,
  keepBonus?: KeepBonus,
  mostMatched = false,
): PeerSolution {
  const { n } = compatibility;
  const { oddHandling, seed, solver, strictStable } = compatibility.options;
  const seeded = seededOrder(compatibility.ids, seed);
  const prospects = countProspects(compatibility);
  const free: number[] = [];
  for (let i = 0; i < n; i++) if (pins.groupOf[i] === -1) free.push(i);

  // Rank-maximal wishes: as for stable, the person set aside is one the solve leaves out.
  const rankMaximal = compatibility.options.wishes.mode === "rank-maximal";
  const leftOutAfter = solver === "stable" || rankMaximal;
  let oddOneOut =
    oddHandling === "unmatched" && !leftOutAfter ? oddOneOutBeforeSolving(compatibility, seeded, free) : -1;
  const members = oddOneOut === -1 ? free : free.filter((i) => i !== oddOneOut);
  const graph = buildPeerGraph(compatibility, seeded, members, keepBonus);

  let positions: Int32Array;
  let stableMatchingExists: boolean | null = null;
  let pinConflicts: number[] = [];
  switch (solver) {
    case "optimal":
      positions = rankMaximal ? solveRankMaximal(compatibility, graph, seeded) : solveOptimal(graph);
      break;
    case "fair":
      positions = solveFairWithPins(compatibility, pins, graph);
      break;
    case "greedy":
      positions = solveGreedy(graph);
      if (mostMatched && countPairs(positions) < maximumCardinality(graph)) positions = solveOptimal(graph);
      break;
    case "stable": {
      const stable = solveStableWithPins(compatibility, pins, seeded, graph, keepBonus);
      positions = strictStable ? stable.base : keepMostPairs(graph, stable.base);
      stableMatchingExists = stable.exists;
      pinConflicts = stable.conflicts;
      break;
    }
  }
  const mate = mateToParticipants(positions, seeded);
  for (const group of pins.groups) {
    if (group.length !== 2) continue;
    mate[group[0]!] = group[1]!;
    mate[group[1]!] = group[0]!;
  }
  // On a candidate graph a pair it left out may join two people left alone; pinned trio
  // members are marked taken (their own mate) so the repair leaves them be.
  if (!(solver === "stable" && strictStable)) {
    const trioMembers = pins.groups.filter((group) => group.length === 3).flat();
    for (const i of trioMembers) mate[i] = i;
    repairMaximality(compatibility, mate, seeded);
    for (const i of trioMembers) mate[i] = -1;
  }
  const maxCardinalityProven = provenMaximum(
    compatibility,
    mate,
    prospects,
    () => cardinalityMatching(buildPeerGraph(compatibility, seeded)).size,
  );
  if (oddHandling === "unmatched" && leftOutAfter)
    oddOneOut = oddOneOutAfterSolving(mate, prospects, seeded.position, { members: free });
  else if (oddOneOut !== -1 && mate[oddOneOut] !== -1) oddOneOut = -1;
  const grouping = groupMatching(compatibility, mate, prospects, {
    oddHandling,
    oddOneOut,
    rank: seeded.position,
    pinned: pins.groups,
  });
  const settled = settleStability(compatibility, grouping, solver, stableMatchingExists);
  return {
    ...settled,
    // The bound of the unpinned optimum says nothing about the best matching with pins.
    upperBound: null,
    maxCardinalityProven,
    // A result without blocking pairs contains the pins and is stable: no pin prevented it.
    pinConflicts: settled.stable === true ? [] : pinConflicts,
  };
}

/** Integer weight of a pinned group, scaled like the solver's weights. */
function pinnedWeight(compatibility: Compatibility, group: readonly number[]): number {
  const [a, b, c] = group as [number, number, number?];
  const w = c === undefined ? compatibility.pairWeight(a, b) : trioWeight(compatibility, a, b, c);
  return Math.round(w * WEIGHT_SCALE);
}

/** `fair` on the unpinned people, given that the pinned groups' weights are fixed. */
function solveFairWithPins(compatibility: Compatibility, pins: PeerPins, graph: PeerGraph): Int32Array {
  let smallestPin = Infinity;
  for (const group of pins.groups) smallestPin = Math.min(smallestPin, pinnedWeight(compatibility, group));
  const fair = solveFair(graph);
  let bottleneck = Infinity;
  for (let e = 0; e < graph.m; e++) {
    if (fair[graph.from[e]!] === graph.to[e]!) bottleneck = Math.min(bottleneck, graph.weight[e]!);
  }
  // A pin already sets the smallest weight: every pair at or above it may serve the total.
  return smallestPin < bottleneck ? solveOptimal(edgesAtLeast(graph, smallestPin)) : fair;
}

/**
 * Stable roommates with the pinned pairs forced, over everyone but pinned trios. `base`
 * (solver positions) is the stable matching without the pinned pairs when `exists`;
 * otherwise the stable (or maximum stable) matching of the unpinned people on their own.
 *
 * Preferences are by s with exact ties broken by the seed. When no stable matching
 * under that order contains the pins, the ties are broken once more in the pins'
 * favour (a pinned partner first among equals, people pinned to someone else last):
 * a matching stable under any tie-breaking has no blocking pair by s, so a pin only
 * conflicts when neither order lets a stable matching contain it. (With ties, whether
 * some tie-breaking does is NP-hard: Ronn 1990.)
 */
function solveStableWithPins(
  compatibility: Compatibility,
  pins: PeerPins,
  seeded: SeededOrder,
  freeGraph: PeerGraph,
  keepBonus: KeepBonus | undefined,
): { base: Int32Array; exists: boolean; conflicts: number[] } {
  const { n } = compatibility;
  const inTrio = (i: number): boolean => pins.groupOf[i] !== -1 && pins.groups[pins.groupOf[i]!]!.length === 3;
  const withPairs: number[] = [];
  for (let i = 0; i < n; i++) if (!inTrio(i)) withPairs.push(i);
  const whole = buildPeerGraph(compatibility, seeded, withPairs, keepBonus);
  const lists = preferenceLists(compatibility, whole, seeded);
  const pairPins: number[] = [];
  pins.groups.forEach((group, k) => {
    if (group.length === 2) pairPins.push(k);
  });
  const forced = pairPins.map((k) => {
    const [a, b] = pins.groups[k]! as [number, number];
    return [seeded.position[a]!, seeded.position[b]!] as const;
  });
  const withoutPins = (mate: Int32Array): Int32Array => {
    const base = Int32Array.from(mate);
    for (const [p, q] of forced) base[p] = base[q] = -1;
    return base;
  };
  const result = stableRoommatesForced(n, lists.offsets, lists.entries, forced);
  if (result.exists) return { base: withoutPins(result.mate), exists: true, conflicts: [] };
  const favoured = favourPins(compatibility, pins, seeded, lists);
  const retry = stableRoommatesForced(n, favoured.offsets, favoured.entries, forced);
  if (retry.exists) return { base: withoutPins(retry.mate), exists: true, conflicts: [] };
  const conflicts = forcedPairConflicts(n, favoured.offsets, favoured.entries, forced).map(
    (position) => pairPins[position]!,
  );
  const exists = stableRoommatesIndexed(n, lists.offsets, lists.entries).stable;
  const own = preferenceLists(compatibility, freeGraph, seeded);
  return { base: stableRoommatesIndexed(n, own.offsets, own.entries).mate, exists, conflicts };
}

/**
 * The preference lists (CSR over solver positions) re-ordered within each run of equal
 * scores: the person's pinned partner first, then the unpinned, then people pinned to
 * someone else, each in seeded order.
 */
function favourPins(
  compatibility: Compatibility,
  pins: PeerPins,
  seeded: SeededOrder,
  lists: { offsets: Int32Array; entries: Int32Array },
): { offsets: Int32Array; entries: Int32Array } {
  const entries = Int32Array.from(lists.entries);
  const score = new Float64Array(seeded.order.length);
  const tier = new Int32Array(seeded.order.length);
  for (let p = 0; p < seeded.order.length; p++) {
    const i = seeded.order[p]!;
    const list = entries.subarray(lists.offsets[p]!, lists.offsets[p + 1]!);
    const own = pins.groupOf[i]!;
    for (const q of list) {
      const j = seeded.order[q]!;
      score[q] = compatibility.score(i, j);
      tier[q] = own !== -1 && pins.groupOf[j] === own ? 0 : pins.groupOf[j] === -1 ? 1 : 2;
    }
    list.sort((q, r) => score[r]! - score[q]! || tier[q]! - tier[r]! || q - r);
  }
  return { offsets: lists.offsets, entries };
}
