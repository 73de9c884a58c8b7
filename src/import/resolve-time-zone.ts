/**
 * A questionnaire's free-text time zone answer → an IANA zone name the model accepts.
 *
 * Tried in this order (the first that applies decides):
 * 1. the caller's own aliases (`mapping.timeZones`), compared as `normaliseName` does;
 * 2. a UTC offset ("UTC+2", "GMT-03:00", "UTC+5:30"; see `utc-offset.ts`);
 * 3. an abbreviation from the curated table ("EST", "CET"; "CST" is ambiguous and
 *    refused with its candidates);
 * 4. a long name from the curated table ("Central European Time");
 * 5. an IANA name with a slash ("Europe/Paris", any case; aliases such as
 *    "Asia/Calcutta" too). A name without one never reaches `Intl`, which knows legacy
 *    three-letter ids that mislead ("BST" is Asia/Dhaka to it, "ART" Africa/Cairo);
 * 6. the city of an IANA zone ("London", "New York", "Rome", "Kolkata").
 *
 * The zone found is checked with `isTimeZone`, so a runtime with an older time zone
 * database reports a name it lacks instead of passing it on.
 */
import { isTimeZone } from "../model/availability/time-zone.js";
import { todayUtc } from "../model/clock.js";
import { closestName } from "../errors/suggest.js";
import { abbreviationCandidates, knownLongNames, longNameZone, normaliseName } from "./time-zone-names.js";
import { readUtcOffset, zoneForOffset } from "./utc-offset.js";

/**
 * Where a time zone answer led: the zone, or why there is none. An ambiguous answer
 * lists its candidates; an unknown one may suggest the closest known name.
 */
export type TimeZoneResolution =
  | { readonly ok: true; readonly timeZone: string }
  | {
      readonly ok: false;
      readonly code: "unknown_timezone" | "ambiguous_timezone";
      /** Completes a sentence that starts with the answer: `"CST" is ambiguous: …`. */
      readonly problem: string;
      /** The zones the answer may mean (ambiguous), or the closest known name (unknown). */
      readonly candidates: readonly string[];
    };

/** Options of {@link resolveTimeZone}. */
export interface ResolveTimeZoneOptions {
  /**
   * Extra names → zones, checked first (names compared in any case, punctuation and
   * spacing ignored). A target may be anything `resolveTimeZone` accepts.
   */
  readonly aliases?: Readonly<Record<string, string>>;
  /**
   * The date (`YYYY-MM-DD`) at which an offset that is not a whole hour is checked
   * against the zone standing for it.
   * @defaultValue today (UTC)
   */
  readonly referenceDate?: string;
}

/** What a time zone answer may be, for messages. */
export const EXPECTED_TIME_ZONE =
  'an IANA name such as "Europe/Paris", an offset such as "UTC+2" or "UTC+05:30", or a name such as "Central European Time"';

/**
 * Resolves one free-text time zone answer (see `docs/import.md` for every form accepted).
 *
 * @example
 * ```ts
 * resolveTimeZone("Central European Time"); // { ok: true, timeZone: "Europe/Berlin" }
 * resolveTimeZone("UTC+2"); // { ok: true, timeZone: "Etc/GMT-2" }
 * resolveTimeZone("CST"); // { ok: false, code: "ambiguous_timezone", candidates: ["America/Chicago", …] }
 * resolveTimeZone("CST", { aliases: { CST: "America/Chicago" } }); // { ok: true, timeZone: "America/Chicago" }
 * ```
 */
export function resolveTimeZone(text: string, options: ResolveTimeZoneOptions = {}): TimeZoneResolution {
  const answer = text.trim();
  const aliased = aliasTarget(answer, options.aliases);
  const found = aliased === undefined ? resolveName(answer, options) : resolveName(aliased, {});
  if (!found.ok || isTimeZone(found.timeZone)) return found;
  return {
    ok: false,
    code: "unknown_timezone",
    problem: `stands for ${found.timeZone}, which this JavaScript runtime's time zone data does not know`,
    candidates: [],
  };
}

function aliasTarget(answer: string, aliases: Readonly<Record<string, string>> | undefined): string | undefined {
  if (aliases === undefined) return undefined;
  const key = normaliseName(answer);
  for (const [name, target] of Object.entries(aliases)) if (normaliseName(name) === key) return target;
  return undefined;
}

function resolveName(answer: string, options: ResolveTimeZoneOptions): TimeZoneResolution {
  if (answer === "") return unknown("is empty");
  const offset = readUtcOffset(answer);
  if (offset !== undefined) {
    if ("problem" in offset) return unknown(offset.problem);
    const zone = zoneForOffset(offset.minutes, options.referenceDate ?? todayUtc());
    return zone.ok ? zone : { ok: false, code: "unknown_timezone", problem: zone.problem, candidates: zone.candidates };
  }
  const abbreviation = abbreviationCandidates(answer);
  if (abbreviation.length === 1) return { ok: true, timeZone: abbreviation[0]!.zone };
  if (abbreviation.length > 1) {
    const named = abbreviation.map((candidate) => `${candidate.zone} (${candidate.label})`);
    const listed = `${named.slice(0, -1).join(", ")} or ${named[named.length - 1]!}`;
    return {
      ok: false,
      code: "ambiguous_timezone",
      problem: `is ambiguous: it may mean ${listed}`,
      candidates: abbreviation.map((candidate) => candidate.zone),
    };
  }
  const long = longNameZone(answer);
  if (long !== undefined) return { ok: true, timeZone: long };
  if (answer.includes("/") && isTimeZone(answer)) return { ok: true, timeZone: canonicalCase(answer) };
  const city = cityZone(answer);
  if (city !== undefined) return { ok: true, timeZone: city };
  if (/^[a-z]{1,5}$/i.test(answer)) return unknown("is not an abbreviation this import knows");
  suggestions ??= [...ianaNames(), ...renamedCities().map(([, zone]) => zone), ...knownLongNames(), ...cityNames()];
  const near = suggestions.filter((name) => withinTwoEdits(answer, name));
  const suggestion = closestName(answer, near);
  const hint = suggestion === undefined ? "" : ` (did you mean ${JSON.stringify(suggestion)}?)`;
  return {
    ok: false,
    code: "unknown_timezone",
    problem: `is not a time zone${hint}`,
    candidates: suggestion === undefined ? [] : [suggestion],
  };
}

/**
 * False when `name` is surely more than two edits from `answer` (closestName's limit), by
 * a cheap bound: an edit changes the letter counts by at most two, so the distance is at
 * least half the difference of the two strings' letter counts. Keeps the suggestion the
 * same and the search fast (a few hundred zone names).
 */
function withinTwoEdits(answer: string, name: string): boolean {
  if (Math.abs(name.length - answer.length) > 2) return false;
  const counts = new Map<string, number>();
  for (const letter of answer.toLowerCase()) counts.set(letter, (counts.get(letter) ?? 0) + 1);
  for (const letter of name.toLowerCase()) counts.set(letter, (counts.get(letter) ?? 0) - 1);
  let difference = 0;
  for (const count of counts.values()) difference += Math.abs(count);
  return difference <= 4;
}

function unknown(problem: string): TimeZoneResolution {
  return { ok: false, code: "unknown_timezone", problem, candidates: [] };
}

/** The zone's name as `Intl` spells it when only the case differs ("europe/paris" → "Europe/Paris"). */
function canonicalCase(name: string): string {
  const resolved = new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  return resolved.toLowerCase() === name.toLowerCase() ? resolved : name;
}

/** The IANA names `Intl` lists (empty on a runtime without `Intl.supportedValuesOf`). */
function ianaNames(): readonly string[] {
  return typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
}

/** Current city names `Intl`'s list spells the old way. */
function renamedCities(): (readonly [string, string])[] {
  return [
    ["kolkata", "Asia/Kolkata"],
    ["kathmandu", "Asia/Kathmandu"],
    ["kyiv", "Europe/Kyiv"],
    ["ho chi minh", "Asia/Ho_Chi_Minh"],
    ["ho chi minh city", "Asia/Ho_Chi_Minh"],
    ["yangon", "Asia/Yangon"],
  ];
}

let cities: Map<string, string> | undefined;
/** Every name an unknown answer may be told it resembles; built on first use. */
let suggestions: string[] | undefined;

/** City names as people write them ("New York"), for suggestions. */
function cityNames(): string[] {
  return ianaNames()
    .filter((name) => name.includes("/") && !name.startsWith("Etc/"))
    .map((name) => name.slice(name.lastIndexOf("/") + 1).replaceAll("_", " "));
}

/** The zone whose city (the last part of the IANA name) is `answer`, when exactly one is. */
function cityZone(answer: string): string | undefined {
  if (cities === undefined) {
    const byCity = new Map<string, string | null>();
    for (const name of ianaNames()) {
      const city = normaliseName(name.slice(name.lastIndexOf("/") + 1));
      if (!name.includes("/") || name.startsWith("Etc/")) continue;
      byCity.set(city, byCity.has(city) ? null : name);
    }
    for (const [city, zone] of renamedCities()) byCity.set(city, zone);
    cities = new Map([...byCity].filter((entry): entry is [string, string] => entry[1] !== null));
  }
  return cities.get(normaliseName(answer));
}
