/**
 * Which compatibility graph a peer programme runs on. Small cohorts keep the dense,
 * exact graph of every feasible pair; from `CANDIDATE_THRESHOLD` people on (or whenever
 * `topK` is set) the solvers run on the candidate graph: each person's
 * `candidatesPerPerson` best partners, found without scoring every pair (see
 * `compatibility/candidates/`), with a proven bound on the pairs left out.
 */
import { candidateCompatibility } from "../../compatibility/candidates/candidate-graph.js";
import type { Compatibility } from "../../compatibility/compatibility.js";
import { scoreCohort, scoringState } from "../../compatibility/compatibility.js";
import { inputError } from "../../errors/issues.js";
import type { NormalisedCohort } from "../../model/cohort.js";
import { MAX_EDGES } from "../../model/limits.js";
import { normaliseCohort } from "../../model/normalise-cohort.js";
import { seededOrder } from "../shared/seeded-order.js";

/**
 * From this many people on, matching runs on the candidate graph (measured: see
 * docs/performance.md; below it the dense graph is as fast and exact).
 */
export const CANDIDATE_THRESHOLD = 1500;

/** Candidates kept per person on the candidate graph when `topK` is not set. */
export const DEFAULT_CANDIDATES = 32;

/**
 * Validates and scores a peer cohort on the graph its size calls for. `extraCandidates`
 * widens every candidate list (rotation needs room for the partners already met).
 */
export function buildPeerCompatibility(
  participants: unknown,
  options: unknown,
  caller: string,
  extraCandidates = 0,
): Compatibility {
  return peerCompatibility(normaliseCohort(participants, options, caller), caller, extraCandidates);
}

/**
 * Scores a normalised peer cohort on the graph its size calls for (see the module
 * header), or always on the candidate graph with `candidates`.
 */
export function peerCompatibility(
  cohort: NormalisedCohort,
  caller: string,
  extraCandidates = 0,
  candidates = false,
): Compatibility {
  const { n, options } = cohort;
  const topK = options.topK;
  if (!candidates && topK === undefined && n < CANDIDATE_THRESHOLD) return scoreCohort(cohort, caller);
  const k = Math.min(Math.max(1, n - 1), (topK ?? DEFAULT_CANDIDATES) + extraCandidates);
  if (n * k > MAX_EDGES) {
    throw inputError(
      caller,
      "too_large",
      ["options", "topK"],
      `${n} participants × topK ${k} is ${(n * k).toLocaleString("en-US")} candidate pairs, above the limit of ${MAX_EDGES.toLocaleString("en-US")}`,
    );
  }
  const rank = seededOrder(cohort.ids, options.seed).position;
  return candidateCompatibility(scoringState(cohort, caller), k, rank).compatibility;
}
