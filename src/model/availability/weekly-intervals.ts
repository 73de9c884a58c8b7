/**
 * Local weekly slots → UTC minute-of-week intervals.
 *
 * The week is cyclic: minute 0 is Monday 00:00 UTC and minute 10080 is the next
 * Monday 00:00. A slot `{ day, start, end }` covers local minutes
 * `[day·1440 + start, day·1440 + end)`, or up to `end` on the next day when `end` is
 * earlier than `start` (crossing midnight); `"24:00"` is minute 1440. Subtracting the
 * zone's offset gives UTC; the result is taken modulo the week and split where it wraps
 * past Sunday 24:00 UTC. Overlapping or touching intervals are merged.
 *
 * Complexity: O(s log s) for s slots (sorting).
 */
import { MINUTES_PER_DAY, MINUTES_PER_WEEK, clockMinutes } from "../clock.js";
import type { Slot, Weekday } from "../types.js";

/**
 * Weekday names in week order; index × 1440 is the day's first minute.
 *
 * @example
 * ```ts
 * WEEKDAYS.indexOf("wed") * 1440; // 2880
 * ```
 */
export const WEEKDAYS: readonly Weekday[] = Object.freeze(["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const);

/**
 * The UTC intervals `[start, end)` covered by validated local `slots` in a zone whose
 * offset is `offsetMinutes` (local − UTC), as a flat sorted, merged list
 * `[s0, e0, s1, e1, …]` with `0 <= s < e <= 10080`.
 *
 * @example
 * ```ts
 * // Monday 09:00–10:00 in Kolkata (+05:30) is Monday 03:30–04:30 UTC.
 * weeklyUtcIntervals([{ day: "mon", start: "09:00", end: "10:00" }], 330); // [210, 270]
 * ```
 */
export function weeklyUtcIntervals(slots: readonly Slot[], offsetMinutes: number): number[] {
  const pieces: [number, number][] = [];
  for (const slot of slots) {
    const dayStart = WEEKDAYS.indexOf(slot.day) * MINUTES_PER_DAY;
    const start = clockMinutes(slot.start);
    let end = clockMinutes(slot.end);
    if (end <= start) end += MINUTES_PER_DAY;
    const length = end - start;
    const utcStart = (((dayStart + start - offsetMinutes) % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK;
    const utcEnd = utcStart + length;
    if (utcEnd <= MINUTES_PER_WEEK) {
      pieces.push([utcStart, utcEnd]);
    } else {
      pieces.push([utcStart, MINUTES_PER_WEEK], [0, utcEnd - MINUTES_PER_WEEK]);
    }
  }
  pieces.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: number[] = [];
  for (const [start, end] of pieces) {
    const last = merged.length - 1;
    if (last > 0 && start <= merged[last]!) {
      merged[last] = Math.max(merged[last]!, end);
    } else {
      merged.push(start, end);
    }
  }
  return merged;
}
