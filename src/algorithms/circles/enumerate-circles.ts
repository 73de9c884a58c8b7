/**
 * Every circle of a small instance: the sets of units, every two of which may meet,
 * with `minSize`..`maxSize` people and a shared window. A depth-first search over units
 * in increasing order, each step keeping only the candidates that may meet everyone
 * chosen so far (the cliques of the feasibility graph), with the running AND of windows.
 *
 * Complexity: O(number of cliques with at most maxSize people × m); exponential in
 * general, so callers pass a limit and the search stops past it.
 * References: Bron & Kerbosch 1973 (clique enumeration by candidate sets).
 */
import type { PreparedCircles } from "./circle-instance.js";
import { circleFacilitators, circleViolations } from "./circle-rules.js";
import { hasSharedWindow } from "./shared-window.js";

/** The circles of an instance, as a CSR list of unit sets with their sums. */
export interface CandidateCircles {
  readonly count: number;
  /** Circle c's units are `units[offsets[c] .. offsets[c+1])`, ascending. */
  readonly offsets: Int32Array;
  readonly units: Int32Array;
  /** People per circle. */
  readonly people: Int32Array;
  /** Σ of the pair weights inside each circle. */
  readonly pairSum: Float64Array;
  /** Broken noLone / maxShared rules per circle. */
  readonly violations: Int32Array;
  /** Facilitators per circle. */
  readonly facilitators: Int32Array;
}

/**
 * All circles of `prepared`, or null when there are more than `limit`.
 */
export function enumerateCircles(prepared: PreparedCircles, limit: number): CandidateCircles | null {
  const { m, unitSize, unitWeight, innerWeight, minSize, maxSize, space, unitBits } = prepared;
  const words = space?.words ?? 0;
  const found: { units: number[]; people: number; pairSum: number }[] = [];
  const chosen: number[] = [];
  const bits = new Uint32Array((maxSize + 1) * words);
  let overflow = false;

  const extend = (candidates: number[], people: number, pairSum: number): void => {
    if (overflow) return;
    const depth = chosen.length;
    if (people >= minSize) {
      if (found.length >= limit) {
        overflow = true;
        return;
      }
      found.push({ units: [...chosen], people, pairSum });
    }
    for (let k = 0; k < candidates.length; k++) {
      const v = candidates[k]!;
      const total = people + unitSize[v]!;
      if (total > maxSize) continue;
      if (space !== null) {
        for (let w = 0; w < words; w++)
          bits[(depth + 1) * words + w] = bits[depth * words + w]! & unitBits[v * words + w]!;
        if (!hasSharedWindow(space, bits, (depth + 1) * words, space.minLength)) continue;
      }
      let added = innerWeight[v]!;
      for (const u of chosen) added += unitWeight[u * m + v]!;
      const next: number[] = [];
      for (let q = k + 1; q < candidates.length; q++) {
        const x = candidates[q]!;
        if (!Number.isNaN(unitWeight[v * m + x]!)) next.push(x);
      }
      chosen.push(v);
      extend(next, total, pairSum + added);
      chosen.pop();
      if (overflow) return;
    }
  };
  const all: number[] = [];
  for (let u = 0; u < m; u++) all.push(u);
  for (let w = 0; w < words; w++) bits[w] = -1 >>> 0;
  // The empty set is not a circle (minSize ≥ 2), so the root records nothing.
  extend(all, 0, 0);
  if (overflow) return null;

  const count = found.length;
  const offsets = new Int32Array(count + 1);
  found.forEach((circle, c) => {
    offsets[c + 1] = offsets[c]! + circle.units.length;
  });
  const units = Int32Array.from(found.flatMap((circle) => circle.units));
  const violations = new Int32Array(count);
  const facilitators = new Int32Array(count);
  for (let c = 0; c < count; c++) {
    const list = units.subarray(offsets[c]!, offsets[c + 1]!);
    violations[c] = circleViolations(prepared, list, list.length);
    facilitators[c] = circleFacilitators(prepared, list, list.length);
  }
  return {
    count,
    offsets,
    units,
    people: Int32Array.from(found, (circle) => circle.people),
    pairSum: Float64Array.from(found, (circle) => circle.pairSum),
    violations,
    facilitators,
  };
}
