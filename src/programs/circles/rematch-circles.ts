/**
 * `rematchCircles`: a circle programme after a change (people leave, people join, pairs
 * that did not work are dissolved), under the lifecycle rules of `rematch`: the change
 * and the stored result are checked as strictly, dissolved pairs never share a circle
 * again (`history.dissolved`), every pair ever grouped stays in `history.formed`, and
 * the options recorded in `meta` carry over field by field.
 *
 * Minimal disruption: circles the change does not touch stay exactly as they are (unless
 * the current profiles or options now forbid them: then they are listed as invalidated
 * and their members re-placed); a circle that lost a leaver keeps its remaining members
 * together and may be refilled, and is dissolved (its members re-placed) only when it
 * cannot be kept; a circle with a dissolved pair is broken up; the freed people, the
 * joiners and those left out last time are placed around the kept circles.
 */
import type { CircleInstance } from "../../algorithms/circles/circle-instance.js";
import type { CirclePartition } from "../../algorithms/circles/circle-partition.js";
import { checkCirclePartition } from "../../algorithms/circles/check-circle-partition.js";
import { describeValue } from "../../errors/describe-value.js";
import { IssueList } from "../../errors/issues.js";
import type { IssuePath } from "../../errors/issues.js";
import { MatchInputError } from "../../errors/match-input-error.js";
import { splitCircleOptions } from "../../model/circle-options-schema.js";
import { rawParticipantId } from "../../model/issues.js";
import type { ParticipantInput } from "../../model/participant-schema.js";
import { mergeCarriedOptions } from "../../model/recorded-options.js";
import type { PreviousState } from "../lifecycle/previous.js";
import { previousSubject, readPrevious } from "../lifecycle/previous.js";
import { planRematch } from "../lifecycle/rematch-plan.js";
import { withBans } from "../shared/bans.js";
import { groupKey, pairsInGroups, uniquePairs } from "../shared/history.js";
import type { CircleResult } from "./circle-result.js";
import type { CircleOptions, CircleSetup } from "./form-circles.js";
import { circleResultOf, setupCircles, solveCircles } from "./form-circles.js";

/**
 * What changed since the previous circle result. Checked strictly, as `rematch` checks
 * its change.
 *
 * @example
 * ```ts
 * const change: CircleChange = { dissolve: [["ana", "bea"]], leave: ["cleo"], join: ["dana"] };
 * ```
 */
export interface CircleChange {
  /** Pairs of one circle that did not work: their circle is broken up and they never share a circle again. */
  readonly dissolve?: readonly (readonly [string, string])[];
  /** People who left (their profiles removed from `participants`). */
  readonly leave?: readonly string[];
  /** Newcomers (their profiles in `participants`). */
  readonly join?: readonly string[];
}

/**
 * Options of `rematchCircles`: those of `formCircles` (but `previous`, which is the first
 * argument). Options not given are those recorded in the previous result's `meta`
 * (`meta.options` and `meta.circleOptions`), field by field.
 *
 * @example
 * ```ts
 * const options: RematchCirclesOptions = { size: { max: 5 } }; // size.min carried over
 * ```
 */
export type RematchCirclesOptions = Omit<CircleOptions, "previous" | "size"> & {
  /** Circle size; a bound not given is carried over from the previous result. */
  size?: { min?: number; max?: number };
};

/**
 * What a circle re-match changed: circles kept as they were, new circles, previous
 * circles that no longer exist, untouched circles the current profiles or options now
 * forbid, and who left.
 *
 * @example
 * ```ts
 * for (const members of next.diff.formed) console.log("new circle:", members.join(", "));
 * ```
 */
export interface CircleRematchDiff {
  kept: string[][];
  formed: string[][];
  dissolved: string[][];
  invalidated: string[][];
  left: string[];
}

/**
 * The result of `rematchCircles`: a circle result with what changed.
 *
 * @example
 * ```ts
 * const next: CircleRematchResult = rematchCircles(first, { leave: ["cleo"] }, cohortWithoutCleo);
 * ```
 */
export interface CircleRematchResult extends CircleResult {
  diff: CircleRematchDiff;
}

const CALLER = "rematchCircles";

/**
 * Re-forms circles after a change with as little disruption as possible: untouched
 * circles stay as they are, a circle that lost someone keeps its members and is refilled
 * (or dissolved and its members re-placed when it cannot be kept), a circle with a
 * dissolved pair is broken up, and the freed people, the joiners and anyone left out
 * last time are placed. Dissolved pairs never share a circle again, in this result and
 * every later one fed from it (`history.dissolved`, also honoured by `formCircles` and
 * `rotateCircles` through `options.previous`).
 *
 * @param previous - the last `formCircles` or `rematchCircles` result, as returned or stored as JSON
 * @param change - pairs to dissolve, people who left, people who joined (validated strictly)
 * @param participants - everyone in the programme now, joiners included, with current profiles
 * @param options - circle and match options; those not given are carried over from `previous.meta`
 * @returns the new circles with `diff` and the programme's `history`
 * @throws {@link MatchInputError} for bad input, or a change that does not fit the previous result
 * @example
 * ```ts
 * const first = formCircles(cohort, { size: { min: 4, max: 5 }, seed: "spring" });
 * const [a, b] = first.circles[0]!.members;
 * const next = rematchCircles(first, { dissolve: [[a!, b!]] }, cohort); // size and seed carried over
 * console.log(next.diff.formed, next.history.dissolved);
 * ```
 */
export function rematchCircles(
  previous: CircleResult,
  change: CircleChange,
  participants: readonly ParticipantInput[],
  options?: RematchCirclesOptions,
): CircleRematchResult {
  const started = performance.now();
  const issues = new IssueList(CALLER);
  const state = readPreviousCircles(previous, issues);
  const rawIds = Array.isArray(participants)
    ? participants.flatMap((raw: unknown) => {
        const id = rawParticipantId(raw);
        return id === undefined ? [] : [id];
      })
    : [];
  const plan = state === undefined ? undefined : planRematch(state, change, rawIds, issues);
  const merged = mergeOptions(previous, state, options, new Set(rawIds), issues);
  let setup: CircleSetup | undefined;
  try {
    setup = setupCircles(withBans(participants, plan?.bans ?? []), merged, CALLER);
  } catch (error) {
    if (!(error instanceof MatchInputError)) throw error;
    issues.addAll(error.issues);
  }
  issues.throwIfAny();
  if (setup === undefined || plan === undefined || state === undefined)
    throw new Error("rematchCircles: validation passed without a plan");

  const { instance } = setup.input;
  const { n } = instance;
  const indexOf = new Map(setup.compatibility.ids.map((id, i) => [id, i] as const));
  const indices = (members: readonly string[]) => members.map((id) => indexOf.get(id)!);
  const leaving = new Set(plan.left);
  const dissolvedGroups = new Set(
    ((change as CircleChange | undefined)?.dissolve ?? []).map(([a]) =>
      state.groups.findIndex((group) => group.includes(a)),
    ),
  );
  const intact = new Set(plan.intact.map((entry) => entry.index));
  const ruleGroups = instance.together ?? [];
  const inRuleGroup = new Int32Array(n).fill(-1);
  ruleGroups.forEach((group, g) => {
    for (const i of group) inRuleGroup[i] = g;
  });

  const kept: number[][] = [];
  const invalidated: string[][] = [];
  const remnants: number[][] = [];
  state.groups.forEach((group, g) => {
    if (intact.has(g)) {
      const members = indices(group);
      // A `together` rule linking a member to someone outside the circle breaks it up.
      const linked = members.some((i) => {
        const rule = inRuleGroup[i]!;
        return rule !== -1 && ruleGroups[rule]!.some((j) => !members.includes(j));
      });
      if (!linked && isValidCircle(instance, members, instance.minSize)) kept.push(members);
      else invalidated.push([...group]);
      return;
    }
    if (dissolvedGroups.has(g)) return;
    const members = indices(group.filter((id) => !leaving.has(id)));
    if (members.length >= 2 && isValidCircle(instance, members, 2)) remnants.push(members);
  });

  // Kept circles are closed: nobody joins them and they join no one.
  const weight = Float64Array.from(instance.weight);
  const keptOf = new Int32Array(n).fill(-1);
  kept.forEach((members, k) => {
    for (const i of members) keptOf[i] = k;
  });
  for (let i = 0; i < n; i++) {
    if (keptOf[i] === -1) continue;
    for (let j = 0; j < n; j++) {
      if (keptOf[j] !== keptOf[i]) {
        weight[i * n + j] = Number.NaN;
        weight[j * n + i] = Number.NaN;
      }
    }
  }
  const solveWith = (units: readonly (readonly number[])[]): CirclePartition =>
    solveCircles(setup, { ...instance, weight, together: mergeGroups(n, [...ruleGroups, ...kept, ...units]) });
  let solved = solveWith(remnants);
  // A remnant that could not be refilled is dissolved: its members are placed one by one.
  const stranded = remnants.filter((members) => members.every((i) => solved.circle[i] === -1));
  if (stranded.length > 0) solved = solveWith(remnants.filter((members) => !stranded.includes(members)));

  const result = circleResultOf(setup, solved, plan.bans, state.formed, started);
  return { ...result, diff: diffOf(state.groups, result, invalidated, plan.left) };
}

/** Whether `members` may form a circle of at least `minSize` under the instance's hard constraints. */
function isValidCircle(instance: CircleInstance, members: readonly number[], minSize: number): boolean {
  if (members.length > instance.maxSize) return false;
  const circle = new Int32Array(instance.n).fill(-1);
  for (const i of members) circle[i] = 0;
  return checkCirclePartition({ ...instance, minSize: Math.min(minSize, members.length) }, circle).valid;
}

/** Disjoint groups from overlapping ones (union of every group sharing a person). */
function mergeGroups(n: number, groups: readonly (readonly number[])[]): number[][] {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root]! !== root) root = parent[root]!;
    return root;
  };
  for (const group of groups) for (const i of group.slice(1)) parent[find(i)] = find(group[0]!);
  const byRoot = new Map<number, number[]>();
  for (const group of groups)
    for (const i of group) {
      const root = find(i);
      const list = byRoot.get(root) ?? [];
      if (!list.includes(i)) list.push(i);
      byRoot.set(root, list);
    }
  return [...byRoot.values()].filter((group) => group.length >= 2).map((group) => group.sort((x, y) => x - y));
}

/** Groups in a fixed order (by their sorted members), whatever order the previous result listed them in. */
function byKey(groups: string[][]): string[][] {
  return groups
    .map((group) => ({ group, key: groupKey(group) }))
    .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
    .map(({ group }) => group);
}

function diffOf(
  previousGroups: readonly (readonly string[])[],
  result: CircleResult,
  invalidated: string[][],
  left: readonly string[],
): CircleRematchDiff {
  const before = new Set(previousGroups.map(groupKey));
  const now = new Set(result.circles.map((circle) => groupKey(circle.members)));
  return {
    kept: result.circles.filter((circle) => before.has(groupKey(circle.members))).map((c) => [...c.members]),
    formed: result.circles.filter((circle) => !before.has(groupKey(circle.members))).map((c) => [...c.members]),
    dissolved: byKey(previousGroups.filter((group) => !now.has(groupKey(group))).map((group) => [...group])),
    invalidated: byKey(invalidated),
    left: [...left],
  };
}

/**
 * Options of the run: the explicit ones over those recorded in `previous.meta` (match
 * options through `mergeCarriedOptions`, circle options field by field, `size` by bound),
 * with carried `together`, `apart` and `facilitators` entries naming people no longer in
 * the programme dropped.
 */
function mergeOptions(
  previous: unknown,
  state: PreviousState | undefined,
  options: unknown,
  present: ReadonlySet<string>,
  issues: IssueList,
): unknown {
  if (options !== undefined && (options === null || typeof options !== "object" || Array.isArray(options)))
    return options;
  const explicit = { ...((options ?? {}) as Record<string, unknown>) };
  if (Object.hasOwn(explicit, "previous")) {
    issues.add(
      "unrecognized_key",
      ["options", "previous"],
      "options.previous is not taken: the previous result is the first argument of rematchCircles",
    );
    delete explicit.previous;
  }
  const circleKeys = new Set([
    "solver",
    "size",
    "together",
    "apart",
    "noLoneMember",
    "maxShared",
    "facilitators",
    "effort",
  ]);
  const explicitCircle: Record<string, unknown> = {};
  const explicitMatch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(explicit))
    (circleKeys.has(key) ? explicitCircle : explicitMatch)[key] = value;

  const carried = recordedCircleOptions(previous, state, issues);
  const circle: Record<string, unknown> = { ...carried };
  for (const [key, value] of Object.entries(explicitCircle)) {
    const before = circle[key];
    circle[key] = key === "size" && isRecord(before) && isRecord(value) ? { ...before, ...value } : value;
  }
  const known = (id: unknown) => typeof id !== "string" || present.has(id);
  for (const key of ["together", "apart"] as const)
    if (Array.isArray(carried[key]) && circle[key] === carried[key])
      circle[key] = (carried[key] as unknown[]).filter((pair) => !Array.isArray(pair) || pair.every(known));
  if (Array.isArray(carried.facilitators) && circle.facilitators === carried.facilitators)
    circle.facilitators = (carried.facilitators as unknown[]).filter(known);

  const merged = mergeCarriedOptions(state?.carried ?? { options: {}, custom: [] }, explicitMatch, CALLER);
  issues.addAll(merged.issues);
  return { ...(merged.options as Record<string, unknown>), ...circle };
}

/** `previous.meta.circleOptions`, checked as `formCircles` checks its options; {} when absent. */
function recordedCircleOptions(
  previous: unknown,
  state: PreviousState | undefined,
  issues: IssueList,
): Record<string, unknown> {
  if (state === undefined || !isRecord(previous) || !isRecord(previous.meta)) return {};
  const recorded = previous.meta.circleOptions;
  if (recorded === undefined) return {};
  const { issues: found } = splitCircleOptions(recorded, CALLER);
  if (!isRecord(recorded) || found.length > 0) {
    issues.add(
      "invalid_value",
      ["previous", "meta", "circleOptions"],
      `previous.meta.circleOptions must be circle options as formCircles records them, got ${describeValue(recorded)}`,
    );
    return {};
  }
  return recorded;
}

/**
 * Validates a stored circle result: circles of two or more ids with a score from 0 to 1,
 * each id once across circles and `unmatched`; `unmatched`, `history` and `meta` as
 * `rematch` checks them. Records every problem; undefined when there is any.
 */
export function readPreviousCircles(raw: unknown, issues: IssueList): PreviousState | undefined {
  const prefix: IssuePath = ["previous"];
  const subject = previousSubject(CALLER, prefix);
  if (!isRecord(raw) || !Array.isArray(raw.circles)) {
    issues.add(
      "invalid_type",
      prefix,
      `${subject.name("")} must be a circle result (an object with circles and unmatched), got ${describeValue(raw)}`,
    );
    return undefined;
  }
  const before = issues.issues.length;
  const { circles: _circles, ...rest } = raw;
  const base = readPrevious({ ...rest, pairs: [] }, issues, prefix);
  const groups: string[][] = [];
  const seen = new Map<string, string>();
  for (const id of base?.unmatched ?? []) seen.set(id, "unmatched");
  (raw.circles as unknown[]).forEach((circle, k) => {
    const path = [...prefix, "circles", k];
    const members = isRecord(circle) ? circle.members : undefined;
    const score = isRecord(circle) ? circle.score : undefined;
    if (!Array.isArray(members) || members.length < 2 || !members.every(isId)) {
      issues.add(
        "invalid_type",
        [...path, "members"],
        `${subject.name(`circles[${k}].members`)} must list two or more ids, got ${describeValue(members)}`,
      );
      return;
    }
    if (typeof score !== "number" || !(score >= 0 && score <= 1))
      issues.add(
        "invalid_type",
        [...path, "score"],
        `${subject.name(`circles[${k}].score`)} must be a number from 0 to 1, got ${describeValue(score)}`,
      );
    for (const id of members as string[]) {
      const first = seen.get(id);
      if (first !== undefined)
        issues.add(
          "duplicate_id",
          [...path, "members"],
          `${subject.name("")}: "${id}" is in ${first} and in circles[${k}]`,
          id,
        );
      else seen.set(id, `circles[${k}]`);
    }
    groups.push([...(members as string[])].sort());
  });
  if (base === undefined || issues.issues.length > before) return undefined;
  return {
    ...base,
    groups,
    entries: raw.circles as Record<string, unknown>[],
    formed: uniquePairs(base.formed, pairsInGroups(groups)),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function isId(value: unknown): value is string {
  return typeof value === "string" && value.length >= 1 && value.length <= 200;
}
