/**
 * Clock times and time ranges as questionnaires write them → minutes since midnight.
 *
 * A time is "9:00 AM", "9 am", "9:00a.m.", "21:00", "09:00", "9.30", "9h30", "11h", "noon"
 * or "midnight". A range joins two times with a hyphen, an en or em dash, "to", "until" or
 * "till": "9:00 AM–10:30 AM", "9:00 AM - 10:30 AM", "09:00-10:30", "6 to 8 pm".
 *
 * Clock formats: `"12h"` needs AM or PM on at least one side of a range, `"24h"` refuses
 * them, `"auto"` reads a time with AM/PM as 12-hour and one without as 24-hour. When only
 * one side of a range says AM or PM ("9–10:30 AM", "9 AM - 5"), the other side takes
 * whichever of AM and PM makes the range shorter: "11–1 PM" is 11:00–13:00, "10 PM–1" is
 * 22:00–01:00. A range may cross midnight; its end may be "24:00" or "midnight".
 */

/** How the clock times of a column are written. */
export type ClockFormat = "auto" | "12h" | "24h";

/** A parsed range: `start` in 0..1439, `end` in 1..1440 (1440 is midnight at the end of the day). */
export interface ClockRange {
  readonly start: number;
  readonly end: number;
}

/** The result of reading a range: the range, or what was wrong. */
export type ClockRangeResult =
  | { readonly ok: true; readonly range: ClockRange }
  | { readonly ok: false; readonly problem: string };

const MINUTES_PER_DAY = 1440;

/** One side of a range before AM/PM is settled. */
interface ClockReading {
  readonly hour: number;
  readonly minute: number;
  /** "am" or "pm" when written; "noon"/"midnight" for the words. */
  readonly marker: "am" | "pm" | "noon" | "midnight" | undefined;
  readonly text: string;
}

const TIME = /^(?:(noon|midday)|(midnight)|(\d{1,2})(?:[:.h](\d{2})|h)?\s*(?:([ap])\.?\s*m\.?)?)$/i;
const RANGE = /^(.+?)\s*(?:[-–—‒−]|\s(?:to|until|till)\s)\s*(.+)$/i;

/**
 * An example of the expected format, for messages.
 *
 * @example
 * ```ts
 * expectedRange("12h"); // 'a time range such as "9:00 AM–10:30 AM"'
 * ```
 */
export function expectedRange(clock: ClockFormat): string {
  if (clock === "12h") return 'a time range such as "9:00 AM–10:30 AM"';
  if (clock === "24h") return 'a time range such as "09:00-10:30"';
  return 'a time range such as "9:00 AM–10:30 AM" or "09:00-10:30"';
}

/**
 * Reads a time range.
 *
 * @example
 * ```ts
 * parseClockRange("9:00 AM–10:30 AM", "auto"); // { ok: true, range: { start: 540, end: 630 } }
 * parseClockRange("10 PM - 1 AM", "auto"); // { ok: true, range: { start: 1320, end: 60 } }
 * parseClockRange("6:00 PM - 12:00 AM", "auto"); // { ok: true, range: { start: 1080, end: 1440 } }
 * ```
 */
export function parseClockRange(text: string, clock: ClockFormat): ClockRangeResult {
  const parts = RANGE.exec(text.trim());
  if (parts === null) return { ok: false, problem: `is not ${expectedRange(clock)}` };
  const first = readClock(parts[1]!);
  const second = readClock(parts[2]!);
  if (first === undefined || second === undefined) {
    const bad = first === undefined ? parts[1]! : parts[2]!;
    return {
      ok: false,
      problem: `has ${JSON.stringify(bad.trim())}, which is not a time (expected ${expectedRange(clock)})`,
    };
  }
  const has12 = isTwelveHour(first) || isTwelveHour(second);
  if (clock === "24h" && has12) {
    return {
      ok: false,
      problem: `has AM/PM, but this column uses the 24-hour clock (expected ${expectedRange("24h")})`,
    };
  }
  if (clock === "12h" && !has12 && first.marker === undefined && second.marker === undefined) {
    return { ok: false, problem: `says neither AM nor PM (expected ${expectedRange("12h")})` };
  }
  const starts = candidates(first, second, "start");
  if (typeof starts === "string") return { ok: false, problem: `${starts} (expected ${expectedRange(clock)})` };
  const ends = candidates(second, first, "end");
  if (typeof ends === "string") return { ok: false, problem: `${ends} (expected ${expectedRange(clock)})` };
  // Several readings only when one side left AM/PM out: take the shortest range.
  let best: ClockRange | undefined;
  for (const start of starts) {
    for (const end of ends) {
      if (end % MINUTES_PER_DAY === start) continue;
      if (best === undefined || length(start, end) < length(best.start, best.end)) best = { start, end };
    }
  }
  if (best === undefined) return { ok: false, problem: "starts and ends at the same time: a slot needs a length" };
  return { ok: true, range: best };
}

/** "HH:MM" of a minute of the day; 1440 is "24:00". */
export function formatClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

function length(start: number, end: number): number {
  const minutes = (end - start + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return minutes === 0 ? MINUTES_PER_DAY : minutes;
}

function readClock(text: string): ClockReading | undefined {
  const match = TIME.exec(text.trim());
  if (match === null) return undefined;
  if (match[1] !== undefined) return { hour: 12, minute: 0, marker: "noon", text };
  if (match[2] !== undefined) return { hour: 0, minute: 0, marker: "midnight", text };
  const marker = match[5] === undefined ? undefined : match[5].toLowerCase() === "a" ? "am" : "pm";
  return { hour: Number(match[3]), minute: match[4] === undefined ? 0 : Number(match[4]), marker, text };
}

/** True when the reading can only be a 12-hour time (it says AM or PM). */
function isTwelveHour(reading: ClockReading): boolean {
  return reading.marker === "am" || reading.marker === "pm";
}

/**
 * The minutes one side may mean: one value, or two (AM and PM) when it left AM/PM out
 * and the other side says it; a message when it is not a valid time. An end at
 * midnight is 1440, the end of the day.
 */
function candidates(reading: ClockReading, other: ClockReading, side: "start" | "end"): number[] | string {
  const minutes = minutesOf(reading, other, side);
  if (typeof minutes === "string" || side === "start") return minutes;
  return minutes.map((minute) => (minute === 0 ? MINUTES_PER_DAY : minute));
}

function minutesOf(reading: ClockReading, other: ClockReading, side: "start" | "end"): number[] | string {
  const { hour, minute, marker } = reading;
  const shown = JSON.stringify(reading.text.trim());
  if (minute > 59) return `has ${shown}, whose minutes are not 00–59`;
  if (marker === "noon") return [720];
  if (marker === "midnight") return [side === "end" ? MINUTES_PER_DAY : 0];
  if (marker !== undefined) {
    if (hour < 1 || hour > 12) return `has ${shown}, whose hour is not 1–12 as AM/PM needs`;
    return [(hour % 12) * 60 + minute + (marker === "pm" ? 720 : 0)];
  }
  if (isTwelveHour(other) && hour >= 1 && hour <= 12) {
    return [(hour % 12) * 60 + minute, (hour % 12) * 60 + minute + 720];
  }
  if (hour === 24 && minute === 0 && side === "end") return [MINUTES_PER_DAY];
  if (hour > 23) return `has ${shown}, whose hour is not 00–23`;
  return [hour * 60 + minute];
}
