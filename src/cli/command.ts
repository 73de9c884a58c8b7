/**
 * What a `peermatch` command is: its name, one line for the overview, its help, and a
 * `run` that takes the arguments after the command name and returns what to print on
 * standard output. Each command is one module under `commands/`; `commands.ts` lists them.
 */

/** One `peermatch` command. */
export interface Command {
  /** The word after `peermatch`. */
  readonly name: string;
  /** Arguments as shown in the overview: `"<cohort.json>"`. */
  readonly synopsis: string;
  /** What it does, in a few words, for the overview. */
  readonly summary: string;
  /** The full `--help` text. */
  readonly help: string;
  /** Runs the command; returns the text for standard output ("" for none). Throws on failure. */
  run(args: readonly string[]): string;
}
