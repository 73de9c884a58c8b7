/**
 * simulateProgramme laws on small random programmes (kept small: they run in CI; set
 * FC_NUM_RUNS for longer runs): the same seed gives the identical simulation, different
 * seeds in general different ones; and every month of every policy keeps the programme's
 * invariants, checked from the months alone (written separately from the simulation):
 * nobody in two groups, `everAlone` counts the people ever left alone, and a pair is
 * dissolved exactly when its current stint holds the configured number of bad meetings.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateCohort } from "peermatch";
import type { ProgrammeRun, ProgrammeSimulation, SimulateProgrammeOptions } from "peermatch/research";
import { simulateProgramme } from "peermatch/research";

/** Runs per property unless FC_NUM_RUNS asks for more. */
const RUNS = process.env.FC_NUM_RUNS === undefined ? { numRuns: 6 } : {};
const trueWeights = { availability: 2, communication: 2, experience: 2, language: 1, commitment: 1, goals: 1 };

const programme = fc.record({
  size: fc.integer({ min: 6, max: 12 }),
  cohortSeed: fc.string({ minLength: 1, maxLength: 6 }),
  seed: fc.string({ minLength: 1, maxLength: 6 }),
  months: fc.integer({ min: 2, max: 5 }),
  dropoutRate: fc.constantFrom(0, 0.05, 0.15),
  joinShare: fc.constantFrom(0, 0.2),
  lowRating: fc.integer({ min: 1, max: 4 }),
  lowMeetings: fc.integer({ min: 1, max: 3 }),
  keep: fc.constantFrom("fewest-broken" as const, "all" as const, "none" as const),
});

type Programme = typeof programme extends fc.Arbitrary<infer T> ? T : never;

function simulate(p: Programme, seed = p.seed): { simulation: ProgrammeSimulation; options: SimulateProgrammeOptions } {
  const options: SimulateProgrammeOptions = {
    availability: { referenceDate: "2026-01-15" },
    trueWeights,
    months: p.months,
    dropoutRate: p.dropoutRate,
    joinShare: p.joinShare,
    dissolveAfter: { lowRating: p.lowRating, lowMeetings: p.lowMeetings },
    seed,
    policies: [{ solver: "optimal", keep: p.keep }, { solver: "stable" }],
  };
  const people = generateCohort(p.size, { seed: p.cohortSeed, sparseShare: 0 });
  return { simulation: simulateProgramme(people, options), options };
}

/** The checker: every law is recomputed from the months of the run. */
function checkMonths(run: ProgrammeRun, months: number, rule: { lowRating: number; lowMeetings: number }): void {
  const everAlone = new Set<string>();
  for (const [index, month] of run.months.entries()) {
    // Nobody in two groups, nobody both grouped and alone.
    const grouped = month.groups.flatMap((group) => group.members);
    expect(new Set(grouped).size).toBe(grouped.length);
    for (const id of month.unmatched) expect(grouped).not.toContain(id);
    for (const id of month.unmatched) everAlone.add(id);

    // Bad meetings of a group's current stint: the months since it formed, up to this one.
    const badMeetings = (members: readonly string[]): number => {
      const key = members.join("|");
      const stint = month.groups.find((group) => group.members.join("|") === key)!.since;
      let count = 0;
      for (let k = index; k >= 0; k--) {
        const same = run.months[k]!.groups.find((group) => group.members.join("|") === key);
        if (same === undefined || same.since !== stint) break;
        if (Math.min(...Object.values(same.ratings)) <= rule.lowRating) count++;
      }
      return count;
    };
    const dissolved = new Set(month.dissolved.map(([a, b]) => [a, b].sort().join("|")));
    // Dissolved only after the configured number of bad meetings.
    for (const [a, b] of month.dissolved) {
      const group = month.groups.find((g) => g.members.includes(a) && g.members.includes(b));
      expect(group).toBeDefined();
      expect(badMeetings(group!.members)).toBeGreaterThanOrEqual(rule.lowMeetings);
    }
    // And every pair that reached it is dissolved (unless the programme ends or one of them leaves).
    const leaving = new Set(month.left);
    if (month.month < months) {
      for (const group of month.groups) {
        if (group.members.length !== 2 || group.members.some((id) => leaving.has(id))) continue;
        const due = badMeetings(group.members) >= rule.lowMeetings;
        expect(dissolved.has(group.members.join("|"))).toBe(due);
      }
    }
  }
  expect(run.summary.everAlone).toBe(everAlone.size);
  expect(run.summary.aloneMonths).toBe(run.months.reduce((sum, month) => sum + month.unmatched.length, 0));
}

describe("simulateProgramme laws", () => {
  it("the same seed gives the identical simulation; different seeds in general differ", () => {
    let compared = 0;
    let differing = 0;
    fc.assert(
      fc.property(programme, fc.string({ minLength: 1, maxLength: 6 }), (p, otherSeed) => {
        fc.pre(otherSeed !== p.seed);
        const first = simulate(p).simulation;
        expect(JSON.stringify(simulate(p).simulation)).toBe(JSON.stringify(first));
        const other = simulate(p, otherSeed).simulation;
        compared++;
        if (JSON.stringify(other.policies) !== JSON.stringify(first.policies)) differing++;
      }),
      RUNS,
    );
    // Not a law for every pair of seeds (a tiny programme can come out the same), but in general.
    expect(differing).toBeGreaterThan(compared / 2);
  });

  it("every month of every policy keeps the invariants", () => {
    fc.assert(
      fc.property(programme, (p) => {
        const { simulation } = simulate(p);
        for (const run of simulation.policies)
          checkMonths(run, p.months, { lowRating: p.lowRating, lowMeetings: p.lowMeetings });
      }),
      RUNS,
    );
  });
});
