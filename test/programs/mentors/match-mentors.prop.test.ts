import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explainPair, matchMentors } from "peermatch";
import { scoreMentorPairs } from "../../../src/compatibility/two-sided.js";
import { readMentorInput } from "../../../src/programs/mentors/input.js";
import { mentorGroups } from "../../../src/programs/mentors/limits.js";
import { maxWeightBMatchingLp } from "../../../src/algorithms/lp.js";
import { buildMentorGraph, solveMentorGraph } from "../../../src/programs/mentors/solvers.js";
import { seededOrder } from "../../../src/programs/shared/seeded-order.js";
import { bruteForceBMatching } from "../../support/oracles/b-matching-brute-force.js";
import { allStableMatchings } from "../../support/oracles/stable-hr-brute-force.js";
import {
  assignmentOf,
  expectEveryoneAccountedFor,
  feasibleEdges,
  independentBlockingPairs,
  preferenceInstance,
  preferenceProgram,
  programInstance,
  scoreProgram,
  smallProgram,
  SOLVERS,
} from "../../support/match-mentors-helpers.js";
import type { Instance, ScoredProgram } from "../../support/match-mentors-helpers.js";

/** Σ round(w · 1e6) over the matched pairs of an assignment. */
function scaledTotal(scored: ScoredProgram, assignment: readonly number[]): number {
  return assignment.reduce((sum, a, b) => (a === -1 ? sum : sum + Math.round(scored.weight[a]![b]! * 1e6)), 0);
}

/** Pins chosen by `picks` among feasible pairs, within capacities. */
function choosePins(scored: ScoredProgram, picks: readonly number[]): [number, number][] {
  const load = scored.capacity.map(() => 0);
  const pins: [number, number][] = [];
  scored.menteeIds.forEach((_, b) => {
    const pick = picks[b] ?? 0;
    if (pick === 0) return;
    const options = scored.mentorIds
      .map((_, a) => a)
      .filter((a) => !Number.isNaN(scored.weight[a]![b]!) && load[a]! < scored.capacity[a]!);
    const a = options[pick % Math.max(1, options.length)];
    if (a === undefined) return;
    load[a]!++;
    pins.push([a, b]);
  });
  return pins;
}

/** Each mentee's and mentor's preference lists as the stable solver defines them: by score, ties by seeded order. */
function tieBrokenLists(scored: ScoredProgram, seed: string): { residentLists: number[][]; hospitalLists: number[][] } {
  const mentorRank = seededOrder(scored.mentorIds, seed).position;
  const menteeRank = seededOrder(scored.menteeIds, seed).position;
  const residentLists = scored.menteeIds.map((_, b) =>
    scored.mentorIds
      .map((_, a) => a)
      .filter((a) => !Number.isNaN(scored.weight[a]![b]!))
      .sort((x, y) => scored.sMentee[y]![b]! - scored.sMentee[x]![b]! || mentorRank[x]! - mentorRank[y]!),
  );
  const hospitalLists = scored.mentorIds.map((_, a) =>
    scored.menteeIds
      .map((_, b) => b)
      .filter((b) => !Number.isNaN(scored.weight[a]![b]!))
      .sort((x, y) => scored.sMentor[a]![y]! - scored.sMentor[a]![x]! || menteeRank[x]! - menteeRank[y]!),
  );
  return { residentLists, hospitalLists };
}

describe("matchMentors laws", () => {
  it("accounts for every mentor and mentee exactly once and never exceeds a capacity, whatever the solver", () => {
    fc.assert(
      fc.property(smallProgram, fc.constantFrom(...SOLVERS), (program, solver) => {
        const instance = programInstance(program, { solver });
        expectEveryoneAccountedFor(matchMentors(instance.mentors, instance.mentees, instance.options), instance);
      }),
    );
  });

  it("never pairs a mentor and a mentee whom a hard constraint keeps apart", () => {
    fc.assert(
      fc.property(smallProgram, fc.constantFrom(...SOLVERS), (program, solver) => {
        const instance = programInstance(program, { solver });
        const result = matchMentors(instance.mentors, instance.mentees, instance.options);
        // explainPair applies the same hard constraints as peers; minScore (on the two-sided weight) and minGapYears are checked here.
        const { minScore, solver: _solver, ...peerOptions } = instance.options;
        for (const { mentor, mentees } of result.assignments) {
          const a = instance.mentors.find((p) => p.id === mentor)!;
          for (const m of mentees) {
            const b = instance.mentees.find((p) => p.id === m.id)!;
            const why = explainPair(a, b, peerOptions);
            expect(why.vetoes.filter((veto) => veto.feature !== "minScore")).toEqual([]);
            const gap = program.minGapYears;
            const years = [why.features.experience?.detail.years].flat() as (number | null)[];
            if (gap !== undefined && years[0] != null && years[1] != null)
              expect(years[0] - years[1]).toBeGreaterThanOrEqual(gap);
            if (minScore !== undefined) expect(m.score).toBeGreaterThanOrEqual(Math.floor(minScore * 1e4) / 1e4);
          }
        }
      }),
    );
  });

  it("optimal: the most mentees, then the brute-force maximum total weight", () => {
    fc.assert(
      fc.property(smallProgram, (program) => {
        const instance = programInstance(program);
        const result = matchMentors(instance.mentors, instance.mentees, instance.options);
        const scored = scoreProgram(instance);
        const best = bruteForceBMatching({
          residents: scored.menteeIds.length,
          capacity: scored.capacity,
          edges: feasibleEdges(scored),
        });
        const assignment = assignmentOf(result, scored);
        expect(result.stats.matchedMentees).toBe(best?.cardinality ?? 0);
        expect(scaledTotal(scored, assignment)).toBe(best?.scaledWeight ?? 0);
      }),
      { numRuns: 60 },
    );
  });

  it("fair: the most mentees, and its smallest weight is the brute-force bottleneck", () => {
    fc.assert(
      fc.property(smallProgram, (program) => {
        const instance = programInstance(program, { solver: "fair" });
        const result = matchMentors(instance.mentors, instance.mentees, instance.options);
        const scored = scoreProgram(instance);
        const best = bruteForceBMatching({
          residents: scored.menteeIds.length,
          capacity: scored.capacity,
          edges: feasibleEdges(scored),
        });
        const assignment = assignmentOf(result, scored);
        expect(result.stats.matchedMentees).toBe(best?.cardinality ?? 0);
        fc.pre(best !== null && best.cardinality > 0);
        const scaled = assignment.flatMap((a, b) => (a === -1 ? [] : [Math.round(scored.weight[a]![b]! * 1e6)]));
        expect(Math.min(...scaled)).toBe(best!.bottleneck);
        expect(scaled.reduce((x, y) => x + y, 0)).toBe(best!.scaledWeightAtBottleneck);
      }),
      { numRuns: 60 },
    );
  });

  it("stable: an independent check finds no blocking pair", () => {
    fc.assert(
      fc.property(
        fc.oneof(smallProgram.map((p) => programInstance(p, { solver: "stable" }))),
        fc.constantFrom("mentees" as const, "mentors" as const),
        (instance, stableSide) => {
          const result = matchMentors(instance.mentors, instance.mentees, { ...instance.options, stableSide });
          expect(
            independentBlockingPairs(scoreProgram(instance), assignmentOf(result, scoreProgram(instance))),
          ).toEqual([]);
          expect(result.stats).toMatchObject({ stable: true, stableSide, blockingPairs: 0 });
        },
      ),
    );
  });

  it("stable: with ties and incomplete lists, no blocking pair either", () => {
    fc.assert(
      fc.property(preferenceProgram, (program) => {
        const instance = preferenceInstance(program, { solver: "stable" });
        const result = matchMentors(instance.mentors, instance.mentees, instance.options);
        const scored = scoreProgram(instance);
        expect(independentBlockingPairs(scored, assignmentOf(result, scored))).toEqual([]);
      }),
    );
  });

  it("stable: each mentee gets her best mentor among all stable matchings (mentee-optimal), each mentor his best with stableSide mentors", () => {
    fc.assert(
      fc.property(preferenceProgram, fc.constantFrom("mentees" as const, "mentors" as const), (program, stableSide) => {
        const instance = preferenceInstance(program, { solver: "stable", stableSide });
        const result = matchMentors(instance.mentors, instance.mentees, instance.options);
        const scored = scoreProgram(instance);
        const lists = tieBrokenLists(scored, program.seed);
        const stable = allStableMatchings({ ...lists, capacity: scored.capacity });
        const mine = assignmentOf(result, scored);
        expect(stable).toContainEqual(mine);
        const rankOf = (list: readonly number[], x: number): number => (x === -1 ? Infinity : list.indexOf(x));
        for (const other of stable) {
          if (stableSide === "mentees") {
            for (const [b, a] of mine.entries()) {
              expect(rankOf(lists.residentLists[b]!, a)).toBeLessThanOrEqual(
                rankOf(lists.residentLists[b]!, other[b]!),
              );
            }
          } else {
            // Mentor-optimal: each mentor's k-th best mentee is at least as good as in any other stable matching.
            scored.mentorIds.forEach((_, a) => {
              const ranks = (m: readonly number[]) =>
                m.flatMap((x, b) => (x === a ? [rankOf(lists.hospitalLists[a]!, b)] : [])).sort((p, q) => p - q);
              const ours = ranks(mine);
              const theirs = ranks(other);
              expect(ours.length).toBe(theirs.length); // rural hospitals theorem
              for (const [k, rank] of ours.entries()) expect(rank).toBeLessThanOrEqual(theirs[k]!);
            });
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it("gives the same JSON whatever the order of both input lists", () => {
    fc.assert(
      fc.property(smallProgram, fc.constantFrom(...SOLVERS), fc.integer(), (program, solver, shuffleSeed) => {
        const instance = programInstance(program, { solver });
        const shuffle = <T>(list: T[]): T[] =>
          fc.sample(fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }), {
            seed: shuffleSeed,
            numRuns: 1,
          })[0] ?? list;
        const first = matchMentors(instance.mentors, instance.mentees, instance.options);
        const second = matchMentors(shuffle(instance.mentors), shuffle(instance.mentees), instance.options);
        expect(JSON.stringify(second)).toBe(JSON.stringify(first));
      }),
      { numRuns: 50 },
    );
  });

  it("optimal: the LP and the min-cost flow reach the same optimum, with and without pins", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          smallProgram.map((p) => programInstance(p)),
          preferenceProgram.map((p) => preferenceInstance(p)),
        ),
        fc.array(fc.nat(5), { maxLength: 8 }),
        (instance, picks) => {
          const program = readMentorInput(instance.mentors, instance.mentees, instance.options, "test");
          const scored = scoreMentorPairs(program.cohort, program.mentors, program.mentees, "test");
          const pins = choosePins(scoreProgram(instance), picks);
          const graph = buildMentorGraph(scored, program.capacity);
          const solve = (path: "lp" | "flow") =>
            solveMentorGraph(scored, graph, {
              solver: "optimal",
              stableSide: "mentees",
              pins,
              groups: [],
              path,
              lpSolver: maxWeightBMatchingLp,
            });
          const lp = solve("lp");
          const flow = solve("flow");
          expect(lp.algorithm).toBe("linear-program");
          expect(flow.algorithm).toBe("min-cost-flow");
          const plain = scoreProgram(instance);
          const cardinality = (x: Int32Array) => x.filter((a) => a !== -1).length;
          expect(cardinality(lp.assignment)).toBe(cardinality(flow.assignment));
          expect(scaledTotal(plain, Array.from(lp.assignment))).toBe(scaledTotal(plain, Array.from(flow.assignment)));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("pins are in the result, which is the brute-force optimum among matchings that contain them (optimal and fair)", () => {
    fc.assert(
      fc.property(
        smallProgram,
        fc.array(fc.nat(5), { maxLength: 8 }),
        fc.constantFrom("optimal" as const, "fair" as const),
        (program, picks, solver) => {
          const base = programInstance(program);
          const scored = scoreProgram(base);
          const pins = choosePins(scored, picks);
          fc.pre(pins.length > 0);
          const instance: Instance = {
            ...base,
            options: {
              ...base.options,
              solver,
              pins: pins.map(([a, b]) => [scored.mentorIds[a]!, scored.menteeIds[b]!]),
            },
          };
          const result = matchMentors(instance.mentors, instance.mentees, instance.options);
          const assignment = assignmentOf(result, scored);
          for (const [a, b] of pins) expect(assignment[b]).toBe(a);
          const best = bruteForceBMatching({
            residents: scored.menteeIds.length,
            capacity: scored.capacity,
            edges: feasibleEdges(scored),
            pins,
          });
          expect(result.stats.matchedMentees).toBe(best!.cardinality);
          if (solver === "optimal") expect(scaledTotal(scored, assignment)).toBe(best!.scaledWeight);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("a per-mentor industry limit holds, and the result is the brute-force optimum under it", () => {
    fc.assert(
      fc.property(smallProgram, fc.integer({ min: 0, max: 1 }), (program, max) => {
        const base = programInstance(program);
        const instance: Instance = { ...base, options: { ...base.options, limits: [{ field: "industry", max }] } };
        const result = matchMentors(instance.mentors, instance.mentees, instance.options);
        const scored = scoreProgram(base);
        const industry = (id: string) =>
          [...instance.mentors, ...instance.mentees]
            .find((p) => p.id === id)
            ?.industry?.trim()
            .toLowerCase();
        const groups = scored.mentorIds.map((mentor, a) => ({
          hospital: a,
          residents: scored.menteeIds.flatMap((mentee, b) =>
            industry(mentor) !== undefined && industry(mentor) === industry(mentee) ? [b] : [],
          ),
          max,
        }));
        const assignment = assignmentOf(result, scored);
        for (const group of groups)
          expect(group.residents.filter((b) => assignment[b] === group.hospital).length).toBeLessThanOrEqual(max);
        const best = bruteForceBMatching({
          residents: scored.menteeIds.length,
          capacity: scored.capacity,
          edges: feasibleEdges(scored),
          groups,
        });
        expect(result.stats.matchedMentees).toBe(best!.cardinality);
        expect(scaledTotal(scored, assignment)).toBe(best!.scaledWeight);
      }),
      { numRuns: 50 },
    );
  });

  it("two overlapping limits (organisation and industry) hold, and the result is the brute-force optimum under them", () => {
    fc.assert(
      fc.property(
        smallProgram,
        fc.integer({ min: 0, max: 1 }),
        fc.integer({ min: 0, max: 1 }),
        (program, maxOrganization, maxIndustry) => {
          const base = programInstance(program);
          const limits = [
            { field: "organization", max: maxOrganization },
            { field: "industry", max: maxIndustry },
          ];
          const result = matchMentors(base.mentors, base.mentees, {
            ...base.options,
            limits,
            lpSolver: maxWeightBMatchingLp,
          });
          const scored = scoreProgram(base);
          const everyone = [...base.mentors, ...base.mentees];
          const value = (id: string, field: "organization" | "industry") =>
            everyone
              .find((p) => p.id === id)
              ?.[field]?.trim()
              .toLowerCase();
          const groups = (["organization", "industry"] as const).flatMap((field, l) =>
            scored.mentorIds.map((mentor, a) => ({
              hospital: a,
              residents: scored.menteeIds.flatMap((mentee, b) =>
                value(mentor, field) !== undefined && value(mentor, field) === value(mentee, field) ? [b] : [],
              ),
              max: limits[l]!.max,
            })),
          );
          const assignment = assignmentOf(result, scored);
          for (const group of groups)
            expect(group.residents.filter((b) => assignment[b] === group.hospital).length).toBeLessThanOrEqual(
              group.max,
            );
          const best = bruteForceBMatching({
            residents: scored.menteeIds.length,
            capacity: scored.capacity,
            edges: feasibleEdges(scored),
            groups,
          });
          expect(result.stats.matchedMentees).toBe(best!.cardinality);
          expect(scaledTotal(scored, assignment)).toBe(best!.scaledWeight);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("one limit: the flow with group limits and the LP reach the same optimum", () => {
    // Dense preference programs make the limit bind often.
    const instances = fc.oneof(
      { arbitrary: smallProgram.map((p) => ({ instance: programInstance(p), field: "organization" })), weight: 1 },
      {
        arbitrary: preferenceProgram.map((p) => ({ instance: preferenceInstance(p), field: "attributes.team" })),
        weight: 3,
      },
    );
    fc.assert(
      fc.property(
        instances,
        fc.integer({ min: 0, max: 2 }),
        fc.array(fc.nat(5), { maxLength: 8 }),
        ({ instance, field }, max, picks) => {
          const input = readMentorInput(instance.mentors, instance.mentees, instance.options, "test");
          const scored = scoreMentorPairs(input.cohort, input.mentors, input.mentees, "test");
          const groups = mentorGroups(input.cohort, input.mentors, input.mentees, [{ field, max }]);
          const plain = scoreProgram(instance);
          const pinnedTo = new Map(choosePins(plain, picks).map(([a, b]) => [b, a]));
          // Keep only pins that respect the limit (the program rejects the others up front).
          const pins = [...pinnedTo]
            .map(([b, a]) => [a, b] as [number, number])
            .filter(([a, b]) => !groups.some((g) => g.mentor === a && g.mentees.includes(b)));
          const graph = buildMentorGraph(scored, input.capacity);
          const solve = (path: "lp" | "flow") =>
            solveMentorGraph(scored, graph, {
              solver: "optimal",
              stableSide: "mentees",
              pins,
              groups,
              path,
              lpSolver: maxWeightBMatchingLp,
            }).assignment;
          const lp = solve("lp");
          const flow = solve("flow");
          expect(flow.filter((a) => a !== -1).length).toBe(lp.filter((a) => a !== -1).length);
          expect(scaledTotal(plain, Array.from(flow))).toBe(scaledTotal(plain, Array.from(lp)));
          for (const group of groups)
            expect(group.mentees.filter((b) => flow[b] === group.mentor).length).toBeLessThanOrEqual(group.max);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("counts exactly the blocking pairs an independent check finds, for every solver", () => {
    fc.assert(
      fc.property(smallProgram, fc.constantFrom(...SOLVERS), (program, solver) => {
        const instance = programInstance(program, { solver });
        const result = matchMentors(instance.mentors, instance.mentees, instance.options);
        const scored = scoreProgram(instance);
        const expected = independentBlockingPairs(scored, assignmentOf(result, scored)).map(([a, b]) => [
          scored.mentorIds[a],
          scored.menteeIds[b],
        ]);
        expect(result.blockingPairs).toEqual(expected);
        expect(result.stats.blockingPairs).toBe(expected.length);
      }),
    );
  });
});
