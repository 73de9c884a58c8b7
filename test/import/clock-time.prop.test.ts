import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseClockRange } from "../../src/import/clock-time.js";
import {
  rangeLength,
  rangeSeparatorArb,
  twelveHourStyleArb,
  twentyFourHourStyleArb,
  writeTwelveHour,
  writeTwentyFourHour,
} from "../support/oracles/clock-text.js";

/** Two different minutes of the day: a range's start and end (the end may be earlier: across midnight). */
const rangeArb = fc
  .tuple(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 1439 }))
  .filter(([start, end]) => start !== end);

/** What the parser returns for an end: midnight at the end of a range is 1440. */
const endOf = (end: number) => (end === 0 ? 1440 : end);

describe("clock range laws", () => {
  it("a range written in 12-hour time with AM/PM on both sides reads back as written", () => {
    fc.assert(
      fc.property(rangeArb, twelveHourStyleArb, twelveHourStyleArb, rangeSeparatorArb, ([start, end], a, b, sep) => {
        const text = `${writeTwelveHour(start, a)}${sep}${writeTwelveHour(end, b)}`;
        expect(parseClockRange(text, "auto")).toEqual({ ok: true, range: { start, end: endOf(end) } });
        expect(parseClockRange(text, "12h")).toEqual({ ok: true, range: { start, end: endOf(end) } });
      }),
    );
  });

  it("a range written in 24-hour time reads back as written, 24:00 included", () => {
    fc.assert(
      fc.property(
        rangeArb,
        twentyFourHourStyleArb,
        twentyFourHourStyleArb,
        rangeSeparatorArb,
        ([start, end], a, b, sep) => {
          const text = `${writeTwentyFourHour(start, a)}${sep}${writeTwentyFourHour(endOf(end), b)}`;
          expect(parseClockRange(text, "auto")).toEqual({ ok: true, range: { start, end: endOf(end) } });
          expect(parseClockRange(text, "24h")).toEqual({ ok: true, range: { start, end: endOf(end) } });
        },
      ),
    );
  });

  it("a range shorter than 12 hours that says AM/PM on one side only reads back as meant", () => {
    fc.assert(
      fc.property(
        rangeArb.filter(([start, end]) => rangeLength(start, end) < 720),
        twelveHourStyleArb,
        fc.boolean(),
        rangeSeparatorArb,
        ([start, end], style, markStart, sep) => {
          const text = `${writeTwelveHour(start, style, markStart)}${sep}${writeTwelveHour(end, style, !markStart)}`;
          expect(parseClockRange(text, "auto")).toEqual({ ok: true, range: { start, end: endOf(end) } });
        },
      ),
    );
  });

  it("the 24-hour clock refuses AM/PM and the 12-hour clock needs it", () => {
    fc.assert(
      fc.property(rangeArb, twelveHourStyleArb, twentyFourHourStyleArb, ([start, end], twelve, twentyFour) => {
        expect(parseClockRange(`${writeTwelveHour(start, twelve)}-${writeTwelveHour(end, twelve)}`, "24h").ok).toBe(
          false,
        );
        const bare = `${writeTwentyFourHour(start, twentyFour)}-${writeTwentyFourHour(endOf(end), twentyFour)}`;
        expect(parseClockRange(bare, "12h").ok).toBe(false);
      }),
    );
  });

  it("a range that starts where it ends is refused: a slot needs a length", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), twelveHourStyleArb, (minute, style) => {
        expect(
          parseClockRange(`${writeTwelveHour(minute, style)} - ${writeTwelveHour(minute, style)}`, "auto").ok,
        ).toBe(false);
      }),
    );
  });
});
