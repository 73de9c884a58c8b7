/**
 * What a peer solve returns, and the last step every peer solve shares: the matching's
 * groups checked for blocking pairs, and the stability the result can claim from them.
 */
import type { Compatibility } from "../../compatibility/compatibility.js";
import type { Solver } from "../../model/index.js";
import { blockingPairsOf } from "./blocking-pairs.js";
import type { Grouping } from "./groups.js";

/** The solver's answer on a scored cohort, in participant indices. */
export interface PeerSolution {
  readonly grouping: Grouping;
  /**
   * `solver: "stable"`: whether the result is proven stable (true), proven not (false),
   * or undecided (null: the check of a candidate graph's left-out pairs ran out of
   * budget); null for the other solvers.
   */
  readonly stable: boolean | null;
  /** `solver: "stable"`: whether the cohort has a stable matching; null for the other solvers. */
  readonly stableMatchingExists: boolean | null;
  readonly blockingPairs: [number, number][];
  /** False when the blocking pairs may be more than those listed (see `blockingPairsOf`). */
  readonly blockingComplete: boolean;
  /**
   * `solver: "optimal"`: a proven upper bound on the total pair weight of a maximum-
   * cardinality matching of the full feasible graph (among the people being matched);
   * null for the other solvers.
   */
  readonly upperBound: number | null;
  /** Whether the number of pairs is proven to be the most possible. */
  readonly maxCardinalityProven: boolean;
  /** With pins and `solver: "stable"`: the pins (indices into the pins) no stable matching can contain with the others. */
  readonly pinConflicts?: readonly number[];
}

/**
 * The blocking pairs of `grouping` and what they prove: with `solver: "stable"`, a
 * blocking pair makes the result unstable, none proves it stable, and an unfinished check
 * (of the pairs a candidate graph left out) decides nothing. Irving runs on s with ties
 * broken by the seed, so it can fail on a cohort that has a stable matching (by s); when
 * the result, all pairs, has no blocking pair, it is one.
 */
export function settleStability(
  compatibility: Compatibility,
  grouping: Grouping,
  solver: Solver,
  stableMatchingExists: boolean | null,
): Pick<PeerSolution, "grouping" | "stable" | "stableMatchingExists" | "blockingPairs" | "blockingComplete"> {
  const blocking = blockingPairsOf(compatibility, grouping.groups);
  const stable = solver !== "stable" ? null : blocking.pairs.length > 0 ? false : blocking.complete ? true : null;
  const allPairs = grouping.groups.every((group) => group.length === 2);
  return {
    grouping,
    stable,
    stableMatchingExists: stableMatchingExists === false && stable === true && allPairs ? true : stableMatchingExists,
    blockingPairs: blocking.pairs,
    blockingComplete: blocking.complete,
  };
}
