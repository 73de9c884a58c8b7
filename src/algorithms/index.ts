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
