/**
 * `peermatch/algorithms`: the domain-free solvers. Vertices are dense integers
 * `0..n-1` (or string ids for preference lists); nothing here knows about participants,
 * and nothing here loads zod or the LP solver.
 *
 * @module
 */
export { MatchInputError } from "../errors/match-input-error.js";
export type { MatchInputIssue, MatchInputIssueCode } from "../errors/match-input-error.js";
export { maxWeightMatching, maxWeightMatchingArrays } from "./max-weight-matching/max-weight-matching.js";
export type { MaxWeightMatchingOptions } from "./max-weight-matching/max-weight-matching.js";
export { isMatching } from "./max-weight-matching/is-matching.js";
export { verifyMatchingCertificate } from "./max-weight-matching/verify-certificate.js";
export type {
  CertificateAccepted,
  CertificateCheck,
  CertificateRejected,
  MatchingCertificate,
  OddSetDual,
} from "./max-weight-matching/verify-certificate.js";
export { stableRoommates, stableRoommatesIndexed } from "./stable-roommates/stable-roommates.js";
export type { RoommatesResult, IndexedRoommatesResult } from "./stable-roommates/stable-roommates.js";
export { findBlockingPairs, findBlockingPairsIndexed } from "./find-blocking-pairs.js";
export { preferenceLists } from "./two-sided-preferences.js";
export type { PreferenceLists } from "./two-sided-preferences.js";
export { hospitalsResidents } from "./hospitals-residents.js";
export type { HospitalsResidentsOptions, HospitalsResidentsResult } from "./hospitals-residents.js";
export { findBlockingPairsHR } from "./find-blocking-pairs-hr.js";
export { maxWeightBMatching } from "./max-weight-b-matching.js";
export type { BMatchingOptions, BMatchingResult, BipartiteGraph, GroupLimit } from "./b-matching-instance.js";
export { bottleneckBMatching } from "./bottleneck-b-matching.js";
export type { BottleneckBMatchingOptions, BottleneckBMatchingResult } from "./bottleneck-b-matching.js";
