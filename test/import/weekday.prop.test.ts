import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WEEKDAYS } from "../../src/model/availability/weekly-intervals.js";
import { parseWeekday, parseWeekdays } from "../../src/import/weekday.js";
import { daysFromTo, writtenDayArb } from "../support/oracles/clock-text.js";

describe("weekday laws", () => {
  it("a day written in full, abbreviated, plural or two-letter form, in any case, reads back", () => {
    fc.assert(
      fc.property(writtenDayArb, ({ day, word }) => {
        expect(parseWeekday(word)).toBe(WEEKDAYS[day]);
      }),
    );
  });

  it("a range of days reads as every day from the first to the last, wrapping past Sunday", () => {
    fc.assert(
      fc.property(writtenDayArb, writtenDayArb, fc.constantFrom("-", "–", " to ", " - "), (from, to, sep) => {
        const expected = daysFromTo(from.day, to.day)
          .sort((a, b) => a - b)
          .map((day) => WEEKDAYS[day]);
        expect(parseWeekdays(`${from.word}${sep}${to.word}`)).toEqual(expected);
      }),
    );
  });
});
