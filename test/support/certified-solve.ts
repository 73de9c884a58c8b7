/**
 * Test helper: solve with the internal certified entry, check the optimality certificate
 * with the separately written checker, and report the result in original weight units.
 */
import { maxWeightMatchingCertified } from "../../src/algorithms/general-matching/max-weight-matching.js";
import { verifyMatchingCertificate, type CertificateCheck, type MatchingCertificate } from "peermatch/algorithms";

export interface CheckedResult {
  readonly mate: Int32Array;
  /** Total of the original weights of the matched edges. */
  readonly weight: number;
  readonly size: number;
  readonly certificate: CertificateCheck;
  readonly stats: ReturnType<typeof maxWeightMatchingCertified>["solution"]["stats"];
}

/** Solves with the internal certified entry and returns the solution with its certificate (unchecked). */
export function certifiedSolve(
  edges: readonly (readonly [number, number, number])[],
  maxCardinality = false,
): { solution: ReturnType<typeof maxWeightMatchingCertified>["solution"]; certificate: MatchingCertificate } {
  const result = maxWeightMatchingCertified(edges, { maxCardinality });
  const { solution } = result;
  const certificate: MatchingCertificate = {
    n: result.n,
    from: result.from,
    to: result.to,
    weight: result.weight2,
    mate: solution.mate,
    vertexDual: solution.vertexDual,
    blossoms: solution.blossoms,
    maxCardinality,
    barrier: solution.barrier,
  };
  return { solution, certificate };
}

export function solveChecked(
  edges: readonly (readonly [number, number, number])[],
  maxCardinality = false,
): CheckedResult {
  const { solution, certificate: proof } = certifiedSolve(edges, maxCardinality);
  const certificate = verifyMatchingCertificate(proof);
  let weight = 0;
  let size = 0;
  for (const [u, v, w] of edges) {
    if (solution.mate[u] === v) {
      weight += w;
      size++;
    }
  }
  return { mate: solution.mate, weight, size, certificate, stats: solution.stats };
}
