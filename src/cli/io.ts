/**
 * Files in and out for the command line: JSON and text input (`-` is standard input, a
 * UTF-8 byte order mark is accepted), output to standard output or `-o <file>`, and the
 * two kinds of failure a command reports (bad usage, bad input).
 */
import { readFileSync, writeFileSync } from "node:fs";

/**
 * A usage mistake: no or unknown command, an unknown flag, a flag value the CLI cannot
 * read, a missing argument or an input file that cannot be read. Exit code 2.
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/**
 * Bad input the CLI found before the library saw it (a file that is not valid JSON, a
 * cohort file of the wrong shape). Exit code 1, as for `MatchInputError`.
 */
export class BadInputError extends Error {
  override readonly name = "BadInputError";
}

/** A file's text (`-` reads standard input), without a UTF-8 byte order mark. */
export function readText(path: string): string {
  try {
    return readFileSync(path === "-" ? 0 : path, "utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    throw new UsageError(`cannot read ${path === "-" ? "standard input" : path}: ${reasonOf(error)}`);
  }
}

/** Reads and parses a JSON file (`-` reads standard input); invalid JSON is bad input (exit 1). */
export function readJson(path: string): unknown {
  const text = readText(path);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new BadInputError(`${path === "-" ? "standard input" : path} is not valid JSON: ${reasonOf(error)}`);
  }
}

/** A JSON object (not null, not an array), else bad input naming `what`. */
export function asObject(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new BadInputError(`${what} must be a JSON object`);
  return value as Record<string, unknown>;
}

/**
 * Writes a command's output: to `output` when given (a confirmation is returned for
 * standard output), else the text itself is returned for standard output.
 */
export function writeOutput(text: string, output: string | undefined): string {
  if (output === undefined || output === "-") return text;
  try {
    writeFileSync(output, text.endsWith("\n") ? text : `${text}\n`);
  } catch (error) {
    throw new UsageError(`cannot write ${output}: ${reasonOf(error)}`);
  }
  return "";
}

/** The readable part of a Node error ("ENOENT: no such file or directory, open 'x'" → "no such file or directory"). */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const system = /^[A-Z]+: ([^,]+)/.exec(message);
  return system?.[1] ?? message;
}
