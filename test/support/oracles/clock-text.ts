/**
 * Independent oracle for the import's clock, weekday and offset parsers: it goes the other
 * way, writing known minutes, days and offsets as people type them, so a parser is
 * checked against values that were never parsed. No code is shared with src/import.
 */
import fc from "fast-check";

const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** How a 12-hour time is written. */
export type TwelveHourStyle = "h:mm AM" | "h:mmam" | "hh:mm AM" | "h:mm a.m." | "h AM";
/** How a 24-hour time is written. */
export type TwentyFourHourStyle = "HH:MM" | "H:MM" | "H.MM" | "HhMM";

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** `minute` (0..1439) as a 12-hour time; `withMarker: false` leaves AM/PM out. */
export function writeTwelveHour(minute: number, style: TwelveHourStyle, withMarker = true): string {
  const hour24 = Math.floor(minute / 60);
  const minutes = minute % 60;
  const hour = hour24 % 12 === 0 ? 12 : hour24 % 12;
  const am = hour24 < 12;
  const marker = (text: string) => (withMarker ? text : "");
  switch (style) {
    case "h:mm AM":
      return `${hour}:${pad(minutes)}${marker(am ? " AM" : " PM")}`;
    case "h:mmam":
      return `${hour}:${pad(minutes)}${marker(am ? "am" : "pm")}`;
    case "hh:mm AM":
      return `${pad(hour)}:${pad(minutes)}${marker(am ? " AM" : " PM")}`;
    case "h:mm a.m.":
      return `${hour}:${pad(minutes)}${marker(am ? " a.m." : " p.m.")}`;
    case "h AM":
      // Only whole hours can be written without minutes.
      return minutes === 0
        ? `${hour}${marker(am ? " AM" : " PM")}`
        : `${hour}:${pad(minutes)}${marker(am ? " AM" : " PM")}`;
  }
}

/** `minute` (0..1440) as a 24-hour time; 1440 is "24:00". */
export function writeTwentyFourHour(minute: number, style: TwentyFourHourStyle): string {
  const hour = Math.floor(minute / 60);
  const minutes = minute % 60;
  switch (style) {
    case "HH:MM":
      return `${pad(hour)}:${pad(minutes)}`;
    case "H:MM":
      return `${hour}:${pad(minutes)}`;
    case "H.MM":
      return `${hour}.${pad(minutes)}`;
    case "HhMM":
      return `${hour}h${pad(minutes)}`;
  }
}

export const twelveHourStyleArb = fc.constantFrom<TwelveHourStyle>(
  "h:mm AM",
  "h:mmam",
  "hh:mm AM",
  "h:mm a.m.",
  "h AM",
);
export const twentyFourHourStyleArb = fc.constantFrom<TwentyFourHourStyle>("HH:MM", "H:MM", "H.MM", "HhMM");
/** What people put between the two times of a range. */
export const rangeSeparatorArb = fc.constantFrom("–", "-", " - ", " – ", "—", " to ", " until ");

/** The length in minutes (1..1440) of the range from `start` to `end`, crossing midnight when end <= start. */
export function rangeLength(start: number, end: number): number {
  return end > start ? end - start : end + 1440 - start;
}

/** A day written as people do: full, abbreviated (3+ letters), plural or two letters, in some case. */
export const writtenDayArb = fc
  .record({
    day: fc.integer({ min: 0, max: 6 }),
    form: fc.constantFrom("full", "prefix", "plural", "two", "dot"),
    prefix: fc.integer({ min: 3, max: 9 }),
    casing: fc.constantFrom("lower", "upper", "title"),
  })
  .map(({ day, form, prefix, casing }) => {
    const full = DAY_NAMES[day]!;
    let word =
      form === "full"
        ? full
        : form === "plural"
          ? `${full}s`
          : form === "two"
            ? full.slice(0, 2)
            : form === "dot"
              ? `${full.slice(0, 3)}.`
              : full.slice(0, Math.min(prefix, full.length));
    word = casing === "lower" ? word.toLowerCase() : casing === "upper" ? word.toUpperCase() : word;
    return { day, word };
  });

/** The days from `first` to `last` (indices, 0 = Monday), wrapping past Sunday. */
export function daysFromTo(first: number, last: number): number[] {
  const days = [first];
  for (let day = first; day !== last; ) {
    day = (day + 1) % 7;
    days.push(day);
  }
  return days;
}

/** An offset (minutes east of UTC) written as people do: "UTC+5:30", "GMT-03:00", "UTC+0530", "+05:30", "UTC −3". */
export function writeOffset(minutes: number, style: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  switch (style % 6) {
    case 0:
      return rest === 0 ? `UTC${sign}${hours}` : `UTC${sign}${hours}:${pad(rest)}`;
    case 1:
      return `GMT${sign}${pad(hours)}:${pad(rest)}`;
    case 2:
      return `UTC${sign}${pad(hours)}${pad(rest)}`;
    case 3:
      return `${sign}${pad(hours)}:${pad(rest)}`;
    case 4:
      return `UTC ${sign === "-" ? "−" : "+"}${hours}${rest === 0 ? "" : `:${pad(rest)}`}`;
    default:
      return `gmt${sign}${hours}:${pad(rest)}`;
  }
}

/**
 * The offset of `timeZone` at `instant`, read from `Intl`'s "longOffset" time zone name
 * ("GMT+05:30"), not from wall-clock parts as the model reads it.
 */
export function offsetFromZoneName(timeZone: string, instant: Date): number {
  const name = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
    .formatToParts(instant)
    .find((part) => part.type === "timeZoneName")?.value;
  const match = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name ?? "");
  if (match === null) throw new Error(`unexpected offset name ${name}`);
  if (match[1] === undefined) return 0;
  return (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}
