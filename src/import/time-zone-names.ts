/**
 * The curated tables behind `resolveTimeZone`: time zone abbreviations and long names as
 * people type them into a questionnaire, each mapped to one IANA zone, or marked
 * ambiguous with its candidates. `docs/import.md` lists them for users.
 *
 * The rule the tables follow: an abbreviation or long name stands for the local time of
 * its region, daylight saving included, so "EST", "EDT", "Eastern Time" and "Eastern
 * Standard Time" all become America/New_York (someone who writes "EST" in July means
 * New York's clock, not UTC−5). Places inside a region that keep standard time all year
 * (Arizona, Queensland, Saskatchewan) need their IANA name. An abbreviation in common use
 * for more than one region ("CST": US Central, China, Cuba) is ambiguous and refused.
 */

/** A zone a name may stand for, with the words that tell the candidates apart. */
export interface ZoneCandidate {
  readonly zone: string;
  readonly label: string;
}

/** [abbreviation, zone, label], or several candidates for an ambiguous one. */
type AbbreviationEntry = readonly [string, ...ZoneCandidate[]];

function zone(zone: string, label: string): ZoneCandidate {
  return { zone, label };
}

function abbreviationEntries(): AbbreviationEntry[] {
  const eastern = zone("America/New_York", "US Eastern Time");
  const central = zone("America/Chicago", "US Central Time");
  const mountain = zone("America/Denver", "US Mountain Time");
  const pacific = zone("America/Los_Angeles", "US Pacific Time");
  const atlantic = zone("America/Halifax", "Atlantic Time");
  const newfoundland = zone("America/St_Johns", "Newfoundland Time");
  const centralEurope = zone("Europe/Berlin", "Central European Time");
  const easternEurope = zone("Europe/Athens", "Eastern European Time");
  const westernEurope = zone("Europe/Lisbon", "Western European Time");
  const australiaEast = zone("Australia/Sydney", "Australian Eastern Time");
  const australiaCentral = zone("Australia/Adelaide", "Australian Central Time");
  const newZealand = zone("Pacific/Auckland", "New Zealand Time");
  return [
    ["ET", eastern],
    ["EST", eastern],
    ["EDT", eastern],
    ["CT", central],
    ["CDT", central],
    ["CST", central, zone("Asia/Shanghai", "China Standard Time"), zone("America/Havana", "Cuba Standard Time")],
    ["MT", mountain],
    ["MST", mountain],
    ["MDT", mountain],
    ["PT", pacific],
    ["PST", pacific],
    ["PDT", pacific],
    ["AKST", zone("America/Anchorage", "Alaska Time")],
    ["AKDT", zone("America/Anchorage", "Alaska Time")],
    ["HST", zone("Pacific/Honolulu", "Hawaii Time")],
    ["AST", atlantic, zone("Asia/Riyadh", "Arabia Standard Time")],
    ["ADT", atlantic],
    ["NST", newfoundland],
    ["NDT", newfoundland],
    ["BRT", zone("America/Sao_Paulo", "Brasília Time")],
    ["ART", zone("America/Argentina/Buenos_Aires", "Argentina Time")],
    ["WET", westernEurope],
    ["WEST", westernEurope],
    ["BST", zone("Europe/London", "British Summer Time"), zone("Asia/Dhaka", "Bangladesh Standard Time")],
    [
      "IST",
      zone("Asia/Kolkata", "India Standard Time"),
      zone("Europe/Dublin", "Irish Standard Time"),
      zone("Asia/Jerusalem", "Israel Standard Time"),
    ],
    ["CET", centralEurope],
    ["CEST", centralEurope],
    ["EET", easternEurope],
    ["EEST", easternEurope],
    ["MSK", zone("Europe/Moscow", "Moscow Time")],
    ["TRT", zone("Europe/Istanbul", "Turkey Time")],
    ["WAT", zone("Africa/Lagos", "West Africa Time")],
    ["CAT", zone("Africa/Maputo", "Central Africa Time")],
    ["EAT", zone("Africa/Nairobi", "East Africa Time")],
    ["SAST", zone("Africa/Johannesburg", "South Africa Standard Time")],
    ["GST", zone("Asia/Dubai", "Gulf Standard Time")],
    ["PKT", zone("Asia/Karachi", "Pakistan Standard Time")],
    ["NPT", zone("Asia/Kathmandu", "Nepal Time")],
    ["ICT", zone("Asia/Bangkok", "Indochina Time")],
    ["WIB", zone("Asia/Jakarta", "Western Indonesia Time")],
    ["SGT", zone("Asia/Singapore", "Singapore Time")],
    ["SST", zone("Asia/Singapore", "Singapore Standard Time"), zone("Pacific/Pago_Pago", "Samoa Standard Time")],
    ["HKT", zone("Asia/Hong_Kong", "Hong Kong Time")],
    ["PHT", zone("Asia/Manila", "Philippine Time")],
    ["JST", zone("Asia/Tokyo", "Japan Standard Time")],
    ["KST", zone("Asia/Seoul", "Korea Standard Time")],
    ["AWST", zone("Australia/Perth", "Australian Western Time")],
    ["ACST", australiaCentral],
    ["ACDT", australiaCentral],
    ["AEST", australiaEast],
    ["AEDT", australiaEast],
    ["AET", australiaEast],
    ["NZST", newZealand],
    ["NZDT", newZealand],
  ];
}

/** [IANA zone, long names…]. Names are matched after `normaliseName`. */
function longNameEntries(): (readonly [string, ...string[]])[] {
  return [
    ["UTC", "Coordinated Universal Time", "Universal Time", "Greenwich Mean Time", "Zulu Time"],
    [
      "America/New_York",
      "Eastern Time",
      "Eastern Standard Time",
      "Eastern Daylight Time",
      "Eastern Time (US & Canada)",
      "US Eastern Time",
    ],
    [
      "America/Chicago",
      "Central Time",
      "Central Standard Time",
      "Central Daylight Time",
      "Central Time (US & Canada)",
      "US Central Time",
    ],
    [
      "America/Denver",
      "Mountain Time",
      "Mountain Standard Time",
      "Mountain Daylight Time",
      "Mountain Time (US & Canada)",
      "US Mountain Time",
    ],
    [
      "America/Los_Angeles",
      "Pacific Time",
      "Pacific Standard Time",
      "Pacific Daylight Time",
      "Pacific Time (US & Canada)",
      "US Pacific Time",
    ],
    ["America/Anchorage", "Alaska Time", "Alaska Standard Time", "Alaska Daylight Time"],
    ["Pacific/Honolulu", "Hawaii Time", "Hawaii Standard Time", "Hawaii-Aleutian Standard Time"],
    ["America/Halifax", "Atlantic Time", "Atlantic Standard Time", "Atlantic Daylight Time", "Atlantic Time (Canada)"],
    ["America/St_Johns", "Newfoundland Time", "Newfoundland Standard Time", "Newfoundland Daylight Time"],
    ["America/Mexico_City", "Central Standard Time (Mexico)", "Mexico City Time"],
    ["America/Sao_Paulo", "Brasilia Time", "Brasília Time", "Brasilia Standard Time"],
    ["America/Argentina/Buenos_Aires", "Argentina Time", "Argentina Standard Time"],
    ["America/Bogota", "Colombia Time", "Colombia Standard Time"],
    ["America/Lima", "Peru Time", "Peru Standard Time"],
    ["America/Santiago", "Chile Time", "Chile Standard Time"],
    ["Europe/London", "British Time", "UK Time", "British Summer Time", "GMT Standard Time"],
    ["Europe/Dublin", "Irish Time", "Irish Standard Time"],
    ["Europe/Lisbon", "Western European Time", "Western European Summer Time", "Western European Standard Time"],
    [
      "Europe/Berlin",
      "Central European Time",
      "Central European Standard Time",
      "Central European Summer Time",
      "Middle European Time",
    ],
    ["Europe/Athens", "Eastern European Time", "Eastern European Standard Time", "Eastern European Summer Time"],
    ["Europe/Moscow", "Moscow Time", "Moscow Standard Time"],
    ["Europe/Istanbul", "Turkey Time", "Turkey Standard Time", "Türkiye Time"],
    ["Asia/Jerusalem", "Israel Time", "Israel Standard Time", "Israel Daylight Time"],
    ["Africa/Lagos", "West Africa Time", "West Africa Standard Time"],
    ["Africa/Maputo", "Central Africa Time"],
    ["Africa/Nairobi", "East Africa Time"],
    ["Africa/Johannesburg", "South Africa Standard Time", "South African Standard Time", "South Africa Time"],
    ["Africa/Cairo", "Egypt Standard Time", "Egypt Time"],
    ["Asia/Riyadh", "Arabia Standard Time", "Arabian Standard Time"],
    ["Asia/Dubai", "Gulf Standard Time", "Gulf Time"],
    ["Asia/Tehran", "Iran Standard Time", "Iran Time"],
    ["Asia/Karachi", "Pakistan Standard Time", "Pakistan Time"],
    ["Asia/Kolkata", "India Standard Time", "Indian Standard Time", "India Time"],
    ["Asia/Kathmandu", "Nepal Time", "Nepal Standard Time"],
    ["Asia/Dhaka", "Bangladesh Standard Time", "Bangladesh Time"],
    ["Asia/Bangkok", "Indochina Time", "SE Asia Standard Time"],
    ["Asia/Jakarta", "Western Indonesia Time", "Western Indonesian Time"],
    ["Asia/Singapore", "Singapore Time", "Singapore Standard Time"],
    ["Asia/Shanghai", "China Standard Time", "China Time", "Beijing Time"],
    ["Asia/Hong_Kong", "Hong Kong Time", "Hong Kong Standard Time"],
    ["Asia/Manila", "Philippine Time", "Philippine Standard Time", "Philippines Time"],
    ["Asia/Tokyo", "Japan Standard Time", "Japan Time"],
    ["Asia/Seoul", "Korea Standard Time", "Korean Standard Time", "Korea Time"],
    ["Australia/Perth", "Australian Western Standard Time", "Australian Western Time", "W. Australia Standard Time"],
    [
      "Australia/Adelaide",
      "Australian Central Time",
      "Australian Central Standard Time",
      "Australian Central Daylight Time",
    ],
    [
      "Australia/Sydney",
      "Australian Eastern Time",
      "Australian Eastern Standard Time",
      "Australian Eastern Daylight Time",
      "AUS Eastern Standard Time",
    ],
    ["Pacific/Auckland", "New Zealand Time", "New Zealand Standard Time", "New Zealand Daylight Time"],
  ];
}

/**
 * A name as the tables compare it: lower case, accents kept, every run of characters
 * other than letters and digits as one space ("Eastern Time (US & Canada)" →
 * "eastern time us canada").
 */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

let abbreviations: Map<string, readonly ZoneCandidate[]> | undefined;
let longNames: Map<string, string> | undefined;

/**
 * The candidates an abbreviation (any case) stands for: one for a known abbreviation,
 * several for an ambiguous one, none for an unknown one.
 */
export function abbreviationCandidates(text: string): readonly ZoneCandidate[] {
  abbreviations ??= new Map(abbreviationEntries().map(([name, ...zones]) => [name, zones]));
  return abbreviations.get(text.trim().toUpperCase()) ?? [];
}

/** The zone a long name stands for, or undefined. */
export function longNameZone(text: string): string | undefined {
  longNames ??= new Map(
    longNameEntries().flatMap(([zone, ...names]) => names.map((name) => [normaliseName(name), zone])),
  );
  return longNames.get(normaliseName(text));
}

/** Every long name in the table (for suggestions). */
export function knownLongNames(): string[] {
  return longNameEntries().flatMap(([, ...names]) => names);
}

/** Every abbreviation in the table, ambiguous ones included (for the docs test). */
export function knownAbbreviations(): string[] {
  return abbreviationEntries().map(([name]) => name);
}
