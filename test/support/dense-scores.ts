/**
 * Test helper: the directional scores of a compatibility as an n × n matrix
 * (scores[i·n + j] = s(i→j), NaN when infeasible and on the diagonal), read from its
 * scored graph plus on-demand scoring, so tests can compare whole matrices.
 */
import type { Compatibility } from "../../src/compatibility/compatibility.js";

export function denseScores(compatibility: Compatibility): Float32Array {
  const { n } = compatibility;
  const scores = new Float32Array(n * n).fill(Number.NaN);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j) scores[i * n + j] = compatibility.score(i, j);
  return scores;
}
