/**
 * Pair weight from the two directional scores, by the program's `reciprocity`:
 *
 *   mean:       w = (s(i→j) + s(j→i)) / 2      (default)
 *   min:        w = min(s(i→j), s(j→i))        (the pair is as good as its weaker side)
 *   geometric:  w = √(s(i→j) · s(j→i))         (between the two; 0 when either side gets nothing)
 *
 * NaN in, NaN out. O(1).
 * References: none.
 */
import type { Reciprocity } from "../model/types.js";

/** w(i, j) from s(i→j) and s(j→i). */
export function combineScores(reciprocity: Reciprocity, sIJ: number, sJI: number): number {
  if (reciprocity === "min") return Math.min(sIJ, sJI);
  if (reciprocity === "geometric") return Math.sqrt(sIJ * sJI);
  return (sIJ + sJI) / 2;
}

/**
 * The `minScore` veto: whether weight w is below the minimum. Scores are stored as
 * float32, so both sides are compared on that grid: a pair whose exact weight equals
 * the minimum (0.7, stored as 0.699999988…) is not below it.
 */
export function belowMinScore(weight: number, minScore: number): boolean {
  return Math.fround(weight) < Math.fround(minScore);
}
