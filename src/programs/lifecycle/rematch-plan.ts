/**
 * Checks a re-match request against the previous result and the new participant list,
 * and works out who stays, who is freed, and which pairs must never form again.
 */
import { MatchInputError } from "../../errors/match-input-error.js";
import type { MatchInputIssue, MatchInputIssueCode } from "../../errors/match-input-error.js";

export interface RematchPlan {
  /** Previous groups as sorted id lists, in previous order. */
  readonly previousGroups: readonly (readonly string[])[];
  /** Previous groups untouched by the change: nobody in them dissolved or left. */
  readonly intact: readonly (readonly string[])[];
  /** Pairs that must never form again (from `dissolve`). */
  readonly bans: readonly (readonly [string, string])[];
  /** Why a person needs a new partner, for explanations: id → sentence. */
  readonly notes: ReadonlyMap<string, string>;
  /** People whose group was broken on request or by a leaver (churn does not count them). */
  readonly affected: ReadonlySet<string>;
  readonly left: readonly string[];
}

/** Validates `previous` and `change` against the current ids; collects every problem. */
export function planRematch(previous: unknown, change: unknown, currentIds: ReadonlySet<string>): RematchPlan {
  const issues: MatchInputIssue[] = [];
  const fail: Fail = (code, path, message, participantId) => {
    issues.push({
      code,
      path,
      message: `rematch: ${message}`,
      ...(participantId !== undefined ? { participantId } : {}),
    });
  };
  const previousGroups = readPreviousGroups(previous, fail);
  const previousUnmatched = readPreviousUnmatched(previous, fail);
  const { dissolve, leave, join } = readChange(change, fail);
  if (issues.length > 0) throw new MatchInputError(issues);

  const groupOf = new Map<string, number>();
  for (const [g, group] of previousGroups.entries()) for (const id of group) groupOf.set(id, g);
  const known = new Set([...groupOf.keys(), ...previousUnmatched]);
  const leaving = new Set(leave);
  const joining = new Set(join);
  const notes = new Map<string, string>();
  const affected = new Set<string>();
  const broken = new Set<number>();
  const bans: [string, string][] = [];

  dissolve.forEach(([a, b], k) => {
    const g = groupOf.get(a);
    if (g === undefined || g !== groupOf.get(b)) {
      fail(
        "unknown_id",
        ["change", "dissolve", k],
        `"${a}" and "${b}" were not matched together in the previous result`,
        a,
      );
      return;
    }
    broken.add(g);
    bans.push([a, b]);
    notes.set(a, `the previous pairing with ${b} was dissolved`);
    notes.set(b, `the previous pairing with ${a} was dissolved`);
  });
  leave.forEach((id, k) => {
    if (!known.has(id))
      fail("unknown_id", ["change", "leave", k], `"${id}" is leaving but was not in the previous result`, id);
    else if (currentIds.has(id))
      fail(
        "invalid_value",
        ["change", "leave", k],
        `"${id}" is leaving but is still in the participant list; remove their profile`,
        id,
      );
  });
  join.forEach((id, k) => {
    if (known.has(id))
      fail("duplicate_id", ["change", "join", k], `"${id}" is joining but was already in the previous result`, id);
    else if (!currentIds.has(id))
      fail("unknown_id", ["change", "join", k], `"${id}" is joining but is not in the participant list`, id);
    else notes.set(id, `${id} is new to the programme`);
  });
  for (const id of known) {
    if (!leaving.has(id) && !currentIds.has(id))
      fail(
        "unknown_id",
        ["participants"],
        `"${id}" was in the previous result but is not in the participant list; list them in change.leave`,
        id,
      );
  }
  for (const id of currentIds) {
    if (!known.has(id) && !joining.has(id))
      fail("unknown_id", ["participants"], `"${id}" is not in the previous result; list them in change.join`, id);
  }
  if (issues.length > 0) throw new MatchInputError(issues);

  const intact: string[][] = [];
  previousGroups.forEach((group, g) => {
    const leavers = group.filter((id) => leaving.has(id));
    if (!broken.has(g) && leavers.length === 0) {
      intact.push([...group]);
      return;
    }
    for (const id of group) {
      if (leaving.has(id)) continue;
      affected.add(id);
      if (leavers.length > 0 && !notes.has(id)) notes.set(id, `${leavers.join(" and ")} left the programme`);
    }
  });
  return { previousGroups, intact, bans, notes, affected, left: [...leaving].sort() };
}

type Fail = (code: MatchInputIssueCode, path: (string | number)[], message: string, participantId?: string) => void;

function readPreviousGroups(previous: unknown, fail: Fail): string[][] {
  const pairs = isRecord(previous) ? previous.pairs : undefined;
  if (!Array.isArray(pairs)) {
    fail("invalid_value", ["previous", "pairs"], "previous must be a MatchResult with a pairs array");
    return [];
  }
  const groups: string[][] = [];
  const seen = new Set<string>();
  pairs.forEach((pair: unknown, k) => {
    const members = isRecord(pair) ? pair.members : undefined;
    if (!Array.isArray(members) || members.length < 2 || !members.every((m): m is string => typeof m === "string")) {
      fail(
        "invalid_value",
        ["previous", "pairs", k, "members"],
        `previous.pairs[${k}].members must be two or three ids`,
      );
      return;
    }
    for (const id of members) {
      if (seen.has(id))
        fail(
          "invalid_value",
          ["previous", "pairs", k, "members"],
          `"${id}" is in two groups of the previous result`,
          id,
        );
      seen.add(id);
    }
    groups.push([...members].sort());
  });
  return groups;
}

function readPreviousUnmatched(previous: unknown, fail: Fail): string[] {
  const unmatched = isRecord(previous) ? previous.unmatched : undefined;
  if (unmatched === undefined) return [];
  if (!Array.isArray(unmatched)) {
    fail("invalid_value", ["previous", "unmatched"], "previous.unmatched must be an array");
    return [];
  }
  const ids: string[] = [];
  unmatched.forEach((entry: unknown, k) => {
    const id = isRecord(entry) ? entry.id : undefined;
    if (typeof id === "string") ids.push(id);
    else fail("invalid_value", ["previous", "unmatched", k, "id"], `previous.unmatched[${k}].id must be a string`);
  });
  return ids;
}

function readChange(change: unknown, fail: Fail): { dissolve: [string, string][]; leave: string[]; join: string[] } {
  const read = (key: "leave" | "join"): string[] => {
    const value = isRecord(change) ? change[key] : undefined;
    if (value === undefined) return [];
    if (Array.isArray(value) && value.every((id): id is string => typeof id === "string")) return value;
    fail("invalid_value", ["change", key], `change.${key} must be an array of ids`);
    return [];
  };
  if (change !== undefined && !isRecord(change)) fail("invalid_value", ["change"], "change must be an object");
  const raw = isRecord(change) ? change.dissolve : undefined;
  const dissolve: [string, string][] = [];
  if (raw !== undefined) {
    if (!Array.isArray(raw))
      fail("invalid_value", ["change", "dissolve"], "change.dissolve must be an array of [id, id] pairs");
    else
      raw.forEach((pair: unknown, k) => {
        if (Array.isArray(pair) && pair.length === 2 && typeof pair[0] === "string" && typeof pair[1] === "string")
          dissolve.push([pair[0], pair[1]]);
        else fail("invalid_value", ["change", "dissolve", k], `change.dissolve[${k}] must be a pair of ids`);
      });
  }
  return { dissolve, leave: read("leave"), join: read("join") };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
