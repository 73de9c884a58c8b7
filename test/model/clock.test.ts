import { describe, expect, it } from "vitest";
import { clockMinutes, isCalendarDate, noonUtc } from "../../src/model/clock.js";

describe("clock helpers", () => {
  it("reads HH:MM as minutes since midnight", () => {
    expect(clockMinutes("00:00")).toBe(0);
    expect(clockMinutes("09:05")).toBe(545);
    expect(clockMinutes("24:00")).toBe(1440);
  });

  it("knows which dates exist", () => {
    expect(isCalendarDate("2026-03-15")).toBe(true);
    expect(isCalendarDate("2028-02-29")).toBe(true); // leap year
    expect(isCalendarDate("2100-02-29")).toBe(false); // not a leap year
    expect(isCalendarDate("2000-02-29")).toBe(true);
    expect(isCalendarDate("0001-01-01")).toBe(true); // years below 100 are not shifted to 19xx
    expect(isCalendarDate("2026-02-29")).toBe(false);
    expect(isCalendarDate("2026-12-32")).toBe(false);
    expect(isCalendarDate("2026-12-00")).toBe(false);
    expect(isCalendarDate("20260315")).toBe(false);
  });

  it("gives the instant 12:00 UTC of a date", () => {
    expect(noonUtc("2026-03-15")).toBe(Date.UTC(2026, 2, 15, 12));
    expect(new Date(noonUtc("0050-06-01")).toISOString()).toBe("0050-06-01T12:00:00.000Z");
  });
});
