/**
 * Wall-clock strings used by the model: "HH:MM" slot times and ISO `YYYY-MM-DD` dates.
 */

/**
 * Minutes in a day.
 *
 * @example
 * ```ts
 * const tuesday = 1 * MINUTES_PER_DAY; // Tuesday 00:00 as a minute of the week
 * ```
 */
export const MINUTES_PER_DAY = 1440;
/**
 * Minutes in a week; minutes of the week count from Monday 00:00 UTC.
 *
 * @example
 * ```ts
 * const minute = (start + MINUTES_PER_WEEK) % MINUTES_PER_WEEK;
 * ```
 */
export const MINUTES_PER_WEEK = 10080;

/** A slot start: 00:00–23:59. */
export const SLOT_START_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
/** A slot end: 00:00–23:59, or 24:00 for the end of the day. */
export const SLOT_END_PATTERN = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;
/** The shape of an ISO calendar date; `isCalendarDate` checks that it exists. */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Minutes since midnight of an "HH:MM" string that matched one of the slot patterns.
 *
 * @example
 * ```ts
 * clockMinutes("18:30"); // 1110
 * clockMinutes("24:00"); // 1440
 * ```
 */
export function clockMinutes(clock: string): number {
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
}

/**
 * True when `date` is `YYYY-MM-DD` and names a day that exists (no 2026-02-30).
 *
 * @example
 * ```ts
 * isCalendarDate("2028-02-29"); // true
 * isCalendarDate("2026-02-29"); // false
 * ```
 */
export function isCalendarDate(date: string): boolean {
  if (!ISO_DATE_PATTERN.test(date)) return false;
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const probe = new Date(0);
  probe.setUTCFullYear(year, month - 1, day);
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/**
 * Epoch milliseconds of 12:00 UTC on a valid `YYYY-MM-DD` date: the instant at which
 * each zone's offset is read.
 */
export function noonUtc(date: string): number {
  const probe = new Date(0);
  probe.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  probe.setUTCHours(12, 0, 0, 0);
  return probe.getTime();
}

/**
 * Today's date in UTC as `YYYY-MM-DD` (the default reference date).
 *
 * @example
 * ```ts
 * todayUtc(); // e.g. "2026-03-15"
 * ```
 */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
