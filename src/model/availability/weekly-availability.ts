/**
 * A cohort's weekly availability in UTC minutes of the week (`WeeklyAvailability`),
 * each zone's offset read at 12:00 UTC on the reference date: one offset per person,
 * so a schedule is taken as it stands on that date, daylight saving included.
 *
 * Complexity: O(s log s) over all s slots, plus one `Intl` lookup per distinct zone.
 */
import { noonUtc } from "../clock.js";
import type { WeeklyAvailability } from "../cohort.js";
import type { Participant } from "../types.js";
import { utcOffsetMinutes } from "./time-zone.js";
import { weeklyUtcIntervals } from "./weekly-intervals.js";
import { offsetsFromCounts } from "../../internal/csr.js";

/**
 * Converts validated participants' availability (index order) to UTC intervals.
 *
 * @example
 * ```ts
 * const week = weeklyAvailability(
 *   [{ id: "a", availability: { timezone: "Asia/Kolkata", slots: [{ day: "mon", start: "09:00", end: "10:00" }] } }],
 *   "2026-01-05",
 * );
 * [week.starts[0], week.ends[0]]; // [210, 270]: Monday 03:30–04:30 UTC
 * ```
 */
export function weeklyAvailability(participants: readonly Participant[], referenceDate: string): WeeklyAvailability {
  const n = participants.length;
  const instant = noonUtc(referenceDate);
  const offsetByZone = new Map<string, number>();
  const present = new Uint8Array(n);
  const utcOffset = new Float64Array(n).fill(Number.NaN);
  const perPerson: number[][] = [];
  participants.forEach((participant, i) => {
    const availability = participant.availability;
    let intervals: number[] = [];
    if (availability !== undefined) {
      let offset = offsetByZone.get(availability.timezone);
      if (offset === undefined) {
        offset = utcOffsetMinutes(availability.timezone, instant);
        offsetByZone.set(availability.timezone, offset);
      }
      present[i] = 1;
      utcOffset[i] = offset;
      intervals = weeklyUtcIntervals(availability.slots, offset);
    }
    perPerson.push(intervals);
  });
  const offsets = offsetsFromCounts(n, (i) => perPerson[i]!.length / 2);
  const total = offsets[n]!;
  const starts = new Int32Array(total);
  const ends = new Int32Array(total);
  perPerson.forEach((intervals, i) => {
    let k = offsets[i]!;
    for (let p = 0; p < intervals.length; p += 2, k++) {
      starts[k] = intervals[p]!;
      ends[k] = intervals[p + 1]!;
    }
  });
  return { offsets, starts, ends, present, utcOffsetMinutes: utcOffset };
}
