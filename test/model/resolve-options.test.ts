import { afterEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_WEIGHTS } from "../../src/model/features.js";
import { resolveMatchOptions } from "../../src/model/resolve-options.js";
import { issuesOf } from "../support/issues-of.js";

describe("resolveMatchOptions", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("fills every default of the contract", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-03-15T23:30:00-05:00")); // already 16 March in UTC
    expect(resolveMatchOptions(undefined, "matchPeers")).toEqual({
      solver: "optimal",
      weights: { ...DEFAULT_WEIGHTS },
      availability: { minOverlapMinutes: 60, referenceDate: "2026-03-16" },
      experience: { toleranceYears: 5 },
      industry: "any",
      organization: "allow",
      language: { required: true },
      custom: [],
      reciprocity: "mean",
      missing: "zero",
      oddHandling: "trio",
      allowPastPartners: false,
      seed: "peermatch",
      strictStable: false,
    });
  });

  it("keeps what the caller set and merges weights with the defaults", () => {
    const score = () => 0.5;
    const resolved = resolveMatchOptions(
      {
        solver: "stable",
        weights: { geography: 0, goals: 5 },
        availability: { referenceDate: "2026-10-28" },
        experience: { maxGapYears: 10, minGapYears: 2 },
        language: { required: false },
        custom: [{ name: "city", weight: 1.5, score }],
        minScore: 0.3,
        seed: "spring",
      },
      "matchPeers",
    );
    expect(resolved.solver).toBe("stable");
    expect(resolved.weights).toEqual({ ...DEFAULT_WEIGHTS, geography: 0, goals: 5, city: 1.5 });
    expect(resolved.availability).toEqual({ minOverlapMinutes: 60, referenceDate: "2026-10-28" });
    expect(resolved.experience).toEqual({ toleranceYears: 5, maxGapYears: 10, minGapYears: 2 });
    expect(resolved.language.required).toBe(false);
    expect(resolved.custom[0]?.score).toBe(score);
    expect(resolved.minScore).toBe(0.3);
    expect(resolved.seed).toBe("spring");
  });

  it("throws MatchInputError with paths under options and the caller in the message", () => {
    const issues = issuesOf(() => resolveMatchOptions({ solver: "fastest", weights: { goals: -2 } }, "rotate"));
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid_value", ["options", "solver"]],
      ["out_of_range", ["options", "weights", "goals"]],
    ]);
    expect(issues[0]?.message).toBe(
      'rotate: options.solver must be one of "optimal", "fair", "stable", "greedy", got "fastest"',
    );
  });

  it("reports a custom name clash and a missing score function", () => {
    const issues = issuesOf(() =>
      resolveMatchOptions(
        {
          custom: [
            { name: "goals", weight: 1, score: () => 1 },
            { name: "x", weight: 1 },
          ],
        },
        "matchPeers",
      ),
    );
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid_type", ["options", "custom", 1, "score"]],
    ]);
    const clash = issuesOf(() =>
      resolveMatchOptions({ custom: [{ name: "goals", weight: 1, score: () => 1 }] }, "matchPeers"),
    );
    expect(clash.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid_value", ["options", "custom", 0, "name"]],
    ]);
  });
});
