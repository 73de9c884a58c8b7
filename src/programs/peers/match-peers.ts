/**
 * `matchPeers`: one-sided peer matching. Scores the cohort once, solves with the
 * chosen solver on the feasible graph, handles odd counts, and reports every
 * participant: in a pair or trio with reasons, or unmatched with a reason.
 */
import { buildCompatibility } from "../../compatibility/compatibility.js";
import type { Compatibility } from "../../compatibility/compatibility.js";
import type { MatchOptions } from "../../model/index.js";
import { blockingPairsOf } from "./blocking-pairs.js";
import { buildMatchResult } from "./build-result.js";
import type { Grouping } from "./groups.js";
import { countProspects, groupMatching } from "./groups.js";
import type { MatchResult } from "./match-result.js";
import type { KeepBonus, PeerGraph } from "./peer-graph.js";
import { buildPeerGraph, mateToParticipants } from "./peer-graph.js";
import { solveFair } from "./solvers/fair.js";
import { solveGreedy } from "./solvers/greedy.js";
import { maximumCardinality, solveOptimal } from "./solvers/optimal.js";
import { solveStable } from "./solvers/stable.js";
import type { SeededOrder } from "../shared/seeded-order.js";
import { seededOrder } from "../shared/seeded-order.js";

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
export function matchPeers(participants: unknown[], options?: MatchOptions): MatchResult {
  const started = performance.now();
  const compatibility = buildCompatibility(participants, options, "matchPeers");
  const solution = solvePeers(compatibility);
  return buildMatchResult({ compatibility, ...solution, timeMs: performance.now() - started });
}

/** The solver's answer on a scored cohort, in participant indices. */
export interface PeerSolution {
  readonly grouping: Grouping;
  /** `solver: "stable"`: whether the result has no blocking pair; null for the other solvers. */
  readonly stable: boolean | null;
  /** `solver: "stable"`: whether the cohort has a stable matching; null for the other solvers. */
  readonly stableMatchingExists: boolean | null;
  readonly blockingPairs: [number, number][];
}

/**
 * Solves a scored cohort with its options' solver and odd-count handling. `keepBonus`
 * (re-matching) adds an integer bonus to the weight of each participant's previous pair.
 */
export function solvePeers(compatibility: Compatibility, keepBonus?: KeepBonus): PeerSolution {
  const { oddHandling, seed, solver } = compatibility.options;
  const seeded = seededOrder(compatibility.ids, seed);
  const prospects = countProspects(compatibility);

  // Setting someone aside before Irving's algorithm could make its result unstable, so
  // the stable solver sets aside one of the people its own matching leaves out.
  const setAsideFirst = oddHandling === "unmatched" && solver !== "stable";
  const presetOddOneOut = setAsideFirst ? chooseOddOneOut(compatibility, seeded, prospects) : -1;
  const members = presetOddOneOut === -1 ? undefined : allBut(compatibility.n, presetOddOneOut);
  const graph = buildPeerGraph(compatibility, seeded, members, keepBonus);

  let mate: Int32Array;
  let stableMatchingExists: boolean | null = null;
  if (solver === "stable") {
    const solution = solveStable(compatibility, graph, seeded);
    mate = solution.mate;
    stableMatchingExists = solution.stableMatchingExists;
  } else {
    mate = mateToParticipants(solvePositions(solver, graph), seeded);
  }
  const oddOneOut =
    oddHandling === "unmatched" && solver === "stable"
      ? leftOutWithFewestProspects(mate, prospects, seeded)
      : presetOddOneOut;
  const grouping = groupMatching(compatibility, mate, prospects, { oddHandling, oddOneOut, rank: seeded.position });
  const blockingPairs = blockingPairsOf(compatibility, grouping.groups);
  const stable = solver === "stable" ? blockingPairs.length === 0 : null;
  // Irving runs on s with ties broken by the seed, so it can fail on a cohort that has a
  // stable matching (by s); when the result, all pairs, has no blocking pair, it is one.
  if (stableMatchingExists === false && stable === true && grouping.groups.every((group) => group.length === 2))
    stableMatchingExists = true;
  return { grouping, stable, stableMatchingExists, blockingPairs };
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

/**
 * Under `oddHandling: "unmatched"` (solvers other than stable), when an odd number of
 * people can be paired, the one set aside is the person with the fewest prospects (ties: seeded order) whose absence
 * still leaves a matching of maximum cardinality. -1 when the count is even.
 */
function chooseOddOneOut(compatibility: Compatibility, seeded: SeededOrder, prospects: Int32Array): number {
  const candidates: number[] = [];
  for (let i = 0; i < compatibility.n; i++) if (prospects[i]! > 0) candidates.push(i);
  if (candidates.length % 2 === 0) return -1;
  candidates.sort((a, b) => prospects[a]! - prospects[b]! || seeded.position[a]! - seeded.position[b]!);
  const target = maximumCardinality(buildPeerGraph(compatibility, seeded));
  for (const candidate of candidates) {
    const without = buildPeerGraph(compatibility, seeded, allBut(compatibility.n, candidate));
    if (maximumCardinality(without) === target) return candidate;
  }
  return -1;
}

/**
 * For the stable solver under `oddHandling: "unmatched"`: when an odd number of people
 * can be paired, the one set aside is, among those the matching leaves out, the person
 * with the fewest prospects (ties: seeded order). -1 when the count is even.
 */
function leftOutWithFewestProspects(mate: Int32Array, prospects: Int32Array, seeded: SeededOrder): number {
  let eligible = 0;
  let chosen = -1;
  for (let i = 0; i < mate.length; i++) {
    const count = prospects[i]!;
    if (count === 0) continue;
    eligible++;
    if (mate[i] !== -1) continue;
    if (chosen === -1) {
      chosen = i;
      continue;
    }
    const best = prospects[chosen]!;
    if (count < best || (count === best && seeded.position[i]! < seeded.position[chosen]!)) chosen = i;
  }
  return eligible % 2 === 1 ? chosen : -1;
}

function allBut(n: number, excluded: number): number[] {
  const members: number[] = [];
  for (let i = 0; i < n; i++) if (i !== excluded) members.push(i);
  return members;
}
