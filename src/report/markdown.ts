/** The coordinator's report as Markdown. */
import type { MatchResult } from "../programs/peers/match-result.js";
import { HISTOGRAM_BINS, summarise } from "./summary.js";

export function renderMarkdown(result: MatchResult): string {
  const { headline, histogram, featureAverages } = summarise(result);
  const lines: string[] = ["# Match report", "", "| | |", "|---|---|"];
  for (const [label, value] of headline) lines.push(`| ${label} | ${cell(value)} |`);
  lines.push("", "## Pair scores", "", "| score | groups |", "|---|---:|");
  for (const [bin, count] of histogram.entries()) {
    lines.push(`| ${(bin / HISTOGRAM_BINS).toFixed(1)}–${((bin + 1) / HISTOGRAM_BINS).toFixed(1)} | ${count} |`);
  }
  if (featureAverages.length > 0) {
    lines.push("", "## Average per feature", "", "| feature | mean score |", "|---|---:|");
    for (const [feature, mean] of featureAverages) lines.push(`| ${cell(feature)} | ${mean.toFixed(3)} |`);
  }
  lines.push("", "## Pairs", "");
  result.pairs.forEach((pair, k) => {
    lines.push(`${k + 1}. **${pair.members.map(cell).join(" & ")}** — score ${pair.score.toFixed(3)}`);
    for (const reason of pair.reasons) lines.push(`   - ${cell(reason)}`);
  });
  if (result.unmatched.length > 0) {
    lines.push("", "## Not matched", "", "| id | reason | detail |", "|---|---|---|");
    for (const entry of result.unmatched) lines.push(`| ${cell(entry.id)} | ${entry.reason} | ${cell(entry.detail)} |`);
  }
  return `${lines.join("\n")}\n`;
}

/** Escapes text for a Markdown table cell or list item. */
function cell(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/[\r\n]+/g, " ")
    .replace(/([*_`<>[\]])/g, "\\$1");
}
