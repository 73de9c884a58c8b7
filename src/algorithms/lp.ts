/**
 * `peermatch/algorithms/lp`: the solvers that load the LP solver (javascript-lp-solver).
 * Kept apart from `peermatch/algorithms` so users who never solve an LP never load it.
 *
 * @module
 */
export { maxWeightBMatchingLp } from "./b-matching/max-weight-b-matching-lp.js";
export type { BMatchingLpResult } from "./b-matching/max-weight-b-matching-lp.js";
export { circlePartitionIlp } from "./circles/circle-partition-ilp.js";
export type { CircleIlpResult } from "./circles/circle-partition-ilp.js";
export type { CircleInstance } from "./circles/circle-instance.js";
export type { CircleWindow } from "./circles/shared-window.js";
