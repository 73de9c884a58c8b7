/**
 * The mapping, checked: an unknown JSON value → a `MappingPlan` (each field with its
 * kind, separators, values map and clock), or every problem with it, each at its path
 * under `["mapping", …]` with the closest known name for a typo. The mapping is checked
 * before any row is read, so a mistake in it is reported once, not once per row.
 * `bindColumns` then finds each source's columns among the file's headers.
 */
import { describeValue } from "../errors/describe-value.js";
import type { IssueList } from "../errors/issues.js";
import { closestName, didYouMean } from "../errors/suggest.js";
import type { Weekday } from "../model/types.js";
import { type ClockFormat, expectedRange, parseClockRange } from "./clock-time.js";
import { columnLetter } from "./csv-table.js";
import { attributeKind, choiceKey, type FieldKind, fieldKinds, OPEN_FIELDS } from "./fields.js";
import { resolveTimeZone } from "./resolve-time-zone.js";
import { parseSlotItem } from "./slot-item.js";
import { parseWeekday } from "./weekday.js";
import type { ColumnRef, MappedValue } from "./types.js";

/** A column a field reads, found in the file. */
export interface BoundColumn {
  readonly index: number;
  readonly header: string;
  /** "C" for the third column, for messages. */
  readonly letter: string;
  /** For a `days` source: the weekday of this column. */
  readonly day?: Weekday;
}

/** One field as the rows are read: where from, and how. */
export interface FieldPlan {
  readonly field: string;
  readonly kind: FieldKind;
  /** The columns, once bound to the file (empty for a constant `value`). */
  readonly columns: BoundColumn[];
  /** How the source names its columns, bound by `bindColumns`. */
  readonly refs: readonly {
    readonly ref: ColumnRef;
    readonly day?: Weekday;
    readonly path: readonly (string | number)[];
  }[];
  /** True for `columns` (several columns for one field). */
  readonly several: boolean;
  readonly constant?: string;
  readonly split: readonly string[];
  /** Answers (by `valueKey`) → values; values already checked against the field. */
  readonly values: ReadonlyMap<string, MappedValue>;
  /** The answers of the values map as written, for messages. */
  readonly answers: readonly string[];
  readonly clock: ClockFormat;
  readonly required: boolean;
}

/** The checked mapping. */
export interface MappingPlan {
  readonly fields: readonly FieldPlan[];
  readonly delimiter: string;
  readonly duplicates: "error" | "last";
  readonly timeZones: Readonly<Record<string, string>>;
  readonly referenceDate: string;
}

const MAPPING_KEYS = ["fields", "delimiter", "split", "clock", "timeZones", "duplicates"];
const SOURCE_KEYS = ["column", "columns", "days", "value", "split", "values", "clock", "type", "required"];
const CLOCKS: readonly ClockFormat[] = ["auto", "12h", "24h"];
const ATTRIBUTE_TYPES = ["text", "number", "boolean", "list"] as const;
const DEFAULT_SPLIT = [";", ","];

/**
 * An answer as a values map compares it: trimmed, spacing collapsed, lower case.
 *
 * @example
 * ```ts
 * valueKey("  Early   Career "); // "early career"
 * ```
 */
export function valueKey(answer: string): string {
  return answer.trim().replace(/\s+/g, " ").toLowerCase();
}

type Json = Record<string, unknown>;
type Path = readonly (string | number)[];

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** `mapping.fields["availability.slots"].split` from its path. */
function where(path: Path): string {
  let name = "";
  for (const key of path) {
    if (typeof key === "number") name += `[${key}]`;
    else if (!/^[A-Za-z_$][\w$]*$/.test(key)) name += `[${JSON.stringify(key)}]`;
    else name += name === "" ? key : `.${key}`;
  }
  return name;
}

/** Reports the keys of `object` that are not in `known`, with the closest known one. */
function checkKeys(object: Json, known: readonly string[], path: Path, issues: IssueList): void {
  for (const key of Object.keys(object)) {
    if (!known.includes(key)) {
      issues.add(
        "unrecognized_key",
        [...path, key],
        `${where([...path, key])} is not a known key${didYouMean(key, known)}`,
      );
    }
  }
}

/**
 * Checks a mapping. Issues go to `issues`; the plan is undefined when there is any.
 *
 * @example
 * ```ts
 * const issues = new IssueList("importParticipants");
 * checkMapping({ fields: { id: "Email" } }, "2026-03-02", issues)?.fields[0]?.field; // "id"
 * ```
 */
export function checkMapping(mapping: unknown, referenceDate: string, issues: IssueList): MappingPlan | undefined {
  const before = issues.issues.length;
  if (!isObject(mapping)) {
    issues.add("invalid_type", ["mapping"], `mapping must be an object with "fields", got ${describeValue(mapping)}`);
    return undefined;
  }
  checkKeys(mapping, MAPPING_KEYS, ["mapping"], issues);
  const delimiter = checkDelimiter(mapping.delimiter, issues);
  const split = checkSplit(mapping.split, ["mapping", "split"], issues) ?? DEFAULT_SPLIT;
  const clock = checkClock(mapping.clock, ["mapping", "clock"], issues) ?? "auto";
  const timeZones = checkTimeZones(mapping.timeZones, referenceDate, issues);
  const duplicates = mapping.duplicates ?? "error";
  if (duplicates !== "error" && duplicates !== "last") {
    issues.add(
      "invalid_value",
      ["mapping", "duplicates"],
      `mapping.duplicates must be "error" or "last", got ${describeValue(duplicates)}`,
    );
  }
  const fields: FieldPlan[] = [];
  if (!isObject(mapping.fields) || Object.keys(mapping.fields).length === 0) {
    issues.add(
      "invalid_type",
      ["mapping", "fields"],
      `mapping.fields must be an object naming at least one participant field, got ${describeValue(mapping.fields)}`,
    );
  } else {
    const context = { split, clock, timeZones, referenceDate };
    for (const [field, source] of Object.entries(mapping.fields)) {
      const plan = checkField(field, source, context, issues);
      if (plan !== undefined) fields.push(plan);
    }
    const names = fields.map((plan) => plan.field);
    if (names.includes("availability.slots") && !names.includes("availability.timezone")) {
      issues.add(
        "invalid_value",
        ["mapping", "fields"],
        'mapping.fields has "availability.slots" but no "availability.timezone": times mean nothing without a zone (use { "value": "Europe/Paris" } when everyone shares one)',
      );
    }
  }
  if (issues.issues.length > before) return undefined;
  return { fields, delimiter, duplicates: duplicates as "error" | "last", timeZones, referenceDate };
}

function checkDelimiter(delimiter: unknown, issues: IssueList): string {
  if (delimiter === undefined) return ",";
  if (typeof delimiter !== "string" || delimiter.length !== 1 || /["\r\n]/.test(delimiter)) {
    issues.add(
      "invalid_value",
      ["mapping", "delimiter"],
      `mapping.delimiter must be one character other than a quote or a line break, got ${describeValue(delimiter)}`,
    );
  }
  return typeof delimiter === "string" ? delimiter : ",";
}

function checkSplit(split: unknown, path: Path, issues: IssueList): string[] | undefined {
  if (split === undefined) return undefined;
  const list = typeof split === "string" ? [split] : split;
  if (!Array.isArray(list) || list.length === 0 || list.some((entry) => typeof entry !== "string" || entry === "")) {
    issues.add(
      "invalid_type",
      path,
      `${where(path)} must be a separator such as ", " or a list of them, got ${describeValue(split)}`,
    );
    return undefined;
  }
  return list as string[];
}

function checkClock(clock: unknown, path: Path, issues: IssueList): ClockFormat | undefined {
  if (clock === undefined) return undefined;
  const known = CLOCKS.find((candidate) => candidate === clock);
  if (known === undefined) {
    issues.add("invalid_value", path, `${where(path)} must be "auto", "12h" or "24h", got ${describeValue(clock)}`);
  }
  return known;
}

function checkTimeZones(timeZones: unknown, referenceDate: string, issues: IssueList): Record<string, string> {
  if (timeZones === undefined) return {};
  if (!isObject(timeZones)) {
    issues.add(
      "invalid_type",
      ["mapping", "timeZones"],
      `mapping.timeZones must be an object of name → time zone, got ${describeValue(timeZones)}`,
    );
    return {};
  }
  const checked: Record<string, string> = {};
  for (const [name, target] of Object.entries(timeZones)) {
    const path = ["mapping", "timeZones", name];
    if (typeof target !== "string") {
      issues.add("invalid_type", path, `${where(path)} must be a time zone name, got ${describeValue(target)}`);
      continue;
    }
    const resolved = resolveTimeZone(target, { referenceDate });
    if (resolved.ok) checked[name] = resolved.timeZone;
    else issues.add(resolved.code, path, `${where(path)}: ${describeValue(target)} ${resolved.problem}`);
  }
  return checked;
}

interface FieldContext {
  readonly split: readonly string[];
  readonly clock: ClockFormat;
  readonly timeZones: Readonly<Record<string, string>>;
  readonly referenceDate: string;
}

function kindOf(field: string, type: unknown): FieldKind | undefined {
  const known = fieldKinds().get(field);
  if (known !== undefined) return known;
  if (field.startsWith("importance.")) return { kind: "number" };
  if (field.startsWith("attributes.")) {
    return attributeKind(ATTRIBUTE_TYPES.find((candidate) => candidate === type));
  }
  return undefined;
}

function checkField(field: string, raw: unknown, context: FieldContext, issues: IssueList): FieldPlan | undefined {
  const path = ["mapping", "fields", field];
  const open = OPEN_FIELDS.find((prefix) => field.startsWith(prefix));
  if (open !== undefined) {
    const key = field.slice(open.length);
    if (key === "" || key === "__proto__") {
      issues.add(
        "invalid_value",
        path,
        `${where(path)}: ${describeValue(key)} cannot be used as a key of ${open.slice(0, -1)}`,
      );
      return undefined;
    }
  }
  const source: Json = typeof raw === "string" ? { column: raw } : isObject(raw) ? raw : {};
  if (typeof raw !== "string" && !isObject(raw)) {
    issues.add(
      "invalid_type",
      path,
      `${where(path)} must be a column header or a source object, got ${describeValue(raw)}`,
    );
    return undefined;
  }
  const kind = kindOf(field, source.type);
  if (kind === undefined) {
    const known = [...fieldKinds().keys()];
    const hint = didYouMean(field, known) || " (see ImportMapping for the fields, or use attributes.<key>)";
    issues.add("unrecognized_key", path, `${where(path)} is not a participant field${hint}`);
    return undefined;
  }
  checkKeys(source, SOURCE_KEYS, path, issues);
  const given = ["column", "columns", "days", "value"].filter((key) => source[key] !== undefined);
  if (given.length !== 1) {
    issues.add(
      "invalid_value",
      path,
      `${where(path)} needs exactly one of "column", "columns", "days" and "value", got ${given.length === 0 ? "none" : given.join(" and ")}`,
    );
    return undefined;
  }
  const listLike = kind.kind === "list" || kind.kind === "slots";
  if (source.split !== undefined && !listLike) {
    issues.add(
      "invalid_value",
      [...path, "split"],
      `${where([...path, "split"])} applies to list fields and availability only`,
    );
  }
  if (source.clock !== undefined && kind.kind !== "slots") {
    issues.add("invalid_value", [...path, "clock"], `${where([...path, "clock"])} applies to availability.slots only`);
  }
  if (source.days !== undefined && kind.kind !== "slots") {
    issues.add("invalid_value", [...path, "days"], `${where([...path, "days"])} applies to availability.slots only`);
  }
  if (source.type !== undefined && !field.startsWith("attributes.")) {
    issues.add("invalid_value", [...path, "type"], `${where([...path, "type"])} applies to attributes.<key> only`);
  } else if (source.type !== undefined && !ATTRIBUTE_TYPES.some((type) => type === source.type)) {
    issues.add(
      "invalid_value",
      [...path, "type"],
      `${where([...path, "type"])} must be "text", "number", "boolean" or "list", got ${describeValue(source.type)}`,
    );
  }
  if (source.required !== undefined && typeof source.required !== "boolean") {
    issues.add(
      "invalid_type",
      [...path, "required"],
      `${where([...path, "required"])} must be true or false, got ${describeValue(source.required)}`,
    );
  }
  const split = checkSplit(source.split, [...path, "split"], issues) ?? context.split;
  const clock = checkClock(source.clock, [...path, "clock"], issues) ?? context.clock;
  const refs = checkRefs(source, path, issues);
  const byDay = source.days !== undefined;
  const values = checkValues(source.values, kind, { ...context, clock, byDay }, [...path, "values"], issues);
  if (source.value !== undefined && typeof source.value !== "string") {
    issues.add(
      "invalid_type",
      [...path, "value"],
      `${where([...path, "value"])} must be text, as a cell holds, got ${describeValue(source.value)}`,
    );
  }
  return {
    field,
    kind,
    columns: [],
    refs,
    several: source.columns !== undefined,
    ...(typeof source.value === "string" ? { constant: source.value } : {}),
    split,
    values: values.map,
    answers: values.answers,
    clock,
    required: field === "id" || source.required === true,
  };
}

function checkRef(ref: unknown, path: Path, issues: IssueList): ColumnRef | undefined {
  if (typeof ref === "string" && ref.trim() !== "") return ref;
  if (
    isObject(ref) &&
    typeof ref.header === "string" &&
    Number.isInteger(ref.occurrence) &&
    (ref.occurrence as number) >= 1 &&
    Object.keys(ref).every((key) => key === "header" || key === "occurrence")
  ) {
    return { header: ref.header, occurrence: ref.occurrence as number };
  }
  issues.add(
    "invalid_type",
    path,
    `${where(path)} must be a column header, or { "header": "…", "occurrence": 2 } for a repeated header, got ${describeValue(ref)}`,
  );
  return undefined;
}

function checkRefs(source: Json, path: Path, issues: IssueList): FieldPlan["refs"] {
  if (source.column !== undefined) {
    const ref = checkRef(source.column, [...path, "column"], issues);
    return ref === undefined ? [] : [{ ref, path: [...path, "column"] }];
  }
  if (source.columns !== undefined) {
    if (!Array.isArray(source.columns) || source.columns.length === 0) {
      issues.add(
        "invalid_type",
        [...path, "columns"],
        `${where([...path, "columns"])} must be a non-empty list of columns, got ${describeValue(source.columns)}`,
      );
      return [];
    }
    return source.columns.flatMap((entry, index) => {
      const ref = checkRef(entry, [...path, "columns", index], issues);
      return ref === undefined ? [] : [{ ref, path: [...path, "columns", index] }];
    });
  }
  if (source.days !== undefined) {
    if (!isObject(source.days) || Object.keys(source.days).length === 0) {
      issues.add(
        "invalid_type",
        [...path, "days"],
        `${where([...path, "days"])} must be an object of column header → weekday, got ${describeValue(source.days)}`,
      );
      return [];
    }
    return Object.entries(source.days).flatMap(([header, name]) => {
      const dayPath = [...path, "days", header];
      const day = typeof name === "string" ? parseWeekday(name) : undefined;
      if (day === undefined) {
        issues.add(
          "invalid_value",
          dayPath,
          `${where(dayPath)} must be a weekday such as "Monday", got ${describeValue(name)}`,
        );
        return [];
      }
      return [{ ref: header, day, path: dayPath }];
    });
  }
  return [];
}

interface ValuesContext extends FieldContext {
  readonly byDay: boolean;
}

/** Checks a values map against the field, turning choices into the model's spelling. */
function checkValues(
  raw: unknown,
  kind: FieldKind,
  context: ValuesContext,
  path: Path,
  issues: IssueList,
): { map: Map<string, MappedValue>; answers: string[] } {
  const map = new Map<string, MappedValue>();
  if (raw === undefined) return { map, answers: [] };
  if (!isObject(raw)) {
    issues.add("invalid_type", path, `${where(path)} must be an object of answer → value, got ${describeValue(raw)}`);
    return { map, answers: [] };
  }
  for (const [answer, value] of Object.entries(raw)) {
    const problem = mappedValueProblem(value, kind, context);
    if (typeof problem === "string") {
      issues.add("invalid_value", [...path, answer], `${where([...path, answer])} ${problem}`);
      continue;
    }
    if (map.has(valueKey(answer))) {
      issues.add(
        "invalid_value",
        [...path, answer],
        `${where([...path, answer])} repeats an answer already listed (answers are compared in any case)`,
      );
      continue;
    }
    map.set(valueKey(answer), problem.value);
  }
  return { map, answers: Object.keys(raw) };
}

/** The value as the field stores it, or why it cannot be one of the field's values. */
function mappedValueProblem(value: unknown, kind: FieldKind, context: ValuesContext): { value: MappedValue } | string {
  if (value === null) return kind.kind === "id" ? "cannot be null: every row needs an id" : { value: null };
  const got = describeValue(value);
  switch (kind.kind) {
    case "id":
    case "text":
      return typeof value === "string" ? { value } : `must be text or null, got ${got}`;
    case "number":
      return typeof value === "number" && Number.isFinite(value) ? { value } : `must be a number or null, got ${got}`;
    case "boolean":
      return typeof value === "boolean" ? { value } : `must be true, false or null, got ${got}`;
    case "choice": {
      const choice =
        typeof value === "string" ? kind.choices.find((c) => choiceKey(c) === choiceKey(value)) : undefined;
      return choice !== undefined ? { value: choice } : `must be one of ${quoteAll(kind.choices)} or null, got ${got}`;
    }
    case "list": {
      const items = typeof value === "string" ? [value] : Array.isArray(value) ? value : undefined;
      if (items === undefined || items.some((item) => typeof item !== "string"))
        return `must be text, a list of text or null, got ${got}`;
      if (kind.choices === undefined) return { value: items as string[] };
      const chosen: string[] = [];
      for (const item of items as string[]) {
        const choice = kind.choices.find((c) => choiceKey(c) === choiceKey(item));
        if (choice === undefined) return `has ${describeValue(item)}, which is not one of ${quoteAll(kind.choices)}`;
        chosen.push(choice);
      }
      return { value: typeof value === "string" ? chosen[0]! : chosen };
    }
    case "timezone": {
      if (typeof value !== "string") return `must be a time zone name or null, got ${got}`;
      const resolved = resolveTimeZone(value, { aliases: context.timeZones, referenceDate: context.referenceDate });
      return resolved.ok ? { value: resolved.timeZone } : `${got} ${resolved.problem}`;
    }
    case "slots": {
      const items = typeof value === "string" ? [value] : Array.isArray(value) ? value : undefined;
      if (items === undefined || items.some((item) => typeof item !== "string"))
        return `must be text, a list of text or null, got ${got}`;
      for (const item of items as string[]) {
        const parsed = context.byDay ? parseClockRange(item, context.clock) : parseSlotItem(item, context.clock);
        if (!parsed.ok) {
          const expected = context.byDay
            ? expectedRange(context.clock)
            : 'a day and a time range such as "Monday 9:00 AM–10:30 AM"';
          return `has ${describeValue(item)}, which ${parsed.problem} (each must be ${expected})`;
        }
      }
      return { value: value as MappedValue };
    }
  }
}

/** `"a", "b", "c"` */
export function quoteAll(names: readonly string[]): string {
  return names.map((name) => JSON.stringify(name)).join(", ");
}

/**
 * Finds the columns of every field among the file's headers. A header is matched as
 * written (trimmed); failing that, in any case with spacing collapsed; a header that
 * several columns share needs an `occurrence`.
 */
export function bindColumns(plan: MappingPlan, headers: readonly string[], issues: IssueList): boolean {
  const before = issues.issues.length;
  for (const field of plan.fields) {
    for (const { ref, day, path } of field.refs) {
      const header = typeof ref === "string" ? ref : ref.header;
      const exact = indicesOf(headers, (candidate) => candidate === header.trim());
      const matches =
        exact.length > 0 ? exact : indicesOf(headers, (candidate) => valueKey(candidate) === valueKey(header));
      const occurrence = typeof ref === "string" ? undefined : ref.occurrence;
      if (matches.length === 0) {
        const suggestion = closestName(header, headers);
        const hint = suggestion === undefined ? "" : ` (did you mean ${JSON.stringify(suggestion)}?)`;
        issues.add("invalid_value", path, `${where(path)}: no column is headed ${JSON.stringify(header)}${hint}`);
        continue;
      }
      if (occurrence === undefined && matches.length > 1) {
        const letters = matches.map(columnLetter).join(", ");
        issues.add(
          "invalid_value",
          path,
          `${where(path)}: ${matches.length} columns are headed ${JSON.stringify(header)} (${letters}): name one as { "header": ${JSON.stringify(header)}, "occurrence": 1 }`,
        );
        continue;
      }
      const index = matches[(occurrence ?? 1) - 1];
      if (index === undefined) {
        const only = matches.length === 1 ? "only 1 column is" : `only ${matches.length} columns are`;
        issues.add(
          "invalid_value",
          path,
          `${where(path)}: ${only} headed ${JSON.stringify(header)}, so there is no occurrence ${occurrence}`,
        );
        continue;
      }
      field.columns.push({
        index,
        header: headers[index]!,
        letter: columnLetter(index),
        ...(day === undefined ? {} : { day }),
      });
    }
  }
  return issues.issues.length === before;
}

function indicesOf(headers: readonly string[], test: (header: string) => boolean): number[] {
  const found: number[] = [];
  headers.forEach((header, index) => {
    if (test(header)) found.push(index);
  });
  return found;
}
