/**
 * `candidateGraph`: the graph the peer solvers run on for a large cohort, as plain JSON:
 * each person's best candidates (by pair weight, ties by the seeded order), with a
 * proven bound on every pair left out. The public view of `compatibility/candidates/`.
 */
import type { CompatibilityGraph } from "../../compatibility/graph.js";
import { graphView } from "../../compatibility/graph.js";
import type { MatchOptions } from "../../model/index.js";
import { normaliseCohort } from "../../model/normalise-cohort.js";
import { peerCompatibility } from "./peer-compatibility.js";

/**
 * The candidate graph of a cohort: the edges of {@link CompatibilityGraph}, only for
 * pairs in which one person is among the other's `candidatesPerPerson` best partners.
 *
 * @example
 * ```ts
 * const graph: CandidateGraph = candidateGraph(people, { topK: 16 });
 * graph.bounds[0]; // null, or the most any left-out partner of ids[0] could weigh
 * ```
 */
export interface CandidateGraph extends CompatibilityGraph {
  /** Candidates kept per person: `topK`, or the default of the candidate path. */
  candidatesPerPerson: number;
  /**
   * Per participant (index as in `ids`): an upper bound on the weight of every feasible
   * pair of hers that is not in `edges` (her candidatesPerPerson-th best weight), or
   * `null` when she has fewer feasible partners than that (then all are in `edges`).
   */
  bounds: (number | null)[];
}

/**
 * Each person's best candidates without scoring every pair: feasible pairs in which one
 * person is among the other's `topK` best by pair weight (ties broken by the seed), with
 * the exact weights and scores of `compatibilityGraph`. For cohorts too large for
 * `compatibilityGraph` (more than 5,000 people); works at any size up to the limits in
 * docs/performance.md. Memory O(n · topK).
 *
 * @param participants - raw participant objects (validated here)
 * @param options - match options; `topK` sets the candidates per person (default 32)
 * @throws {@link MatchInputError} for bad input, or a cohort or graph above the limits (`"too_large"`)
 * @example
 * ```ts
 * import { candidateGraph, generateCohort } from "peermatch";
 *
 * const graph = candidateGraph(generateCohort(20_000), { topK: 16 });
 * graph.edges.length; // at most 20,000 × 16
 * for (const [i, j, weight] of graph.edges.slice(0, 3)) console.log(graph.ids[i], graph.ids[j], weight);
 * ```
 */
export function candidateGraph(participants: unknown[], options?: MatchOptions): CandidateGraph {
  const cohort = normaliseCohort(participants, options ?? {}, "candidateGraph");
  const compatibility = peerCompatibility(cohort, "candidateGraph", 0, true);
  const { graph } = compatibility;
  return {
    ...graphView(compatibility.ids, graph, compatibility.options.reciprocity),
    candidatesPerPerson: graph.candidatesPerPerson,
    bounds: Array.from(graph.bound, (b) => (b === Number.NEGATIVE_INFINITY ? null : b)),
  };
}
