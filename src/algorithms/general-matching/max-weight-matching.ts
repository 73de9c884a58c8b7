/**
 * Maximum-weight matching on general graphs (Edmonds' blossom algorithm, primal–dual),
 * exact: weights are turned into integers (scale.ts) and every dual stays an exact
 * integer, so floating-point error cannot make the answer sub-optimal.
 *
 * Complexity: O(n + m) memory; time polynomial (a loose worst-case bound is O(n²·m),
 * see solve.ts), near-linear per augmentation on typical graphs.
 *
 * References: Edmonds 1965; Galil 1986; Gabow 1990; Kolmogorov 2009 (Blossom V);
 * van Rantwijk, mwmatching.py.
 */
import { buildCoreGraph, canonicalOrder, isCanonical, renumberEdges } from "./graph.js";
import { readEdgeArrays, readEdgeTuples, readMaxCardinality, throwIfRepeated, type EdgeArrays } from "./input.js";
import { scaleWeights } from "./scale.js";
import { solveBlossom, solveBlossomMate, type BlossomSolution } from "./solve.js";
import type { CoreGraph } from "./state.js";

/**
 * Options of {@link maxWeightMatching}.
 *
 * @example
 * ```ts
 * const options: MaxWeightMatchingOptions = { maxCardinality: true };
 * ```
 */
export interface MaxWeightMatchingOptions {
  /**
   * Only consider matchings of maximum cardinality (as many pairs as the graph allows),
   * and among those return one of maximum total weight.
   *
   * @defaultValue false
   */
  readonly maxCardinality?: boolean;
}

/** The solver's answer with the certificate that proves it (internal; used by the tests). */
export interface CertifiedMatching {
  readonly n: number;
  /** The edges as the solver numbered them: sorted by smaller end, then larger end. */
  readonly from: Int32Array;
  readonly to: Int32Array;
  /** The doubled integer weights the solver used, one per edge of `from`/`to`. */
  readonly weight2: Float64Array;
  /** The power of two the weights were multiplied by before rounding. */
  readonly scale: number;
  readonly solution: BlossomSolution;
}

/** The validated edges, canonically numbered and scaled, with the CSR graph the core runs on. */
interface PreparedGraph {
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly weight2: Float64Array;
  readonly scale: number;
  readonly graph: CoreGraph;
}

function prepareGraph(fn: string, edges: EdgeArrays): PreparedGraph {
  const { n } = edges;
  let { from, to, weight } = edges;
  if (!isCanonical(from, to)) {
    const order = canonicalOrder(n, from, to);
    throwIfRepeated(fn, from, to, order);
    // Renumber the edges canonically (smaller end first), so ties resolve the same way
    // whatever the input order.
    ({ from, to, weight } = renumberEdges(from, to, weight, order));
  }
  const { weight2, scale } = scaleWeights(weight, n);
  // Without maxCardinality, edges of weight ≤ 0 stay in the graph but never become tight
  // before the free vertices' duals reach zero, so they are never matched.
  return { from, to, weight2, scale, graph: buildCoreGraph(n, from, to, weight2) };
}

function solveCertified(fn: string, edges: EdgeArrays, maxCardinality: boolean): CertifiedMatching {
  const { from, to, weight2, scale, graph } = prepareGraph(fn, edges);
  return { n: edges.n, from, to, weight2, scale, solution: solveBlossom(graph, maxCardinality) };
}

/** The public entries need only the matching: the same solve, without building the certificate. */
function solveMate(fn: string, edges: EdgeArrays, maxCardinality: boolean): Int32Array {
  return solveBlossomMate(prepareGraph(fn, edges).graph, maxCardinality);
}

/**
 * Solves and also returns the dual certificate, for tests and checkers. Not part of the
 * public API.
 */
export function maxWeightMatchingCertified(
  edges: readonly (readonly [number, number, number])[],
  options?: MaxWeightMatchingOptions,
): CertifiedMatching {
  return solveCertified(
    "maxWeightMatching",
    readEdgeTuples("maxWeightMatching", edges),
    readMaxCardinality("maxWeightMatching", options),
  );
}

/**
 * A maximum-weight matching of a general (not necessarily bipartite) graph.
 *
 * Edges are `[u, v, weight]` with vertex ids `0, 1, 2, …` (non-negative integers) and
 * any finite weights, negative and zero included. The result is exact: integer weights
 * with max|w|·(n+2) ≤ 2^49 are used as they are, so the matching is truly optimal;
 * other weights (fractions, or larger integers) are multiplied by one power of two and
 * rounded (see `scale.ts`), and the matching is optimal for those rounded weights —
 * within n·2^−(e+1) of the optimum, for the scale 2^e used (e ≥ 30 for weights ≤ 1 and
 * n ≤ 2^17).
 *
 * The result depends only on the graph, not on the order or orientation of the edges:
 * among equally good matchings, the same one is returned for any permutation of
 * `edges` and any swap of u and v.
 *
 * @param edges - The graph; not modified. Each pair {u, v} at most once, no self-loops.
 * @param options - See {@link MaxWeightMatchingOptions}.
 * @returns `mate`, of length (largest vertex id + 1): `mate[v]` is v's partner, or -1
 *   if v is single. Empty input gives an empty array.
 * @throws MatchInputError with code `invalid_edge` and path `[edgeIndex]` for each bad
 *   edge (self-loop, bad vertex id, non-finite weight, repeated pair, not a triple), or
 *   `invalid_type` if `edges` is not an array.
 *
 * @example
 * ```ts
 * const mate = maxWeightMatching([
 *   [0, 1, 5],
 *   [1, 2, 11],
 *   [2, 3, 5],
 * ]);
 * // Int32Array [-1, 2, 1, -1]: the single heavy edge beats the two light ones.
 * const perfect = maxWeightMatching([[0, 1, 5], [1, 2, 11], [2, 3, 5]], { maxCardinality: true });
 * // Int32Array [1, 0, 3, 2]
 * ```
 */
export function maxWeightMatching(
  edges: readonly (readonly [number, number, number])[],
  options?: MaxWeightMatchingOptions,
): Int32Array {
  return solveMate(
    "maxWeightMatching",
    readEdgeTuples("maxWeightMatching", edges),
    readMaxCardinality("maxWeightMatching", options),
  );
}

/**
 * {@link maxWeightMatching} on parallel typed arrays, for large graphs: edge k joins
 * `from[k]` and `to[k]` with weight `weight[k]`. Same rules, same exactness; the arrays
 * are not modified.
 *
 * @param n - Number of vertices; every id must be below it.
 * @returns `mate` of length n (`-1` for a single vertex).
 * @throws MatchInputError as {@link maxWeightMatching}, plus `invalid_type` /
 *   `invalid_value` for arrays of the wrong type or length, or a bad n.
 *
 * @example
 * ```ts
 * const mate = maxWeightMatchingArrays(
 *   4,
 *   Int32Array.of(0, 1, 2),
 *   Int32Array.of(1, 2, 3),
 *   Float64Array.of(5, 11, 5),
 *   { maxCardinality: true },
 * );
 * // Int32Array [1, 0, 3, 2]
 * ```
 */
export function maxWeightMatchingArrays(
  n: number,
  from: Int32Array,
  to: Int32Array,
  weight: Float64Array,
  options?: MaxWeightMatchingOptions,
): Int32Array {
  const edges = readEdgeArrays("maxWeightMatchingArrays", n, from, to, weight);
  return solveMate("maxWeightMatchingArrays", edges, readMaxCardinality("maxWeightMatchingArrays", options));
}
