/**
 * English weekday names as questionnaires write them → the model's `"mon"`…`"sun"`.
 *
 * One day: the full name ("Monday"), any abbreviation of three letters or more that
 * starts it ("Mon", "Tues", "Thurs", "Wedn"), "Weds", the two-letter forms ("Mo", "Tu",
 * "We", "Th", "Fr", "Sa", "Su"), a plural ("Mondays"), in any case, with or without a
 * final full stop. Several days: "weekdays" (Monday–Friday), "weekends" (Saturday and
 * Sunday), a range "Mon–Fri" / "Monday to Friday" / "Fri-Mon" (ranges may wrap past
 * Sunday), and lists joined by "/", "&" or "and" ("Mon/Wed", "Tue & Thu").
 */
import { WEEKDAYS } from "../model/availability/weekly-intervals.js";
import type { Weekday } from "../model/types.js";

const FULL_NAMES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;
const TWO_LETTERS = ["mo", "tu", "we", "th", "fr", "sa", "su"] as const;

/**
 * The weekday one English word names, or undefined.
 *
 * @example
 * ```ts
 * parseWeekday("Thurs"); // "thu"
 * parseWeekday("MONDAYS"); // "mon"
 * parseWeekday("Mnday"); // undefined
 * ```
 */
export function parseWeekday(text: string): Weekday | undefined {
  let word = text.trim().toLowerCase();
  if (word.endsWith(".")) word = word.slice(0, -1);
  if (word.endsWith("days")) word = word.slice(0, -1);
  if (word === "weds") word = "wed";
  const index =
    word.length === 2
      ? TWO_LETTERS.indexOf(word as (typeof TWO_LETTERS)[number])
      : word.length >= 3
        ? FULL_NAMES.findIndex((name) => name.startsWith(word))
        : -1;
  return index < 0 ? undefined : WEEKDAYS[index]!;
}

/** Where one day expression splits into a range: "Mon–Fri", "Monday to Friday", "Mon through Fri". */
const RANGE = /^(.+?)\s*(?:[-–—]|\s(?:to|through|thru|till|until)\s)\s*(.+)$/i;
/** Where a day list splits: "Mon/Wed", "Tue & Thu", "Tuesday and Thursday". */
const LIST = /\s*(?:\/|&|\+|\band\b)\s*/i;

/**
 * The weekdays a day expression names, in week order without repeats, or undefined when
 * any part of it is not a day.
 *
 * @example
 * ```ts
 * parseWeekdays("Mon-Fri"); // ["mon", "tue", "wed", "thu", "fri"]
 * parseWeekdays("Tue & Thu"); // ["tue", "thu"]
 * parseWeekdays("weekends"); // ["sat", "sun"]
 * parseWeekdays("Fri to Mon"); // ["mon", "fri", "sat", "sun"]
 * ```
 */
export function parseWeekdays(text: string): Weekday[] | undefined {
  const chosen = new Set<number>();
  for (const part of text.trim().split(LIST)) {
    const days = daysOfPart(part);
    if (days === undefined) return undefined;
    for (const day of days) chosen.add(day);
  }
  return [...chosen].sort((a, b) => a - b).map((index) => WEEKDAYS[index]!);
}

/** Week indices (0 = Monday) of one list entry: a group, a range or a single day. */
function daysOfPart(part: string): number[] | undefined {
  const group = part.trim().toLowerCase().replace(/\.$/, "");
  if (group === "weekdays" || group === "weekday") return [0, 1, 2, 3, 4];
  if (group === "weekends" || group === "weekend") return [5, 6];
  const single = parseWeekday(part);
  if (single !== undefined) return [WEEKDAYS.indexOf(single)];
  const range = RANGE.exec(part.trim());
  if (range === null) return undefined;
  const from = parseWeekday(range[1]!);
  const to = parseWeekday(range[2]!);
  if (from === undefined || to === undefined) return undefined;
  const first = WEEKDAYS.indexOf(from);
  const length = ((WEEKDAYS.indexOf(to) - first + 7) % 7) + 1;
  return Array.from({ length }, (_, k) => (first + k) % 7);
}
