import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateCohort, MatchInputError, matchPeers, rematch, rotate } from "peermatch";
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

describe("rotate as a calendar", () => {
  it("dates round k at the start date plus k cadences, each round's reference date being its own", () => {
    const schedule = rotate(completeCohort(6), { rounds: 4, startDate: "2026-01-31", cadence: "monthly" });
    expect(schedule.rounds.map((round) => round.date)).toEqual([
      "2026-01-31",
      "2026-02-28",
      "2026-03-31",
      "2026-04-30",
    ]);
    expect(schedule.rounds.map((round) => round.meta.referenceDate)).toEqual(
      schedule.rounds.map((round) => round.date),
    );
    expect(schedule.rounds.map((round) => round.round)).toEqual([1, 2, 3, 4]);
    expect(schedule.calendar).toEqual({ startDate: "2026-01-31", cadence: "monthly", startRound: 1 });
    const weekly = rotate(completeCohort(4), { ...OPTIONS, rounds: 2, cadence: "weekly" });
    expect(weekly.rounds.map((round) => round.date)).toEqual(["2026-03-02", "2026-03-09"]);
    expect(rotate(completeCohort(4), { ...OPTIONS, rounds: 2 }).calendar).toBeNull();
  });

  it("honours a daylight-saving change between rounds: the overlap follows each round's date", () => {
    // London 14:00–15:00 and New York 10:00–11:00 on Mondays: an hour apart in UTC while
    // both are on standard (or summer) time, the same hour between 8 and 29 March 2026.
    const people = [
      {
        id: "lon",
        goals: ["x"],
        availability: { timezone: "Europe/London", slots: [{ day: "mon", start: "14:00", end: "15:00" }] },
      },
      {
        id: "nyc",
        goals: ["x"],
        availability: { timezone: "America/New_York", slots: [{ day: "mon", start: "10:00", end: "11:00" }] },
      },
    ];
    const schedule = rotate(people, {
      rounds: 2,
      startDate: "2026-03-02",
      cadence: "biweekly",
      allowPastPartners: true,
    });
    const [before, during] = schedule.rounds;
    expect(before?.date).toBe("2026-03-02");
    expect(before?.pairs).toEqual([]);
    expect(before?.unmatched.map((u) => u.reason)).toEqual(["no-feasible-partner", "no-feasible-partner"]);
    expect(during?.date).toBe("2026-03-16");
    expect(during?.pairs.map((pair) => pair.members)).toEqual([["lon", "nyc"]]);
  });

  it("continues a previous schedule: numbering, dates, options, and nobody meets anyone again", () => {
    const cohort = completeCohort(8);
    const first = rotate(cohort, { rounds: 3, startDate: "2026-01-15", cadence: "monthly", seed: "circle" });
    const next = rotate(cohort, { rounds: 2, previous: first });
    expect(next.rounds.map((round) => [round.round, round.date])).toEqual([
      [4, "2026-04-15"],
      [5, "2026-05-15"],
    ]);
    expect(next.meta.seed).toBe("circle");
    const met = [...first.rounds, ...next.rounds].flatMap(pairKeys);
    expect(new Set(met).size).toBe(met.length);
    expect(next.history.formed).toHaveLength(met.length);
  });

  it("continues from a result: its pairs count as past partners, its dissolved pairs stay apart for good", () => {
    const cohort = completeCohort(6);
    const first = matchPeers(cohort, OPTIONS);
    const [a, b] = first.pairs[0]!.members as [string, string];
    const second = rematch(first, { dissolve: [[a, b]] }, cohort);
    const schedule = rotate(cohort, { rounds: 3, previous: second, cadence: "monthly", allowPastPartners: true });
    expect(schedule.rounds[0]?.date).toBe("2026-04-02");
    for (const round of schedule.rounds) expect(pairKeys(round)).not.toContain([a, b].sort().join("&"));
    const strict = rotate(cohort, { rounds: 1, previous: second });
    const before = new Set(second.history.formed.map((pair) => pair.join("&")));
    for (const key of pairKeys(strict.rounds[0]!)) expect(before.has(key)).toBe(false);
  });

  it("does not leave out again someone who sat out the previous round", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 5 }), fc.string({ maxLength: 4 }), (half, seed) => {
        const size = 2 * half + 1;
        const schedule = rotate(completeCohort(size), {
          ...OPTIONS,
          rounds: Math.min(4, size - 1),
          oddHandling: "unmatched",
          seed,
        });
        for (let k = 1; k < schedule.rounds.length; k++) {
          const before = schedule.rounds[k - 1]!.unmatched.map((u) => u.id);
          const now = schedule.rounds[k]!.unmatched.map((u) => u.id);
          expect(now).toHaveLength(1);
          expect(before).not.toContain(now[0]);
        }
      }),
      { numRuns: 20 },
    );
  });

  it("rejects a bad calendar or previous schedule, naming the field", () => {
    const cohort = completeCohort(4);
    expect(() => rotate(cohort, { rounds: 2, cadence: "daily" as "weekly" })).toThrow(MatchInputError);
    expect(() => rotate(cohort, { rounds: 2, startDate: "2026-02-30" })).toThrow(MatchInputError);
    expect(() => rotate(cohort, { rounds: 2, previous: { rounds: [] } as unknown as MatchResult })).toThrow(
      MatchInputError,
    );
  });
});
