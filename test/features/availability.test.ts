import { describe, expect, it } from "vitest";
import {
  availabilityFeature,
  availabilityRulesOut,
  availabilityFromOverlap,
  availabilityOverlap,
  availabilityVetoes,
  availabilityVetoReason,
} from "../../src/features/availability.js";
import { scoring } from "../support/fixtures/scoring.js";

const amsterdam = (start: string, end: string, day = "mon") => ({
  timezone: "Europe/Amsterdam",
  slots: [{ day, start, end }],
});

describe("availability", () => {
  it("scores the weekly overlap against three meetings' worth of time", () => {
    // 15 Jan 2026: Amsterdam UTC+1, London UTC+0. Amsterdam Mon 18:00–20:00 = 17:00–19:00 UTC;
    // London Mon 16:00–22:00 = 16:00–22:00 UTC: 120 minutes shared.
    const { ctx, at } = scoring([
      { id: "ana", availability: amsterdam("18:00", "20:00") },
      { id: "bea", availability: { timezone: "Europe/London", slots: [{ day: "mon", start: "16:00", end: "22:00" }] } },
    ]);
    const overlap = availabilityOverlap(ctx, at("ana"), at("bea"));
    expect(overlap).toBe(120);
    expect(availabilityFromOverlap(ctx, overlap)).toBe(120 / 180);
    expect(availabilityFromOverlap(ctx, 500)).toBe(1);
    expect(availabilityVetoes(ctx, overlap)).toBe(false);
  });

  it("measures against minOverlapMinutes as the meeting length", () => {
    const { ctx } = scoring([{ id: "a" }], { availability: { minOverlapMinutes: 90 } });
    expect(availabilityFromOverlap(ctx, 135)).toBe(135 / 270);
  });

  it("vetoes an overlap shorter than minOverlapMinutes, with the minutes in the reason", () => {
    const { ctx, at } = scoring([
      { id: "a", availability: amsterdam("18:00", "19:00") },
      { id: "b", availability: amsterdam("18:30", "20:00") },
      { id: "c", availability: amsterdam("20:00", "21:00") },
    ]);
    const overlap = availabilityOverlap(ctx, at("a"), at("b"));
    expect(overlap).toBe(30);
    expect(availabilityVetoes(ctx, overlap)).toBe(true);
    expect(availabilityVetoReason(ctx, at("a"), at("b"))).toBe("Only 30 min of shared weekly time; 1 h needed");
    expect(availabilityVetoReason(ctx, at("a"), at("c"))).toBe("a and c share no weekly time (1 h needed)");
  });

  it("is unknown and never vetoes when either gave no availability", () => {
    const { ctx, at } = scoring([{ id: "a", availability: amsterdam("18:00", "19:00") }, { id: "b" }]);
    const overlap = availabilityOverlap(ctx, at("a"), at("b"));
    expect(overlap).toBeNaN();
    expect(availabilityVetoes(ctx, overlap)).toBe(false);
    expect(availabilityFeature().detail(ctx, at("a"), at("b"))).toEqual({ known: false });
  });

  it("counts a window across Sunday midnight UTC once, and explains it in local time", () => {
    // New York (UTC−5) Sun 18:00–23:00 = Sun 23:00–Mon 04:00 UTC; Amsterdam Mon 00:00–02:00 = Sun 23:00–Mon 01:00 UTC.
    const { ctx, at } = scoring([
      {
        id: "ny",
        availability: { timezone: "America/New_York", slots: [{ day: "sun", start: "18:00", end: "23:00" }] },
      },
      { id: "ams", availability: amsterdam("00:00", "02:00") },
    ]);
    expect(availabilityOverlap(ctx, at("ny"), at("ams"))).toBe(120);
    const detail = availabilityFeature().detail(ctx, at("ams"), at("ny"));
    expect(detail.overlapMinutes).toBe(120);
    expect(detail.intervals).toEqual([{ utcStart: 10020, minutes: 120, local: "Monday 00:00–02:00 Amsterdam time" }]);
    expect(availabilityFeature().reason(ctx, at("ny"), at("ams"))).toBe(
      "Sunday 18:00–20:00 New York time overlaps 2 h",
    );
  });

  it("names the longest shared window and the weekly total", () => {
    const { ctx, at } = scoring([
      {
        id: "a",
        availability: {
          timezone: "Europe/Amsterdam",
          slots: [
            { day: "mon", start: "18:00", end: "20:00" },
            { day: "wed", start: "12:00", end: "13:30" },
          ],
        },
      },
      {
        id: "b",
        availability: {
          timezone: "Europe/Amsterdam",
          slots: [
            { day: "mon", start: "17:00", end: "21:00" },
            { day: "wed", start: "12:00", end: "14:00" },
          ],
        },
      },
    ]);
    expect(availabilityFeature().reason(ctx, at("a"), at("b"))).toBe(
      "Monday 18:00–20:00 Amsterdam time overlaps 2 h (3 h 30 min a week in all)",
    );
  });

  it("rules a pair out quickly only when no hour holds time of both and a minimum is required", () => {
    const people = [
      { id: "a", availability: amsterdam("18:00", "18:30") },
      { id: "b", availability: amsterdam("18:30", "19:00") }, // same hour, no shared minute
      { id: "c", availability: amsterdam("20:00", "21:00") },
      { id: "d" },
    ];
    const { ctx, at } = scoring(people);
    expect(availabilityRulesOut(ctx, at("a"), at("c"))).toBe(true);
    expect(availabilityRulesOut(ctx, at("a"), at("b"))).toBe(false); // left to the exact test
    expect(availabilityOverlap(ctx, at("a"), at("b"))).toBe(0);
    expect(availabilityRulesOut(ctx, at("a"), at("d"))).toBe(false);
    const noMinimum = scoring(people, { availability: { minOverlapMinutes: 0 } });
    expect(availabilityRulesOut(noMinimum.ctx, noMinimum.at("a"), noMinimum.at("c"))).toBe(false);
  });
});
