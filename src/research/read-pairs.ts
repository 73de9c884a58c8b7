/**
 * Reading the pair lists the research functions take: outcomes (validated against
 * `OutcomeSchema`) and groups of ids. Member ids must be participants of the cohort.
 * Issues are collected, never thrown here; paths start with `"outcomes"` or `"groups"`.
 */
import { describeValue } from "../errors/describe-value.js";
import type { MatchInputIssue } from "../errors/match-input-error.js";
import { inputIssue } from "../errors/issues.js";
import { didYouMean } from "../errors/suggest.js";
import { type IssueSubject, fromZodIssues } from "../model/issues.js";
import { type Outcome, OutcomeSchema } from "../model/outcome-schema.js";

/** An outcome with its members as cohort indices (i < j) and its input position. */
export interface IndexedOutcome {
  readonly index: number;
  readonly i: number;
  readonly j: number;
  readonly outcome: Outcome;
}

/** Unknown ids are compared against at most this many ids for a did-you-mean. */
const SUGGEST_LIMIT = 5000;

/**
 * Validates `outcomes` and resolves member ids to cohort indices. `indexOf` is undefined
 * when the participants themselves had issues (then only the shape is checked).
 */
export function readOutcomes(
  outcomes: unknown,
  indexOf: ReadonlyMap<string, number> | undefined,
  caller: string,
  issues: MatchInputIssue[],
): IndexedOutcome[] {
  if (!Array.isArray(outcomes)) {
    issues.push(
      inputIssue(caller, "invalid_type", ["outcomes"], `outcomes must be an array, got ${describeValue(outcomes)}`),
    );
    return [];
  }
  const read: IndexedOutcome[] = [];
  for (let index = 0; index < outcomes.length; index++) {
    const raw: unknown = outcomes[index];
    const subject: IssueSubject = {
      caller,
      prefix: ["outcomes", index],
      name: (field) => (field === "" ? `outcome at index ${index}` : `outcome at index ${index} ${field}`),
    };
    const parsed = OutcomeSchema.safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      issues.push(...fromZodIssues(parsed.error.issues, subject, OutcomeSchema, raw));
      continue;
    }
    if (indexOf === undefined) continue;
    const [a, b] = parsed.data.members;
    const ia = memberIndex(a, ["outcomes", index, "members", 0], `outcome at index ${index}`, indexOf, caller, issues);
    const ib = memberIndex(b, ["outcomes", index, "members", 1], `outcome at index ${index}`, indexOf, caller, issues);
    if (ia < 0 || ib < 0) continue;
    read.push({ index, i: Math.min(ia, ib), j: Math.max(ia, ib), outcome: parsed.data });
  }
  return read;
}

/** A group's members as sorted cohort indices, and its position in the input. */
export interface IndexedGroup {
  readonly index: number;
  readonly members: number[];
}

/** Where a list of groups sits in the caller's input, for issue paths and messages. */
export interface GroupsLocation {
  /** Path of group g's id list: `["groups", g]`, or `["result", "pairs", g, "members"]`. */
  readonly path: (g: number) => (string | number)[];
  /** How a message names group g's id list: `groups[3]`. */
  readonly label: (g: number) => string;
}

const GROUPS: GroupsLocation = { path: (g) => ["groups", g], label: (g) => `groups[${g}]` };

/**
 * Validates `groups` (lists of 2 or 3 different participant ids) and resolves them to
 * cohort indices, each group sorted, with its position in `groups`. Groups with issues
 * are left out of the answer.
 */
export function readGroups(
  groups: unknown,
  indexOf: ReadonlyMap<string, number> | undefined,
  caller: string,
  issues: MatchInputIssue[],
  at: GroupsLocation = GROUPS,
): IndexedGroup[] {
  if (!Array.isArray(groups)) {
    issues.push(
      inputIssue(caller, "invalid_type", ["groups"], `groups must be an array, got ${describeValue(groups)}`),
    );
    return [];
  }
  const read: IndexedGroup[] = [];
  for (let g = 0; g < groups.length; g++) {
    const group: unknown = groups[g];
    const where = at.label(g);
    if (!Array.isArray(group) || group.length < 2 || group.length > 3) {
      issues.push(
        inputIssue(
          caller,
          Array.isArray(group) ? "out_of_range" : "invalid_type",
          at.path(g),
          `${where} must be a list of 2 or 3 participant ids, got ${describeValue(group)}`,
        ),
      );
      continue;
    }
    const members: number[] = [];
    for (let m = 0; m < group.length; m++) {
      const id: unknown = group[m];
      if (typeof id !== "string") {
        issues.push(
          inputIssue(
            caller,
            "invalid_type",
            [...at.path(g), m],
            `${where}[${m}] must be a string, got ${describeValue(id)}`,
          ),
        );
        continue;
      }
      if (indexOf !== undefined) members.push(memberIndex(id, [...at.path(g), m], where, indexOf, caller, issues));
    }
    if (new Set(group).size < group.length) {
      issues.push(inputIssue(caller, "invalid_value", at.path(g), `${where} lists the same id twice`));
      continue;
    }
    if (indexOf !== undefined && members.length === group.length && members.every((i) => i >= 0))
      read.push({ index: g, members: members.sort((x, y) => x - y) });
  }
  return read;
}

/** The cohort index of `id`, or -1 with an `unknown_id` issue. */
function memberIndex(
  id: string,
  path: (string | number)[],
  where: string,
  indexOf: ReadonlyMap<string, number>,
  caller: string,
  issues: MatchInputIssue[],
): number {
  const i = indexOf.get(id);
  if (i !== undefined) return i;
  const hint = indexOf.size <= SUGGEST_LIMIT ? didYouMean(id, [...indexOf.keys()]) : "";
  issues.push(
    inputIssue(caller, "unknown_id", path, `${where} names ${JSON.stringify(id)}, who is not a participant${hint}`),
  );
  return -1;
}
