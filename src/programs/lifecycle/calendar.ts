/**
 * Round dates of a rotation calendar: round k (k = 0, 1, …) is the start date plus k
 * cadences. Weekly and biweekly add 7 and 14 days; monthly keeps the start date's day of
 * the month, clamped to the end of shorter months (31 January, 28 February, 31 March).
 * Dates are ISO `YYYY-MM-DD` calendar dates; the arithmetic is on UTC days.
 */
import type { Cadence } from "../../model/index.js";

const DAY_MS = 86_400_000;

/** The date of round `k` of a calendar starting on `start`. */
export function roundDate(start: string, cadence: Cadence, k: number): string {
  const year = Number(start.slice(0, 4));
  const month = Number(start.slice(5, 7)) - 1;
  const day = Number(start.slice(8, 10));
  if (cadence === "monthly") {
    const target = month + k;
    const y = year + Math.floor(target / 12);
    const m = ((target % 12) + 12) % 12;
    const lastDay = utcDate(y, m + 1, 0).getUTCDate();
    return isoDate(utcDate(y, m, Math.min(day, lastDay)));
  }
  const step = cadence === "weekly" ? 7 : 14;
  return isoDate(new Date(utcDate(year, month, day).getTime() + k * step * DAY_MS));
}

function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  date.setUTCHours(0, 0, 0, 0);
  return date;
}

function isoDate(date: Date): string {
  const y = String(date.getUTCFullYear()).padStart(4, "0");
  const m = String(date.getUTCMonth() + 1).padStart(2, "0");
  const d = String(date.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}
