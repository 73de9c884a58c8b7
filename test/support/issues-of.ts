import { expect } from "vitest";
import { MatchInputError, type MatchInputIssue } from "../../src/errors/match-input-error.js";

/** Runs `run`, expects a `MatchInputError`, and returns its issues. */
export function issuesOf(run: () => unknown): readonly MatchInputIssue[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(MatchInputError);
    return (error as MatchInputError).issues;
  }
  throw new Error("expected a MatchInputError, but nothing was thrown");
}
