/**
 * `peermatch/algorithms`: the domain-free solvers. Vertices are dense integers
 * `0..n-1` (or string ids for preference lists); nothing here knows about participants,
 * and nothing here loads zod or the LP solver.
 *
 * @module
 */
export { MatchInputError } from "../errors/match-input-error.js";
export type { MatchInputIssue, MatchInputIssueCode } from "../errors/match-input-error.js";
export { preferenceLists } from "./preference-lists.js";
export type { PreferenceLists } from "./preference-lists.js";
export { hospitalsResidents } from "./hospitals-residents.js";
export type { HospitalsResidentsOptions, HospitalsResidentsResult } from "./hospitals-residents.js";
export { findBlockingPairsHR } from "./find-blocking-pairs-hr.js";
export { maxWeightBMatching } from "./max-weight-b-matching.js";
export type { BMatchingOptions, BMatchingResult, BipartiteGraph, GroupLimit } from "./b-matching-instance.js";
export { bottleneckBMatching } from "./bottleneck-b-matching.js";
export type { BottleneckBMatchingOptions, BottleneckBMatchingResult } from "./bottleneck-b-matching.js";
