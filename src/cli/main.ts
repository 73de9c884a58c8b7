/**
 * The `peermatch` command line: JSON in, JSON out. Only Node's own `parseArgs`; the
 * library core stays free of `node:` imports, so this is a separate entry point.
 */
import { HELP, runCircles, runMatch, runRematch, runSchema } from "./commands.js";
import { ImportFailed, runImportCommand } from "./import-command.js";
import { errorDocument, exitCodeOf, UsageError } from "./io.js";

const COMMANDS: Readonly<Record<string, (args: string[]) => string>> = {
  match: runMatch,
  rematch: runRematch,
  circles: runCircles,
  schema: runSchema,
  import: runImportCommand,
};

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export function main(argv: readonly string[]): number {
  const [command, ...args] = argv;
  try {
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      process.stdout.write(`${HELP.main}\n`);
      return command === undefined ? 2 : 0;
    }
    const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (run === undefined) throw new UsageError(`unknown command "${command}"\n\n${HELP.main}`);
    process.stdout.write(`${run(args)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ImportFailed) {
      process.stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    process.stderr.write(`${JSON.stringify(errorDocument(error), null, 2)}\n`);
    return exitCodeOf(error);
  }
}
