/**
 * `matchMentors`: two-sided mentor–mentee matching with capacities. Validates both
 * sides, scores every mentor × mentee pair with the two-sided defaults, solves with the
 * chosen solver (stable, optimal or fair; pins and per-mentor limits on the optimal and
 * fair paths), and reports every mentor and mentee: in an assignment with reasons, or
 * unmatched with a reason.
 */
import { inputIssue } from "../../errors/issues.js";
import { invariant } from "../../internal/debug.js";
import { MatchInputError, type MatchInputIssue } from "../../errors/match-input-error.js";
import type { TwoSidedCompatibility } from "../../compatibility/two-sided.js";
import { scoreMentorPairs } from "../../compatibility/two-sided.js";
import type { MentorOptions } from "../../model/mentor-options-schema.js";
import type { ParticipantInput } from "../../model/participant-schema.js";
import { mentorBlockingPairs } from "./blocking-pairs.js";
import type { MentorProgram } from "./input.js";
import { readMentorInput } from "./input.js";
import type { MentorGroup } from "./limits.js";
import { mentorGroups } from "./limits.js";
import type { MentorMatchResult } from "./result.js";
import { buildMentorResult } from "./result.js";
import { buildMentorGraph, solveMentorGraph } from "./solvers.js";

const CALLER = "matchMentors";

/**
 * Matches mentees to mentors with capacities, with explanations.
 *
 * Mentors and mentees are participants in the same schema (`ParticipantSchema`); ids must
 * be unique across both lists. A mentor's `capacity` (default 1; 0 = not taking mentees
 * this cycle) is a hard limit. Pairs are scored two-sided (see `docs/mentors.md`): the
 * mentor's strengths covering the mentee's growth areas weigh most, and
 * `experience.minGapYears` requires the mentor to be that many years ahead.
 *
 * Solvers: `"optimal"` (default) places the most mentees, then maximises the total
 * score; `"fair"` places the most mentees, then maximises the smallest score, then the
 * total; `"stable"` returns the mentee-optimal (or, with `stableSide: "mentors"`, the
 * mentor-optimal) stable matching. `pins` (pairs that must be formed) work with
 * `"optimal"` and `"fair"`, `limits` with `"optimal"`. `optimal` runs on min-cost flow,
 * also with limits as long as each mentor's groups are disjoint (always so for a single
 * limit); overlapping groups (two limits one mentee meets both of, for the same mentor)
 * need the LP, passed as `options.lpSolver` (`maxWeightBMatchingLp` from
 * `peermatch/algorithms/lp`, kept out of this entry so browser bundles do not carry it),
 * which is practical up to a few thousand feasible pairs (see `stats.algorithm` and
 * `docs/mentors.md`).
 *
 * @param mentors - mentor participants (with `capacity`)
 * @param mentees - mentee participants
 * @param options - solver, two-sided options and the scoring options of `MatchOptions`
 * @returns plain JSON: assignments with scores and reasons, everyone unmatched with a reason, stats, meta
 * @throws {@link MatchInputError} listing every problem in the input (paths start with
 *   `"mentors"`, `"mentees"` or `"options"`)
 * @example
 * ```ts
 * const result = matchMentors(
 *   [{ id: "ada", capacity: 2, strengths: ["negotiation", "public speaking"], experienceYears: 15 }],
 *   [
 *     { id: "bo", growthAreas: ["negotiation"], experienceYears: 3 },
 *     { id: "cy", growthAreas: ["public speaking"], experienceYears: 2 },
 *   ],
 *   { experience: { minGapYears: 5 }, availability: { referenceDate: "2026-03-02" } },
 * );
 * result.assignments[0]?.mentees.map((m) => m.id); // ["bo", "cy"]
 * ```
 */
export function matchMentors(
  mentors: readonly ParticipantInput[],
  mentees: readonly ParticipantInput[],
  options?: MentorOptions,
): MentorMatchResult {
  const started = performance.now();
  const program = readMentorInput(mentors, mentees, options, CALLER);
  const scored = scoreMentorPairs(program.cohort, program.mentors, program.mentees, CALLER);
  const groups = mentorGroups(program.cohort, program.mentors, program.mentees, program.limits);
  checkPins(program, scored, groups);
  const scoredAt = performance.now();
  const solution = solveMentorGraph(scored, buildMentorGraph(scored, program.capacity), {
    solver: program.solver,
    stableSide: program.stableSide,
    pins: program.pins,
    groups,
    ...(program.lpSolver === undefined ? {} : { lpSolver: program.lpSolver }),
    caller: CALLER,
  });
  const blockingPairs = mentorBlockingPairs(scored, program.capacity, solution.assignment);
  invariant(
    program.solver !== "stable" || blockingPairs.length === 0,
    () => `${CALLER}: the stable matching has ${blockingPairs.length} blocking pairs`,
  );
  const solvedAt = performance.now();
  return buildMentorResult({
    scored,
    capacity: program.capacity,
    solver: program.solver,
    stableSide: program.stableSide,
    algorithm: solution.algorithm,
    assignment: solution.assignment,
    blockingPairs,
    limited: program.limits.length > 0,
    timing: { started, scoringMs: scoredAt - started, solvingMs: solvedAt - scoredAt },
  });
}

/** Pins must be feasible pairs and fit every limit; throws `MatchInputError` naming each offender. */
function checkPins(program: MentorProgram, scored: TwoSidedCompatibility, groups: readonly MentorGroup[]): void {
  const issues: MatchInputIssue[] = [];
  const N = program.mentees.length;
  const id = (cohortIndex: number): string => program.cohort.ids[cohortIndex]!;
  program.pins.forEach(([a, b], k) => {
    if (!Number.isNaN(scored.weight[a * N + b])) return;
    const why = scored
      .explain(a, b)
      .vetoes.map((veto) => veto.reason)
      .join("; ");
    issues.push(
      inputIssue(
        CALLER,
        "invalid_value",
        ["options", "pins", k],
        `options.pins[${k}] pairs mentor ${JSON.stringify(id(program.mentors[a]!))} with mentee ${JSON.stringify(id(program.mentees[b]!))}, but the pair is ruled out: ${why}`,
      ),
    );
  });
  const pinnedTo = new Int32Array(N).fill(-1);
  for (const [a, b] of program.pins) pinnedTo[b] = a;
  for (const group of groups) {
    const pinned = group.mentees.filter((b) => pinnedTo[b] === group.mentor).length;
    if (pinned <= group.max) continue;
    const limit = program.limits[group.limit]!;
    issues.push(
      inputIssue(
        CALLER,
        "out_of_range",
        ["options", "limits", group.limit],
        `options.limits[${group.limit}] allows mentor ${JSON.stringify(id(program.mentors[group.mentor]!))} at most ${limit.max} mentees sharing their ${limit.field}, but ${pinned} are pinned to them`,
      ),
    );
  }
  if (issues.length > 0) throw new MatchInputError(issues);
}
