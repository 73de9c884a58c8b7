import { describe, expect, it } from "vitest";
import { weeklyUtcIntervals } from "../../../src/model/availability/weekly-intervals.js";
import type { Slot } from "../../../src/model/types.js";

// Minute-of-week arithmetic: Monday 00:00 UTC = 0, day d (mon = 0) starts at d * 1440,
// the week has 10080 minutes. UTC = local - offset.
const MON = 0;
const SUN = 6 * 1440; // 8640
const WEEK = 10080;
const slot = (day: Slot["day"], start: string, end: string): Slot => ({ day, start, end });

describe("weeklyUtcIntervals", () => {
  it("shifts a slot by the zone offset (Kolkata +05:30)", () => {
    // Mon 09:00–10:00 IST = Mon 03:30–04:30 UTC = [210, 270).
    expect(weeklyUtcIntervals([slot("mon", "09:00", "10:00")], 330)).toEqual([MON + 210, MON + 270]);
  });

  it("crosses midnight when end is earlier than start", () => {
    // Tue 22:00 – Wed 01:00 at UTC: [1440 + 1320, 1440 + 1440 + 60) = [2760, 2940).
    expect(weeklyUtcIntervals([slot("tue", "22:00", "01:00")], 0)).toEqual([2760, 2940]);
  });

  it('treats "24:00" as the end of the day', () => {
    // Fri 20:00–24:00 UTC: [4 * 1440 + 1200, 5 * 1440) = [6960, 7200).
    expect(weeklyUtcIntervals([slot("fri", "20:00", "24:00")], 0)).toEqual([6960, 7200]);
    // 00:00–24:00 is the whole day, not an empty slot.
    expect(weeklyUtcIntervals([slot("wed", "00:00", "24:00")], 0)).toEqual([2880, 4320]);
  });

  it("splits Sunday 23:00 – Monday 01:00 at the week boundary", () => {
    // Sun 23:00 = 8640 + 1380 = 10020; the slot runs 120 minutes to 10140 = Mon 01:00 (60).
    expect(weeklyUtcIntervals([slot("sun", "23:00", "01:00")], 0)).toEqual([0, 60, SUN + 1380, WEEK]);
  });

  it("wraps a Monday-morning slot east of Greenwich back into Sunday (Kathmandu +05:45)", () => {
    // Mon 00:00–02:00 NPT = Sun 18:15–20:15 UTC: 8640 + 1095 = 9735 .. 9855.
    expect(weeklyUtcIntervals([slot("mon", "00:00", "02:00")], 345)).toEqual([9735, 9855]);
  });

  it("wraps a Sunday-night slot west of Greenwich into Monday (St John's -03:30)", () => {
    // Sun 22:00 NST – Mon 01:00 NST: local 8640 + 1320 = 9960, + 210 = 10170 ≡ 90 (Mon 01:30 UTC),
    // 180 minutes long, so [90, 270).
    expect(weeklyUtcIntervals([slot("sun", "22:00", "01:00")], -210)).toEqual([90, 270]);
  });

  it("splits a slot that the shift pushes across the boundary (Tokyo +09:00)", () => {
    // Mon 08:00–10:00 JST = Sun 23:00 – Mon 01:00 UTC.
    expect(weeklyUtcIntervals([slot("mon", "08:00", "10:00")], 540)).toEqual([0, 60, 10020, WEEK]);
  });

  it("merges overlapping and touching slots, and sorts them", () => {
    const slots = [
      slot("mon", "12:00", "14:00"),
      slot("mon", "09:00", "10:00"),
      slot("mon", "13:00", "15:00"),
      slot("mon", "10:00", "11:00"),
    ];
    // 09:00–11:00 (touching pieces merged) and 12:00–15:00.
    expect(weeklyUtcIntervals(slots, 0)).toEqual([540, 660, 720, 900]);
  });

  it("merges a whole week of full days into one interval", () => {
    const days: Slot["day"][] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    expect(
      weeklyUtcIntervals(
        days.map((day) => slot(day, "00:00", "24:00")),
        330,
      ),
    ).toEqual([0, WEEK]);
  });

  it("gives no intervals for no slots", () => {
    expect(weeklyUtcIntervals([], 60)).toEqual([]);
  });
});
