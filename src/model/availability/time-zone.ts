/**
 * IANA time zones through `Intl`: whether a name is a zone, and the UTC offset a zone
 * has at one instant. Formatters are cached (they cost tens of microseconds each to
 * build); the cache is created on first use and bounded, so garbage input cannot grow it
 * without limit.
 */

const CACHE_LIMIT = 1024;
let formatters: Map<string, Intl.DateTimeFormat | null> | undefined;

/** The formatter for `timeZone`, or null when `Intl` does not know the zone. */
function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  formatters ??= new Map();
  const cached = formatters.get(timeZone);
  if (cached !== undefined) return cached;
  let formatter: Intl.DateTimeFormat | null;
  try {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    formatter = null;
  }
  if (formatters.size >= CACHE_LIMIT) formatters.clear();
  formatters.set(timeZone, formatter);
  return formatter;
}

/**
 * True when `Intl` knows `timeZone` as an IANA zone name (case-insensitive, aliases
 * such as `"Asia/Calcutta"` included).
 *
 * @example
 * ```ts
 * isTimeZone("Asia/Kathmandu"); // true
 * isTimeZone("Mars/Base"); // false
 * ```
 */
export function isTimeZone(timeZone: string): boolean {
  return timeZone.length > 0 && formatterFor(timeZone) !== null;
}

/**
 * True for the zone names a participant may give: `Area/Location` (`"Europe/Oslo"`,
 * `"America/Argentina/Buenos_Aires"`, `"Etc/GMT-2"`), or `"UTC"` / `"GMT"`. Names
 * without a slash are abbreviations or legacy aliases that `Intl` reads in surprising
 * ways (`"BST"` as Asia/Dhaka), so they are not accepted even when `Intl` knows them.
 *
 * @example
 * ```ts
 * isRegionalZoneName("Europe/London"); // true
 * isRegionalZoneName("BST"); // false
 * ```
 */
export function isRegionalZoneName(timeZone: string): boolean {
  return timeZone.includes("/") || /^(utc|gmt)$/i.test(timeZone);
}

/**
 * The offset `local - UTC` in whole minutes that `timeZone` has at `epochMs`
 * (positive east of Greenwich: +330 for Asia/Kolkata, -150 for America/St_Johns in
 * summer). Read from the zone's wall clock, so it works for any offset, including
 * 45-minute ones and daylight saving. Historic offsets with seconds are rounded.
 *
 * @example
 * ```ts
 * utcOffsetMinutes("Asia/Kathmandu", Date.UTC(2026, 0, 1, 12)); // 345
 * ```
 */
export function utcOffsetMinutes(timeZone: string, epochMs: number): number {
  const formatter = formatterFor(timeZone);
  if (formatter === null) throw new RangeError(`utcOffsetMinutes: unknown time zone "${timeZone}"`);
  const field = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatter.formatToParts(epochMs)) {
    if (Object.hasOwn(field, part.type)) field[part.type as keyof typeof field] = Number(part.value);
  }
  const wall = new Date(0);
  wall.setUTCFullYear(field.year, field.month - 1, field.day);
  wall.setUTCHours(field.hour, field.minute, field.second, 0);
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  return Math.round((wall.getTime() - wholeSecond) / 60_000);
}
