/**
 * One cell → the value of one field, or what is wrong with it. An empty cell gives no
 * value (the field is left out). List cells are split into answers; each answer (or a
 * whole single-value cell) is looked up in the values map first, then read as the
 * field's kind: text, a number, yes/no, one of fixed choices, a time zone, or slots.
 */
import type { MatchInputIssueCode } from "../errors/match-input-error.js";
import { describeValue } from "../errors/describe-value.js";
import { didYouMean } from "../errors/suggest.js";
import type { Slot, Weekday } from "../model/types.js";
import { expectedRange, parseClockRange } from "./clock-time.js";
import { choiceKey } from "./fields.js";
import { type FieldPlan, quoteAll, valueKey } from "./mapping.js";
import { EXPECTED_TIME_ZONE, resolveTimeZone } from "./resolve-time-zone.js";
import { parseSlotItem, slotOf } from "./slot-item.js";
import { splitAnswers } from "./split-answers.js";
import type { MappedValue } from "./types.js";

/** What is wrong with a cell: completes "<the cell's text> …", and what was expected. */
export interface CellProblem {
  readonly code: MatchInputIssueCode;
  readonly problem: string;
  readonly expected: string;
}

/** A cell's value (undefined when empty or mapped to null) and its problems. */
export interface CellReading {
  readonly value: unknown;
  readonly problems: readonly CellProblem[];
}

/** How time zones are resolved for this import. */
export interface ZoneContext {
  readonly aliases: Readonly<Record<string, string>>;
  readonly referenceDate: string;
}

const EMPTY: CellReading = { value: undefined, problems: [] };
const YES = ["yes", "y", "true", "1"];
const NO = ["no", "n", "false", "0"];
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * Reads a cell for `plan`'s field; `day` is the weekday of a `days` column.
 *
 * @example
 * ```ts
 * readCell(goalsPlan, "Leadership, Negotiation", undefined, zones).value; // ["Leadership", "Negotiation"]
 * ```
 */
export function readCell(plan: FieldPlan, text: string, day: Weekday | undefined, zones: ZoneContext): CellReading {
  const cell = text.trim();
  if (cell === "") return EMPTY;
  const kind = plan.kind;
  if (kind.kind === "list" || kind.kind === "slots") {
    const answers = splitAnswers(cell, plan.split, (answer) => plan.values.has(valueKey(answer)));
    return kind.kind === "list" ? readList(plan, answers) : readSlots(plan, answers, day, cell);
  }
  const mapped = lookUp(plan, cell);
  if (mapped !== undefined) return { value: mapped.value ?? undefined, problems: [] };
  switch (kind.kind) {
    case "id":
    case "text":
      return { value: cell, problems: [] };
    case "number":
      if (NUMBER.test(cell)) return { value: Number(cell), problems: [] };
      return fail("invalid_type", "is not a number", withAnswers(plan, "a number such as 5"));
    case "boolean": {
      const key = cell.toLowerCase();
      if (YES.includes(key)) return { value: true, problems: [] };
      if (NO.includes(key)) return { value: false, problems: [] };
      return fail("invalid_value", "is neither yes nor no", withAnswers(plan, "yes or no"));
    }
    case "choice": {
      const choice = kind.choices.find((candidate) => choiceKey(candidate) === choiceKey(cell));
      if (choice !== undefined) return { value: choice, problems: [] };
      const hint = didYouMean(cell, [...plan.answers, ...kind.choices]);
      return fail(
        "invalid_value",
        `is not one of the choices${hint}`,
        withAnswers(plan, `one of ${quoteAll(kind.choices)}`),
      );
    }
    case "timezone": {
      const zone = resolveTimeZone(cell, zones);
      if (zone.ok) return { value: zone.timeZone, problems: [] };
      const expected =
        zone.code === "ambiguous_timezone"
          ? `the IANA name of the zone meant, or an entry for ${describeValue(cell)} in the mapping's timeZones`
          : EXPECTED_TIME_ZONE;
      return fail(zone.code, zone.problem, withAnswers(plan, expected));
    }
  }
}

function fail(code: MatchInputIssueCode, problem: string, expected: string): CellReading {
  return { value: undefined, problems: [{ code, problem, expected }] };
}

/** The values map's entry for an answer, wrapped so that a mapped `null` is told from no entry. */
function lookUp(plan: FieldPlan, answer: string): { value: MappedValue } | undefined {
  const key = valueKey(answer);
  return plan.values.has(key) ? { value: plan.values.get(key) ?? null } : undefined;
}

/** "<expected>, or an answer of the mapping's values (…)" when the source has a values map. */
function withAnswers(plan: FieldPlan, expected: string): string {
  if (plan.answers.length === 0) return expected;
  const shown = plan.answers.slice(0, 8);
  const more = plan.answers.length > shown.length ? ", …" : "";
  return `${expected}, or one of the mapping's answers ${quoteAll(shown)}${more}`;
}

function readList(plan: FieldPlan, answers: readonly string[]): CellReading {
  const kind = plan.kind;
  const choices = kind.kind === "list" ? kind.choices : undefined;
  const items: string[] = [];
  const problems: CellProblem[] = [];
  for (const answer of answers) {
    const mapped = lookUp(plan, answer);
    const values = mapped === undefined ? [answer] : texts(mapped.value);
    for (const value of values) {
      if (choices === undefined) {
        items.push(value);
        continue;
      }
      const choice = choices.find((candidate) => choiceKey(candidate) === choiceKey(value));
      if (choice !== undefined) {
        items.push(choice);
        continue;
      }
      const hint = didYouMean(value, [...plan.answers, ...choices]);
      problems.push({
        code: "invalid_value",
        problem: `has ${describeValue(value)}, which is not one of the choices${hint}`,
        expected: withAnswers(plan, `answers among ${quoteAll(choices)}`),
      });
    }
  }
  const unique = [...new Set(items)];
  return { value: unique.length === 0 || problems.length > 0 ? undefined : unique, problems };
}

function readSlots(plan: FieldPlan, answers: readonly string[], day: Weekday | undefined, cell: string): CellReading {
  const slots: Slot[] = [];
  const problems: CellProblem[] = [];
  const expected = withAnswers(
    plan,
    day === undefined
      ? 'days and a time range such as "Monday 9:00 AM–10:30 AM" or "Mon 18:00-20:00"'
      : expectedRange(plan.clock),
  );
  for (const answer of answers) {
    const mapped = lookUp(plan, answer);
    for (const text of mapped === undefined ? [answer] : texts(mapped.value)) {
      if (day !== undefined) {
        const range = parseClockRange(text, plan.clock);
        if (range.ok) slots.push(slotOf(day, range.range));
        else problems.push({ code: "invalid_slot", problem: about(text, cell, range.problem), expected });
      } else {
        const item = parseSlotItem(text, plan.clock);
        if (item.ok) slots.push(...item.slots);
        else problems.push({ code: "invalid_slot", problem: about(text, cell, item.problem), expected });
      }
    }
  }
  return { value: slots.length === 0 || problems.length > 0 ? undefined : slots, problems };
}

/** The texts a mapped value of a list field or availability stands for (checked by the mapping). */
function texts(value: MappedValue): string[] {
  if (typeof value === "string") return [value];
  return Array.isArray(value) ? [...value] : [];
}

/** A problem of one answer, worded for the whole cell ("has "Mon 9-9", which …") unless it is the cell. */
function about(answer: string, cell: string, problem: string): string {
  return answer === cell ? problem : `has ${describeValue(answer)}, which ${problem}`;
}
