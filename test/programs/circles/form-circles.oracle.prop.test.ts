/**
 * `formCircles` (the public function: scoring, vetoes, the shared weekly window, together,
 * apart and the composition rules) equals an exhaustive search over every partition for
 * n ≤ 12: first the fewest people left out, then the fewest broken rules, then the
 * objective (solver "optimal") or the worst circle's score and then the objective ("fair").
 * A few runs at n = 12 by default; `FC_NUM_RUNS` runs more.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Participant } from "peermatch";
import { formCircles, generateCohort, MatchInputError } from "peermatch";
import type { OracleRules } from "../../support/oracles/form-circles-brute-force.js";
import { bruteForceFormCircles } from "../../support/oracles/form-circles-brute-force.js";

const OPTIONS = { availability: { referenceDate: "2026-03-02" } };
const RUNS = Number(process.env.FC_NUM_RUNS ?? 0);

/** A generated cohort, with time zones made closer or availability dropped for some so circles can form. */
const cohortArbitrary = (minN: number, maxN: number) =>
  fc
    .record({
      n: fc.integer({ min: minN, max: maxN }),
      seed: fc.string({ minLength: 1, maxLength: 6 }),
      zones: fc.constantFrom("generated", "one-zone", "half-without"),
    })
    .map(({ n, seed, zones }) =>
      generateCohort(n, { seed }).map((person, k): Participant => {
        if (person.availability === undefined || zones === "generated") return person;
        if (zones === "half-without" && k % 2 === 0) {
          const { availability: _dropped, ...rest } = person;
          return rest;
        }
        return { ...person, availability: { ...person.availability, timezone: "Europe/London" } };
      }),
    );

const rulesArbitrary = (people: readonly Participant[]) =>
  fc.record({
    size: fc.constantFrom({ min: 3, max: 4 }, { min: 4, max: 5 }, { min: 3, max: 5 }, { min: 2, max: 3 }),
    together: fc.option(fc.constant([[people[0]!.id, people[1]!.id] as const]), { nil: undefined }),
    apart: fc.option(fc.constant([[people[2]!.id, people[3]!.id] as const]), { nil: undefined }),
    noLoneMember: fc.option(fc.constant([{ field: "careerStage", value: "senior" }]), { nil: undefined }),
    maxShared: fc.option(fc.constant([{ field: "industry", max: 1 }]), { nil: undefined }),
    facilitators: fc.option(fc.constant([people[4]!.id, people[5]!.id]), { nil: undefined }),
  });

const instanceArbitrary = (minN: number, maxN: number) =>
  cohortArbitrary(minN, maxN).chain((people) =>
    fc.record({
      people: fc.constant(people),
      rules: rulesArbitrary(people),
      solver: fc.constantFrom("optimal" as const, "fair" as const),
    }),
  );

/** Defined keys only (the options reject an explicit undefined). */
function definedRules(rules: OracleRules): OracleRules {
  return Object.fromEntries(Object.entries(rules).filter(([, value]) => value !== undefined)) as unknown as OracleRules;
}

function agreesWithBruteForce(people: Participant[], rawRules: OracleRules, solver: "optimal" | "fair"): void {
  const rules = definedRules(rawRules);
  let result: ReturnType<typeof formCircles>;
  try {
    result = formCircles(people, { ...OPTIONS, ...rules, solver } as Parameters<typeof formCircles>[1]);
  } catch (error) {
    // A together pair that a veto or the window forbids is refused before solving.
    expect(error).toBeInstanceOf(MatchInputError);
    fc.pre(false);
    return;
  }
  const optimum = bruteForceFormCircles(people, OPTIONS, rules, solver);
  const circles = result.circles.map((circle) => circle.members);
  for (const members of circles) expect(optimum.circleAllowed(members)).toBe(true);
  const out = new Set(result.unmatched.map((entry) => entry.id));
  for (const [a, b] of rules.together ?? [])
    expect((out.has(a) && out.has(b)) || circles.some((members) => members.includes(a) && members.includes(b))).toBe(
      true,
    );
  expect(result.unmatched.length).toBe(optimum.unplaced);
  expect(optimum.violationsOf(circles)).toBe(optimum.violations);
  const objective = optimum.objectiveOf(circles);
  if (solver === "fair") expect(result.stats.minScore).toBeCloseTo(optimum.minScore, 4);
  expect(objective).toBeCloseTo(optimum.objective, 6);
  expect(result.stats.objective).toBeCloseTo(optimum.objective, 4);
  expect(result.stats.exact).toBe(true);
}

describe("formCircles against an exhaustive search over partitions", () => {
  it("n = 6..11: the same people left out, rules broken and objective (or worst circle) as the optimum", () => {
    fc.assert(
      fc.property(instanceArbitrary(6, 11), ({ people, rules, solver }) => agreesWithBruteForce(people, rules, solver)),
      { numRuns: RUNS > 0 ? RUNS : 12 },
    );
  });

  it("n = 12: the same, on a few cohorts", () => {
    fc.assert(
      fc.property(instanceArbitrary(12, 12), ({ people, rules, solver }) =>
        agreesWithBruteForce(people, rules, solver),
      ),
      { numRuns: RUNS > 0 ? RUNS : 3 },
    );
  });
});
