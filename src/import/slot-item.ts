/**
 * One availability answer → weekly slots of the model: days, then a time range.
 * "Monday 9:00 AM–10:30 AM", "Mon 18:00-20:00", "mon: 6 to 8 pm", "Mon–Fri 12:00-13:00",
 * "Tue & Thu 7:30 AM - 8:30 AM", "Weekends 10 AM - 12 PM". The days are everything
 * before the first digit (or "noon"/"midnight"); see `weekday.ts` and `clock-time.ts`.
 */
import type { Slot, Weekday } from "../model/types.js";
import { type ClockFormat, type ClockRange, formatClock, parseClockRange } from "./clock-time.js";
import { parseWeekdays } from "./weekday.js";

/** Slots read from one answer, or what was wrong with it. */
export type SlotItemResult =
  | { readonly ok: true; readonly slots: Slot[] }
  | { readonly ok: false; readonly problem: string };

const RANGE_START = /\d|\b(?:noon|midday|midnight)\b/i;

/**
 * Reads one answer of days and a time range.
 *
 * @example
 * ```ts
 * parseSlotItem("Mon-Wed 9:00 AM–10:30 AM", "auto");
 * // { ok: true, slots: [{ day: "mon", start: "09:00", end: "10:30" }, { day: "tue", … }, { day: "wed", … }] }
 * ```
 */
export function parseSlotItem(text: string, clock: ClockFormat): SlotItemResult {
  const at = RANGE_START.exec(text)?.index;
  const dayText = (at === undefined ? text : text.slice(0, at)).trim().replace(/[:,]$/, "").trim();
  if (dayText === "") return { ok: false, problem: "names no day" };
  const days = parseWeekdays(dayText);
  if (days === undefined) {
    // "Thursdays after 4pm": a day, but then words where the range should start.
    const firstWord = dayText.split(/\s+/)[0]!;
    if (parseWeekdays(firstWord) !== undefined) return { ok: false, problem: "is not days followed by a time range" };
    return { ok: false, problem: `has ${JSON.stringify(dayText)}, which is not a weekday` };
  }
  if (at === undefined) return { ok: false, problem: "has no time range" };
  const range = parseClockRange(text.slice(at), clock);
  if (!range.ok) return range;
  return { ok: true, slots: days.map((day) => slotOf(day, range.range)) };
}

/**
 * The model's slot for a day and a parsed range.
 *
 * @example
 * ```ts
 * slotOf("fri", { start: 1080, end: 1440 }); // { day: "fri", start: "18:00", end: "24:00" }
 * ```
 */
export function slotOf(day: Weekday, range: ClockRange): Slot {
  return { day, start: formatClock(range.start), end: formatClock(range.end) };
}
