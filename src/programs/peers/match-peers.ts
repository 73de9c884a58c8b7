/**
 * `matchPeers`: one-sided peer matching. Scores the cohort once (every feasible pair,
 * or each person's best candidates for a large cohort), solves with the chosen solver,
 * repairs maximality against the pairs a candidate graph leaves out, handles odd counts,
 * and reports every participant: in a pair or trio with reasons, or unmatched with a
 * reason, plus how close to optimal the result is proven to be.
 */
import { priceLeftOut } from "../../compatibility/candidates/price-left-out.js";
import type { Compatibility } from "../../compatibility/compatibility.js";
import type { MatchOptions, ParticipantInput } from "../../model/index.js";
import { provenMaximum, repairMaximality } from "./maximality.js";
import { buildPeerCompatibility } from "./peer-compatibility.js";
import { buildMatchResult } from "./build-result.js";
import { countProspects, groupMatching } from "./groups.js";
import type { MatchResult } from "./match-result.js";
import type { KeepBonus, PeerGraph } from "./peer-graph.js";
import { buildPeerGraph, mateToParticipants } from "./peer-graph.js";
import type { PeerPins } from "./pins.js";
import { resolvePeerPins } from "./pins.js";
import type { PeerSolution } from "./peer-solution.js";
import { settleStability } from "./peer-solution.js";
import { oddOneOutAfterSolving, oddOneOutBeforeSolving } from "./odd-one-out.js";
import { solvePinned } from "./solve-pinned.js";
import { solveFair } from "./solvers/fair.js";
import { solveGreedy } from "./solvers/greedy.js";
import type { PriceLeftOut } from "./solvers/optimal.js";
import { cardinalityMatching, solveOptimal, solveOptimalBounded } from "./solvers/optimal.js";
import { solveRankMaximal } from "./solvers/rank-maximal.js";
import { solveStable } from "./solvers/stable.js";
import type { SeededOrder } from "../shared/seeded-order.js";
import { seededOrder } from "../shared/seeded-order.js";
import { WEIGHT_SCALE } from "../shared/weight-scale.js";

/**
 * Matches peers into pairs (and trios for an odd cohort), with explanations.
 *
 * @param participants - questionnaire answers, validated against `ParticipantSchema`
 * @param options - solver, weights, feature options and seed (all optional, see `MatchOptions`)
 * @returns plain JSON: pairs with scores and reasons, unmatched with reasons, stats, meta
 * @throws {@link MatchInputError} listing every problem in the input
 * @example
 * ```ts
 * const result = matchPeers(generateCohort(30, { seed: "demo" }), { solver: "fair" });
 * for (const pair of result.pairs) console.log(pair.members.join(" & "), pair.score, pair.reasons[0]);
 * ```
 */
export function matchPeers(participants: readonly ParticipantInput[], options?: MatchOptions): MatchResult {
  const started = performance.now();
  const compatibility = buildPeerCompatibility(participants, options, "matchPeers");
  const pins = resolvePeerPins(compatibility, "matchPeers");
  const solution = solvePeers(compatibility, undefined, pins);
  return buildMatchResult({ compatibility, ...solution, pins, timeMs: performance.now() - started });
}

/**
 * Solves a scored cohort with its options' solver and odd-count handling. `keepBonus`
 * (re-matching) adds an integer bonus to the weight of each participant's previous pair;
 * `pins` are groups that must be in the result (see `solve-pinned.ts`, also for
 * `mostMatched`, which only applies with pins).
 */
export function solvePeers(
  compatibility: Compatibility,
  keepBonus?: KeepBonus,
  pins?: PeerPins,
  mostMatched = false,
): PeerSolution {
  if (pins !== undefined && pins.groups.length > 0) return solvePinned(compatibility, pins, keepBonus, mostMatched);
  const { oddHandling, seed, solver } = compatibility.options;
  const seeded = seededOrder(compatibility.ids, seed);
  const prospects = countProspects(compatibility);
  const rankMaximal = compatibility.options.wishes.mode === "rank-maximal";

  // Setting someone aside before Irving's algorithm could make its result unstable, so
  // the stable solver sets aside one of the people its own matching leaves out; so does
  // the rank-maximal solve, whose choices granted come before anyone's prospects.
  const leftOutAfter = solver === "stable" || rankMaximal;
  const setAsideFirst = oddHandling === "unmatched" && !leftOutAfter;
  const presetOddOneOut = setAsideFirst ? oddOneOutBeforeSolving(compatibility, seeded) : -1;
  const members = presetOddOneOut === -1 ? undefined : allBut(compatibility.n, presetOddOneOut);
  const graph = buildPeerGraph(compatibility, seeded, members, keepBonus);

  let mate: Int32Array;
  let stableMatchingExists: boolean | null = null;
  let upperBound: number | null = null;
  if (rankMaximal) {
    mate = mateToParticipants(solveRankMaximal(compatibility, graph, seeded), seeded);
  } else if (solver === "stable") {
    const solution = solveStable(compatibility, graph, seeded);
    mate = solution.mate;
    stableMatchingExists = solution.stableMatchingExists;
  } else if (solver === "optimal" && keepBonus === undefined) {
    const solution = solveOptimalBounded(
      graph,
      capsOf(compatibility, seeded),
      WEIGHT_SCALE,
      pricerOf(compatibility, seeded),
    );
    mate = mateToParticipants(solution.mate, seeded);
    // On a complete graph the matching is the optimum itself. A matching of everyone that
    // pairs the person set aside is one of the others with a pair fewer, plus her pair: at
    // most two more singles and her best pair weight.
    upperBound =
      (compatibility.graph.complete ? pairTotal(compatibility, mate) : solution.upperBound) +
      (presetOddOneOut === -1 ? 0 : 2 * solution.singleCost + bestWeight(compatibility, presetOddOneOut));
  } else {
    mate = mateToParticipants(solvePositions(solver, graph), seeded);
  }
  // strictStable asks for Irving's (or Tan's) matching as it is, singles included.
  if (!(solver === "stable" && compatibility.options.strictStable)) repairMaximality(compatibility, mate, seeded);
  const maxCardinalityProven = provenMaximum(compatibility, mate, prospects, () => cardinalityMatching(graph).size);
  const oddOneOut =
    oddHandling === "unmatched" && leftOutAfter
      ? oddOneOutAfterSolving(mate, prospects, seeded.position)
      : presetOddOneOut !== -1 && mate[presetOddOneOut] === -1
        ? presetOddOneOut
        : -1;
  const grouping = groupMatching(compatibility, mate, prospects, { oddHandling, oddOneOut, rank: seeded.position });
  return {
    ...settleStability(compatibility, grouping, solver, stableMatchingExists),
    upperBound,
    maxCardinalityProven,
  };
}

/** Σ w over the pairs of `mate` (participant indices). */
function pairTotal(compatibility: Compatibility, mate: Int32Array): number {
  let total = 0;
  for (let i = 0; i < mate.length; i++) if (mate[i]! > i) total += compatibility.pairWeight(i, mate[i]!);
  return total;
}

/** The largest weight of a feasible pair of person i (her best neighbour, or her bound on the pairs left out). */
function bestWeight(compatibility: Compatibility, i: number): number {
  const { graph } = compatibility;
  const { offsets, neighbour } = graph.adjacency;
  let best = Math.max(0, graph.bound[i]!);
  for (let slot = offsets[i]!; slot < offsets[i + 1]!; slot++)
    best = Math.max(best, compatibility.pairWeight(i, neighbour[slot]!));
  return best;
}

/**
 * Per solver position, the integer weight (scaled like the solver's weights) that no
 * feasible pair left out of the graph exceeds at that person (`graph.bound`), or
 * -Infinity when she has no such pair.
 */
function capsOf(compatibility: Compatibility, seeded: SeededOrder): Float64Array {
  const { bound } = compatibility.graph;
  return Float64Array.from(seeded.order, (i) =>
    bound[i] === Number.NEGATIVE_INFINITY ? Number.NEGATIVE_INFINITY : Math.round(bound[i]! * WEIGHT_SCALE),
  );
}

/** `compatibility.priceLeftOut` over solver positions, when the graph leaves pairs out. */
function pricerOf(compatibility: Compatibility, seeded: SeededOrder): PriceLeftOut | undefined {
  const visit = compatibility.visitLeftOut;
  if (visit === undefined) return undefined;
  return (dual) => {
    const byParticipant = new Float64Array(compatibility.n);
    for (let p = 0; p < compatibility.n; p++) byParticipant[seeded.order[p]!] = dual[p]!;
    const raise = priceLeftOut(visit, byParticipant);
    return Float64Array.from(seeded.order, (i) => raise[i]!);
  };
}

function solvePositions(solver: "optimal" | "fair" | "greedy", graph: PeerGraph): Int32Array {
  switch (solver) {
    case "optimal":
      return solveOptimal(graph);
    case "fair":
      return solveFair(graph);
    case "greedy":
      return solveGreedy(graph);
  }
}

function allBut(n: number, excluded: number): number[] {
  const members: number[] = [];
  for (let i = 0; i < n; i++) if (i !== excluded) members.push(i);
  return members;
}
