/**
 * Checks that a `mate` array is a matching of a given graph: symmetric, and every
 * matched pair is one of the edges. Written independently of the solver.
 *
 * Complexity: O(n + m) (one pass over the edges with a typed-array mark per vertex).
 *
 * References: none needed; this is the definition of a matching.
 */
import { inputError } from "../../errors/issues.js";

/**
 * Whether `mate` is a matching in the graph `edges`: `mate[v]` is -1 or a vertex u with
 * `mate[u] = v`, and every such pair {u, v} appears among the edges. `mate` must cover
 * every vertex id used by the edges.
 *
 * @example
 * ```ts
 * isMatching([[0, 1, 3], [1, 2, 4]], Int32Array.of(-1, 2, 1)); // true
 * isMatching([[0, 1, 3], [1, 2, 4]], Int32Array.of(2, -1, 0)); // false: {0, 2} is not an edge
 * ```
 */
export function isMatching(edges: readonly (readonly [number, number, number])[], mate: Int32Array): boolean {
  if (!Array.isArray(edges) || !(mate instanceof Int32Array)) {
    throw inputError("isMatching", "invalid_type", [], "expects an edge array and an Int32Array mate");
  }
  const n = mate.length;
  for (let v = 0; v < n; v++) {
    const u = mate[v]!;
    if (u === -1) continue;
    if (u < 0 || u >= n || u === v || mate[u] !== v) return false;
  }
  // Count, for each matched vertex, whether its matched pair was seen as an edge.
  const covered = new Uint8Array(n);
  for (const [u, v] of edges) {
    if (!(u >= 0 && u < n && v >= 0 && v < n)) return false;
    if (mate[u] === v) {
      covered[u] = 1;
      covered[v] = 1;
    }
  }
  for (let v = 0; v < n; v++) if (mate[v] !== -1 && covered[v] !== 1) return false;
  return true;
}
