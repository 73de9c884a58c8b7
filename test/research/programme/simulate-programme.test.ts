import { describe, expect, it } from "vitest";
import { generateCohort } from "peermatch";
import type { ProgrammeRun, ProgrammeSimulation, SimulateProgrammeOptions } from "peermatch/research";
import { MatchInputError, simulateProgramme } from "peermatch/research";
import { issuesOf } from "../../support/issues-of.js";

const scoring = { availability: { referenceDate: "2026-01-15" } } as const;
const trueWeights = { availability: 2, communication: 2, experience: 2, language: 1, commitment: 1, goals: 1 };

/** A small programme with turnover, re-matches, learning and rotation, shared by the tests below. */
const people = generateCohort(24, { seed: "programme-test", sparseShare: 0 });
const options: SimulateProgrammeOptions = {
  ...scoring,
  trueWeights,
  months: 6,
  dropoutRate: 0.08,
  joinShare: 0.25,
  seed: "year-test",
  policies: [
    { solver: "optimal" },
    { solver: "optimal", keep: "all" },
    { solver: "stable", keep: "none" },
    { solver: "optimal", weights: "learned" },
    { solver: "optimal", rotateEvery: 2, name: "rotating" },
  ],
};
const simulation = simulateProgramme(people, options);

const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
const pairsIn = (members: readonly string[]): string[] =>
  members.flatMap((a, x) => members.slice(x + 1).map((b) => pairKey(a, b)));

describe("simulateProgramme", () => {
  it("is deterministic for a seed, whatever the order of the participants, and the seed matters", () => {
    const again = simulateProgramme([...people].reverse(), options);
    expect(JSON.stringify(again)).toBe(JSON.stringify(simulation));
    const other = simulateProgramme(people, { ...options, seed: "another-year", policies: [{ solver: "optimal" }] });
    expect(JSON.stringify(other.policies[0]!.months)).not.toBe(JSON.stringify(simulation.policies[0]!.months));
  });

  it("gives every policy the same people, joiners, leavers and meeting noise", () => {
    expect(simulation.participants).toBe(24);
    expect(simulation.initial + simulation.joiners.length).toBe(24);
    expect(simulation.joiners).toHaveLength(6);
    for (const { month } of simulation.joiners) expect(month).toBeGreaterThanOrEqual(2);
    for (const { month } of simulation.leavers) expect(month).toBeLessThan(6);
    const active = simulation.policies[0]!.months.map((month) => month.active);
    for (const run of simulation.policies) expect(run.months.map((month) => month.active)).toEqual(active);
    // A pair meeting in the same month under two policies gets the same ratings.
    const ratings = new Map<string, string>();
    for (const run of simulation.policies) {
      for (const month of run.months) {
        for (const group of month.groups) {
          const key = `${month.month}:${group.members.join("|")}`;
          const seen = ratings.get(key);
          if (seen !== undefined) expect(JSON.stringify(group.ratings)).toBe(seen);
          else ratings.set(key, JSON.stringify(group.ratings));
        }
      }
    }
  });

  it.each(simulation.policies.map((run) => [run.name, run] as const))("keeps its invariants: %s", (_, run) => {
    checkInvariants(simulation, run);
  });

  it("re-matches pairs rated low twice, rotates on schedule, and learns weights from month learnFrom", () => {
    const [fewestBroken, keepAll, , learned, rotating] = simulation.policies;
    expect(fewestBroken!.summary.dissolved).toBeGreaterThan(0);
    expect(keepAll!.summary.churn).toBe(0);
    expect(rotating!.months.map((month) => month.rotated)).toEqual([false, false, true, false, true, false]);
    expect(learned!.months[0]!.weights).toEqual(fewestBroken!.months[0]!.weights);
    expect(learned!.months[1]!.weights).toEqual(learned!.months[0]!.weights);
    expect(learned!.months[2]!.weights).not.toEqual(learned!.months[1]!.weights);
    const sum = Object.values(learned!.months[2]!.weights).reduce((total, w) => total + w, 0);
    expect(sum).toBeCloseTo(1, 9);
  });

  it("computes a small programme by hand: two bad pairs dissolved after two meetings, then two good ones", () => {
    // Default weights pair a with b and c with d (shared goals); the hidden quality is the
    // experience feature alone: 1 for a–c and b–d (same years), 0 for a–b, c–d (20 years
    // apart, beyond the 5-year tolerance by 15: max(0, 1 − 15/10) = 0) and the others.
    const four = [
      { id: "a", goals: ["x"], experienceYears: 0 },
      { id: "b", goals: ["x"], experienceYears: 20 },
      { id: "c", goals: ["y"], experienceYears: 0 },
      { id: "d", goals: ["y"], experienceYears: 20 },
    ];
    const run = simulateProgramme(four, {
      ...scoring,
      trueWeights: { experience: 1 },
      noise: 0,
      months: 4,
      dropoutRate: 0,
      joinShare: 0,
      policies: [{ solver: "optimal" }],
    }).policies[0]!;
    const groups = run.months.map((month) => month.groups.map((group) => group.members.join("")));
    expect(groups).toEqual([
      ["ab", "cd"],
      ["ab", "cd"],
      ["ac", "bd"],
      ["ac", "bd"],
    ]);
    // Quality 0 is rated 1 + 4·0 = 1, quality 1 is rated 5.
    expect(run.months[0]!.groups[0]!).toEqual({ members: ["a", "b"], quality: 0, ratings: { a: 1, b: 1 }, since: 1 });
    expect(run.months[3]!.groups[1]!).toEqual({ members: ["b", "d"], quality: 1, ratings: { b: 5, d: 5 }, since: 3 });
    expect(run.months.map((month) => month.dissolved)).toEqual([
      [],
      [
        ["a", "b"],
        ["c", "d"],
      ],
      [],
      [],
    ]);
    expect(run.months.map((month) => month.meanQuality)).toEqual([0, 0, 1, 1]);
    expect(run.summary).toEqual({
      meanQuality: 0.5, // (0 + 0 + 0 + 0 + 1 + 1 + 1 + 1) / 8 group-months
      finalQuality: 1,
      personMonths: 16,
      aloneMonths: 0,
      everAlone: 0,
      churn: 0,
      dissolved: 2,
      formed: 4,
      repeatedPairs: 0,
      monthsToGoodPair: { mean: 3, median: 3, reached: 4, never: 0 },
    });
  });

  it("hands over from leavers to joiners: everyone leaves after month 1, the joiners pair in month 2", () => {
    const four = ["a", "b", "c", "d"].map((id) => ({ id }));
    const result = simulateProgramme(four, {
      ...scoring,
      trueWeights: { goals: 1 },
      months: 2,
      dropoutRate: 1,
      joinShare: 0.5,
      policies: [{ solver: "optimal" }, { solver: "optimal", rotateEvery: 1 }],
    });
    expect(result.initial).toBe(2);
    expect(result.joiners.map((joiner) => joiner.month)).toEqual([2, 2]);
    expect(result.leavers.map((leaver) => leaver.month)).toEqual([1, 1]);
    for (const run of result.policies) {
      const [first, second] = run.months;
      expect(first!.left).toEqual(result.leavers.map((leaver) => leaver.id));
      expect(second!.joined).toEqual(result.joiners.map((joiner) => joiner.id));
      expect(second!.groups.map((group) => group.members)).toEqual([result.joiners.map((joiner) => joiner.id)]);
      // Nobody meets in month 2 with a quality they could rate: their goals are unknown (score 0).
      expect(second!.meanQuality).toBe(0);
      checkInvariants(result, run);
    }
  });

  it("learns a custom feature's weight and matches with it on the feature itself", () => {
    const city = {
      name: " city ",
      weight: 2,
      score: (a: { id: string }, b: { id: string }) => (a.id < b.id ? 0.8 : 0.3),
    };
    const run = simulateProgramme(people.slice(0, 12), {
      ...scoring,
      custom: [city],
      trueWeights: { city: 1, availability: 1 },
      months: 3,
      learnFrom: 2,
      joinShare: 0,
      policies: [{ weights: "learned" }],
    }).policies[0]!;
    expect(run.months[0]!.weights.city).toBe(2);
    const learnt = run.months[2]!.weights;
    expect(Object.keys(learnt)).toContain("city");
    expect(Object.values(learnt).reduce((total, w) => total + w, 0)).toBeCloseTo(1, 9);
  });

  it("rejects bad options with every issue at once", () => {
    const shape = issuesOf(() =>
      simulateProgramme(people, {
        ...scoring,
        trueWeights,
        months: 0,
        dropoutRate: 1.5,
        policies: [{ solver: "stable", keep: { churnPenalty: 0.1 } }, { rotateEvery: 0 }],
      }),
    );
    expect(new Map(shape.map((issue) => [issue.path.join("."), issue.code]))).toEqual(
      new Map([
        ["options.months", "out_of_range"],
        ["options.dropoutRate", "out_of_range"],
        ["options.policies.0.keep", "invalid_value"],
        ["options.policies.1.rotateEvery", "out_of_range"],
      ]),
    );
    const names = issuesOf(() =>
      simulateProgramme(people, {
        ...scoring,
        trueWeights: { gaols: 1 },
        policies: [{ name: "same" }, { name: "same", weights: { goals: 1, langauge: 1 } }],
      }),
    );
    expect(new Map(names.map((issue) => [issue.path.join("."), issue.code]))).toEqual(
      new Map([
        ["options.trueWeights.gaols", "unrecognized_key"],
        ["options.trueWeights", "invalid_value"], // no positive weight on a known feature
        ["options.policies.1.name", "invalid_value"],
        ["options.policies.1.weights.langauge", "unrecognized_key"],
      ]),
    );
    expect(names.find((issue) => issue.path.includes("gaols"))!.message).toContain("goals");
    for (const issue of [...shape, ...names]) expect(issue.message).toMatch(/^simulateProgramme/);
  });

  it("rejects a learned policy that could learn nothing, unknown keys, and missing trueWeights", () => {
    const learned = issuesOf(() =>
      simulateProgramme(people, { ...scoring, trueWeights, months: 2, policies: [{ weights: "learned" }] }),
    );
    expect(learned).toMatchObject([{ code: "invalid_value", path: ["options", "policies", 0, "weights"] }]);
    // @ts-expect-error a misspelt key ("month") on purpose
    const unknown = issuesOf(() => simulateProgramme(people, { ...scoring, trueWeights, month: 3 }));
    expect(unknown).toMatchObject([{ code: "unrecognized_key", path: ["options", "month"] }]);
    expect(unknown[0]!.message).toContain("months");
    // @ts-expect-error trueWeights left out on purpose
    expect(() => simulateProgramme(people, { ...scoring })).toThrow(MatchInputError);
    const noPositive = issuesOf(() => simulateProgramme(people, { ...scoring, trueWeights: { goals: 0 } }));
    expect(noPositive).toMatchObject([{ code: "invalid_value", path: ["options", "trueWeights"] }]);
    // A policy's fixed weights fill the features they leave out with the defaults, as in matchPeers.
    const zeros = Object.fromEntries(Object.keys(simulation.policies[0]!.months[0]!.weights).map((name) => [name, 0]));
    const allZero = issuesOf(() =>
      simulateProgramme(people, {
        ...scoring,
        trueWeights,
        months: 1,
        policies: [
          { name: "no goals", weights: { goals: 0 } },
          { name: "nothing", weights: zeros },
        ],
      }),
    );
    expect(allZero).toMatchObject([{ code: "invalid_value", path: ["options", "policies", 1, "weights"] }]);
  });
});

/** The laws every run keeps, checked from its months alone. */
function checkInvariants(simulation: ProgrammeSimulation, run: ProgrammeRun): void {
  const startOf = new Map(simulation.joiners.map((joiner) => [joiner.id, joiner.month]));
  const leaveOf = new Map(simulation.leavers.map((leaver) => [leaver.id, leaver.month]));
  const banned = new Set<string>();
  const lastTogether = new Map<string, number>();
  const good = new Map<string, number>();
  let previousKeys = new Set<string>();
  let activeBefore = 0;
  let repeated = 0;
  for (const month of run.months) {
    // Nobody in two groups; groups and unmatched together are exactly the active people.
    const seen = month.groups.flatMap((group) => group.members);
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of month.unmatched) expect(seen).not.toContain(id);
    expect(month.matched).toBe(seen.length);
    expect(month.active).toBe(month.matched + month.unmatched.length);
    for (const id of [...seen, ...month.unmatched]) {
      expect(startOf.get(id) ?? 1).toBeLessThanOrEqual(month.month);
      expect(leaveOf.get(id) ?? Number.POSITIVE_INFINITY).toBeGreaterThanOrEqual(month.month);
    }
    // Counts add up across months.
    if (month.month > 1) {
      const left = run.months[month.month - 2]!.left.length;
      expect(month.active).toBe(activeBefore - left + month.joined.length);
    }
    activeBefore = month.active;
    // A dissolved pair is never formed again; repeated pairs and formed groups counted from scratch.
    const keys = new Set(month.groups.map((group) => group.members.join("|")));
    expect(month.formed).toBe([...keys].filter((key) => !previousKeys.has(key)).length);
    previousKeys = keys;
    for (const group of month.groups) {
      expect(group.members.length === 2 || group.members.length === 3).toBe(true);
      for (const pair of pairsIn(group.members)) {
        expect(banned.has(pair)).toBe(false);
        const last = lastTogether.get(pair);
        if (last !== undefined && last < month.month - 1) repeated++;
        lastTogether.set(pair, month.month);
      }
      for (const rating of Object.values(group.ratings)) expect([1, 2, 3, 4, 5]).toContain(rating);
      expect(Object.keys(group.ratings).sort()).toEqual(group.members);
      if (group.members.length === 2 && group.quality >= 0.625) {
        for (const id of group.members) if (!good.has(id)) good.set(id, month.month);
      }
    }
    for (const [a, b] of month.dissolved) banned.add(pairKey(a, b));
  }
  expect(run.summary.repeatedPairs).toBe(repeated);
  expect(run.summary.personMonths).toBe(run.months.reduce((sum, month) => sum + month.active, 0));
  expect(run.summary.aloneMonths + run.months.reduce((sum, month) => sum + month.matched, 0)).toBe(
    run.summary.personMonths,
  );
  expect(run.summary.monthsToGoodPair.reached + run.summary.monthsToGoodPair.never).toBe(simulation.participants);
  // Everyone in a good pair (trios aside) reached one by then.
  expect(run.summary.monthsToGoodPair.reached).toBeGreaterThanOrEqual(good.size);
  expect(run.summary.dissolved).toBe(run.months.reduce((sum, month) => sum + month.dissolved.length, 0));
}
