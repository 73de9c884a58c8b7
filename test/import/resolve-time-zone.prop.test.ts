import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explainPair } from "peermatch";
import { resolveTimeZone } from "peermatch/import";
import { offsetFromZoneName, writeOffset } from "../support/oracles/clock-text.js";

const WEEK = 10080;
const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
const REFERENCE_DATE = "2026-03-02";

/** Offsets a zone keeps all year: whole hours from UTC−12 to UTC+14, and the fixed non-whole ones. */
const offsetArb = fc.oneof(
  fc.integer({ min: -12, max: 14 }).map((hours) => hours * 60),
  fc.constantFrom(-570, 210, 270, 330, 345, 390, 525, 570),
);

const hhmm = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

describe("UTC offset laws", () => {
  it("an offset, however written, resolves to a zone with exactly that offset", () => {
    fc.assert(
      fc.property(offsetArb, fc.nat(), (offset, style) => {
        const resolved = resolveTimeZone(writeOffset(offset, style), { referenceDate: REFERENCE_DATE });
        expect(resolved.ok).toBe(true);
        if (!resolved.ok) return;
        expect(offsetFromZoneName(resolved.timeZone, new Date(`${REFERENCE_DATE}T12:00:00Z`))).toBe(offset);
        // A whole-hour offset is an Etc zone: the same offset all year.
        if (offset % 60 === 0) {
          for (const month of ["01", "04", "07", "10"]) {
            expect(offsetFromZoneName(resolved.timeZone, new Date(`2026-${month}-15T12:00:00Z`))).toBe(offset);
          }
        }
      }),
    );
  });

  it("the model's overlap puts a slot in the resolved zone exactly where UTC arithmetic puts it", () => {
    fc.assert(
      fc.property(
        offsetArb,
        fc.nat(),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 1439 }),
        fc.integer({ min: 60, max: 300 }),
        (offset, style, day, start, length) => {
          const zone = resolveTimeZone(writeOffset(offset, style), { referenceDate: REFERENCE_DATE });
          if (!zone.ok) throw new Error(zone.problem);
          // The local slot, and the same minutes computed by hand in UTC: local − offset on the cyclic week.
          const local = { day: DAYS[day]!, start: hhmm(start), end: hhmm((start + length) % 1440) };
          const utcStart = (((day * 1440 + start - offset) % WEEK) + WEEK) % WEEK;
          const utcSlot = {
            day: DAYS[Math.floor(utcStart / 1440)]!,
            start: hhmm(utcStart % 1440),
            end: hhmm((utcStart + length) % 1440),
          };
          const options = { availability: { referenceDate: REFERENCE_DATE, minOverlapMinutes: 1 } };
          const same = explainPair(
            { id: "local", availability: { timezone: zone.timeZone, slots: [local] } },
            { id: "utc", availability: { timezone: "UTC", slots: [utcSlot] } },
            options,
          );
          expect(same.features.availability?.detail.overlapMinutes).toBe(length);
          // One hour later in UTC overlaps one hour less: the sign of the offset is right.
          const later = (utcStart + 60) % WEEK;
          const shifted = {
            day: DAYS[Math.floor(later / 1440)]!,
            start: hhmm(later % 1440),
            end: hhmm((later + length) % 1440),
          };
          const apart = explainPair(
            { id: "local", availability: { timezone: zone.timeZone, slots: [local] } },
            { id: "utc", availability: { timezone: "UTC", slots: [shifted] } },
            options,
          );
          expect(apart.features.availability?.detail.overlapMinutes).toBe(length - 60);
        },
      ),
    );
  });
});
