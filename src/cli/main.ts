/**
 * The `peermatch` command line: JSON in, JSON (or a report) out. Only Node's own
 * `parseArgs`; the library core stays free of `node:` imports, so this is a separate
 * entry point.
 *
 * Exit codes: 0 success; 1 bad input (a `MatchInputError`, a file that is not valid
 * JSON or not of the expected shape, a questionnaire export with bad cells); 2 bad
 * usage (no or unknown command, unknown flag, a flag value the CLI cannot read, a
 * missing argument, a file that cannot be read or written); 3 an unexpected error (a bug).
 * Errors are printed for people on standard error, or as one JSON document with `--json`.
 */
import { didYouMean } from "../errors/suggest.js";
import { version } from "../version.js";
import type { Command } from "./command.js";
import { COMMANDS } from "./commands.js";
import { ImportFailed } from "./commands/import.js";
import { describeError, errorDocument, exitCodeOf } from "./errors.js";
import { UsageError } from "./io.js";

/** The overview printed by `peermatch --help` (and, on standard error, by `peermatch` alone). */
export function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => `${c.name} ${c.synopsis}`.length)) + 2;
  const lines = COMMANDS.map((c) => `  ${`${c.name} ${c.synopsis}`.padEnd(width)}${c.summary}`);
  return `Usage: peermatch <command> [options]

Commands:
${lines.join("\n")}

Options:
  --version     print the version
  --json        errors as JSON on standard error (also after a command)
  -h, --help    this help; "peermatch <command> --help" for a command's

A cohort file is an array of participants, or { "participants": [...], "options": {...} }.
Use - to read a file from standard input, -o <file> to write the output to a file.
Results are JSON on standard output. Errors go to standard error; exit codes:
0 success, 1 bad input (invalid JSON included), 2 bad usage (a missing file included).`;
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export function main(argv: readonly string[]): number {
  const endOfFlags = argv.indexOf("--");
  const json = (endOfFlags === -1 ? argv : argv.slice(0, endOfFlags)).includes("--json");
  let command: Command | undefined;
  try {
    const [first, ...args] = argv.filter((arg, k) => !(arg === "--json" && k === 0));
    if (first === undefined) {
      process.stderr.write(`${overview()}\n`);
      return 2;
    }
    if (first === "--version" || first === "-V") return print(version);
    if (first === "--help" || first === "-h") return print(overview());
    if (first === "help") {
      const about = args[0] === undefined ? undefined : findCommand(args[0]);
      return print(about === undefined ? overview() : about.help);
    }
    if (first.startsWith("-")) {
      const suggestion = didYouMean(first.replace(/^-+/, ""), ["version", "help", "json"]).replace(/"([^"]+)"/, "--$1");
      throw new UsageError(
        `unknown option ${first}${suggestion}; a command comes first\nRun "peermatch --help" for the commands.`,
      );
    }
    command = findCommand(first);
    return print(command.run(args));
  } catch (error) {
    const where = command === undefined ? "peermatch" : `peermatch ${command.name}`;
    if (json) process.stderr.write(`${JSON.stringify(errorDocument(error), null, 2)}\n`);
    else process.stderr.write(`${error instanceof ImportFailed ? error.message : describeError(where, error)}\n`);
    return exitCodeOf(error);
  }
}

function print(text: string): number {
  if (text !== "") process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
  return 0;
}

function findCommand(name: string): Command {
  const command = COMMANDS.find((c) => c.name === name);
  if (command !== undefined) return command;
  const names = COMMANDS.map((c) => c.name);
  throw new UsageError(
    `unknown command ${JSON.stringify(name)}${didYouMean(name, names)}\nRun "peermatch --help" for the commands.`,
  );
}
