/**
 * Blocking pairs of a mentor matching, by directional scores (independent of the
 * solvers' tie-broken lists): a feasible mentor a and mentee b, not matched together,
 * where b is unmatched or strictly prefers a to her mentor (s(b→a) > s(b→mentor)), and
 * a has a free place or strictly prefers b to his least preferred mentee. A mentor with
 * capacity 0 blocks with nobody. O(M · N) over the score rectangle.
 */
import type { TwoSidedCompatibility } from "../../compatibility/two-sided.js";

/** Every blocking pair `[mentor a, mentee b]` (side indices), by mentor, then mentee. */
export function mentorBlockingPairs(
  scored: TwoSidedCompatibility,
  capacity: Int32Array,
  assignment: Int32Array,
): [number, number][] {
  const { mentorScore, menteeScore } = scored;
  const M = capacity.length;
  const N = assignment.length;
  // menteeValue[b] = s(b → her mentor), -Infinity when unmatched.
  const menteeValue = new Float64Array(N).fill(-Infinity);
  // mentorValue[a] = s(a → his least preferred mentee) when full, -Infinity with a free place.
  const load = new Int32Array(M);
  const worst = new Float64Array(M).fill(Infinity);
  for (let b = 0; b < N; b++) {
    const a = assignment[b]!;
    if (a < 0) continue;
    menteeValue[b] = menteeScore[a * N + b]!;
    load[a]!++;
    worst[a] = Math.min(worst[a]!, mentorScore[a * N + b]!);
  }
  const blocking: [number, number][] = [];
  for (let a = 0; a < M; a++) {
    const cap = capacity[a]!;
    if (cap === 0) continue;
    const mentorValue = load[a]! < cap ? -Infinity : worst[a]!;
    for (let b = 0; b < N; b++) {
      if (assignment[b] === a) continue;
      const sA = mentorScore[a * N + b]!;
      if (!(sA > mentorValue)) continue; // also skips infeasible (NaN) pairs
      if (menteeScore[a * N + b]! > menteeValue[b]!) blocking.push([a, b]);
    }
  }
  return blocking;
}
