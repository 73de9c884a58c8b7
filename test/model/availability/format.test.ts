import { describe, expect, it } from "vitest";
import { formatWeekInterval, formatWeekMinute } from "../../../src/model/availability/format.js";

describe("formatWeekMinute", () => {
  it("shows a UTC minute of the week in local time", () => {
    expect(formatWeekMinute(1020, 60)).toBe("Mon 18:00"); // Mon 17:00 UTC, +01:00
    expect(formatWeekMinute(0, -300)).toBe("Sun 19:00"); // Mon 00:00 UTC, -05:00 wraps back
    expect(formatWeekMinute(10079, 345)).toBe("Mon 05:44"); // Sun 23:59 UTC, +05:45
    expect(formatWeekMinute(10080 + 30, 0)).toBe("Mon 00:30"); // past the week wraps
  });
});

describe("formatWeekInterval", () => {
  it("writes a same-day interval with one day name", () => {
    expect(formatWeekInterval(1020, 1140, 60)).toBe("Mon 18:00–20:00");
  });

  it("writes an end at local midnight as 24:00", () => {
    expect(formatWeekInterval(990, 1110, 330)).toBe("Mon 22:00–24:00"); // Kolkata
  });

  it("names both days for an interval across midnight, also across Sunday 24:00", () => {
    expect(formatWeekInterval(1380, 1500, 0)).toBe("Mon 23:00–Tue 01:00");
    expect(formatWeekInterval(10020, 10140, 0)).toBe("Sun 23:00–Mon 01:00");
  });

  it('writes a whole week as "all week"', () => {
    expect(formatWeekInterval(0, 10080, 330)).toBe("all week");
  });
});
