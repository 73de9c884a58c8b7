/** How the command line reports a failure: a text for people, or a JSON document, and the exit code. */
import { MatchInputError } from "../errors/match-input-error.js";
import { ImportFailed } from "./commands/import.js";
import { BadInputError, UsageError } from "./io.js";

/** The failure for people: `peermatch match: …`, then one line per input issue. */
export function describeError(where: string, error: unknown): string {
  if (error instanceof MatchInputError) {
    const count = error.issues.length;
    const heading = `${where}: ${count} ${count === 1 ? "problem" : "problems"} in the input:`;
    const lines = error.issues.map((issue) => {
      const at = issue.path.length === 0 ? "" : ` (at ${pathText(issue.path)})`;
      return `  - ${issue.message}${at}`;
    });
    return [heading, ...lines].join("\n");
  }
  if (error instanceof UsageError || error instanceof BadInputError) return `${where}: ${error.message}`;
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return `${where}: unexpected error; this is a bug in peermatch, please report it:\n${detail}`;
}

/** `[3, "availability", "slots", 0]` → `[3].availability.slots[0]`. */
function pathText(path: readonly (string | number)[]): string {
  return path
    .map((part, k) =>
      typeof part === "number"
        ? `[${part}]`
        : /^[A-Za-z_$][\w$]*$/.test(part)
          ? k === 0
            ? part
            : `.${part}`
          : `[${JSON.stringify(part)}]`,
    )
    .join("");
}

/** The failure as the JSON document `--json` prints on standard error. */
export function errorDocument(error: unknown): { error: Record<string, unknown> } {
  if (error instanceof MatchInputError)
    return { error: { name: error.name, message: error.message, issues: error.issues } };
  if (error instanceof Error) return { error: { name: error.name, message: error.message } };
  return { error: { name: "Error", message: String(error) } };
}

/** 1 for bad input, 2 for bad usage, 3 for anything unexpected. */
export function exitCodeOf(error: unknown): number {
  if (error instanceof MatchInputError || error instanceof BadInputError || error instanceof ImportFailed) return 1;
  if (error instanceof UsageError) return 2;
  return 3;
}
