import { describe, expect, it } from "vitest";
import { MatchInputError, matchPeers, rematch, rotate } from "peermatch";
import { issuesOf } from "../../support/issues-of.js";

const REF = { availability: { referenceDate: "2026-03-02" } };
const TAGS = ["leadership", "writing", "data", "negotiation", "speaking"];
/** Everyone can be paired with everyone (no availability, languages or exclusions). */
const cohort = Array.from({ length: 12 }, (_, k) => ({
  id: `p${String(k).padStart(2, "0")}`,
  goals: [TAGS[k % 5]!, TAGS[(k * 3) % 5]!],
  strengths: [TAGS[(k + 2) % 5]!],
  growthAreas: [TAGS[(k * 7 + 1) % 5]!],
  experienceYears: k,
}));
const ids = cohort.map((p) => p.id);

describe("pins: validation", () => {
  it("reports an unknown id (with a did-you-mean), a near-match, someone pinned twice and a vetoed pin, all at once", () => {
    const people = [
      { id: "ana", exclude: ["cy"] },
      { id: "bea" },
      { id: "cy" },
      { id: "dee" },
      { id: "p012" },
      { id: "zoe" },
    ];
    const issues = issuesOf(() =>
      matchPeers(people, {
        ...REF,
        pins: [
          ["ana", "p013"],
          ["Bea", "dee"],
          ["dee", "zoe"],
          ["zoe", "p012"],
          ["ana", "cy"],
        ],
      }),
    );
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["unknown_id", ["options", "pins", 0, 1]],
      ["unknown_id", ["options", "pins", 1, 0]],
      ["invalid_value", ["options", "pins", 3]],
      ["invalid_value", ["options", "pins", 4]],
    ]);
    expect(issues[0]?.message).toContain('did you mean "p012"?');
    expect(issues[1]?.message).toContain('did you mean "bea"?');
    expect(issues[3]?.message).toContain("ruled out");
  });

  it("rejects the same person twice in one pin", () => {
    expect(() => matchPeers(cohort, { ...REF, pins: [[ids[0]!, ids[0]!]] })).toThrow(MatchInputError);
  });
});

describe("pins in results", () => {
  it("matchPeers keeps pinned pairs and trios, says so, and gives them no third member", () => {
    const pins: [string, string][] = [[ids[0]!, ids[5]!]];
    const trio: [string, string, string] = [ids[1]!, ids[2]!, ids[3]!];
    for (const solver of ["optimal", "fair", "stable", "greedy"] as const) {
      const result = matchPeers(cohort.slice(0, 11), { ...REF, solver, pins: [...pins, trio] });
      const pinned = result.pairs.find((pair) => pair.members.join() === [ids[0]!, ids[5]!].sort().join());
      expect(pinned?.reasons[0]).toBe("Pinned by the coordinator.");
      expect(result.pairs.some((pair) => pair.members.join() === [...trio].sort().join())).toBe(true);
      expect(result.stats.pinConflicts).toEqual([]);
    }
  });

  it("rematch forms the pins, freeing the partners of pinned people", () => {
    const first = matchPeers(cohort, REF);
    const [a, b] = first.pairs[0]!.members as [string, string];
    const [c] = first.pairs[1]!.members as [string];
    const next = rematch(first, {}, cohort, { pins: [[a, c]] });
    expect(next.pairs.some((pair) => pair.members.join() === [a, c].sort().join())).toBe(true);
    expect(next.pairs.some((pair) => pair.members.includes(b))).toBe(true);
    expect(next.meta.options).not.toHaveProperty("pins");
  });

  it("rotate fixes round 1 only", () => {
    const pin: [string, string] = [ids[0]!, ids[7]!];
    const schedule = rotate(cohort, { ...REF, rounds: 3, pins: [pin] });
    const key = [...pin].sort().join();
    expect(schedule.rounds[0]!.pairs.some((pair) => pair.members.join() === key)).toBe(true);
    for (const round of schedule.rounds.slice(1)) {
      expect(round.pairs.some((pair) => pair.members.join() === key)).toBe(false);
    }
  });
});
