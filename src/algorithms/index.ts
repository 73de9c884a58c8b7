/**
 * `peermatch/algorithms`: the domain-free solvers. Vertices are dense integers
 * `0..n-1` (or string ids for preference lists); nothing here knows about participants,
 * and nothing here loads zod or the LP solver.
 *
 * @module
 */
export { isMatchInputError, MatchInputError } from "../errors/match-input-error.js";
export type { MatchInputIssue, MatchInputIssueCode } from "../errors/match-input-error.js";
export { maxWeightMatching, maxWeightMatchingArrays } from "./general-matching/max-weight-matching.js";
export type { MaxWeightMatchingOptions } from "./general-matching/max-weight-matching.js";
export { isMatching } from "./general-matching/is-matching.js";
export { verifyMatchingCertificate } from "./general-matching/verify-certificate.js";
export type {
  CertificateAccepted,
  CertificateCheck,
  CertificateRejected,
  MatchingCertificate,
  OddSetDual,
} from "./general-matching/verify-certificate.js";
export { stableRoommates, stableRoommatesIndexed } from "./roommates/stable-roommates.js";
export type { RoommatesResult, IndexedRoommatesResult } from "./roommates/stable-roommates.js";
export { findBlockingPairs, findBlockingPairsIndexed } from "./roommates/find-blocking-pairs.js";
export { forcedPairConflicts, stableRoommatesForced } from "./roommates/stable-roommates-forced.js";
export type { ForcedRoommatesResult } from "./roommates/stable-roommates-forced.js";
export { preferenceLists } from "./hospitals-residents/two-sided-preferences.js";
export type { PreferenceLists } from "./hospitals-residents/two-sided-preferences.js";
export { hospitalsResidents } from "./hospitals-residents/hospitals-residents.js";
export type { HospitalsResidentsOptions, HospitalsResidentsResult } from "./hospitals-residents/hospitals-residents.js";
export { findBlockingPairsHR } from "./hospitals-residents/find-blocking-pairs-hr.js";
export { maxWeightBMatching } from "./b-matching/max-weight-b-matching.js";
export type {
  BMatchingOptions,
  BMatchingResult,
  BipartiteGraph,
  GroupLimit,
} from "./b-matching/types.js";
export { bottleneckBMatching } from "./b-matching/bottleneck-b-matching.js";
export type { BottleneckBMatchingOptions, BottleneckBMatchingResult } from "./b-matching/bottleneck-b-matching.js";
export { maxWeightDegreeSubgraph } from "./b-matching/max-weight-degree-subgraph.js";
export type {
  DegreeGraph,
  DegreeSubgraphOptions,
  DegreeSubgraphResult,
} from "./b-matching/max-weight-degree-subgraph.js";
