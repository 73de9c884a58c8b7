/**
 * UTC offsets as people write them ("UTC+2", "GMT-03:00", "UTC+5:30", "+0545") → a time
 * zone name the model accepts, with exactly that offset.
 *
 * The model reads zones through `Intl`, which on Node 20 knows no offset zones such as
 * "+05:30". What it knows with a fixed offset:
 * - whole hours: the IANA zones "Etc/GMT-14" … "Etc/GMT+12", whose sign is inverted
 *   (POSIX style: "Etc/GMT-2" is UTC+2), and "UTC" for UTC+0;
 * - no fixed zone exists for a non-whole hour, so such an offset maps to the IANA zone
 *   that keeps it all year without daylight saving (UTC+5:30 → Asia/Kolkata,
 *   UTC+5:45 → Asia/Kathmandu, …), checked at the reference date. Offsets only kept for
 *   part of the year (UTC−3:30 in Newfoundland, UTC+10:30 on Lord Howe Island) have no
 *   such zone and are refused, naming the zone to write instead.
 */
import { utcOffsetMinutes } from "../model/availability/time-zone.js";
import { noonUtc } from "../model/clock.js";

/** The offset text read as minutes east of UTC, or what was wrong; undefined when it is no offset. */
export type OffsetReading = { readonly minutes: number } | { readonly problem: string } | undefined;

const OFFSET = /^(?:(?:utc|gmt|ut)\s*)?([+\-−])\s*(\d{1,2})(?:[:.h]?(\d{2}))?$/i;
const BARE_UTC = /^(?:utc|gmt|ut|z|zulu)$/i;
const LOOKS_LIKE_OFFSET = /^(?:utc|gmt|ut)\s*[+\-−±]/i;

/** Largest offsets in use: UTC−12 (Baker Island) to UTC+14 (Kiribati). */
const MIN_OFFSET = -12 * 60;
const MAX_OFFSET = 14 * 60;

/**
 * Reads "UTC", "UTC+2", "UTC +02:00", "GMT-3", "GMT-03:00", "UTC+5:30", "UTC+0530",
 * "+05:30" and "−5" (with a minus sign) as minutes east of UTC.
 *
 * @example
 * ```ts
 * readUtcOffset("UTC+5:30"); // { minutes: 330 }
 * readUtcOffset("GMT-03:00"); // { minutes: -180 }
 * readUtcOffset("Europe/Paris"); // undefined
 * ```
 */
export function readUtcOffset(text: string): OffsetReading {
  const trimmed = text.trim();
  if (BARE_UTC.test(trimmed)) return { minutes: 0 };
  const match = OFFSET.exec(trimmed);
  if (match === null) {
    return LOOKS_LIKE_OFFSET.test(trimmed) ? { problem: `is not an offset such as "UTC+2" or "UTC+05:30"` } : undefined;
  }
  const hours = Number(match[2]);
  const minutes = match[3] === undefined ? 0 : Number(match[3]);
  if (minutes > 59) return { problem: "has minutes beyond 59" };
  const sign = match[1] === "+" ? 1 : -1;
  const total = sign * (hours * 60 + minutes);
  if (total < MIN_OFFSET || total > MAX_OFFSET) {
    return { problem: `is outside the offsets in use (${formatOffset(MIN_OFFSET)} to ${formatOffset(MAX_OFFSET)})` };
  }
  return { minutes: total };
}

/**
 * "UTC+5:30" for 330, "UTC−3" for −180, "UTC" for 0.
 *
 * @example
 * ```ts
 * formatOffset(-570); // "UTC−9:30"
 * ```
 */
export function formatOffset(minutes: number): string {
  if (minutes === 0) return "UTC";
  const sign = minutes > 0 ? "+" : "−";
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `UTC${sign}${hours}${rest === 0 ? "" : `:${String(rest).padStart(2, "0")}`}`;
}

/** Zones that keep a non-whole-hour offset all year, without daylight saving. */
function fixedFractionalZones(): ReadonlyMap<number, string> {
  return new Map([
    [-570, "Pacific/Marquesas"],
    [210, "Asia/Tehran"],
    [270, "Asia/Kabul"],
    [330, "Asia/Kolkata"],
    [345, "Asia/Kathmandu"],
    [390, "Asia/Yangon"],
    [525, "Australia/Eucla"],
    [570, "Australia/Darwin"],
  ]);
}

/** Zones that have a non-whole-hour offset for part of the year only: what to write instead. */
function seasonalFractionalZones(): ReadonlyMap<number, readonly string[]> {
  return new Map([
    [-210, ["America/St_Johns"]],
    [-150, ["America/St_Johns"]],
    [630, ["Australia/Adelaide", "Australia/Lord_Howe", "Australia/Broken_Hill"]],
    [765, ["Pacific/Chatham"]],
    [825, ["Pacific/Chatham"]],
  ]);
}

/** The zone for an offset, or why there is none (with the zones to write instead). */
export type OffsetZone =
  | { readonly ok: true; readonly timeZone: string }
  | { readonly ok: false; readonly problem: string; readonly candidates: readonly string[] };

/**
 * The zone name the model accepts with exactly `minutes` east of UTC at `referenceDate`
 * (`YYYY-MM-DD`): "UTC", "Etc/GMT∓h" for whole hours, else the zone that keeps the offset
 * all year.
 *
 * @example
 * ```ts
 * zoneForOffset(120, "2026-03-02"); // { ok: true, timeZone: "Etc/GMT-2" }
 * zoneForOffset(330, "2026-03-02"); // { ok: true, timeZone: "Asia/Kolkata" }
 * ```
 */
export function zoneForOffset(minutes: number, referenceDate: string): OffsetZone {
  if (minutes === 0) return { ok: true, timeZone: "UTC" };
  if (minutes % 60 === 0) {
    const hours = Math.abs(minutes) / 60;
    return { ok: true, timeZone: `Etc/GMT${minutes > 0 ? "-" : "+"}${hours}` };
  }
  const fixed = fixedFractionalZones().get(minutes);
  if (fixed !== undefined) {
    const actual = utcOffsetMinutes(fixed, noonUtc(referenceDate));
    if (actual === minutes) return { ok: true, timeZone: fixed };
    return {
      ok: false,
      problem: `stands for ${fixed}, which was at ${formatOffset(actual)} on ${referenceDate}, the reference date`,
      candidates: [fixed],
    };
  }
  const seasonal = seasonalFractionalZones().get(minutes) ?? [];
  const instead = seasonal.length === 0 ? "" : `: write the IANA name, such as ${seasonal.join(" or ")}`;
  return {
    ok: false,
    problem: `is an offset no time zone keeps all year${instead}`,
    candidates: seasonal,
  };
}
