/**
 * Reading a stored result (or rotation schedule) back as `previous`: its structure is
 * validated (groups of two or three ids with numeric scores, each id in one place only,
 * a well-formed history), unknown keys are allowed, and a result without `meta.format`
 * (stored by peermatch 0.1.0) is read as having no history and no recorded options.
 */
import type { IssueList, IssuePath } from "../../errors/issues.js";
import type { CarriedOptions, IssueSubject } from "../../model/index.js";
import { fromZodIssues, PreviousResultSchema, readRecordedOptions } from "../../model/index.js";
import { sortedPair, uniquePairs } from "../shared/history.js";

/** A stored result as the lifecycle reads it. */
export interface PreviousState {
  /** Groups as sorted id lists, in stored order. */
  readonly groups: readonly (readonly string[])[];
  /** The stored group entries, aligned with `groups` (for kept groups). */
  readonly entries: readonly Readonly<Record<string, unknown>>[];
  /** Ids left unmatched. */
  readonly unmatched: readonly string[];
  readonly dissolved: readonly [string, string][];
  readonly formed: readonly [string, string][];
  /** The recorded options; undefined for a result without them (0.1.0). */
  readonly carried: CarriedOptions | undefined;
  /** The recorded reference date, when there is one. */
  readonly referenceDate: string | undefined;
}

/** Names a value under `previous` in messages: `previous.pairs[3].members`. */
export function previousSubject(caller: string, prefix: IssuePath = ["previous"]): IssueSubject {
  const base = prefix.map((key, k) => (typeof key === "number" ? `[${key}]` : k === 0 ? key : `.${key}`)).join("");
  return {
    caller,
    prefix,
    name: (field) => (field === "" ? base : field.startsWith("[") ? `${base}${field}` : `${base}.${field}`),
  };
}

/**
 * Validates `raw` as a stored result; records every problem in `issues` and returns
 * undefined when there is any.
 */
export function readPrevious(
  raw: unknown,
  issues: IssueList,
  prefix: IssuePath = ["previous"],
): PreviousState | undefined {
  const subject = previousSubject(issues.caller, prefix);
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    issues.add("invalid_type", prefix, `${subject.name("")} must be a result (an object with pairs and unmatched)`);
    return undefined;
  }
  const parsed = PreviousResultSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    issues.addAll(fromZodIssues(parsed.error.issues, subject, PreviousResultSchema, raw));
    return undefined;
  }
  const before = issues.issues.length;
  const data = parsed.data;
  const record = raw as Record<string, unknown>;
  const rawPairs = record.pairs as readonly Record<string, unknown>[];
  const seen = new Map<string, string>();
  const place = (id: string, where: string, path: IssuePath): void => {
    const first = seen.get(id);
    if (first !== undefined) {
      issues.add("duplicate_id", path, `${subject.name("")}: "${id}" is in ${first} and in ${where}`, id);
    } else seen.set(id, where);
  };
  data.pairs.forEach((pair, k) => {
    for (const id of pair.members) place(id, `pairs[${k}]`, [...prefix, "pairs", k, "members"]);
  });
  data.unmatched.forEach((entry, k) => {
    place(entry.id, `unmatched[${k}]`, [...prefix, "unmatched", k, "id"]);
  });

  const format = data.meta?.format;
  let dissolved: [string, string][] = [];
  let formed: [string, string][] = [];
  let carried: CarriedOptions | undefined;
  if (format === 1) {
    const history = data.history;
    if (history !== undefined) {
      const check = (list: readonly (readonly [string, string])[], key: "dissolved" | "formed"): void => {
        list.forEach(([a, b], k) => {
          if (a === b)
            issues.add(
              "invalid_value",
              [...prefix, "history", key, k],
              `${subject.name(`history.${key}[${k}]`)} pairs "${a}" with themselves`,
              a,
            );
        });
      };
      check(history.dissolved, "dissolved");
      check(history.formed, "formed");
      dissolved = uniquePairs(history.dissolved);
      formed = uniquePairs(history.formed);
    }
    if (data.meta?.options !== undefined) {
      const read = readRecordedOptions(
        data.meta.options,
        previousSubject(issues.caller, [...prefix, "meta", "options"]),
      );
      if ("carried" in read) carried = read.carried;
      else issues.addAll(read.issues);
    }
  }
  if (issues.issues.length > before) return undefined;
  return {
    groups: data.pairs.map((pair) => [...pair.members].sort()),
    entries: rawPairs,
    unmatched: data.unmatched.map((entry) => entry.id),
    dissolved,
    formed: uniquePairs(formed, ...data.pairs.map((pair) => pairsOf(pair.members))),
    carried,
    referenceDate: data.meta?.referenceDate,
  };
}

function pairsOf(members: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let x = 0; x < members.length; x++)
    for (let y = x + 1; y < members.length; y++) pairs.push(sortedPair(members[x]!, members[y]!));
  return pairs;
}
