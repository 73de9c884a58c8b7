import { describe, expect, it } from "vitest";
import { roundDate } from "../../../src/programs/lifecycle/calendar.js";

describe("roundDate", () => {
  it("keeps the start's day of the month, clamped to shorter months (not drifting after a clamp)", () => {
    const dates = [0, 1, 2, 3, 4, 12, 13].map((k) => roundDate("2026-01-31", "monthly", k));
    expect(dates).toEqual([
      "2026-01-31",
      "2026-02-28",
      "2026-03-31",
      "2026-04-30",
      "2026-05-31",
      "2027-01-31",
      "2027-02-28",
    ]);
    expect(roundDate("2027-12-29", "monthly", 2)).toBe("2028-02-29");
  });

  it("adds 7 or 14 days for weekly and biweekly cadences, across month and year ends", () => {
    expect(roundDate("2026-12-24", "weekly", 1)).toBe("2026-12-31");
    expect(roundDate("2026-12-24", "weekly", 2)).toBe("2027-01-07");
    expect(roundDate("2026-02-20", "biweekly", 1)).toBe("2026-03-06");
    expect(roundDate("2026-03-02", "biweekly", 0)).toBe("2026-03-02");
  });
});
