/**
 * Lexicographic matching: among the matchings of maximum cardinality, one that
 * maximises Σ level₀, then Σ level₁ among those, and so on, for non-negative integer
 * edge weights level₀, level₁, … (for rank-maximal matching: the number of first
 * choices an edge grants, then second choices, …, and last the score). Exact.
 *
 * Folding all levels into one weight (base B per level) needs weights of order B^levels,
 * which leave the range where the blossom core's doubles are exact integers. Instead,
 * one phase per level runs the exact core on integers of order n² or n·max level: phase
 * k solves, on the edges some optimum of the earlier levels may use, the weight
 * K·w̃ + level_k, where w̃ are the small face weights that describe the optimal face of
 * the earlier levels (optimal-face.ts) and K exceeds what level_k can add to a matching
 * (ν·max level_k + 1, for ν pairs). A matching off the face loses at least K on K·w̃,
 * more than level_k can win back, so phase k optimises level_k over exactly that face.
 * Every phase's weights are checked against the core's exact range (`safeWeightBound`);
 * beyond it the solve throws `too_large` instead of rounding.
 *
 * Complexity: one blossom solve per level with a non-zero weight on the remaining edges
 * (see general-matching/solve.ts), plus O(m·d) per phase for the face (d: nesting depth
 * of positive blossoms).
 *
 * References: Irving, Kavitha, Mehlhorn, Michail and Paluch 2006, "Rank-maximal
 * matchings" (the lexicographic objective, solved in phases); Michail 2007 (phases for
 * general graphs); Edmonds 1965 (the matching polytope, whose dual describes the optimal
 * face).
 */
import { inputError } from "../../errors/issues.js";
import { debugChecks, invariant } from "../../internal/debug.js";
import { buildCoreGraph } from "../general-matching/graph.js";
import { safeWeightBound } from "../general-matching/scale.js";
import { solveBlossom, type BlossomSolution } from "../general-matching/solve.js";
import { verifyMatchingCertificate } from "../general-matching/verify-certificate.js";
import { optimalFace } from "./optimal-face.js";

/** What {@link lexicographicMatching} did: the matching and how many blossom solves it took. */
export interface LexicographicSolution {
  /** `mate[v]`: v's partner, or -1 if single. */
  readonly mate: Int32Array;
  /** Blossom solves run (levels that were zero on the remaining edges are skipped). */
  readonly phases: number;
  /** Edges left after the last phase (those some lexicographic optimum may use). */
  readonly faceEdges: number;
}

/**
 * Solves the lexicographic problem on n vertices and the edges `from[e]`–`to[e]`
 * (`from[e] < to[e]`, in increasing (from, to) order, each pair once), with
 * `levels[k][e]` the non-negative integer weight of edge e at level k, highest priority
 * first. Throws `MatchInputError` (`too_large`, naming `caller`) when a phase's weights
 * would leave the exact range.
 */
export function lexicographicMatching(
  caller: string,
  n: number,
  from: Int32Array,
  to: Int32Array,
  levels: readonly Float64Array[],
): LexicographicSolution {
  const bound = safeWeightBound(n);
  let edges = Int32Array.from({ length: from.length }, (_, e) => e);
  let face: Float64Array | undefined;
  let mate: Int32Array | undefined;
  let pairs = Math.floor(n / 2);
  let phases = 0;
  for (let k = 0; k < levels.length || mate === undefined; k++) {
    const level = levels[k];
    let largest = 0;
    if (level !== undefined) for (const e of edges) largest = Math.max(largest, level[e]!);
    if (largest === 0 && mate !== undefined) continue;
    const multiplier = pairs * largest + 1;
    let faceLargest = 0;
    if (face !== undefined) for (let t = 0; t < face.length; t++) faceLargest = Math.max(faceLargest, face[t]!);
    const magnitude = multiplier * faceLargest + largest;
    if (magnitude > bound) {
      throw inputError(
        caller,
        "too_large",
        [],
        `level ${k} needs edge weights up to ${magnitude.toLocaleString("en-US")}, above the exact limit of ${bound.toLocaleString("en-US")} for ${n} vertices`,
      );
    }
    const subFrom = Int32Array.from(edges, (e) => from[e]!);
    const subTo = Int32Array.from(edges, (e) => to[e]!);
    const weight2 = new Float64Array(edges.length);
    for (let t = 0; t < edges.length; t++) {
      const value = level === undefined ? 0 : level[edges[t]!]!;
      weight2[t] = 2 * ((face === undefined ? 0 : multiplier * face[t]!) + value);
    }
    const solution = solveBlossom(buildCoreGraph(n, subFrom, subTo, weight2), true);
    phases++;
    if (debugChecks.enabled) checkPhase(n, subFrom, subTo, weight2, solution);
    mate = solution.mate;
    pairs = countPairs(mate);
    if (k >= levels.length - 1) break;
    const next = optimalFace(n, subFrom, subTo, weight2, solution);
    edges = Int32Array.from(next.edges, (t) => edges[t]!);
    face = next.weight;
  }
  return { mate, phases, faceEdges: edges.length };
}

function countPairs(mate: Int32Array): number {
  let pairs = 0;
  for (let v = 0; v < mate.length; v++) if (mate[v]! > v) pairs++;
  return pairs;
}

/** Debug check: the phase's matching is optimal by its own certificate. */
function checkPhase(
  n: number,
  from: Int32Array,
  to: Int32Array,
  weight2: Float64Array,
  solution: BlossomSolution,
): void {
  const check = verifyMatchingCertificate({
    n,
    from,
    to,
    weight: weight2,
    mate: solution.mate,
    vertexDual: solution.vertexDual,
    blossoms: solution.blossoms,
    maxCardinality: true,
    barrier: solution.barrier,
  });
  invariant(check.valid, () => `lexicographicMatching: phase certificate rejected: ${check.valid ? "" : check.reason}`);
}
