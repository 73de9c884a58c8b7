/** Reading JSON input and writing results and errors for the command line. */
import { readFileSync } from "node:fs";
import { MatchInputError } from "../errors/match-input-error.js";

/** A usage mistake (unknown command, missing file argument): exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** Reads and parses a JSON file; `-` reads standard input. */
export function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path === "-" ? 0 : path, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/** An error as the JSON document printed on standard error. */
export function errorDocument(error: unknown): { error: Record<string, unknown> } {
  if (error instanceof MatchInputError)
    return { error: { name: error.name, message: error.message, issues: error.issues } };
  if (error instanceof Error) return { error: { name: error.name, message: error.message } };
  return { error: { name: "Error", message: String(error) } };
}

/** Exit code for an error: 1 for bad input, 2 for bad usage, 3 for anything unexpected. */
export function exitCodeOf(error: unknown): number {
  if (error instanceof MatchInputError) return 1;
  if (error instanceof UsageError) return 2;
  return 3;
}
