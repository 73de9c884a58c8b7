/**
 * Validation of `matchMentors` input in one pass: both participant lists (through
 * `normaliseCohort`, on the two lists together so both sides share one cohort and one
 * scoring vocabulary), ids unique across both sides, `MentorOptionsSchema`, and the
 * pins against the sides and capacities. Every issue is collected and thrown together;
 * participant issue paths start with `"mentors"` or `"mentees"` and the index in that list.
 */
import { inputIssue } from "../../errors/issues.js";
import { MatchInputError, type MatchInputIssue } from "../../errors/match-input-error.js";
import type { NormalisedCohort } from "../../model/cohort.js";
import { describeValue } from "../../errors/describe-value.js";
import { fromZodIssues, optionsSubject, rawParticipantId } from "../../model/issues.js";
import {
  MENTOR_DEFAULT_WEIGHTS,
  MentorOptionsSchema,
  type MentorLimit,
  type MentorLpSolver,
} from "../../model/mentor-options-schema.js";
import { normaliseCohort } from "../../model/normalise-cohort.js";

/** The validated program: the shared cohort, both sides and the two-sided options. */
export interface MentorProgram {
  readonly cohort: NormalisedCohort;
  /** Cohort index of each mentor, in id order; mentor a is `cohort.ids[mentors[a]]`. */
  readonly mentors: Int32Array;
  /** Cohort index of each mentee, in id order. */
  readonly mentees: Int32Array;
  /** capacity[a] = places of mentor a (`capacity`, default 1). */
  readonly capacity: Int32Array;
  readonly solver: "optimal" | "fair" | "stable";
  readonly stableSide: "mentees" | "mentors";
  /** Pairs [mentor a, mentee b] that must be formed (vetoes are checked once scored). */
  readonly pins: readonly (readonly [number, number])[];
  readonly limits: readonly MentorLimit[];
  /** The caller's LP solver for overlapping limits (`options.lpSolver`), when given. */
  readonly lpSolver?: MentorLpSolver;
}

/** Option keys `matchMentors` adds to (or narrows in) the scoring options. */
const MENTOR_ONLY_KEYS = ["solver", "stableSide", "pins", "limits", "lpSolver"] as const;

/**
 * Validates and normalises the input of `matchMentors` (see the file comment). Throws
 * `MatchInputError` with every issue found.
 */
export function readMentorInput(mentors: unknown, mentees: unknown, options: unknown, caller: string): MentorProgram {
  const issues: MatchInputIssue[] = [];
  for (const [name, list] of [
    ["mentors", mentors],
    ["mentees", mentees],
  ] as const) {
    if (!Array.isArray(list))
      issues.push(inputIssue(caller, "invalid_type", [name], `${name} must be an array, got ${describeValue(list)}`));
  }
  const raw = options ?? {};
  const isObject = typeof raw === "object" && raw !== null && !Array.isArray(raw);
  if (!isObject)
    issues.push(
      inputIssue(caller, "invalid_type", ["options"], `options must be an object, got ${describeValue(raw)}`),
    );
  const parsed = isObject ? MentorOptionsSchema.safeParse(raw, { reportInput: true }) : undefined;
  if (parsed !== undefined && !parsed.success)
    issues.push(...fromZodIssues(parsed.error.issues, optionsSubject(caller), MentorOptionsSchema, raw));
  if (!Array.isArray(mentors) || !Array.isArray(mentees) || !isObject) throw new MatchInputError(issues);

  issues.push(...duplicateIds(mentors, mentees, caller));
  let cohort: NormalisedCohort | undefined;
  try {
    cohort = normaliseCohort([...mentors, ...mentees], scoringOptions(raw as Record<string, unknown>), caller);
  } catch (error) {
    if (!(error instanceof MatchInputError)) throw error;
    const seen = new Set(issues.map(issueKey));
    for (const issue of error.issues) {
      if (issue.code === "duplicate_id") continue; // reported above, naming both sides
      const mapped = toSideIssue(issue, mentors.length);
      if (!seen.has(issueKey(mapped))) issues.push(mapped);
      seen.add(issueKey(mapped));
    }
  }
  if (issues.length > 0 || cohort === undefined || parsed === undefined || !parsed.success)
    throw new MatchInputError(issues);

  const indexOf = new Map(cohort.ids.map((id, i) => [id, i]));
  const sideIndices = (list: readonly unknown[]): Int32Array =>
    Int32Array.from(list, (p) => indexOf.get(rawParticipantId(p) ?? "") ?? -1).sort();
  const mentorIndex = sideIndices(mentors);
  const menteeIndex = sideIndices(mentees);
  // Capped at the Int32 range so a huge capacity does not wrap to a negative one.
  const capacity = Int32Array.from(mentorIndex, (i) => Math.min(cohort.participants[i]!.capacity ?? 1, 0x7fffffff));
  const data = parsed.data;
  const solver = data.solver ?? "optimal";
  const limits = data.limits ?? [];
  const pins = resolvePins(data.pins ?? [], cohort, mentorIndex, menteeIndex, capacity, caller, issues);
  if (solver === "stable" && (pins.length > 0 || limits.length > 0)) {
    issues.push(
      inputIssue(
        caller,
        "invalid_value",
        ["options", pins.length > 0 ? "pins" : "limits"],
        `options.pins and options.limits need solver "optimal" (or "fair" for pins): a stable matching cannot be forced to contain given pairs`,
      ),
    );
  }
  if (solver === "fair" && limits.length > 0) {
    issues.push(
      inputIssue(
        caller,
        "invalid_value",
        ["options", "limits"],
        `options.limits need solver "optimal" (the fair solver takes pins but not limits)`,
      ),
    );
  }
  if (issues.length > 0) throw new MatchInputError(issues);
  return {
    cohort,
    mentors: mentorIndex,
    mentees: menteeIndex,
    capacity,
    solver,
    stableSide: data.stableSide ?? "mentees",
    pins,
    limits,
    ...(data.lpSolver === undefined ? {} : { lpSolver: data.lpSolver }),
  };
}

/** The options `normaliseCohort` validates: the caller's, minus the two-sided keys, with two-sided default weights. */
function scoringOptions(raw: Record<string, unknown>): Record<string, unknown> {
  const base: Record<string, unknown> = {};
  for (const key of Object.keys(raw)) {
    if (!(MENTOR_ONLY_KEYS as readonly string[]).includes(key))
      Object.defineProperty(base, key, { value: raw[key], enumerable: true, writable: true, configurable: true });
  }
  const weights = raw.weights;
  if (weights === undefined) base.weights = { ...MENTOR_DEFAULT_WEIGHTS };
  else if (typeof weights === "object" && weights !== null && !Array.isArray(weights))
    base.weights = { ...MENTOR_DEFAULT_WEIGHTS, ...weights };
  return base;
}

/** Every id used twice, within one side or across both; the issue names both places. */
function duplicateIds(mentors: readonly unknown[], mentees: readonly unknown[], caller: string): MatchInputIssue[] {
  const issues: MatchInputIssue[] = [];
  const first = new Map<string, string>();
  for (const [side, list] of [
    ["mentor", mentors],
    ["mentee", mentees],
  ] as const) {
    list.forEach((participant, index) => {
      const id = rawParticipantId(participant);
      if (id === undefined) return;
      const where = `${side}s[${index}]`;
      const earlier = first.get(id);
      if (earlier === undefined) {
        first.set(id, where);
        return;
      }
      issues.push(
        inputIssue(
          caller,
          "duplicate_id",
          [`${side}s`, index, "id"],
          `${side} ${JSON.stringify(id)} (${where}) has the same id as ${earlier}; ids must be unique across mentors and mentees`,
          id,
        ),
      );
    });
  }
  return issues;
}

/** A cohort issue (path from the combined list) re-addressed to its side: `[5, …]` → `["mentees", 2, …]`. */
function toSideIssue(issue: MatchInputIssue, mentorCount: number): MatchInputIssue {
  const [head, ...rest] = issue.path;
  if (typeof head !== "number") return issue;
  const side = head < mentorCount ? "mentor" : "mentee";
  const local = head < mentorCount ? head : head - mentorCount;
  const message = issue.message
    .replace(`participant at index ${head}`, `${side} at index ${local}`)
    .replace(/^([^:]*: )participant /, `$1${side} `);
  return { ...issue, path: [`${side}s`, local, ...rest], message };
}

function issueKey(issue: MatchInputIssue): string {
  return `${issue.code}\u0000${JSON.stringify(issue.path)}`;
}

/** Pins as [mentor a, mentee b], with an issue for unknown or misplaced ids, repeats and pins beyond a capacity. */
function resolvePins(
  pins: readonly (readonly [string, string])[],
  cohort: NormalisedCohort,
  mentors: Int32Array,
  mentees: Int32Array,
  capacity: Int32Array,
  caller: string,
  issues: MatchInputIssue[],
): [number, number][] {
  const mentorOf = new Map(Array.from(mentors, (i, a) => [cohort.ids[i]!, a]));
  const menteeOf = new Map(Array.from(mentees, (j, b) => [cohort.ids[j]!, b]));
  const resolved: [number, number][] = [];
  const pinnedMentee = new Int32Array(mentees.length).fill(-1);
  const load = new Int32Array(mentors.length);
  pins.forEach(([mentorId, menteeId], k) => {
    const a = mentorOf.get(mentorId);
    const b = menteeOf.get(menteeId);
    const where = (id: string, side: string, other: ReadonlyMap<string, number>): string =>
      other.has(id) ? `is a ${side === "mentor" ? "mentee" : "mentor"}, not a ${side}` : "is not in the input";
    if (a === undefined) {
      issues.push(
        inputIssue(
          caller,
          "unknown_id",
          ["options", "pins", k, 0],
          `options.pins[${k}] mentor ${JSON.stringify(mentorId)} ${where(mentorId, "mentor", menteeOf)}`,
        ),
      );
    }
    if (b === undefined) {
      issues.push(
        inputIssue(
          caller,
          "unknown_id",
          ["options", "pins", k, 1],
          `options.pins[${k}] mentee ${JSON.stringify(menteeId)} ${where(menteeId, "mentee", mentorOf)}`,
        ),
      );
    }
    if (a === undefined || b === undefined) return;
    if (pinnedMentee[b] !== -1) {
      issues.push(
        inputIssue(
          caller,
          "invalid_value",
          ["options", "pins", k],
          `options.pins[${k}] pins mentee ${JSON.stringify(menteeId)} a second time (a mentee has one mentor)`,
          menteeId,
        ),
      );
      return;
    }
    pinnedMentee[b] = a;
    load[a] = load[a]! + 1;
    if (load[a] === capacity[a]! + 1) {
      issues.push(
        inputIssue(
          caller,
          "out_of_range",
          ["options", "pins", k],
          `options.pins give mentor ${JSON.stringify(mentorId)} more mentees than their capacity ${capacity[a]}`,
          mentorId,
        ),
      );
    }
    resolved.push([a, b]);
  });
  return resolved;
}
