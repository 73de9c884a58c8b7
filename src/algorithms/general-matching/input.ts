/**
 * Validation of the two input shapes of `maxWeightMatching` (edge tuples, or parallel
 * typed arrays). Every problem is collected, then thrown together as one
 * `MatchInputError`; the caller's arrays are never modified. Repeated pairs are found
 * on the canonical edge order (`throwIfRepeated`).
 *
 * Complexity: O(n + m).
 *
 * References: STYLE.md conventions 6–7 (errors as data, all issues collected).
 */
import { describeValue } from "../../errors/describe-value.js";
import { inputError, IssueList } from "../../errors/issues.js";
import { findRepeatedEdges } from "./graph.js";

/** Largest vertex id accepted (ids index typed arrays of length id + 1). */
export const MAX_VERTEX_ID = 2 ** 28 - 1;

/** A validated edge list: n vertices, parallel arrays of endpoints and finite weights. */
export interface EdgeArrays {
  readonly n: number;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly weight: Float64Array;
}

function vertexProblem(x: unknown): string | null {
  if (typeof x !== "number" || !Number.isInteger(x)) return `vertex id ${describeValue(x)} is not an integer`;
  if (x < 0) return `vertex id ${x} is negative`;
  if (x > MAX_VERTEX_ID) return `vertex id ${x} exceeds ${MAX_VERTEX_ID}`;
  return null;
}

function addEdgeIssue(issues: IssueList, k: number, detail: string): void {
  issues.add("invalid_edge", [k], `edge ${k} ${detail}`);
}

function isVertexId(x: unknown): x is number {
  return typeof x === "number" && Number.isInteger(x) && x >= 0 && x <= MAX_VERTEX_ID;
}

/** Checks the endpoints and weight of edge k, appending its issues; true if it is valid. */
function checkEdge(issues: IssueList, k: number, u: unknown, v: unknown, w: unknown): boolean {
  // Fast path without allocation: this runs once per edge on graphs of millions of edges.
  if (isVertexId(u) && isVertexId(v) && u !== v && typeof w === "number" && Number.isFinite(w)) return true;
  const problems: string[] = [];
  const pu = vertexProblem(u);
  const pv = vertexProblem(v);
  if (pu !== null) problems.push(pu);
  if (pv !== null) problems.push(pv);
  if (pu === null && pv === null && u === v) problems.push(`is a self-loop on vertex ${describeValue(u)}`);
  if (typeof w !== "number" || !Number.isFinite(w))
    problems.push(`has weight ${describeValue(w)}, not a finite number`);
  for (const problem of problems) addEdgeIssue(issues, k, `[${describeValue(u)}, ${describeValue(v)}]: ${problem}`);
  return problems.length === 0;
}

/** Throws a `MatchInputError` naming every edge that repeats an earlier pair {u, v}. */
export function throwIfRepeated(fn: string, from: Int32Array, to: Int32Array, order: Int32Array): void {
  const issues = new IssueList(fn);
  for (const k of findRepeatedEdges(from, to, order)) {
    addEdgeIssue(issues, k, `[${from[k]}, ${to[k]}] repeats an earlier edge between the same vertices`);
  }
  issues.throwIfAny();
}

/** Validates `[u, v, w]` tuples and copies them into typed arrays. */
export function readEdgeTuples(fn: string, edges: unknown): EdgeArrays {
  if (!Array.isArray(edges)) {
    throw inputError(fn, "invalid_type", [], `edges must be an array of [u, v, weight], got ${describeValue(edges)}`);
  }
  const m = edges.length;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const weight = new Float64Array(m);
  const issues = new IssueList(fn);
  let maxId = -1;
  for (let k = 0; k < m; k++) {
    const edge: unknown = edges[k];
    if (!Array.isArray(edge) || edge.length !== 3) {
      addEdgeIssue(
        issues,
        k,
        `must be an array [u, v, weight], got ${Array.isArray(edge) ? `an array of length ${edge.length}` : describeValue(edge)}`,
      );
      continue;
    }
    const [u, v, w] = edge as unknown[];
    if (!checkEdge(issues, k, u, v, w)) continue;
    from[k] = u as number;
    to[k] = v as number;
    weight[k] = w as number;
    maxId = Math.max(maxId, u as number, v as number);
  }
  issues.throwIfAny();
  return { n: maxId + 1, from, to, weight };
}

/** Validates the typed-array form (n, from, to, weight). */
export function readEdgeArrays(fn: string, n: unknown, from: unknown, to: unknown, weight: unknown): EdgeArrays {
  const issues = new IssueList(fn);
  if (typeof n !== "number" || !Number.isInteger(n) || n < 0 || n > MAX_VERTEX_ID + 1) {
    issues.add("invalid_value", ["n"], `n must be an integer in 0..${MAX_VERTEX_ID + 1}, got ${describeValue(n)}`);
  }
  if (!(from instanceof Int32Array)) issues.add("invalid_type", ["from"], "from must be an Int32Array");
  if (!(to instanceof Int32Array)) issues.add("invalid_type", ["to"], "to must be an Int32Array");
  if (!(weight instanceof Float64Array)) issues.add("invalid_type", ["weight"], "weight must be a Float64Array");
  issues.throwIfAny();
  const f = from as Int32Array;
  const t = to as Int32Array;
  const w = weight as Float64Array;
  const vertices = n as number;
  if (f.length !== t.length || f.length !== w.length) {
    throw inputError(
      fn,
      "invalid_value",
      [],
      `from, to and weight differ in length (${f.length}, ${t.length}, ${w.length})`,
    );
  }
  for (let k = 0; k < f.length; k++) {
    const u = f[k]!;
    const v = t[k]!;
    if (!checkEdge(issues, k, u, v, w[k])) continue;
    if (u >= vertices || v >= vertices) addEdgeIssue(issues, k, `[${u}, ${v}]: vertex id is not below n = ${vertices}`);
  }
  issues.throwIfAny();
  return { n: vertices, from: f, to: t, weight: w };
}

/**
 * Reads the options object: absent, or an object whose `maxCardinality` is absent or a
 * boolean. Anything else is a `MatchInputError` rather than a silent default.
 */
export function readMaxCardinality(fn: string, options: unknown): boolean {
  if (options === undefined) return false;
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw inputError(
      fn,
      "invalid_type",
      ["options"],
      `options must be an object { maxCardinality?: boolean }, got ${describeValue(options)}`,
    );
  }
  const value = (options as { maxCardinality?: unknown }).maxCardinality;
  if (value === undefined || typeof value === "boolean") return value === true;
  throw inputError(
    fn,
    "invalid_value",
    ["options", "maxCardinality"],
    `options.maxCardinality must be a boolean, got ${describeValue(value)}`,
  );
}
