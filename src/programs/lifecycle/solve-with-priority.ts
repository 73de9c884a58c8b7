/**
 * The programme's solver on a scored cohort, with priority for people who were left
 * out last time: among the matchings of maximum cardinality, the people left out are
 * chosen so that as many priority people as possible are matched (then by the
 * solver's own criterion). Without priority people this is exactly `solvePeers`.
 *
 * How: one exact lexicographic solve (most pairs, then most priority people matched,
 * then the largest total weight) decides who is left out. `optimal` keeps that
 * matching. The other solvers run on everyone else (who then have a matching that
 * pairs them all), and the people left out are handled by `oddHandling` as usual: a
 * trio with the pair where it fits best, or unmatched.
 *
 * With `pins`, the pinned groups are fixed and the rest is solved without priorities
 * (`solvePeers` with pins; `mostMatched` as there).
 *
 * Complexity: one blossom solve on top of the solver's own.
 * References: see lexicographic-matching.ts.
 */
import type { Compatibility } from "../../compatibility/compatibility.js";
import { blockingPairsOf } from "../peers/blocking-pairs.js";
import { countProspects, groupMatching } from "../peers/groups.js";
import { provenMaximum, repairMaximality } from "../peers/maximality.js";
import { oddOneOutAfterSolving } from "../peers/odd-one-out.js";
import { cardinalityMatching } from "../peers/solvers/optimal.js";
import type { PeerSolution } from "../peers/peer-solution.js";
import { solvePeers } from "../peers/match-peers.js";
import type { KeepBonus } from "../peers/peer-graph.js";
import type { PeerPins } from "../peers/pins.js";
import { buildPeerGraph, mateToParticipants } from "../peers/peer-graph.js";
import { seededOrder } from "../shared/seeded-order.js";
import { forbidPairs } from "./compatibility-view.js";
import { lexicographicMatching } from "./lexicographic-matching.js";

const SET_ASIDE = { feature: "priority", reason: "set aside so that someone left out last time is matched" };

/** Solves `compatibility`; `priority[i] = 1` for participant i to match first. */
export function solveWithPriority(
  compatibility: Compatibility,
  priority: Uint8Array,
  keepBonus?: KeepBonus,
  pins?: PeerPins,
  mostMatched = false,
): PeerSolution {
  // Pins come first: with pins, the solver matches the rest without priorities.
  if (pins !== undefined && pins.groups.length > 0) return solvePeers(compatibility, keepBonus, pins, mostMatched);
  const { n, options } = compatibility;
  const prospects = countProspects(compatibility);
  let any = false;
  for (let i = 0; i < n; i++) if (priority[i] === 1 && prospects[i]! > 0) any = true;
  if (!any) return solvePeers(compatibility, keepBonus);

  const seeded = seededOrder(compatibility.ids, options.seed);
  const graph = buildPeerGraph(compatibility, seeded, undefined, keepBonus);
  const atPosition = new Uint8Array(n);
  for (let i = 0; i < n; i++) atPosition[seeded.position[i]!] = priority[i]!;
  const best = mateToParticipants(lexicographicMatching(graph, { priority: atPosition }), seeded);
  const leftOut: number[] = [];
  for (let i = 0; i < n; i++) if (best[i] === -1 && prospects[i]! > 0) leftOut.push(i);
  if (leftOut.length === 0) return solvePeers(compatibility, keepBonus);

  let mate = best;
  let stableMatchingExists: boolean | null = null;
  if (options.solver !== "optimal") {
    const out = new Uint8Array(n);
    for (const i of leftOut) out[i] = 1;
    const rest = solvePeers(forbidPairs(compatibility, (i, j) => out[i] === 1 || out[j] === 1, SET_ASIDE));
    mate = new Int32Array(n).fill(-1);
    for (const group of rest.grouping.groups) {
      if (group.length !== 2) continue;
      mate[group[0]!] = group[1]!;
      mate[group[1]!] = group[0]!;
    }
    stableMatchingExists = rest.stableMatchingExists;
  }
  return solutionFromMate(compatibility, mate, priority, stableMatchingExists);
}

/**
 * The solution a given matching of `compatibility` makes: maximality repaired, the odd
 * one out chosen as below, leftovers grouped by `oddHandling`, blocking pairs counted.
 */
export function solutionFromMate(
  compatibility: Compatibility,
  mate: Int32Array,
  priority: Uint8Array,
  stableMatchingExists: boolean | null,
): PeerSolution {
  const { options } = compatibility;
  const prospects = countProspects(compatibility);
  const seeded = seededOrder(compatibility.ids, options.seed);
  // On a candidate graph, people both single may still be compatible off the graph.
  if (!(options.solver === "stable" && options.strictStable)) repairMaximality(compatibility, mate, seeded);
  const maxCardinalityProven = provenMaximum(
    compatibility,
    mate,
    prospects,
    () => cardinalityMatching(buildPeerGraph(compatibility, seeded)).size,
  );
  const oddOneOut =
    options.oddHandling === "unmatched" ? oddOneOutAfterSolving(mate, prospects, seeded.position, { priority }) : -1;
  const grouping = groupMatching(compatibility, mate, prospects, {
    oddHandling: options.oddHandling,
    oddOneOut,
    rank: seeded.position,
  });
  const blocking = blockingPairsOf(compatibility, grouping.groups);
  const stable =
    options.solver !== "stable" ? null : blocking.pairs.length > 0 ? false : blocking.complete ? true : null;
  // The priority changes the objective, so no bound on the plain optimum is claimed.
  return {
    grouping,
    stable,
    stableMatchingExists,
    blockingPairs: blocking.pairs,
    blockingComplete: blocking.complete,
    upperBound: null,
    maxCardinalityProven,
  };
}
