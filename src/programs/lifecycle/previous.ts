/**
 * Reading a stored result (or rotation schedule) back as `previous`: its structure is
 * validated (groups of two or three ids with numeric scores, each id in one place only,
 * a well-formed history), unknown keys are allowed, and a result without `meta.format`
 * (stored by peermatch 0.1.0) is read as having no history and no recorded options.
 */
import type { IssueList, IssuePath } from "../../errors/issues.js";
import type { CarriedOptions, IssueSubject, PreviousResultData } from "../../model/index.js";
import { isCalendarDate } from "../../model/clock.js";
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
  // A stored result of a large programme holds thousands of groups: a direct check of the
  // common, valid shape avoids the schema's per-entry cost; anything else goes through
  // the schema, which names every problem.
  let data: PreviousResultData;
  if (isPlainValid(raw as Record<string, unknown>)) data = raw as PreviousResultData;
  else {
    const parsed = PreviousResultSchema.safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      issues.addAll(fromZodIssues(parsed.error.issues, subject, PreviousResultSchema, raw));
      return undefined;
    }
    data = parsed.data;
  }
  const before = issues.issues.length;
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

/**
 * True when `raw` is, without doubt, accepted by `PreviousResultSchema` (false only sends
 * it through the schema, which then reports or accepts it).
 */
function isPlainValid(raw: Record<string, unknown>): boolean {
  const { pairs, unmatched, history, meta } = raw;
  if (!Array.isArray(pairs) || !Array.isArray(unmatched)) return false;
  for (const pair of pairs as unknown[]) {
    if (!isObject(pair)) return false;
    const { members, score } = pair;
    if (!Array.isArray(members) || members.length < 2 || members.length > 3 || !members.every(isId)) return false;
    if (typeof score !== "number" || !(score >= 0 && score <= 1)) return false;
  }
  for (const entry of unmatched as unknown[]) if (!isObject(entry) || !isId(entry.id)) return false;
  if (Object.hasOwn(raw, "history")) {
    if (!isObject(history)) return false;
    for (const key of ["dissolved", "formed"] as const) {
      const list = history[key];
      if (!Array.isArray(list)) return false;
      for (const pair of list as unknown[])
        if (!Array.isArray(pair) || pair.length !== 2 || !pair.every(isId)) return false;
    }
  }
  if (Object.hasOwn(raw, "meta")) {
    if (!isObject(meta)) return false;
    if (Object.hasOwn(meta, "format") && meta.format !== 1) return false;
    if (Object.hasOwn(meta, "referenceDate")) {
      const date = meta.referenceDate;
      if (typeof date !== "string" || !isCalendarDate(date) || date.startsWith("0")) return false;
    }
    if (Object.hasOwn(meta, "options") && meta.options === undefined) return false;
  }
  return true;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function isId(value: unknown): boolean {
  return typeof value === "string" && value.length >= 1 && value.length <= 200;
}

/**
 * The history of any stored result (pairs, circles or a rotation): `history` and `meta`
 * checked as {@link readPrevious} checks them, its groups not read. Undefined (with the
 * issues recorded) when they are malformed.
 */
export function readHistoryOf(
  raw: unknown,
  issues: IssueList,
  prefix: IssuePath,
): { readonly dissolved: readonly [string, string][]; readonly formed: readonly [string, string][] } | undefined {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    issues.add(
      "invalid_type",
      prefix,
      `${previousSubject(issues.caller, prefix).name("")} must be a result (an object with a history)`,
    );
    return undefined;
  }
  const record = raw as Record<string, unknown>;
  const state = readPrevious(
    {
      pairs: [],
      unmatched: [],
      ...(Object.hasOwn(record, "history") ? { history: record.history } : {}),
      ...(Object.hasOwn(record, "meta") ? { meta: record.meta } : {}),
    },
    issues,
    prefix,
  );
  return state === undefined ? undefined : { dissolved: state.dissolved, formed: state.formed };
}
