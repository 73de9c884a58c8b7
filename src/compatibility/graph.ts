/**
 * The public, plain-JSON views of compatibility: the feasible-pair graph and the
 * explanation of one pair. Both are thin reads of `buildCompatibility`.
 */
import type { MatchOptions } from "../model/options-schema.js";
import { buildCompatibility } from "./compatibility.js";
import type { PairExplanation } from "./explanation.js";

/**
 * Every feasible pair of a cohort with the weight the solvers use.
 * `ids[i]` is participant i (sorted by id, code-unit order); each edge is
 * `[i, j, weight, sIJ, sJI]` with i < j, `weight` = w(i, j) by `reciprocity`, and
 * `sIJ` / `sJI` the directional scores s(i→j), s(j→i) in [0, 1].
 *
 * @example
 * ```ts
 * const graph: CompatibilityGraph = compatibilityGraph(people);
 * for (const [i, j, weight] of graph.edges) console.log(graph.ids[i], graph.ids[j], weight);
 * ```
 */
export interface CompatibilityGraph {
  /** Participant ids sorted by code unit; index i in an edge is `ids[i]`. */
  ids: string[];
  /** `[i, j, weight, sIJ, sJI]` per feasible pair, i < j, in increasing (i, j) order. */
  edges: [number, number, number, number, number][];
}

/**
 * Score a cohort and return its compatibility graph: only feasible pairs (no veto,
 * including `minScore`), i < j, in increasing (i, j) order, with weights exactly as the
 * solvers use them. Throws `MatchInputError` for bad input.
 *
 * @param participants - raw participant objects (validated here)
 * @param options - match options; only the scoring ones matter here
 * @example
 * ```ts
 * import { compatibilityGraph } from "peermatch";
 *
 * const graph = compatibilityGraph([
 *   { id: "ana", goals: ["negotiation"], strengths: ["public speaking"], growthAreas: ["negotiation"] },
 *   { id: "bea", goals: ["negotiation"], strengths: ["negotiation"], growthAreas: ["public speaking"] },
 *   { id: "cy", languages: ["fr"] },
 * ]);
 * graph.ids; // ["ana", "bea", "cy"]
 * graph.edges[0]; // [0, 1, weight, s(ana→bea), s(bea→ana)]
 * ```
 */
export function compatibilityGraph(participants: unknown[], options?: MatchOptions): CompatibilityGraph {
  const compatibility = buildCompatibility(participants, options ?? {}, "compatibilityGraph");
  const { n, scores } = compatibility;
  const edges: [number, number, number, number, number][] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const sIJ = scores[i * n + j]!;
      if (Number.isNaN(sIJ)) continue;
      edges.push([i, j, compatibility.pairWeight(i, j), sIJ, scores[j * n + i]!]);
    }
  }
  return { ids: [...compatibility.ids], edges };
}

/**
 * Explain how well two participants fit: vetoes with reasons, the pair weight, both
 * directional scores, each feature's score, weight and facts, and readable reasons.
 * `a` and `b` are validated like any participant (their ids must differ). The pair
 * scores the same as inside any cohort: every feature depends on the two people only.
 *
 * @param a - the first participant (`scores.aToB` is s(a→b))
 * @param b - the second participant
 * @param options - match options
 * @example
 * ```ts
 * import { explainPair } from "peermatch";
 *
 * const why = explainPair(
 *   { id: "ana", name: "Ana", strengths: ["public speaking"], growthAreas: ["negotiation"] },
 *   { id: "bea", name: "Bea", strengths: ["negotiation"], growthAreas: ["public speaking"] },
 * );
 * why.feasible; // true
 * why.reasons; // ["Bea's strength in negotiation covers Ana's growth area; …"]
 * ```
 */
export function explainPair(a: unknown, b: unknown, options?: MatchOptions): PairExplanation {
  const compatibility = buildCompatibility([a, b], options ?? {}, "explainPair", "subset");
  const first = isId(a, compatibility.ids[0]!) ? 0 : 1;
  return compatibility.explain(first, 1 - first);
}

function isId(value: unknown, id: string): boolean {
  return typeof value === "object" && value !== null && (value as { id?: unknown }).id === id;
}
