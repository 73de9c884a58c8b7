import { describe, expect, it } from "vitest";
import { isTimeZone, utcOffsetMinutes } from "../../src/model/availability/time-zone.js";
import {
  abbreviationCandidates,
  knownAbbreviations,
  knownLongNames,
  longNameZone,
} from "../../src/import/time-zone-names.js";
import { resolveTimeZone } from "peermatch/import";

const zoneOf = (answer: string, options = {}) => {
  const resolved = resolveTimeZone(answer, { referenceDate: "2026-03-02", ...options });
  return resolved.ok ? resolved.timeZone : resolved.code;
};

describe("resolveTimeZone", () => {
  it("takes IANA names in any case, and keeps aliases the runtime knows", () => {
    expect(zoneOf("Europe/Paris")).toBe("Europe/Paris");
    expect(zoneOf("  europe/paris ")).toBe("Europe/Paris");
    expect(zoneOf("Asia/Calcutta")).toBe("Asia/Calcutta");
    expect(zoneOf("America/Argentina/Buenos_Aires")).toBe("America/Argentina/Buenos_Aires");
  });

  it("maps offsets to fixed-offset zones: Etc/GMT with the inverted sign for whole hours", () => {
    expect(zoneOf("UTC+2")).toBe("Etc/GMT-2");
    expect(zoneOf("GMT-03:00")).toBe("Etc/GMT+3");
    expect(zoneOf("UTC −5")).toBe("Etc/GMT+5");
    expect(zoneOf("UTC+14")).toBe("Etc/GMT-14");
    expect(zoneOf("UTC-12")).toBe("Etc/GMT+12");
    expect(zoneOf("UTC")).toBe("UTC");
    expect(zoneOf("GMT+00:00")).toBe("UTC");
    expect(zoneOf("Z")).toBe("UTC");
  });

  it("maps an offset that is not a whole hour to the zone that keeps it all year", () => {
    expect(zoneOf("UTC+5:30")).toBe("Asia/Kolkata");
    expect(zoneOf("UTC+0545")).toBe("Asia/Kathmandu");
    expect(zoneOf("+09:30")).toBe("Australia/Darwin");
    expect(zoneOf("UTC-9:30")).toBe("Pacific/Marquesas");
  });

  it("refuses offsets no zone keeps all year, naming the zone to write instead", () => {
    const newfoundland = resolveTimeZone("UTC-3:30", { referenceDate: "2026-01-15" });
    expect(newfoundland).toMatchObject({ ok: false, code: "unknown_timezone", candidates: ["America/St_Johns"] });
    // Tehran kept daylight saving until 2022: on a summer date before then, UTC+3:30 is not Tehran.
    expect(resolveTimeZone("UTC+3:30", { referenceDate: "2021-07-01" })).toMatchObject({ ok: false });
    expect(zoneOf("UTC+3:30", { referenceDate: "2026-07-01" })).toBe("Asia/Tehran");
    expect(zoneOf("UTC+15")).toBe("unknown_timezone");
    expect(zoneOf("UTC-13")).toBe("unknown_timezone");
    expect(zoneOf("UTC+5:75")).toBe("unknown_timezone");
    expect(zoneOf("UTC+5.5")).toBe("unknown_timezone");
  });

  it("maps long names and unambiguous abbreviations to the region's zone, daylight saving included", () => {
    expect(zoneOf("Central European Time")).toBe("Europe/Berlin");
    expect(zoneOf("central european summer time")).toBe("Europe/Berlin");
    expect(zoneOf("Eastern Time (US & Canada)")).toBe("America/New_York");
    expect(zoneOf("India Standard Time")).toBe("Asia/Kolkata");
    expect(zoneOf("EST")).toBe("America/New_York");
    expect(zoneOf("edt")).toBe("America/New_York");
    expect(zoneOf("CET")).toBe("Europe/Berlin");
    expect(zoneOf("AEST")).toBe("Australia/Sydney");
  });

  it("refuses an ambiguous abbreviation, listing its candidates", () => {
    expect(resolveTimeZone("CST")).toMatchObject({
      ok: false,
      code: "ambiguous_timezone",
      candidates: ["America/Chicago", "Asia/Shanghai", "America/Havana"],
    });
    for (const answer of ["IST", "BST", "AST", "SST", "cst"]) expect(zoneOf(answer)).toBe("ambiguous_timezone");
  });

  it("never hands a short word to Intl, whose legacy ids mislead (BST is Asia/Dhaka to it)", () => {
    expect(isTimeZone("ECT")).toBe(true); // Intl's legacy id for Europe/Paris
    expect(zoneOf("ECT")).toBe("unknown_timezone");
    expect(zoneOf("PRC")).toBe("unknown_timezone");
  });

  it("takes the city of an IANA zone, new spellings included", () => {
    expect(zoneOf("London")).toBe("Europe/London");
    expect(zoneOf("new york")).toBe("America/New_York");
    expect(zoneOf("Rome")).toBe("Europe/Rome");
    expect(zoneOf("Kolkata")).toBe("Asia/Kolkata");
    expect(zoneOf("Kyiv")).toBe("Europe/Kyiv");
  });

  it("checks the caller's aliases first, compared loosely", () => {
    expect(zoneOf("CST", { aliases: { CST: "America/Chicago" } })).toBe("America/Chicago");
    expect(zoneOf("Home office (NL)", { aliases: { "home office nl": "Europe/Amsterdam" } })).toBe("Europe/Amsterdam");
    expect(zoneOf("mumbai", { aliases: { Mumbai: "UTC+5:30" } })).toBe("Asia/Kolkata");
  });

  it("suggests the closest name for a typo", () => {
    expect(resolveTimeZone("Europe/Pariss")).toMatchObject({ ok: false, candidates: ["Europe/Paris"] });
    expect(resolveTimeZone("Central Europen Time")).toMatchObject({ ok: false, candidates: ["Central European Time"] });
    expect(resolveTimeZone("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna")).toMatchObject({
      ok: false,
      code: "unknown_timezone",
    });
    expect(zoneOf("")).toBe("unknown_timezone");
  });
});

describe("the curated tables", () => {
  it("name only zones this runtime knows", () => {
    for (const name of knownLongNames()) expect(isTimeZone(longNameZone(name) ?? ""), name).toBe(true);
    for (const abbreviation of knownAbbreviations()) {
      for (const candidate of abbreviationCandidates(abbreviation))
        expect(isTimeZone(candidate.zone), abbreviation).toBe(true);
    }
  });

  it("map a summer-time name to a zone that is in summer time in the summer", () => {
    const july = Date.UTC(2026, 6, 15, 12);
    const january = Date.UTC(2026, 0, 15, 12);
    for (const name of ["Central European Summer Time", "Eastern Daylight Time", "British Summer Time"]) {
      const zone = longNameZone(name) ?? "";
      expect(utcOffsetMinutes(zone, july) - utcOffsetMinutes(zone, january), name).toBe(60);
    }
  });

  it("are documented in docs/import.md, every name and abbreviation", async () => {
    const { readFileSync } = await import("node:fs");
    const guide = readFileSync(new URL("../../docs/import.md", import.meta.url), "utf8");
    for (const name of [...knownLongNames(), ...knownAbbreviations()]) expect(guide, name).toContain(name);
  });
});
