import { describe, expect, it } from "vitest";
import { formatWeekInterval } from "../../../src/model/availability/format.js";
import { overlapIntervals, weeklyOverlapMinutes } from "../../../src/model/availability/overlap.js";
import { normaliseCohort } from "../../../src/model/normalise-cohort.js";
import type { Slot } from "../../../src/model/types.js";

type Person = { timezone: string; slots: Slot[] };
const slot = (day: Slot["day"], start: string, end: string): Slot => ({ day, start, end });

/** Overlap of person "a" and person "b" with the zones' offsets on `referenceDate`. */
function overlapOf(a: Person, b: Person, referenceDate: string) {
  const cohort = normaliseCohort(
    [
      { id: "a", availability: a },
      { id: "b", availability: b },
    ],
    { availability: { referenceDate } },
    "test",
  );
  const week = cohort.availability;
  const windows = overlapIntervals(week, 0, 1);
  return {
    minutes: weeklyOverlapMinutes(week, 0, 1),
    reverse: weeklyOverlapMinutes(week, 1, 0),
    windows,
    inA: windows.map(([start, end]) => formatWeekInterval(start, end, week.utcOffsetMinutes[0]!)),
    inB: windows.map(([start, end]) => formatWeekInterval(start, end, week.utcOffsetMinutes[1]!)),
  };
}

describe("weekly overlap across time zones (expectations computed by hand)", () => {
  it("Amsterdam (+01:00 in January) and Kolkata (+05:30), with a 24:00 end", () => {
    // Amsterdam Mon 18:00–20:00 CET = Mon 17:00–19:00 UTC = [1020, 1140).
    // Kolkata Mon 22:00–24:00 IST = Mon 16:30–18:30 UTC = [990, 1110).
    // Shared: [1020, 1110) = 90 minutes = Mon 18:00–19:30 Amsterdam = Mon 22:30–24:00 Kolkata.
    const result = overlapOf(
      { timezone: "Europe/Amsterdam", slots: [slot("mon", "18:00", "20:00")] },
      { timezone: "Asia/Kolkata", slots: [slot("mon", "22:00", "24:00")] },
      "2026-01-12",
    );
    expect(result.minutes).toBe(90);
    expect(result.reverse).toBe(90);
    expect(result.windows).toEqual([[1020, 1110]]);
    expect(result.inA).toEqual(["Mon 18:00–19:30"]);
    expect(result.inB).toEqual(["Mon 22:30–24:00"]);
  });

  it("Amsterdam in summer (+02:00) moves an hour earlier against Kolkata", () => {
    // Amsterdam Mon 18:00–20:00 CEST = Mon 16:00–18:00 UTC = [960, 1080).
    // Kolkata Mon 22:00–24:00 IST = [990, 1110). Shared [990, 1080) = 90 minutes,
    // i.e. Mon 16:30–18:00 UTC = Mon 18:30–20:00 Amsterdam.
    // Kolkata Mon 20:00–21:00 IST = Mon 14:30–15:30 UTC: no overlap with Amsterdam.
    const result = overlapOf(
      { timezone: "Europe/Amsterdam", slots: [slot("mon", "18:00", "20:00")] },
      { timezone: "Asia/Kolkata", slots: [slot("mon", "20:00", "21:00"), slot("mon", "22:00", "24:00")] },
      "2026-07-06",
    );
    expect(result.minutes).toBe(90);
    expect(result.windows).toEqual([[990, 1080]]);
    expect(result.inA).toEqual(["Mon 18:30–20:00"]);
  });

  it("Kathmandu (+05:45) against London (+00:00 in January)", () => {
    // Kathmandu Tue 20:00–22:00 NPT = Tue 14:15–16:15 UTC = 1440 + 855 .. 1440 + 975 = [2295, 2415).
    // London Tue 15:00–17:00 GMT = [1440 + 900, 1440 + 1020) = [2340, 2460).
    // Shared: [2340, 2415) = 75 minutes.
    const result = overlapOf(
      { timezone: "Asia/Kathmandu", slots: [slot("tue", "20:00", "22:00")] },
      { timezone: "Europe/London", slots: [slot("tue", "15:00", "17:00")] },
      "2026-01-13",
    );
    expect(result.minutes).toBe(75);
    expect(result.inA).toEqual(["Tue 20:45–22:00"]);
    expect(result.inB).toEqual(["Tue 15:00–16:15"]);
  });

  it("St John's (-03:30 in January, -02:30 in July) against London", () => {
    // St John's Wed 12:00–14:00 NST = Wed 15:30–17:30 UTC; London Wed 16:00–18:00 GMT.
    // Shared Wed 16:00–17:30 UTC = 90 minutes.
    const winter = overlapOf(
      { timezone: "America/St_Johns", slots: [slot("wed", "12:00", "14:00")] },
      { timezone: "Europe/London", slots: [slot("wed", "16:00", "18:00")] },
      "2026-01-14",
    );
    expect(winter.minutes).toBe(90);
    // July: St John's Wed 12:00–14:00 NDT = Wed 14:30–16:30 UTC; London Wed 16:00–18:00 BST = 15:00–17:00 UTC.
    // Shared Wed 15:00–16:30 UTC = 90 minutes, i.e. Wed 12:30–14:00 in St John's.
    const summer = overlapOf(
      { timezone: "America/St_Johns", slots: [slot("wed", "12:00", "14:00")] },
      { timezone: "Europe/London", slots: [slot("wed", "16:00", "18:00")] },
      "2026-07-15",
    );
    expect(summer.minutes).toBe(90);
    expect(summer.inA).toEqual(["Wed 12:30–14:00"]);
    expect(summer.inB).toEqual(["Wed 16:00–17:30"]);
  });

  it("a slot crossing midnight overlaps a next-morning slot", () => {
    // A: Thu 23:00 – Fri 02:00 UTC = [3 * 1440 + 1380, 4 * 1440 + 120) = [5700, 5880).
    // B: Fri 01:00–03:00 UTC = [5820, 5940). Shared [5820, 5880) = 60 minutes.
    const result = overlapOf(
      { timezone: "UTC", slots: [slot("thu", "23:00", "02:00")] },
      { timezone: "UTC", slots: [slot("fri", "01:00", "03:00")] },
      "2026-01-15",
    );
    expect(result.minutes).toBe(60);
    expect(result.windows).toEqual([[5820, 5880]]);
  });

  it("Sunday 23:00 – Monday 01:00 wraps around the week", () => {
    // A (London, GMT): Sun 23:00 – Mon 01:00 = [10020, 10080) ∪ [0, 60).
    // B (Tokyo +09:00): Mon 08:30–09:30 JST = Sun 23:30 – Mon 00:30 UTC = [10050, 10080) ∪ [0, 30).
    // Shared: 30 + 30 = 60 minutes, one window across the boundary: [10050, 10110).
    const result = overlapOf(
      { timezone: "Europe/London", slots: [slot("sun", "23:00", "01:00")] },
      { timezone: "Asia/Tokyo", slots: [slot("mon", "08:30", "09:30")] },
      "2026-01-11",
    );
    expect(result.minutes).toBe(60);
    expect(result.windows).toEqual([[10050, 10110]]);
    expect(result.inA).toEqual(["Sun 23:30–Mon 00:30"]);
    expect(result.inB).toEqual(["Mon 08:30–09:30"]);
  });

  it("the March week when New York has switched to EDT and London is still on GMT", () => {
    // New York Mon 12:00–14:00, London Mon 16:00–18:00 (local times, both).
    const ny = { timezone: "America/New_York", slots: [slot("mon", "12:00", "14:00")] };
    const london = { timezone: "Europe/London", slots: [slot("mon", "16:00", "18:00")] };
    // 1 March: EST -5 → NY 17:00–19:00 UTC; GMT → London 16:00–18:00 UTC; shared 17:00–18:00 = 60.
    expect(overlapOf(ny, london, "2026-03-01").minutes).toBe(60);
    // 15 March: EDT -4 → NY 16:00–18:00 UTC; London still GMT 16:00–18:00 UTC; shared 120.
    expect(overlapOf(ny, london, "2026-03-15").minutes).toBe(120);
    // 29 March (12:00 UTC): London on BST +1 → 15:00–17:00 UTC; NY 16:00–18:00 UTC; shared 60.
    expect(overlapOf(ny, london, "2026-03-29").minutes).toBe(60);
  });

  it("the October–November week when London is back on GMT and New York still on EDT", () => {
    const ny = { timezone: "America/New_York", slots: [slot("thu", "12:00", "14:00")] };
    const london = { timezone: "Europe/London", slots: [slot("thu", "16:00", "18:00")] };
    // 21 October: BST +1 → London 15:00–17:00 UTC; EDT → NY 16:00–18:00 UTC; shared 60.
    expect(overlapOf(ny, london, "2026-10-21").minutes).toBe(60);
    // 28 October: London GMT 16:00–18:00 UTC; NY still EDT 16:00–18:00 UTC; shared 120.
    const gap = overlapOf(ny, london, "2026-10-28");
    expect(gap.minutes).toBe(120);
    expect(gap.inA).toEqual(["Thu 12:00–14:00"]);
    // 4 November: EST → NY 17:00–19:00 UTC; London 16:00–18:00 UTC; shared 60.
    expect(overlapOf(ny, london, "2026-11-04").minutes).toBe(60);
  });

  it("several windows in a week, and none when slots miss each other", () => {
    // A: Mon and Wed 10:00–12:00 UTC; B: Mon 11:00–13:00, Wed 09:00–10:30 UTC.
    // Shared: Mon 11:00–12:00 (60) + Wed 10:00–10:30 (30) = 90.
    const result = overlapOf(
      { timezone: "UTC", slots: [slot("mon", "10:00", "12:00"), slot("wed", "10:00", "12:00")] },
      { timezone: "UTC", slots: [slot("mon", "11:00", "13:00"), slot("wed", "09:00", "10:30")] },
      "2026-01-12",
    );
    expect(result.minutes).toBe(90);
    expect(result.windows).toEqual([
      [660, 720],
      [2880 + 600, 2880 + 630],
    ]);
    const none = overlapOf(
      { timezone: "UTC", slots: [slot("mon", "10:00", "12:00")] },
      { timezone: "UTC", slots: [slot("mon", "12:00", "13:00")] },
      "2026-01-12",
    );
    expect(none.minutes).toBe(0);
    expect(none.windows).toEqual([]);
  });

  it("a whole week against a whole week is [0, 10080]", () => {
    const days: Slot["day"][] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    const always = { timezone: "Asia/Kolkata", slots: days.map((day) => slot(day, "00:00", "24:00")) };
    const result = overlapOf(always, { ...always, timezone: "America/St_Johns" }, "2026-01-12");
    expect(result.minutes).toBe(10080);
    expect(result.windows).toEqual([[0, 10080]]);
    expect(result.inA).toEqual(["all week"]);
  });

  it("is 0 when either person gave no availability", () => {
    const cohort = normaliseCohort(
      [{ id: "a", availability: { timezone: "UTC", slots: [slot("mon", "10:00", "12:00")] } }, { id: "b" }],
      { availability: { referenceDate: "2026-01-12" } },
      "test",
    );
    expect(weeklyOverlapMinutes(cohort.availability, 0, 1)).toBe(0);
    expect(overlapIntervals(cohort.availability, 0, 1)).toEqual([]);
    expect(Array.from(cohort.availability.present)).toEqual([1, 0]);
    expect(Number.isNaN(cohort.availability.utcOffsetMinutes[1])).toBe(true);
  });
});
