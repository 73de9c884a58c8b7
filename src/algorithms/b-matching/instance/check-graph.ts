/**
 * Validation of a b-matching instance's graph and scalar options, the first phase of
 * `prepareBMatching`: the graph's shape (typed arrays of one length, a resident count),
 * the options object, `maxCardinality` and `scale`, then every capacity and edge, and
 * (once the edges are grouped by resident) repeated hospital–resident pairs. Every issue
 * is collected; the phase throws only where later checks could not run.
 *
 * Complexity: O(E + H + R).
 * References: none (input validation).
 */
import { describeValue } from "../../../errors/describe-value.js";
import { inputError, type IssueList } from "../../../errors/issues.js";
import type { Csr } from "../../../internal/csr.js";
import type { BMatchingOptions, BipartiteGraph } from "../types.js";

/** The sizes and scalar options of a graph that passed {@link checkGraph}. */
export interface CheckedGraph {
  readonly hospitals: number;
  readonly residents: number;
  /** Weights are compared as `round(weight · scale)`. */
  readonly scale: number;
  /** Maximum cardinality first (the default), or only the weight. */
  readonly maxCardinality: boolean;
}

/**
 * Checks `graph` and the scalar `options`, collecting into `issues`, and throws them all
 * unless every capacity and edge is usable (ends in range, finite weight).
 */
export function checkGraph(issues: IssueList, graph: BipartiteGraph, options: BMatchingOptions): CheckedGraph {
  const { capacity, edgeHospital, edgeResident, edgeWeight } =
    typeof graph === "object" && graph !== null ? graph : ({} as Partial<BipartiteGraph>);
  if (
    typeof graph !== "object" ||
    graph === null ||
    !(capacity instanceof Int32Array) ||
    !(edgeHospital instanceof Int32Array) ||
    !(edgeResident instanceof Int32Array) ||
    !(edgeWeight instanceof Float64Array) ||
    !Number.isInteger(graph.residents) ||
    graph.residents < 0 ||
    graph.residents > 0x7fffffff
  ) {
    // Nothing else can be checked on such a graph (and nothing was collected before).
    throw inputError(
      issues.caller,
      "invalid_type",
      [],
      "graph needs a non-negative integer residents count, Int32Array capacity, edgeHospital, edgeResident and a Float64Array edgeWeight",
    );
  }
  if (typeof options !== "object" || options === null) {
    throw inputError(issues.caller, "invalid_type", ["options"], "options must be an object");
  }
  const hospitals = capacity.length;
  const residents = graph.residents;
  const m = edgeHospital.length;
  const scale = options.scale ?? 1e6;
  if (options.maxCardinality !== undefined && typeof options.maxCardinality !== "boolean") {
    issues.add(
      "invalid_type",
      ["maxCardinality"],
      `maxCardinality must be a boolean, got ${describeValue(options.maxCardinality)}`,
    );
  }
  if (!(Number.isFinite(scale) && scale > 0)) {
    issues.add("out_of_range", ["scale"], `scale must be a positive finite number, got ${describeValue(scale)}`);
  }
  if (edgeResident.length !== m || edgeWeight.length !== m) {
    issues.add(
      "invalid_edge",
      ["edges"],
      `edgeHospital, edgeResident and edgeWeight must have the same length (${m}, ${edgeResident.length}, ${edgeWeight.length})`,
    );
    issues.throwIfAny();
  }
  checkCapacities(issues, capacity);
  checkEdges(issues, graph, hospitals, residents);
  issues.throwIfAny();
  return { hospitals, residents, scale, maxCardinality: options.maxCardinality !== false };
}

function checkCapacities(issues: IssueList, capacity: Int32Array): void {
  for (let h = 0; h < capacity.length; h++) {
    if (capacity[h]! < 0)
      issues.add("out_of_range", ["capacity", h], `hospital ${h} has negative capacity ${capacity[h]}`);
  }
}

/** Every edge joins a known hospital and resident and has a finite weight. */
function checkEdges(issues: IssueList, graph: BipartiteGraph, hospitals: number, residents: number): void {
  const { edgeHospital, edgeResident, edgeWeight } = graph;
  for (let e = 0; e < edgeHospital.length; e++) {
    const h = edgeHospital[e]!;
    const r = edgeResident[e]!;
    const w = edgeWeight[e]!;
    if (h < 0 || h >= hospitals || r < 0 || r >= residents) {
      issues.add("invalid_edge", ["edges", e], `edge ${e} joins unknown hospital ${h} or resident ${r}`);
      continue;
    }
    if (!Number.isFinite(w)) issues.add("invalid_edge", ["edges", e, "weight"], `edge ${e} has weight ${w}`);
  }
}

/**
 * Adds an issue for every edge that repeats an earlier edge's hospital–resident pair;
 * `byResident` holds the edges grouped by resident.
 */
export function checkRepeatedPairs(issues: IssueList, graph: BipartiteGraph, byResident: Csr): void {
  const { edgeHospital, edgeResident } = graph;
  const { offsets, entries } = byResident;
  // lastEdge[h] = the last edge of h seen so far; it is of the current resident when repeated.
  const lastEdge = new Int32Array(graph.capacity.length).fill(-1);
  for (let r = 0; r < offsets.length - 1; r++) {
    for (let i = offsets[r]!; i < offsets[r + 1]!; i++) {
      const e = entries[i]!;
      const h = edgeHospital[e]!;
      const seen = lastEdge[h]!;
      if (seen >= 0 && edgeResident[seen] === r) {
        issues.add("invalid_edge", ["edges", e], `edges ${seen} and ${e} both join hospital ${h} and resident ${r}`);
      }
      lastEdge[h] = e;
    }
  }
}
