/**
 * Weekly overlap of two people's UTC availability: a merge of two sorted lists of
 * disjoint half-open intervals, O(a + b) for list lengths a and b, no allocation
 * for the minute count.
 */
import { MINUTES_PER_WEEK } from "../clock.js";
import type { WeeklyAvailability } from "../cohort.js";

/**
 * Whole minutes per week during which both person `i` and person `j` are available
 * (0 when either gave no availability). Symmetric in `i` and `j`.
 *
 * @example
 * ```ts
 * const cohort = normaliseCohort(people, {}, "example");
 * weeklyOverlapMinutes(cohort.availability, 0, 1); // e.g. 120
 * ```
 */
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
    const from = Math.max(starts[a]!, starts[b]!);
    const to = Math.min(endA, endB);
    if (to > from) total += to - from;
    if (endA <= endB) a++;
    else b++;
  }
  return total;
}

/**
 * The windows in which both `i` and `j` are available, as `[start, end)` UTC
 * minutes of the week, sorted by start and separated by gaps (each person's list is
 * merged, so two windows never touch). A window running across Sunday 24:00 UTC is
 * returned as one interval whose `end` exceeds 10080 (subtract 10080 for its Monday
 * part), and the full week as `[0, 10080]`. Their lengths sum to
 * `weeklyOverlapMinutes(availability, i, j)`.
 *
 * @example
 * ```ts
 * overlapIntervals(cohort.availability, 0, 1); // e.g. [[1020, 1140]]: Monday 17:00–19:00 UTC
 * ```
 */
export function overlapIntervals(availability: WeeklyAvailability, i: number, j: number): [number, number][] {
  const { offsets, starts, ends } = availability;
  let a = offsets[i]!;
  const aEnd = offsets[i + 1]!;
  let b = offsets[j]!;
  const bEnd = offsets[j + 1]!;
  const windows: [number, number][] = [];
  while (a < aEnd && b < bEnd) {
    const endA = ends[a]!;
    const endB = ends[b]!;
    const from = Math.max(starts[a]!, starts[b]!);
    const to = Math.min(endA, endB);
    if (to > from) windows.push([from, to]);
    if (endA <= endB) a++;
    else b++;
  }
  const first = windows[0];
  const last = windows[windows.length - 1];
  if (
    windows.length > 1 &&
    first !== undefined &&
    last !== undefined &&
    first[0] === 0 &&
    last[1] === MINUTES_PER_WEEK
  ) {
    windows.shift();
    last[1] = MINUTES_PER_WEEK + first[1];
  }
  return windows;
}
