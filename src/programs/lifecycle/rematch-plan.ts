/**
 * Checks a re-match request against the previous result and the new participant list,
 * and works out who stays, who is freed, and which pairs must never form again.
 */
import type { IssueList } from "../../errors/issues.js";
import { didYouMean } from "../../errors/suggest.js";
import type { IssueSubject } from "../../model/index.js";
import { fromZodIssues, RematchChangeSchema } from "../../model/index.js";
import { sortedPair, uniquePairs } from "../shared/history.js";
import type { PreviousState } from "./previous.js";

/** A sentence about people, named by a function of their id (display names are known only later). */
export type Note = (name: (id: string) => string) => string;

export interface RematchPlan {
  /** Previous groups as sorted id lists, in previous order. */
  readonly previousGroups: readonly (readonly string[])[];
  /** Previous groups untouched by the change (nobody in them dissolved or left), with their index in `previousGroups`. */
  readonly intact: readonly { readonly members: readonly string[]; readonly index: number }[];
  /** Pairs that must never form again: the history's and this change's dissolved pairs. */
  readonly bans: readonly [string, string][];
  /** Why a person needs a new partner, for explanations: id → sentence (people named by `name`). */
  readonly notes: Map<string, Note>;
  /** People whose group was broken on request or by a leaver (churn does not count them). */
  readonly affected: Set<string>;
  readonly left: readonly string[];
  /** People left out last time who are still in the programme: matched first. */
  readonly priority: readonly string[];
}

const changeSubject = (caller: string): IssueSubject => ({
  caller,
  prefix: ["change"],
  name: (field) => (field === "" ? "change" : `change${field.startsWith("[") ? "" : "."}${field}`),
});

/** Validates `change` against `previous` and the current ids; records every problem in `issues`. */
export function planRematch(
  previous: PreviousState,
  change: unknown,
  currentIds: readonly string[],
  issues: IssueList,
): RematchPlan | undefined {
  const before = issues.issues.length;
  const given = change === undefined ? {} : change;
  if (given === null || typeof given !== "object" || Array.isArray(given)) {
    issues.add("invalid_type", ["change"], "change must be an object { dissolve?, leave?, join? }");
    return undefined;
  }
  const parsed = RematchChangeSchema.safeParse(given, { reportInput: true });
  if (!parsed.success) {
    issues.addAll(fromZodIssues(parsed.error.issues, changeSubject(issues.caller), RematchChangeSchema, given));
    return undefined;
  }
  const { dissolve = [], leave = [], join = [] } = parsed.data;
  const current = new Set(currentIds);
  const groupOf = new Map<string, number>();
  for (const [g, group] of previous.groups.entries()) for (const id of group) groupOf.set(id, g);
  const known = new Set([...groupOf.keys(), ...previous.unmatched]);
  const knownIds = [...known];
  const leaving = new Set(leave);
  const joining = new Set(join);
  const notes = new Map<string, Note>();
  const affected = new Set<string>();
  const broken = new Set<number>();
  const dissolvedNow: [string, string][] = [];
  const unknown = (id: string): string => `"${id}" was not in the previous result${didYouMean(id, knownIds)}`;

  const seenPairs = new Set<string>();
  dissolve.forEach(([a, b], k) => {
    const path = ["change", "dissolve", k];
    if (a === b) {
      issues.add("invalid_value", path, `change.dissolve[${k}] names "${a}" twice; a pair needs two people`, a);
      return;
    }
    for (const id of [a, b])
      if (!known.has(id)) issues.add("unknown_id", path, `change.dissolve[${k}]: ${unknown(id)}`, id);
    if (!known.has(a) || !known.has(b)) return;
    const g = groupOf.get(a);
    if (g === undefined || g !== groupOf.get(b)) {
      issues.add(
        "invalid_value",
        path,
        `change.dissolve[${k}]: "${a}" and "${b}" were not matched together in the previous result`,
        a,
      );
      return;
    }
    const key = sortedPair(a, b).join("\u0000");
    if (seenPairs.has(key)) {
      issues.add("duplicate_id", path, `change.dissolve[${k}] dissolves "${a}" and "${b}" a second time`, a);
      return;
    }
    seenPairs.add(key);
    broken.add(g);
    dissolvedNow.push(sortedPair(a, b));
    notes.set(a, (name) => `the previous pairing with ${name(b)} was dissolved`);
    notes.set(b, (name) => `the previous pairing with ${name(a)} was dissolved`);
  });
  const listedOnce = (ids: readonly string[], key: "leave" | "join"): void => {
    const seen = new Set<string>();
    ids.forEach((id, k) => {
      if (seen.has(id)) issues.add("duplicate_id", ["change", key, k], `change.${key} lists "${id}" twice`, id);
      seen.add(id);
    });
  };
  listedOnce(leave, "leave");
  listedOnce(join, "join");
  leave.forEach((id, k) => {
    if (!known.has(id))
      issues.add(
        "unknown_id",
        ["change", "leave", k],
        `"${id}" is leaving but was not in the previous result${didYouMean(id, knownIds)}`,
        id,
      );
    else if (current.has(id))
      issues.add(
        "invalid_value",
        ["change", "leave", k],
        `"${id}" is leaving but is still in the participant list; remove their profile`,
        id,
      );
  });
  join.forEach((id, k) => {
    if (known.has(id))
      issues.add(
        "duplicate_id",
        ["change", "join", k],
        `"${id}" is joining but was already in the previous result`,
        id,
      );
    else if (!current.has(id))
      issues.add("unknown_id", ["change", "join", k], `"${id}" is joining but is not in the participant list`, id);
    else notes.set(id, (name) => `${name(id)} is new to the programme`);
  });
  for (const id of known) {
    if (!leaving.has(id) && !current.has(id))
      issues.add(
        "unknown_id",
        ["participants"],
        `"${id}" was in the previous result but is not in the participant list; list them in change.leave`,
        id,
      );
  }
  for (const id of currentIds) {
    if (!known.has(id) && !joining.has(id))
      issues.add("unknown_id", ["participants"], `"${id}" is not in the previous result; list them in change.join`, id);
  }
  if (issues.issues.length > before) return undefined;

  const intact: { members: readonly string[]; index: number }[] = [];
  previous.groups.forEach((group, g) => {
    const leavers = group.filter((id) => leaving.has(id));
    if (!broken.has(g) && leavers.length === 0) {
      intact.push({ members: group, index: g });
      return;
    }
    for (const id of group) {
      if (leaving.has(id)) continue;
      affected.add(id);
      if (leavers.length > 0 && !notes.has(id))
        notes.set(id, (name) => `${leavers.map(name).join(" and ")} left the programme`);
    }
  });
  for (const id of previous.unmatched)
    if (!leaving.has(id) && !notes.has(id)) notes.set(id, (name) => `${name(id)} was not matched last time`);
  return {
    previousGroups: previous.groups,
    intact,
    bans: uniquePairs(previous.dissolved, dissolvedNow),
    notes,
    affected,
    left: [...leaving].sort(),
    priority: previous.unmatched.filter((id) => !leaving.has(id)).sort(),
  };
}
