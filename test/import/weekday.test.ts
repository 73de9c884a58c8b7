import { describe, expect, it } from "vitest";
import { parseWeekday, parseWeekdays } from "../../src/import/weekday.js";

describe("parseWeekday", () => {
  it("reads full names, abbreviations, plurals and two-letter forms in any case", () => {
    expect(["Monday", "Mon", "mon", "MON", "Mondays", "Mon.", "Mo"].map(parseWeekday)).toEqual(Array(7).fill("mon"));
    expect(["Tues", "Tu", "tuesday"].map(parseWeekday)).toEqual(["tue", "tue", "tue"]);
    expect(["Weds", "Wed", "Wedn"].map(parseWeekday)).toEqual(["wed", "wed", "wed"]);
    expect(["Thurs", "Thur", "Th"].map(parseWeekday)).toEqual(["thu", "thu", "thu"]);
  });

  it("refuses what is not a day", () => {
    expect(["", "M", "Mnday", "Moonday", "day", "weekday", "Tuesday evening"].map(parseWeekday)).toEqual(
      Array(7).fill(undefined),
    );
  });
});

describe("parseWeekdays", () => {
  it("reads groups, ranges and lists of days", () => {
    expect(parseWeekdays("weekdays")).toEqual(["mon", "tue", "wed", "thu", "fri"]);
    expect(parseWeekdays("Weekends")).toEqual(["sat", "sun"]);
    expect(parseWeekdays("Monday to Wednesday")).toEqual(["mon", "tue", "wed"]);
    expect(parseWeekdays("Fri–Mon")).toEqual(["mon", "fri", "sat", "sun"]);
    expect(parseWeekdays("Tue & Thu")).toEqual(["tue", "thu"]);
    expect(parseWeekdays("Mon/Wed/Fri")).toEqual(["mon", "wed", "fri"]);
    expect(parseWeekdays("Tuesday and Thursday")).toEqual(["tue", "thu"]);
  });

  it("refuses a list with one part that is not a day", () => {
    expect(parseWeekdays("Mon & someday")).toBeUndefined();
    expect(parseWeekdays("Mon-Fryday")).toBeUndefined();
  });
});
