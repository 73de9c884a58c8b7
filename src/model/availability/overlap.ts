/**
 * Weekly overlap of two people's availability, on the UTC minute-of-week intervals of
 * `WeeklyAvailability` (sorted, merged, half-open, split at the week wrap, so a linear
 * sweep counts the cyclic overlap exactly, in whole minutes).
 *
 * Complexity: O(a + b) for a and b intervals (two-pointer merge).
 * References: none (interval intersection by a sorted sweep).
 */
import type { WeeklyAvailability } from "../cohort.js";

/** Minutes per week that both `i` and `j` are available (0 when either gave none). */
export function weeklyOverlapMinutes(availability: WeeklyAvailability, i: number, j: number): number {
  const { offsets, starts, ends } = availability;
  let a = offsets[i]!;
  const aEnd = offsets[i + 1]!;
  let b = offsets[j]!;
  const bEnd = offsets[j + 1]!;
  let total = 0;
  while (a < aEnd && b < bEnd) {
    const endA = ends[a]!;
    const endB = ends[b]!;
    const lo = Math.max(starts[a]!, starts[b]!);
    const hi = endA < endB ? endA : endB;
    if (hi > lo) total += hi - lo;
    if (endA < endB) a++;
    else b++;
  }
  return total;
}

/** The shared intervals `[start, end)` of `i` and `j`, in UTC minutes of the week, sorted. */
export function overlapIntervals(availability: WeeklyAvailability, i: number, j: number): [number, number][] {
  const { offsets, starts, ends } = availability;
  let a = offsets[i]!;
  const aEnd = offsets[i + 1]!;
  let b = offsets[j]!;
  const bEnd = offsets[j + 1]!;
  const shared: [number, number][] = [];
  while (a < aEnd && b < bEnd) {
    const endA = ends[a]!;
    const endB = ends[b]!;
    const lo = Math.max(starts[a]!, starts[b]!);
    const hi = endA < endB ? endA : endB;
    if (hi > lo) shared.push([lo, hi]);
    if (endA < endB) a++;
    else b++;
  }
  return shared;
}
