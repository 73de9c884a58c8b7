/**
 * Shared pieces of the matchMentors tests: small instances, the scored rectangle the
 * solvers read (weights only, never a solver's output), and checks written apart from
 * the program: everyone accounted for, capacities, blocking pairs by directional scores.
 */
import fc from "fast-check";
import { expect } from "vitest";
import { generateCohort } from "peermatch";
import type { MentorMatchResult, MentorOptions, Participant } from "peermatch";
import { scoreMentorPairs } from "../../src/compatibility/two-sided.js";
import { readMentorInput } from "../../src/programs/mentors/input.js";

export const REFERENCE_DATE = "2026-03-02";
export const SOLVERS = ["optimal", "fair", "stable"] as const;

/** Small generated programs: up to 6 mentors with capacities 0–2, up to 8 mentees. */
export const smallProgram = fc.record({
  seed: fc.string({ minLength: 1, maxLength: 8 }),
  mentors: fc.integer({ min: 0, max: 6 }),
  mentees: fc.integer({ min: 0, max: 8 }),
  capacities: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 6, maxLength: 6 }),
  loose: fc.boolean(),
  minGapYears: fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }),
  minScore: fc.option(fc.double({ min: 0, max: 0.3, noNaN: true }), { nil: undefined }),
});
export type SmallProgram = typeof smallProgram extends fc.Arbitrary<infer T> ? T : never;

export interface Instance {
  readonly mentors: Participant[];
  readonly mentees: Participant[];
  readonly options: MentorOptions;
}

/** A generated cohort split into mentors (with capacities) and mentees. */
export function programInstance(program: SmallProgram, extra: MentorOptions = {}): Instance {
  const people = generateCohort(program.mentors + program.mentees, { seed: program.seed, excludeShare: 0.2 });
  const mentors = people.slice(0, program.mentors).map((p, a) => ({ ...p, capacity: program.capacities[a] ?? 1 }));
  const mentees = people.slice(program.mentors);
  const options: MentorOptions = {
    availability: { referenceDate: REFERENCE_DATE, ...(program.loose ? { minOverlapMinutes: 0 } : {}) },
    ...(program.minGapYears !== undefined ? { experience: { minGapYears: program.minGapYears } } : {}),
    ...(program.minScore !== undefined ? { minScore: program.minScore } : {}),
    ...extra,
  };
  return { mentors, mentees, options };
}

/**
 * Programs whose scores are given outright: every built-in weight 0 and one custom
 * feature "pref" reading `attributes[otherId]` (a number in {0, .25, .5, .75, 1}, so
 * ties happen; a missing entry vetoes). s(i→j) is then exactly i's entry for j. Each
 * person also has `attributes.team` ("x" or "y") for limits.
 */
export const preferenceProgram = fc
  .record({
    mentors: fc.integer({ min: 1, max: 5 }),
    mentees: fc.integer({ min: 1, max: 7 }),
    seed: fc.string({ maxLength: 4 }),
  })
  .chain(({ mentors, mentees, seed }) =>
    fc.record({
      seed: fc.constant(seed),
      capacities: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: mentors, maxLength: mentors }),
      mentorPrefs: fc.array(
        fc.array(fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined, freq: 5 }), {
          minLength: mentees,
          maxLength: mentees,
        }),
        { minLength: mentors, maxLength: mentors },
      ),
      menteePrefs: fc.array(
        fc.array(fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined, freq: 5 }), {
          minLength: mentors,
          maxLength: mentors,
        }),
        { minLength: mentees, maxLength: mentees },
      ),
      teams: fc.array(fc.constantFrom("x", "y"), { minLength: mentors + mentees, maxLength: mentors + mentees }),
    }),
  );
export type PreferenceProgram = typeof preferenceProgram extends fc.Arbitrary<infer T> ? T : never;

const ZERO_WEIGHTS = {
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

export function preferenceInstance(program: PreferenceProgram, extra: MentorOptions = {}): Instance {
  const prefs = (row: readonly (number | undefined)[], prefix: string): Record<string, number> => {
    const out: Record<string, number> = {};
    row.forEach((value, k) => {
      if (value !== undefined) out[`${prefix}${k}`] = value / 4;
    });
    return out;
  };
  const team = (k: number) => program.teams[k] ?? "x";
  const mentors = program.mentorPrefs.map((row, a) => ({
    id: `m${a}`,
    capacity: program.capacities[a] ?? 1,
    attributes: { ...prefs(row, "e"), team: team(a) },
  }));
  const mentees = program.menteePrefs.map((row, b) => ({
    id: `e${b}`,
    attributes: { ...prefs(row, "m"), team: team(program.mentorPrefs.length + b) },
  }));
  const options: MentorOptions = {
    seed: program.seed,
    availability: { referenceDate: REFERENCE_DATE },
    weights: ZERO_WEIGHTS,
    custom: [
      {
        name: "pref",
        weight: 1,
        score: (a, b) => (typeof a.attributes?.[b.id] === "number" ? (a.attributes[b.id] as number) : null),
      },
    ],
    ...extra,
  };
  return { mentors, mentees, options };
}

/** The scored rectangle in plain arrays, by side index (mentors and mentees in id order). */
export interface ScoredProgram {
  readonly mentorIds: string[];
  readonly menteeIds: string[];
  readonly capacity: number[];
  /** weight[a][b], NaN when infeasible; sMentor / sMentee likewise. */
  readonly weight: number[][];
  readonly sMentor: number[][];
  readonly sMentee: number[][];
}

export function scoreProgram({ mentors, mentees, options }: Instance): ScoredProgram {
  const program = readMentorInput(mentors, mentees, options, "test");
  const scored = scoreMentorPairs(program.cohort, program.mentors, program.mentees, "test");
  const N = program.mentees.length;
  const table = (values: ArrayLike<number>): number[][] =>
    Array.from(program.mentors, (_, a) => Array.from({ length: N }, (_, b) => values[a * N + b]!));
  return {
    mentorIds: Array.from(program.mentors, (i) => program.cohort.ids[i]!),
    menteeIds: Array.from(program.mentees, (j) => program.cohort.ids[j]!),
    capacity: Array.from(program.capacity),
    weight: table(scored.weight),
    sMentor: table(scored.mentorScore),
    sMentee: table(scored.menteeScore),
  };
}

/** The result as mentee b → mentor a (side indices), or -1. */
export function assignmentOf(result: MentorMatchResult, scored: ScoredProgram): number[] {
  const assignment = scored.menteeIds.map(() => -1);
  for (const { mentor, mentees } of result.assignments) {
    const a = scored.mentorIds.indexOf(mentor);
    for (const { id } of mentees) assignment[scored.menteeIds.indexOf(id)] = a;
  }
  return assignment;
}

/** Feasible edges [a, b, w] for the brute-force oracle. */
export function feasibleEdges(scored: ScoredProgram): [number, number, number][] {
  const edges: [number, number, number][] = [];
  for (const [a, row] of scored.weight.entries()) {
    for (const [b, w] of row.entries()) if (!Number.isNaN(w)) edges.push([a, b, w]);
  }
  return edges;
}

/** Every mentee once (one assignment or unmatched), every mentor once (non-empty assignment or unmatched), capacities kept. */
export function expectEveryoneAccountedFor(result: MentorMatchResult, instance: Instance): void {
  const menteeIds = instance.mentees.map((p) => p.id).sort();
  const mentorIds = instance.mentors.map((p) => p.id).sort();
  const placed = result.assignments.flatMap((assignment) => assignment.mentees.map((m) => m.id));
  const left = (side: "mentor" | "mentee") => result.unmatched.filter((u) => u.side === side).map((u) => u.id);
  expect([...placed, ...left("mentee")].sort()).toEqual(menteeIds);
  expect([...result.assignments.map((a) => a.mentor), ...left("mentor")].sort()).toEqual(mentorIds);
  for (const assignment of result.assignments) {
    const input = instance.mentors.find((p) => p.id === assignment.mentor);
    expect(assignment.capacity).toBe(input?.capacity ?? 1);
    expect(assignment.mentees.length).toBeGreaterThan(0);
    expect(assignment.mentees.length).toBeLessThanOrEqual(assignment.capacity);
  }
}

/**
 * Blocking pairs by the directional scores: a feasible (mentor, mentee) pair, not
 * together, where the mentee is unmatched or strictly prefers the mentor, and the mentor
 * has a free place or strictly prefers the mentee to one of his.
 */
export function independentBlockingPairs(scored: ScoredProgram, assignment: readonly number[]): [number, number][] {
  const found: [number, number][] = [];
  scored.mentorIds.forEach((_, a) => {
    const mine = assignment.flatMap((x, b) => (x === a ? [b] : []));
    scored.menteeIds.forEach((_, b) => {
      if (Number.isNaN(scored.weight[a]![b]!) || assignment[b] === a) return;
      const current = assignment[b]!;
      const menteeWants = current === -1 || scored.sMentee[a]![b]! > scored.sMentee[current]![b]!;
      const cap = scored.capacity[a]!;
      const mentorWants =
        cap > 0 && (mine.length < cap || mine.some((other) => scored.sMentor[a]![b]! > scored.sMentor[a]![other]!));
      if (menteeWants && mentorWants) found.push([a, b]);
    });
  });
  return found;
}
