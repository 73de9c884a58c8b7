import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateCohort, MatchInputError, rotate } from "peermatch";
import type { MatchResult } from "peermatch";

const OPTIONS = { availability: { referenceDate: "2026-03-02" } };

/** Identical, mutually compatible profiles: every pair is feasible and equally good. */
function completeCohort(size: number): Record<string, unknown>[] {
  return Array.from({ length: size }, (_, k) => ({ id: `m${k}`, goals: ["leadership"], languages: ["English"] }));
}

function pairKeys(round: MatchResult): string[] {
  return round.pairs.flatMap(({ members }) => {
    const keys: string[] = [];
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++) keys.push([members[x], members[y]].sort().join("&"));
    return keys;
  });
}

describe("rotate", () => {
  it("lets everyone meet everyone exactly once in n − 1 rounds of a complete even cohort", () => {
    for (const size of [2, 4, 6, 8, 10]) {
      const schedule = rotate(completeCohort(size), { ...OPTIONS, rounds: size - 1 });
      const met = schedule.rounds.flatMap(pairKeys);
      expect(new Set(met).size).toBe(met.length);
      expect(met).toHaveLength((size * (size - 1)) / 2);
      for (const round of schedule.rounds) expect(round.unmatched).toEqual([]);
    }
  });

  it("never repeats a pair across rounds", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 16 }),
        fc.string({ maxLength: 5 }),
        fc.integer({ min: 1, max: 5 }),
        (size, seed, rounds) => {
          const schedule = rotate(generateCohort(size, { seed }), { ...OPTIONS, rounds: Math.min(rounds, size) });
          expect(schedule.rounds).toHaveLength(Math.min(rounds, size));
          const met = schedule.rounds.flatMap(pairKeys);
          expect(new Set(met).size).toBe(met.length);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("never pairs past partners, and says why someone has nobody left to meet", () => {
    const cohort = [
      { id: "a", goals: ["x"], pastPartners: ["b"] },
      { id: "b", goals: ["x"] },
      { id: "c", goals: ["x"] },
    ];
    const schedule = rotate(cohort, { ...OPTIONS, rounds: 2, oddHandling: "unmatched" });
    for (const round of schedule.rounds) expect(pairKeys(round)).not.toContain("a&b");
    const second = schedule.rounds[1];
    expect(second?.pairs.length).toBe(1);
    const alone = second?.unmatched ?? [];
    expect(alone.length).toBe(1);
    expect(alone[0]?.reason === "no-feasible-partner" ? alone[0].detail : "").toContain("already met");
  });

  it("rejects a round count that is not a positive integer", () => {
    expect(() => rotate(completeCohort(4), { ...OPTIONS, rounds: 0 })).toThrow(MatchInputError);
    expect(() => rotate(completeCohort(4), { ...OPTIONS, rounds: 1.5 })).toThrow(MatchInputError);
  });

  it("rejects more rounds than participants (nobody could meet anyone new)", () => {
    expect(rotate(completeCohort(4), { ...OPTIONS, rounds: 4 }).rounds).toHaveLength(4);
    expect(() => rotate(completeCohort(4), { ...OPTIONS, rounds: 5 })).toThrow(MatchInputError);
    expect(() => rotate(completeCohort(2), { ...OPTIONS, rounds: 1e9 })).toThrow(MatchInputError);
  });
});
