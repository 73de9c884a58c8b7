/**
 * `renderReport`: the match as a coordinator reviews it before publishing.
 */
import { inputError } from "../errors/issues.js";
import type { MatchResult } from "../programs/peers/match-result.js";
import { renderHtml } from "./html.js";
import { renderMarkdown } from "./markdown.js";

/** Options of {@link renderReport}. */
export interface RenderReportOptions {
  /** @defaultValue `"markdown"` */
  readonly format?: "markdown" | "html";
}

/**
 * Renders a match result as a report: headline numbers, a histogram of pair scores,
 * per-feature averages, each pair with its reasons, and who is unmatched and why.
 * The HTML form is one self-contained page (inline CSS and SVG; nothing is fetched).
 *
 * @example
 * ```ts
 * const html = renderReport(matchPeers(cohort), { format: "html" });
 * writeFileSync("report.html", html);
 * ```
 */
export function renderReport(result: MatchResult, options: RenderReportOptions = {}): string {
  const shape = result as unknown;
  if (
    typeof shape !== "object" ||
    shape === null ||
    !Array.isArray((shape as MatchResult).pairs) ||
    !Array.isArray((shape as MatchResult).unmatched) ||
    typeof (shape as MatchResult).stats !== "object" ||
    (shape as MatchResult).stats === null
  ) {
    throw inputError(
      "renderReport",
      "invalid_type",
      ["result"],
      "result must be a MatchResult (with pairs, unmatched and stats)",
    );
  }
  const format = options.format ?? "markdown";
  if (format !== "markdown" && format !== "html") {
    throw inputError(
      "renderReport",
      "invalid_value",
      ["options", "format"],
      `format must be "markdown" or "html", got ${JSON.stringify(format)}`,
    );
  }
  return format === "html" ? renderHtml(result) : renderMarkdown(result);
}
