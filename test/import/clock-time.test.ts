import { describe, expect, it } from "vitest";
import { parseClockRange } from "../../src/import/clock-time.js";

const range = (start: number, end: number) => ({ ok: true, range: { start, end } });

describe("parseClockRange", () => {
  it("reads the forms questionnaires use", () => {
    expect(parseClockRange("9:00 AM–10:30 AM", "auto")).toEqual(range(540, 630));
    expect(parseClockRange("9:00 AM - 10:30 AM", "auto")).toEqual(range(540, 630));
    expect(parseClockRange("09:00-10:30", "auto")).toEqual(range(540, 630));
    expect(parseClockRange("6 to 8 pm", "auto")).toEqual(range(1080, 1200));
    expect(parseClockRange("12-1pm", "auto")).toEqual(range(720, 780));
    expect(parseClockRange("noon until 1:30 p.m.", "auto")).toEqual(range(720, 810));
    expect(parseClockRange("9h30 – 11h", "auto")).toEqual(range(570, 660));
  });

  it("reads 12 AM as midnight and 12 PM as noon", () => {
    expect(parseClockRange("12:00 AM - 1:00 AM", "12h")).toEqual(range(0, 60));
    expect(parseClockRange("11:00 AM - 12:00 PM", "12h")).toEqual(range(660, 720));
  });

  it("ends at 24:00 when a range ends at midnight, and crosses midnight when the end is earlier", () => {
    expect(parseClockRange("6:00 PM - 12:00 AM", "auto")).toEqual(range(1080, 1440));
    expect(parseClockRange("20:00-24:00", "24h")).toEqual(range(1200, 1440));
    expect(parseClockRange("22:00-00:00", "24h")).toEqual(range(1320, 1440));
    expect(parseClockRange("10 PM - 1 AM", "auto")).toEqual(range(1320, 60));
    expect(parseClockRange("9pm-1am", "auto")).toEqual(range(1260, 60));
  });

  it("gives a side without AM/PM the reading that makes the range shorter", () => {
    expect(parseClockRange("11-1 PM", "auto")).toEqual(range(660, 780));
    expect(parseClockRange("9 AM - 5", "auto")).toEqual(range(540, 1020));
    expect(parseClockRange("10 PM - 1", "auto")).toEqual(range(1320, 60));
  });

  it("says what is wrong", () => {
    const problem = (text: string, clock: "auto" | "12h" | "24h" = "auto") => {
      const result = parseClockRange(text, clock);
      return result.ok ? "ok" : result.problem;
    };
    expect(problem("evenings")).toMatch(/^is not a time range/);
    expect(problem("25:00-26:00")).toMatch(/"25:00", whose hour is not 00–23/);
    expect(problem("9:60-10:00")).toMatch(/minutes are not 00–59/);
    expect(problem("13:00 PM - 2 PM")).toMatch(/hour is not 1–12/);
    expect(problem("9 AM - 9 AM")).toMatch(/same time/);
    expect(problem("9:00 AM - 10:00 AM", "24h")).toMatch(/24-hour clock/);
    expect(problem("09:00-10:00", "12h")).toMatch(/neither AM nor PM/);
    expect(problem("24:00-01:00")).toMatch(/hour is not 00–23/);
  });
});
