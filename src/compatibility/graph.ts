/**
 * The public, plain-JSON views of compatibility: the feasible-pair graph and the
 * explanation of one pair. Both are thin reads of `buildCompatibility`.
 */
import type { MatchOptions } from "../model/options-schema.js";
import { MatchInputError } from "../errors/match-input-error.js";
import { MAX_DENSE_PARTICIPANTS, tooLarge } from "../model/limits.js";
import type { Reciprocity } from "../model/types.js";
import { buildCompatibility } from "./compatibility.js";
import { combineScores } from "./reciprocity.js";
import type { ScoredGraph } from "./scored-graph.js";
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
 * solvers use them. Every pair is scored, so the cohort may have at most 5,000 people
 * (`MAX_DENSE_PARTICIPANTS`: about 12.5 million pairs); beyond, it throws
 * `MatchInputError` with code `"too_large"`: use `candidateGraph`, which returns each
 * person's best candidates. Throws `MatchInputError` for bad input.
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
  if (Array.isArray(participants) && participants.length > MAX_DENSE_PARTICIPANTS) {
    throw new MatchInputError([
      tooLarge(
        "compatibilityGraph",
        [],
        "the number of participants",
        participants.length,
        MAX_DENSE_PARTICIPANTS,
        " (every pair would be scored and returned); candidateGraph(participants, options) returns each person's best candidates instead",
      ),
    ]);
  }
  const compatibility = buildCompatibility(participants, options ?? {}, "compatibilityGraph");
  return graphView(compatibility.ids, compatibility.graph, compatibility.options.reciprocity);
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
  const compatibility = buildCompatibility([a, b], options ?? {}, "explainPair");
  const first = isId(a, compatibility.ids[0]!) ? 0 : 1;
  return compatibility.explain(first, 1 - first);
}

function isId(value: unknown, id: string): boolean {
  return typeof value === "object" && value !== null && (value as { id?: unknown }).id === id;
}

/** The plain-JSON view of a scored graph: ids and `[i, j, weight, sIJ, sJI]` edges in (i, j) order. */
export function graphView(ids: readonly string[], graph: ScoredGraph, reciprocity: Reciprocity): CompatibilityGraph {
  const edges: [number, number, number, number, number][] = new Array(graph.m);
  for (let e = 0; e < graph.m; e++) {
    const sIJ = graph.sIJ[e]!;
    const sJI = graph.sJI[e]!;
    edges[e] = [graph.from[e]!, graph.to[e]!, combineScores(reciprocity, sIJ, sJI), sIJ, sJI];
  }
  return { ids: [...ids], edges };
}
