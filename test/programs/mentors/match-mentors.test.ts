import { describe, expect, it } from "vitest";
import { matchMentors, MatchInputError } from "peermatch";
import type { MentorOptions } from "peermatch";
import { maxWeightBMatchingLp } from "peermatch/algorithms/lp";
import { REFERENCE_DATE } from "../../support/match-mentors-helpers.js";

const OPTIONS = { availability: { referenceDate: REFERENCE_DATE } } satisfies MentorOptions;

function inputError(run: () => unknown): MatchInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof MatchInputError) return error;
    throw error;
  }
  throw new Error("expected a MatchInputError");
}

describe("matchMentors examples", () => {
  const ada = {
    id: "ada",
    name: "Ada",
    capacity: 2,
    strengths: ["negotiation", "public speaking"],
    experienceYears: 15,
  };
  const bo = { id: "bo", name: "Bo", growthAreas: ["negotiation"], experienceYears: 3 };
  const cy = { id: "cy", name: "Cy", growthAreas: ["public speaking"], experienceYears: 2 };

  it("matches mentees whose growth areas the mentor's strengths cover, with reasons", () => {
    const result = matchMentors([ada], [bo, cy], OPTIONS);
    expect(result.assignments).toHaveLength(1);
    expect(result.assignments[0]?.mentor).toBe("ada");
    expect(result.assignments[0]?.mentees.map((m) => m.id).sort()).toEqual(["bo", "cy"]);
    expect(result.assignments[0]?.mentees[0]?.breakdown.complementarity).toBe(1);
    expect(result.assignments[0]?.mentees[0]?.reasons[0]).toMatch(/Ada's strength in .* covers .*'s growth area/);
    expect(result.unmatched).toEqual([]);
    expect(result.stats).toMatchObject({
      solver: "optimal",
      algorithm: "min-cost-flow",
      mentors: 1,
      mentees: 2,
      places: 2,
      matchedMentees: 2,
      stable: null,
    });
  });

  it("explains complementarity from the mentor to the mentee only", () => {
    const result = matchMentors([{ ...ada, growthAreas: ["pricing"] }], [{ ...bo, strengths: ["pricing"] }], OPTIONS);
    const [pair] = result.assignments[0]?.mentees ?? [];
    expect(pair?.reasons).toContain("Ada's strength in negotiation covers Bo's growth area");
    expect(pair?.reasons.join(" ")).not.toContain("Bo's strength");
    expect(pair?.breakdown.complementarity).toBe(1);
  });

  it("gives a mentor with capacity 0 nobody and says why", () => {
    const busy = { ...ada, id: "zoe", name: "Zoe", capacity: 0 };
    for (const solver of ["optimal", "fair", "stable"] as const) {
      const result = matchMentors([busy], [bo, cy], { ...OPTIONS, solver });
      expect(result.assignments).toEqual([]);
      expect(result.unmatched.find((u) => u.id === "zoe")).toMatchObject({
        side: "mentor",
        reason: "not-taking-mentees",
      });
      const left = result.unmatched.find((u) => u.id === "bo");
      expect(left).toMatchObject({ side: "mentee", reason: "no-feasible-partner" });
      expect(left?.detail).toMatch(/Zoe could, but is not taking mentees this cycle/);
    }
  });

  it("vetoes a mentor who is not at least minGapYears ahead, when both give experience", () => {
    const peerOfAda = { id: "di", name: "Di", growthAreas: ["negotiation"], experienceYears: 13 };
    const unknownYears = { id: "eve", name: "Eve", growthAreas: ["negotiation"] };
    const result = matchMentors([{ ...ada, capacity: 3 }], [bo, peerOfAda, unknownYears], {
      ...OPTIONS,
      experience: { minGapYears: 5 },
    });
    expect(result.assignments[0]?.mentees.map((m) => m.id).sort()).toEqual(["bo", "eve"]);
    const di = result.unmatched.find((u) => u.id === "di");
    expect(di?.reason).toBe("no-feasible-partner");
    expect(di?.detail).toContain(
      "Ada has 15 years of experience and Di 13; the program asks mentors to be at least 5 years ahead",
    );
  });

  it("leaves a mentee nobody can take unmatched with a readable reason", () => {
    const french = { id: "fy", name: "Fy", languages: ["fr"], growthAreas: ["negotiation"] };
    const result = matchMentors(
      [
        { ...ada, languages: ["en"] },
        { id: "gus", name: "Gus", exclude: ["fy"] },
      ],
      [french, bo],
      OPTIONS,
    );
    const fy = result.unmatched.find((u) => u.id === "fy");
    expect(fy).toMatchObject({ side: "mentee", reason: "no-feasible-partner" });
    expect(fy?.detail).toBe(
      "No mentor can take Fy: an exclusion rules out 1 person (e.g. Gus asked not to be paired with Fy); language rules out 1 person (e.g. No shared language).",
    );
  });

  it("says when a mentee's possible mentors are full", () => {
    const result = matchMentors([{ ...ada, capacity: 1 }], [bo, { ...bo, id: "bea", name: "Bea" }], OPTIONS);
    const left = result.unmatched.filter((u) => u.side === "mentee");
    expect(left).toHaveLength(1);
    expect(left[0]?.reason).toBe("partners-taken");
    expect(left[0]?.detail).toMatch(/could be matched with Ada, but their places go to other mentees/);
  });

  it("stable: mentee-optimal by default, mentor-optimal on request", () => {
    // Two stable matchings: mentees get their first choices in one, mentors in the other.
    const score = (a: { attributes?: Record<string, unknown> }, b: { id: string }) =>
      (a.attributes?.[b.id] as number | undefined) ?? null;
    const zero = {
      goals: 0,
      complementarity: 0,
      communication: 0,
      availability: 0,
      geography: 0,
      experience: 0,
      industry: 0,
      language: 0,
      commitment: 0,
    };
    const mentors = [
      { id: "m1", attributes: { e1: 0.2, e2: 0.9 } },
      { id: "m2", attributes: { e1: 0.9, e2: 0.2 } },
    ];
    const mentees = [
      { id: "e1", attributes: { m1: 0.9, m2: 0.2 } },
      { id: "e2", attributes: { m1: 0.2, m2: 0.9 } },
    ];
    const options: MentorOptions = {
      ...OPTIONS,
      solver: "stable",
      weights: zero,
      custom: [{ name: "pref", weight: 1, score }],
    };
    const pairs = (side?: "mentees" | "mentors") =>
      matchMentors(mentors, mentees, { ...options, ...(side ? { stableSide: side } : {}) }).assignments.map(
        (a) => `${a.mentor}:${a.mentees[0]?.id}`,
      );
    expect(pairs()).toEqual(["m1:e1", "m2:e2"]);
    expect(pairs("mentors")).toEqual(["m1:e2", "m2:e1"]);
    const stats = matchMentors(mentors, mentees, { ...options, stableSide: "mentors" }).stats;
    expect(stats).toMatchObject({
      stable: true,
      stableSide: "mentors",
      blockingPairs: 0,
      algorithm: "deferred-acceptance",
    });
  });

  it("honours pins and limits: disjoint groups by flow, overlapping groups by the LP", () => {
    const mentors = [
      ada,
      { id: "hal", name: "Hal", capacity: 1, strengths: ["negotiation"], experienceYears: 9, organization: "Acme" },
    ];
    const mentees = [bo, cy, { id: "ivy", name: "Ivy", growthAreas: ["negotiation"], organization: "acme " }];
    const pinned = matchMentors(mentors, mentees, { ...OPTIONS, pins: [["hal", "cy"]] });
    expect(pinned.assignments.find((a) => a.mentor === "hal")?.mentees.map((m) => m.id)).toEqual(["cy"]);
    const limited = matchMentors(mentors, mentees, { ...OPTIONS, limits: [{ field: "organization", max: 0 }] });
    expect(limited.stats.algorithm).toBe("min-cost-flow");
    expect(limited.assignments.find((a) => a.mentor === "hal")?.mentees.map((m) => m.id)).not.toContain("ivy");
    const overlapping = matchMentors(
      mentors,
      [...mentees, { id: "jo", growthAreas: ["negotiation"], organization: "Acme", industry: "Tech" }],
      {
        ...OPTIONS,
        limits: [
          { field: "organization", max: 0 },
          { field: "industry", max: 0 },
        ],
      },
    );
    expect(overlapping.stats.algorithm).toBe("min-cost-flow"); // hal gives no industry, so one group
    const disjoint = matchMentors(
      [{ ...mentors[1]!, industry: "tech" }, ada],
      [...mentees, { id: "jo", growthAreas: ["negotiation"], industry: "Tech" }],
      {
        ...OPTIONS,
        limits: [
          { field: "organization", max: 0 },
          { field: "industry", max: 0 },
        ],
      },
    );
    expect(disjoint.stats.algorithm).toBe("min-cost-flow"); // hal's organisation group {ivy} and industry group {jo} do not overlap
    const bothMentors = [{ ...mentors[1]!, industry: "tech" }, ada];
    const bothMentees = [
      ...mentees,
      { id: "jo", growthAreas: ["negotiation"], industry: "Tech", organization: "ACME" },
    ];
    const bothOptions = {
      ...OPTIONS,
      limits: [
        { field: "organization", max: 0 },
        { field: "industry", max: 0 },
      ],
    } satisfies MentorOptions;
    // Overlapping limits need the LP, which the root entry does not load: the caller passes it.
    const missing = inputError(() => matchMentors(bothMentors, bothMentees, bothOptions));
    expect(missing.issues.map((issue) => [issue.code, issue.path])).toEqual([["invalid_value", ["options", "limits"]]]);
    const both = matchMentors(bothMentors, bothMentees, { ...bothOptions, lpSolver: maxWeightBMatchingLp });
    expect(both.stats.algorithm).toBe("linear-program");
    const hal = both.assignments.find((a) => a.mentor === "hal")?.mentees.map((m) => m.id) ?? [];
    expect(hal).not.toContain("ivy");
    expect(hal).not.toContain("jo");
  });

  it("keeps timing out of the JSON, so the same input gives the same JSON", () => {
    const first = matchMentors([ada], [bo, cy], OPTIONS);
    expect(first.stats.timeMs).toBeGreaterThanOrEqual(0);
    expect(first.stats.scoringMs).toBeGreaterThanOrEqual(0);
    expect(Object.keys(first.stats)).not.toContain("timeMs");
    expect(JSON.stringify(matchMentors([ada], [bo, cy], OPTIONS))).toBe(JSON.stringify(first));
  });

  it("handles empty sides", () => {
    expect(matchMentors([], [bo], OPTIONS).unmatched).toEqual([
      {
        id: "bo",
        side: "mentee",
        reason: "no-feasible-partner",
        detail: "No mentor can take Bo: there are no mentors.",
      },
    ]);
    expect(matchMentors([ada], [], OPTIONS).unmatched[0]).toMatchObject({
      id: "ada",
      side: "mentor",
      reason: "no-feasible-partner",
    });
    for (const solver of ["optimal", "fair", "stable"] as const) {
      const empty = matchMentors([], [], { ...OPTIONS, solver });
      expect(empty).toMatchObject({ assignments: [], unmatched: [], blockingPairs: [] });
      expect(empty.stats).toMatchObject({ mentors: 0, mentees: 0, matchedMentees: 0, totalScore: 0 });
    }
  });

  it("gives a mentor with a capacity beyond 2^31 all the mentees, whatever the solver (no wrap to a negative capacity)", () => {
    for (const solver of ["optimal", "fair", "stable"] as const) {
      for (const capacity of [2 ** 31 - 1, 1e12]) {
        const result = matchMentors([{ ...ada, capacity }], [bo, cy], { ...OPTIONS, solver });
        expect(result.assignments.map((a) => [a.mentor, a.mentees.map((m) => m.id).sort()])).toEqual([
          ["ada", ["bo", "cy"]],
        ]);
      }
    }
  });
});

describe("matchMentors input errors", () => {
  const ada = { id: "ada", capacity: 1 };
  const bo = { id: "bo" };

  it("rejects an id used on both sides, naming both", () => {
    const error = inputError(() => matchMentors([ada, bo], [{ id: "cy" }, { id: "ada" }]));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ code: "duplicate_id", path: ["mentees", 1, "id"], participantId: "ada" });
    expect(error.issues[0]?.message).toContain("mentors[0]");
  });

  it("addresses participant issues by side and index", () => {
    // @ts-expect-error -- a mentee without an id and with a numeric name, on purpose
    const error = inputError(() => matchMentors([ada], [bo, { id: "cy", capacity: -1 }, { name: 3 }]));
    expect(error.issues.map((issue) => issue.path.slice(0, 3))).toEqual([
      ["mentees", 1, "capacity"],
      ["mentees", 2, "id"],
      ["mentees", 2, "name"],
    ]);
    expect(error.issues[0]?.message).toMatch(/^matchMentors: mentee "cy" capacity/);
    expect(error.issues[1]?.message).toMatch(/^matchMentors: mentee at index 2/);
  });

  it("rejects non-array sides and bad options together", () => {
    const error = inputError(() =>
      // @ts-expect-error -- not an array, and a peer-only solver: both are reported
      matchMentors({}, [bo], { solver: "greedy" }),
    );
    expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid_type", ["mentors"]],
      ["invalid_value", ["options", "solver"]],
    ]);
  });

  it("rejects peer-only and unknown options", () => {
    const error = inputError(() =>
      matchMentors([ada], [bo], { oddHandling: "trio", pinz: [] } as unknown as MentorOptions),
    );
    expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["unrecognized_key", ["options", "oddHandling"]],
      ["unrecognized_key", ["options", "pinz"]],
    ]);
    expect(error.issues[1]?.message).toContain("pins");
  });

  it("rejects pins with unknown or misplaced ids, repeated mentees and pins beyond capacity", () => {
    const error = inputError(() =>
      matchMentors([ada], [bo, { id: "cy" }], {
        pins: [
          ["bo", "ada"],
          ["ada", "nobody"],
          ["ada", "bo"],
          ["ada", "bo"],
          ["ada", "cy"],
        ],
      }),
    );
    expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["unknown_id", ["options", "pins", 0, 0]],
      ["unknown_id", ["options", "pins", 0, 1]],
      ["unknown_id", ["options", "pins", 1, 1]],
      ["invalid_value", ["options", "pins", 3]],
      ["out_of_range", ["options", "pins", 4]],
    ]);
    expect(error.issues[0]?.message).toContain('mentor "bo" is a mentee, not a mentor');
  });

  it("rejects a pin on a vetoed pair, with the veto", () => {
    const error = inputError(() => matchMentors([{ ...ada, exclude: ["bo"] }], [bo], { pins: [["ada", "bo"]] }));
    expect(error.issues[0]).toMatchObject({ code: "invalid_value", path: ["options", "pins", 0] });
    expect(error.issues[0]?.message).toContain("asked not to be paired with bo");
  });

  it("rejects pins that break a limit", () => {
    const mentors = [{ ...ada, capacity: 2, organization: "Acme" }];
    const mentees = [
      { id: "bo", organization: "Acme" },
      { id: "cy", organization: "acme" },
    ];
    const error = inputError(() =>
      matchMentors(mentors, mentees, {
        pins: [
          ["ada", "bo"],
          ["ada", "cy"],
        ],
        limits: [{ field: "organization", max: 1 }],
      }),
    );
    expect(error.issues[0]).toMatchObject({ code: "out_of_range", path: ["options", "limits", 0] });
  });

  it("rejects pins and limits on solvers that cannot honour them", () => {
    expect(
      inputError(() => matchMentors([ada], [bo], { solver: "stable", pins: [["ada", "bo"]] })).issues[0],
    ).toMatchObject({
      code: "invalid_value",
      path: ["options", "pins"],
    });
    expect(
      inputError(() => matchMentors([ada], [bo], { solver: "fair", limits: [{ field: "industry", max: 1 }] }))
        .issues[0],
    ).toMatchObject({
      code: "invalid_value",
      path: ["options", "limits"],
    });
    expect(
      inputError(() => matchMentors([ada], [bo], { limits: [{ field: "team", max: 1 }] })).issues[0]?.path,
    ).toEqual(["options", "limits", 0, "field"]);
  });
});
