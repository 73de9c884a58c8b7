/**
 * zod issues → `MatchInputIssue`s: our stable codes, paths prefixed with where the
 * value sits in the caller's input, and messages that name the function, the
 * participant and the field (`matchPeers: participant "p7" availability.timezone
 * "Mars/Base" is not an IANA time zone`).
 */
import type * as z from "zod/mini";
import type { MatchInputIssue, MatchInputIssueCode } from "../errors/match-input-error.js";
import { describeValue } from "../errors/describe-value.js";
import { inputIssue } from "../errors/issues.js";
import { didYouMean } from "../errors/suggest.js";
import { knownKeysAt } from "./suggest.js";

type PathKey = string | number;

/** Whose value an issue is about, and how to name it in a message. */
export interface IssueSubject {
  readonly caller: string;
  /** Prepended to every zod path: `[index]` for a participant, `["options"]` for options. */
  readonly prefix: readonly PathKey[];
  /** Names a field (dotted path, possibly empty) in a message: `participant "p7" goals[2]`. */
  readonly name: (field: string) => string;
  readonly participantId?: string;
}

/** The subject for the participant at input position `index`. */
export function participantSubject(caller: string, index: number, raw: unknown): IssueSubject {
  const id = rawParticipantId(raw);
  // An over-long id (itself an issue) is shortened in messages; participantId keeps it whole.
  const shown = id !== undefined && id.length > 200 ? `${id.slice(0, 60)}...` : id;
  const who = shown === undefined ? `participant at index ${index}` : `participant ${JSON.stringify(shown)}`;
  return {
    caller,
    prefix: [index],
    name: (field) => (field === "" ? who : `${who} ${field}`),
    ...(id === undefined ? {} : { participantId: id }),
  };
}

/** The subject for the options object. */
export function optionsSubject(caller: string): IssueSubject {
  return { caller, prefix: ["options"], name: (field) => (field === "" ? "options" : `options.${field}`) };
}

/** The `id` of a raw participant when it is a string (valid or not), else undefined. */
export function rawParticipantId(raw: unknown): string | undefined {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return undefined;
  const id: unknown = (raw as { id?: unknown }).id;
  return typeof id === "string" ? id : undefined;
}

/** One issue of ours, with the subject's prefix, participant id and message wording. */
export function makeIssue(
  subject: IssueSubject,
  code: MatchInputIssueCode,
  path: readonly PathKey[],
  detail: string,
): MatchInputIssue {
  return inputIssue(
    subject.caller,
    code,
    [...subject.prefix, ...path],
    `${subject.name(fieldName(path))} ${detail}`,
    subject.participantId,
  );
}

/**
 * Converts the issues of parsing one subject with `schema` into ours: one issue per
 * unknown key, with the closest known field suggested for a typo.
 */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  subject: IssueSubject,
  schema: z.core.$ZodType,
  input: unknown,
): MatchInputIssue[] {
  const out: MatchInputIssue[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((key): key is PathKey => typeof key !== "symbol");
    if (issue.code === "unrecognized_keys") {
      const known = knownKeysAt(schema, path);
      for (const key of issue.keys) {
        out.push(
          makeIssue(subject, "unrecognized_key", [...path, key], `is not a known field${didYouMean(key, known)}`),
        );
      }
      continue;
    }
    if (issue.code === "invalid_union" && Array.isArray(issue.input)) {
      const tuple = tupleUnionIssues(issue, subject, schema, input);
      if (tuple !== undefined) {
        out.push(...tuple);
        continue;
      }
    }
    out.push(makeIssue(subject, codeOf(issue, path), path, detailOf(issue, isPresent(input, path))));
  }
  return out;
}

type UnionIssue = Extract<z.core.$ZodIssue, { code: "invalid_union" }>;

/**
 * A union of tuples (a pin is `[id, id]` or `[id, id, id]`) that an array did not fit:
 * when exactly one tuple has its length, that tuple's own issues (`pins[0][1] must be
 * a string`); when none has, which lengths it takes (`must have 2 or 3 entries, got 4`).
 * Undefined when the union is not of that kind.
 */
function tupleUnionIssues(
  issue: UnionIssue,
  subject: IssueSubject,
  schema: z.core.$ZodType,
  input: unknown,
): MatchInputIssue[] | undefined {
  const isLength = (branch: z.core.$ZodIssue): boolean =>
    (branch.code === "too_small" || branch.code === "too_big") && branch.origin === "array" && branch.path.length === 0;
  const fitting = issue.errors.filter((branch) => !branch.some(isLength));
  if (fitting.length === 1) {
    const nested = fitting[0]!.map((branch) => ({ ...branch, path: [...issue.path, ...branch.path] }));
    return fromZodIssues(nested, subject, schema, input);
  }
  const lengths: number[] = [];
  for (const branch of issue.errors) {
    const only = branch.length === 1 ? branch[0]! : undefined;
    if (only === undefined || !isLength(only)) return undefined;
    if (only.code === "too_small") lengths.push(Number(only.minimum));
    else if (only.code === "too_big") lengths.push(Number(only.maximum));
  }
  const sorted = [...new Set(lengths)].sort((a, b) => a - b);
  const path = issue.path.filter((key): key is PathKey => typeof key !== "symbol");
  const got = Array.isArray(issue.input) ? issue.input.length : 0;
  const choices =
    sorted.length > 1 ? `${sorted.slice(0, -1).join(", ")} or ${sorted[sorted.length - 1]}` : `${sorted[0]}`;
  return [makeIssue(subject, "invalid_value", path, `must have ${choices} entries, got ${got}`)];
}

const PASS_THROUGH_CODES: readonly MatchInputIssueCode[] = [
  "invalid_type",
  "unknown_timezone",
  "invalid_slot",
  "invalid_date",
  "invalid_value",
  "unrecognized_key",
];

function codeOf(issue: z.core.$ZodIssue, path: readonly PathKey[]): MatchInputIssueCode {
  const slots = path.indexOf("slots");
  if (slots >= 0 && path[slots - 1] === "availability" && typeof path[slots + 1] === "number") return "invalid_slot";
  if (path[path.length - 1] === "referenceDate") return "invalid_date";
  switch (issue.code) {
    case "invalid_type":
      return "invalid_type";
    case "too_small":
    case "too_big":
      return "out_of_range";
    case "custom": {
      const code: unknown = issue.params?.code;
      const known = PASS_THROUGH_CODES.find((candidate) => candidate === code);
      return known ?? "custom";
    }
    default:
      return "invalid_value";
  }
}

/** `availability.slots[0].end` from `["availability", "slots", 0, "end"]`. */
function fieldName(path: readonly PathKey[]): string {
  let name = "";
  for (const key of path) {
    if (typeof key === "number") name += `[${key}]`;
    else name += name === "" ? key : `.${key}`;
  }
  return name;
}

/** True when the value at `path` in `input` is an own property (possibly set to undefined). */
function isPresent(input: unknown, path: readonly PathKey[]): boolean {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, key)) return false;
    current = (current as Record<PathKey, unknown>)[key];
  }
  return true;
}

function expectedText(expected: string): string {
  return Object.hasOwn(EXPECTED, expected) ? EXPECTED[expected]! : expected;
}

const EXPECTED: Readonly<Record<string, string>> = {
  string: "a string",
  number: "a finite number",
  int: "a whole number",
  boolean: "true or false",
  array: "an array",
  object: "an object",
  record: "an object",
  function: "a function",
};

function detailOf(issue: Exclude<z.core.$ZodIssue, { code: "unrecognized_keys" }>, present: boolean): string {
  const got = describeValue(issue.input);
  const missing = issue.input === undefined && !present;
  if (missing && (issue.code === "invalid_type" || issue.code === "invalid_value" || issue.code === "custom")) {
    return "is required";
  }
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) {
        return `must be ${expectedText(issue.expected)}, got undefined (leave an optional field out instead)`;
      }
      return `must be ${expectedText(issue.expected)}, got ${got}`;
    case "too_small":
      return sizeDetail(
        issue.origin,
        "at least",
        "greater than",
        Number(issue.minimum),
        issue.inclusive !== false,
        issue.input,
      );
    case "too_big":
      return sizeDetail(
        issue.origin,
        "at most",
        "less than",
        Number(issue.maximum),
        issue.inclusive !== false,
        issue.input,
      );
    case "invalid_value":
      return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}, got ${got}`;
    case "not_multiple_of":
      return `must be a multiple of ${issue.divisor}, got ${got}`;
    case "invalid_format":
    case "custom":
      return issue.input === undefined ? issue.message : `${got} ${issue.message}`;
    case "invalid_union":
      return `has an unsupported value ${got}`;
    case "invalid_key":
    case "invalid_element":
      return `has an invalid entry ${got}`;
  }
}

function sizeDetail(
  origin: string,
  inclusiveWord: string,
  exclusiveWord: string,
  bound: number,
  inclusive: boolean,
  input: unknown,
): string {
  if (origin === "string") {
    const length = typeof input === "string" ? input.length : 0;
    if (bound === 1 && inclusiveWord === "at least") return "must not be empty";
    return `must have ${inclusiveWord} ${bound} characters, got ${length}`;
  }
  if (origin === "array") {
    const length = Array.isArray(input) ? input.length : 0;
    return `must have ${inclusiveWord} ${bound} entries, got ${length}`;
  }
  return `must be ${inclusive ? inclusiveWord : exclusiveWord} ${bound}, got ${describeValue(input)}`;
}
