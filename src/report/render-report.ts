/**
 * `renderReport`: a result as a coordinator reviews it before publishing.
 */
import { inputError } from "../errors/issues.js";
import { renderHtml } from "./html.js";
import { renderMarkdown } from "./markdown.js";
import { resolveReportOptions } from "./options.js";
import type { ReportableResult } from "./view.js";
import { buildView, resultKind } from "./view.js";

export type { ReportableResult } from "./view.js";
export { DEFAULT_LOW_SCORE } from "./options.js";

/** Options of {@link renderReport}. Checked: an unknown key or a bad value is a `MatchInputError`. */
export interface RenderReportOptions {
  /** @defaultValue `"markdown"` */
  readonly format?: "markdown" | "html";
  /**
   * The participants of the result (as given to the matcher, or any objects with `id`
   * and `name`): the report shows each person's name next to the id. Results carry only ids.
   */
  readonly participants?: readonly unknown[];
  /**
   * Groups scoring below this are flagged, with why (little in common on which features,
   * what was not answered). A number from 0 to 1.
   *
   * @defaultValue `0.2` ({@link DEFAULT_LOW_SCORE})
   */
  readonly lowScore?: number;
}

/**
 * Renders a result as a report: headline numbers, a histogram of group scores, the mean
 * per feature, each group with its members' names, a bar per feature that counts
 * ("not answered" where a member left it blank; features of weight 0 are left out),
 * its reasons and a flag with why when it scores below `lowScore`, and who is unmatched
 * and why. Takes the results of `matchPeers`, `matchMentors`, `rematch` (with a "What
 * changed" section) and `rotate` (a section per round), and circles: `formCircles` (each
 * circle with its common meeting time in UTC and every member's own zone, the rules not
 * met, the objective with its proven bound and gap) and `rotateCircles` (a section per
 * round and the pairs that meet more than once). The HTML form is one
 * self-contained, printable page (inline CSS and SVG; nothing is fetched) with headings
 * and table headers for screen readers.
 *
 * @throws {@link MatchInputError} when `result` is none of those results, or an option
 *   is unknown (`fromat`, with a suggestion) or has a bad value
 * @example
 * ```ts
 * const cohort = generateCohort(20, { seed: "spring" });
 * const html = renderReport(matchPeers(cohort), { format: "html", participants: cohort, lowScore: 0.3 });
 * writeFileSync("report.html", html);
 * ```
 */
export function renderReport(result: ReportableResult, options: RenderReportOptions = {}): string {
  const resolved = resolveReportOptions(options);
  if (resultKind(result) === undefined) {
    throw inputError(
      "renderReport",
      "invalid_type",
      ["result"],
      "result must be the result of matchPeers, matchMentors, rematch, rotate, formCircles, rematchCircles or rotateCircles (with pairs, assignments, circles or rounds, unmatched and stats)",
    );
  }
  const view = buildView(result, resolved);
  return resolved.format === "html" ? renderHtml(view) : renderMarkdown(view);
}
