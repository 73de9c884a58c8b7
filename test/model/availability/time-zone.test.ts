import { describe, expect, it } from "vitest";
import { noonUtc } from "../../../src/model/clock.js";
import { isTimeZone, utcOffsetMinutes } from "../../../src/model/availability/time-zone.js";

const offsetOn = (zone: string, date: string): number => utcOffsetMinutes(zone, noonUtc(date));

describe("isTimeZone", () => {
  it("accepts IANA names, aliases and UTC", () => {
    for (const zone of ["Europe/Amsterdam", "Asia/Kolkata", "Asia/Calcutta", "America/St_Johns", "UTC", "Etc/GMT+5"]) {
      expect(isTimeZone(zone)).toBe(true);
    }
  });

  it("rejects names Intl does not know, and the empty string", () => {
    for (const zone of ["Mars/Base", "Europe/Amsterdamm", "", "GMT+25"]) expect(isTimeZone(zone)).toBe(false);
  });
});

describe("utcOffsetMinutes at 12:00 UTC on the reference date", () => {
  it("half-hour and 45-minute zones have their fixed offsets", () => {
    expect(offsetOn("Asia/Kolkata", "2026-01-15")).toBe(5 * 60 + 30); // IST +05:30
    expect(offsetOn("Asia/Kolkata", "2026-07-15")).toBe(330); // no daylight saving
    expect(offsetOn("Asia/Kathmandu", "2026-07-15")).toBe(5 * 60 + 45); // NPT +05:45
  });

  it("St John's is -03:30 in winter and -02:30 in summer", () => {
    expect(offsetOn("America/St_Johns", "2026-01-15")).toBe(-(3 * 60 + 30));
    expect(offsetOn("America/St_Johns", "2026-07-15")).toBe(-(2 * 60 + 30));
  });

  it("Lord Howe Island shifts by half an hour: +11:00 in January, +10:30 in July", () => {
    expect(offsetOn("Australia/Lord_Howe", "2026-01-15")).toBe(660);
    expect(offsetOn("Australia/Lord_Howe", "2026-07-15")).toBe(630);
  });

  it("follows each region's own daylight-saving dates in 2026", () => {
    // US: DST from Sunday 8 March (02:00 local = 07:00 UTC) to Sunday 1 November.
    expect(offsetOn("America/New_York", "2026-03-07")).toBe(-300);
    expect(offsetOn("America/New_York", "2026-03-08")).toBe(-240);
    expect(offsetOn("America/New_York", "2026-10-31")).toBe(-240);
    expect(offsetOn("America/New_York", "2026-11-01")).toBe(-300);
    // EU: summer time from Sunday 29 March (01:00 UTC) to Sunday 25 October (01:00 UTC).
    expect(offsetOn("Europe/London", "2026-03-28")).toBe(0);
    expect(offsetOn("Europe/London", "2026-03-29")).toBe(60);
    expect(offsetOn("Europe/London", "2026-10-24")).toBe(60);
    expect(offsetOn("Europe/London", "2026-10-25")).toBe(0);
    expect(offsetOn("Europe/Amsterdam", "2026-03-15")).toBe(60);
    // Southern hemisphere: Sydney is on daylight time in January.
    expect(offsetOn("Australia/Sydney", "2026-01-15")).toBe(660);
    expect(offsetOn("Australia/Sydney", "2026-07-15")).toBe(600);
  });

  it("throws a RangeError for an unknown zone (callers validate first)", () => {
    expect(() => offsetOn("Mars/Base", "2026-01-15")).toThrow(RangeError);
  });
});
