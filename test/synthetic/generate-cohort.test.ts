import { describe, expect, it } from "vitest";
import { generateCohort, MatchInputError } from "peermatch";

describe("generateCohort", () => {
  it("is a pure function of size and seed", () => {
    expect(JSON.stringify(generateCohort(120, { seed: "s1" }))).toBe(
      JSON.stringify(generateCohort(120, { seed: "s1" })),
    );
    expect(JSON.stringify(generateCohort(120, { seed: "s1" }))).not.toBe(
      JSON.stringify(generateCohort(120, { seed: "s2" })),
    );
  });

  it("gives every participant a distinct id and excludes only people in the cohort", () => {
    const cohort = generateCohort(500, { seed: "ids" });
    const ids = new Set(cohort.map((p) => p.id));
    expect(ids.size).toBe(500);
    for (const p of cohort) for (const other of p.exclude ?? []) expect(ids.has(other) && other !== p.id).toBe(true);
  });

  it("mixes complete and sparse profiles, several time zones and skewed goals", () => {
    const cohort = generateCohort(1000, { seed: "mix" });
    const sparse = cohort.filter((p) => p.availability === undefined).length;
    expect(sparse).toBeGreaterThan(50);
    expect(sparse).toBeLessThan(200);
    const zones = new Set(cohort.map((p) => p.availability?.timezone).filter((z) => z !== undefined));
    expect(zones.size).toBeGreaterThanOrEqual(10);
    const goalCounts = new Map<string, number>();
    for (const p of cohort) for (const g of p.goals ?? []) goalCounts.set(g, (goalCounts.get(g) ?? 0) + 1);
    const counts = [...goalCounts.values()].sort((a, b) => b - a);
    expect(counts[0]).toBeGreaterThan(3 * (counts[counts.length - 1] ?? 0));
    expect(cohort.some((p) => (p.exclude ?? []).length > 0)).toBe(true);
  });

  it("keeps slots inside the day and non-empty", () => {
    for (const p of generateCohort(300, { seed: "slots" })) {
      for (const slot of p.availability?.slots ?? []) {
        expect(slot.start < slot.end).toBe(true);
        expect(slot.end <= "24:00").toBe(true);
      }
    }
  });

  it("rejects a size that is not a non-negative integer", () => {
    for (const size of [-1, 2.5, Number.NaN]) {
      expect(() => generateCohort(size)).toThrow(MatchInputError);
    }
    expect(generateCohort(0)).toEqual([]);
  });

  it("rejects a size too large to build with a MatchInputError, not a RangeError", () => {
    for (const size of [1e12, 2 ** 32]) {
      expect(() => generateCohort(size)).toThrow(MatchInputError);
    }
  });
});

describe("generateCohort options", () => {
  it("rejects a seed that is not a string and shares outside [0, 1]", () => {
    const attempt = (options: unknown) => () => generateCohort(3, options as { seed?: string });
    expect(attempt({ seed: 5 })).toThrow(MatchInputError);
    expect(attempt({ sparseShare: 1.5 })).toThrow(MatchInputError);
    expect(attempt({ excludeShare: Number.NaN })).toThrow(MatchInputError);
    expect(attempt(null)).toThrow(MatchInputError);
  });
});
