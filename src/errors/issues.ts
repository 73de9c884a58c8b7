/**
 * The one way to build a `MatchInputIssue`: every message starts with the public
 * function that was called, and carries the participant's id when there is one.
 * `IssueList` collects all the problems of one call and throws them together, so a
 * caller sees every mistake at once, not only the first.
 */
import type { MatchInputIssue, MatchInputIssueCode } from "./match-input-error.js";
import { MatchInputError } from "./match-input-error.js";

/** Where an issue points in the caller's input: `[3, "availability", "slots", 0, "end"]`. */
export type IssuePath = readonly (string | number)[];

/**
 * One issue: `message` is prefixed with `caller` ("matchPeers: …").
 *
 * @example
 * ```ts
 * inputIssue("rotate", "out_of_range", ["options", "rounds"], "rounds must be at most 12", "ana");
 * ```
 */
export function inputIssue(
  caller: string,
  code: MatchInputIssueCode,
  path: IssuePath,
  message: string,
  participantId?: string,
): MatchInputIssue {
  return {
    code,
    path: [...path],
    message: `${caller}: ${message}`,
    ...(participantId === undefined ? {} : { participantId }),
  };
}

/** A `MatchInputError` with a single issue, for a check that cannot go on after it. */
export function inputError(
  caller: string,
  code: MatchInputIssueCode,
  path: IssuePath,
  message: string,
  participantId?: string,
): MatchInputError {
  return new MatchInputError([inputIssue(caller, code, path, message, participantId)]);
}

/** The issues found in one call to `caller`, thrown together by `throwIfAny`. */
export class IssueList {
  readonly #issues: MatchInputIssue[] = [];

  constructor(readonly caller: string) {}

  /** Records one issue (see {@link inputIssue}). */
  add(code: MatchInputIssueCode, path: IssuePath, message: string, participantId?: string): void {
    this.#issues.push(inputIssue(this.caller, code, path, message, participantId));
  }

  /** Records issues built elsewhere (for example converted from a schema's). */
  addAll(issues: readonly MatchInputIssue[]): void {
    this.#issues.push(...issues);
  }

  /** True when nothing was recorded. */
  get empty(): boolean {
    return this.#issues.length === 0;
  }

  /** The issues recorded so far, in order. */
  get issues(): readonly MatchInputIssue[] {
    return this.#issues;
  }

  /** Throws a `MatchInputError` with every recorded issue, when there is any. */
  throwIfAny(): void {
    if (this.#issues.length > 0) throw new MatchInputError([...this.#issues]);
  }
}
