/**
 * Flag parsing for every command: Node's own `parseArgs` (strict), with its errors
 * turned into usage errors a person can act on ("unknown flag --solvr (did you mean
 * --solver?)"), and strict readers for flag values (numbers, choices).
 */
import { parseArgs } from "node:util";
import { didYouMean } from "../errors/suggest.js";
import { UsageError } from "./io.js";

/** One flag as `parseArgs` takes it. */
export interface FlagSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
  readonly multiple?: boolean;
}

/** The flags every command takes. */
export const COMMON_FLAGS = {
  help: { type: "boolean", short: "h" },
  json: { type: "boolean" },
} as const satisfies Record<string, FlagSpec>;

/**
 * Parses a command's arguments. An unknown flag, a flag without its value, or a value
 * given to a yes/no flag is a `UsageError` that says which flag, with a suggestion for a
 * typo, and points at the command's help.
 */
export function parseFlags<const T extends Record<string, FlagSpec>>(
  command: string,
  args: readonly string[],
  flags: T,
) {
  const options = { ...COMMON_FLAGS, ...flags };
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(
      `${describeParseError(error, Object.keys(options))}\nRun "peermatch ${command} --help" for the flags it takes.`,
    );
  }
}

function describeParseError(error: unknown, names: readonly string[]): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const flag = quoted.startsWith("-") ? quoted : `-${quoted}`;
    const name = flag.replace(/^-+/, "").split("=")[0] ?? "";
    const suggestion = didYouMean(name, names).replace(/"([^"]+)"/, "--$1");
    return `unknown flag ${flag}${suggestion}`;
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const flag = quoted.split(" ")[0] ?? quoted;
    return message.includes("argument missing") ? `${flag} needs a value` : `${flag} takes no value`;
  }
  return message;
}

/**
 * A number written plainly in decimal ("12", "-0.5", "1e3"), else a `UsageError`: hex
 * ("0x10"), binary, empty text, "Infinity" and trailing junk are refused rather than
 * read the way `Number()` would.
 */
export function parseNumber(
  flag: string,
  text: string,
  constraint: "any" | "non-negative" | "positive-integer" = "any",
): number {
  const plain = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(text);
  const value = plain ? Number(text) : Number.NaN;
  const ok =
    Number.isFinite(value) &&
    (constraint === "any" ||
      (constraint === "non-negative" && value >= 0) ||
      (constraint === "positive-integer" && Number.isInteger(value) && value > 0));
  if (!ok) {
    const wanted =
      constraint === "positive-integer"
        ? "a positive whole number"
        : constraint === "non-negative"
          ? "a number, 0 or more,"
          : "a number";
    throw new UsageError(`${flag} takes ${wanted} written in decimal, got ${JSON.stringify(text)}`);
  }
  return value;
}

/** One of `choices`, else a `UsageError` listing them (with a suggestion for a typo). */
export function parseChoice<const C extends string>(flag: string, text: string, choices: readonly C[]): C {
  if ((choices as readonly string[]).includes(text)) return text as C;
  throw new UsageError(
    `${flag} takes ${choicePhrase(choices)}, got ${JSON.stringify(text)}${didYouMean(text, choices)}`,
  );
}

/** "a, b or c" */
export function choicePhrase(choices: readonly string[]): string {
  return choices.length <= 1
    ? choices.join("")
    : `${choices.slice(0, -1).join(", ")} or ${choices[choices.length - 1]}`;
}

/** The one file a command takes (`what`: "cohort file"), else a `UsageError` with the command's help. */
export function oneFile(command: string, what: string, positionals: readonly string[], help: string): string {
  const [file, ...rest] = positionals;
  if (file === undefined || rest.length > 0)
    throw new UsageError(`${command} takes one ${what}, got ${positionals.length}\n\n${help}`);
  return file;
}
