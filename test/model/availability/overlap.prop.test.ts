import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { overlapIntervals, weeklyOverlapMinutes } from "../../../src/model/availability/overlap.js";
import { normaliseCohort } from "../../../src/model/normalise-cohort.js";
import type { Slot } from "../../../src/model/types.js";
import { availabilityArb, referenceDateArb } from "../../support/arbitraries/model.js";

// An independent verifier: offsets from Intl's "longOffset" name (not from wall-clock
// parts as the model does) and availability as one flag per minute of the week.
const WEEK = 10080;
const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

function offsetFromName(timeZone: string, referenceDate: string): number {
  const instant = new Date(`${referenceDate}T12:00:00Z`);
  const name = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
    .formatToParts(instant)
    .find((part) => part.type === "timeZoneName")?.value;
  const match = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name ?? "");
  if (match === null) throw new Error(`unexpected offset name ${name}`);
  if (match[1] === undefined) return 0;
  return (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

function minuteFlags(person: { timezone: string; slots: Slot[] }, referenceDate: string): Uint8Array {
  const offset = offsetFromName(person.timezone, referenceDate);
  const flags = new Uint8Array(WEEK);
  for (const { day, start, end } of person.slots) {
    const from = Number(start.slice(0, 2)) * 60 + Number(start.slice(3));
    const to = Number(end.slice(0, 2)) * 60 + Number(end.slice(3));
    const length = to > from ? to - from : to + 1440 - from;
    const localStart = DAYS.indexOf(day) * 1440 + from;
    for (let k = 0; k < length; k++) flags[(((localStart + k - offset) % WEEK) + WEEK) % WEEK] = 1;
  }
  return flags;
}

/** The first minute at which two flag arrays differ, or -1 (cheaper than a deep equal on 10080 entries). */
function firstDifference(a: Uint8Array, b: Uint8Array): number {
  for (let m = 0; m < WEEK; m++) if (a[m] !== b[m]) return m;
  return -1;
}

const pairArb = fc.tuple(availabilityArb, availabilityArb, referenceDateArb);

function cohortOf(
  a: { timezone: string; slots: Slot[] },
  b: { timezone: string; slots: Slot[] },
  referenceDate: string,
) {
  return normaliseCohort(
    [
      { id: "a", availability: a },
      { id: "b", availability: b },
    ],
    { availability: { referenceDate } },
    "law",
  ).availability;
}

describe("weekly availability laws", () => {
  it("each person's intervals are exactly the minutes of their slots in UTC", () => {
    fc.assert(
      fc.property(pairArb, ([a, , referenceDate]) => {
        const week = cohortOf(a, { timezone: "UTC", slots: [] }, referenceDate);
        const flags = new Uint8Array(WEEK);
        for (let k = week.offsets[0]!; k < week.offsets[1]!; k++) {
          const start = week.starts[k]!;
          const end = week.ends[k]!;
          expect(0 <= start && start < end && end <= WEEK).toBe(true);
          if (k > week.offsets[0]!) expect(start).toBeGreaterThan(week.ends[k - 1]!); // sorted, gaps between
          flags.fill(1, start, end);
        }
        expect(firstDifference(flags, minuteFlags(a, referenceDate))).toBe(-1);
      }),
    );
  });

  it("weekly overlap equals the brute-force count of shared minutes", () => {
    fc.assert(
      fc.property(pairArb, ([a, b, referenceDate]) => {
        const flagsA = minuteFlags(a, referenceDate);
        const flagsB = minuteFlags(b, referenceDate);
        let shared = 0;
        for (let m = 0; m < WEEK; m++) shared += flagsA[m]! & flagsB[m]!;
        const week = cohortOf(a, b, referenceDate);
        expect(weeklyOverlapMinutes(week, 0, 1)).toBe(shared);
      }),
    );
  });

  it("weekly overlap is symmetric", () => {
    fc.assert(
      fc.property(pairArb, ([a, b, referenceDate]) => {
        const week = cohortOf(a, b, referenceDate);
        expect(weeklyOverlapMinutes(week, 0, 1)).toBe(weeklyOverlapMinutes(week, 1, 0));
      }),
    );
  });

  it("overlap windows are the maximal runs of shared minutes on the cyclic week", () => {
    fc.assert(
      fc.property(pairArb, ([a, b, referenceDate]) => {
        const flagsA = minuteFlags(a, referenceDate);
        const flagsB = minuteFlags(b, referenceDate);
        const shared = flagsA.map((flag, m) => flag & flagsB[m]!);
        let runs = 0;
        for (let m = 0; m < WEEK; m++) if (shared[m] === 1 && shared[(m + WEEK - 1) % WEEK] === 0) runs++;
        if (runs === 0 && shared[0] === 1) runs = 1; // the whole week
        const windows = overlapIntervals(cohortOf(a, b, referenceDate), 0, 1);
        const covered = new Uint8Array(WEEK);
        for (const [start, end] of windows) {
          for (let m = start; m < end; m++) covered[m % WEEK] = 1;
        }
        expect(firstDifference(covered, shared)).toBe(-1);
        expect(windows).toHaveLength(runs);
      }),
    );
  });
});
