/**
 * UTC minutes of the week back to a zone's local wall clock, for explanations such as
 * "Mon 18:00–20:00".
 */
import { MINUTES_PER_DAY, MINUTES_PER_WEEK } from "../clock.js";

const DAY_LABELS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

function clock(minuteOfDay: number): string {
  const hours = Math.floor(minuteOfDay / 60);
  const minutes = minuteOfDay % 60;
  return `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}

function localMinute(utcMinute: number, offsetMinutes: number): number {
  return (((utcMinute + offsetMinutes) % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK;
}

function dayLabel(minute: number): string {
  return DAY_LABELS[Math.floor(minute / MINUTES_PER_DAY) % 7] as string;
}

/**
 * A UTC minute of the week as the local weekday and time in a zone whose offset is
 * `offsetMinutes` (local − UTC; `WeeklyAvailability.utcOffsetMinutes[i]`).
 *
 * @example
 * ```ts
 * formatWeekMinute(1020, 60); // "Mon 18:00" (Monday 17:00 UTC in Amsterdam in winter)
 * formatWeekMinute(0, -300); // "Sun 19:00"
 * ```
 */
export function formatWeekMinute(utcMinute: number, offsetMinutes: number): string {
  const local = localMinute(utcMinute, offsetMinutes);
  return `${dayLabel(local)} ${clock(local % MINUTES_PER_DAY)}`;
}

/**
 * A UTC interval `[start, end)` of the week as local text: "Mon 18:00–20:00" within one
 * day (an end at local midnight shows as "24:00"), "Sun 23:00–Mon 01:00" across days,
 * and "all week" for a whole week. `end` may exceed 10080 (as `overlapIntervals`
 * returns for a window across Sunday 24:00 UTC).
 *
 * @example
 * ```ts
 * formatWeekInterval(1020, 1140, 60); // "Mon 18:00–20:00"
 * ```
 */
export function formatWeekInterval(start: number, end: number, offsetMinutes: number): string {
  const length = end - start;
  if (length >= MINUTES_PER_WEEK) return "all week";
  const from = localMinute(start, offsetMinutes);
  const to = from + length;
  const dayEnd = (Math.floor(from / MINUTES_PER_DAY) + 1) * MINUTES_PER_DAY;
  const head = formatWeekMinute(start, offsetMinutes);
  if (to <= dayEnd) return `${head}–${clock(to - dayEnd + MINUTES_PER_DAY)}`;
  return `${head}–${formatWeekMinute(end, offsetMinutes)}`;
}
