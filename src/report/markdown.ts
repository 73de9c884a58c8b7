/** The coordinator's report as Markdown. */
import type { ChangesView, ComparisonView, GroupView, PersonView, ReportView, SectionView } from "./view.js";
import { HISTOGRAM_BINS } from "./view.js";
import { count, scoreText } from "./words.js";

/** Width of a text bar in characters. */
const BAR_WIDTH = 10;

export function renderMarkdown(view: ReportView): string {
  const lines: string[] = [`# ${view.title}`, "", "| | |", "|---|---|"];
  for (const [label, value] of view.headline) lines.push(`| ${cell(label)} | ${cell(value)} |`);
  for (const section of view.sections) {
    const level = section.heading === null ? "##" : "###";
    if (section.heading !== null) lines.push("", `## ${cell(section.heading)}`);
    renderSection(lines, section, level);
  }
  if (view.repeats !== null) {
    lines.push("", "## Repeated pairs", "");
    if (view.repeats.length === 0) lines.push("No two people share a circle more than once.");
    else {
      lines.push("| pair | rounds |", "|---|---|");
      for (const repeat of view.repeats)
        lines.push(`| ${cell(people(repeat.members))} | ${repeat.rounds.join(", ")} |`);
    }
  }
  return `${lines.join("\n")}\n`;
}

function renderSection(lines: string[], section: SectionView, h: string): void {
  const mentor = section.groups.some((group) => group.roles !== null);
  if (section.changes !== null) renderChanges(lines, section.changes, h);
  if (section.comparison !== undefined) renderComparison(lines, section.comparison, h);
  lines.push("", `${h} Scores`, "", "| score | groups |", "|---|---:|");
  for (const [bin, n] of section.histogram.entries())
    lines.push(`| ${(bin / HISTOGRAM_BINS).toFixed(1)}–${((bin + 1) / HISTOGRAM_BINS).toFixed(1)} | ${n} |`);
  if (section.averages.length > 0) {
    lines.push("", `${h} Average per feature`, "", "| feature | mean | answered by |", "|---|---|---|");
    for (const { label, mean, answered } of section.averages)
      lines.push(
        `| ${cell(label)} | ${mean === null ? "not answered" : bar(mean)} | ${answered} of ${count(section.groups.length, "group")} |`,
      );
  }
  lines.push("", `${h} ${section.noun === "circle" ? "Circles" : mentor ? "Mentor–mentee pairs" : "Pairs"}`);
  if (section.groups.length === 0)
    lines.push("", section.noun === "circle" ? "Nobody was placed in a circle." : "Nobody was matched.");
  for (const [k, group] of section.groups.entries()) renderGroup(lines, group, k + 1, `${h}#`);
  if (section.unmetRules.length > 0) {
    lines.push("", `${h} Rules not met`, "", "| rule | detail | circles |", "|---|---|---|");
    for (const rule of section.unmetRules)
      lines.push(`| ${cell(rule.rule)} | ${cell(rule.detail)} | ${rule.circles.join(", ")} |`);
  }
  if (section.unmatched.length > 0) {
    const side = section.unmatched.some((entry) => entry.side !== null);
    lines.push("", `${h} Not matched`, "");
    lines.push(side ? "| person | side | reason | detail |" : "| person | reason | detail |");
    lines.push(side ? "|---|---|---|---|" : "|---|---|---|");
    for (const entry of section.unmatched)
      lines.push(
        `| ${cell(entry.person.label)} | ${side ? `${entry.side ?? ""} | ` : ""}${cell(entry.reason)} | ${cell(entry.detail)} |`,
      );
  }
}

function renderGroup(lines: string[], group: GroupView, number: number, h: string): void {
  lines.push("", `${h} ${number}. ${cell(membersText(group))} — score ${scoreText(group.score)}`, "");
  if (group.low !== null) lines.push(`**Low score:** ${cell(group.low)}`, "");
  if (group.meeting === null) lines.push("**Meets:** no member gave availability", "");
  else if (group.meeting !== undefined) {
    const local = group.meeting.local.map((entry) => `${entry.person.label}: ${entry.time}`);
    lines.push(`**Meets:** ${cell(group.meeting.utc)}${local.length > 0 ? ` — ${cell(local.join("; "))}` : ""}`, "");
  }
  if (group.features.length > 0) {
    lines.push("| feature | score |", "|---|---|");
    for (const feature of group.features)
      lines.push(`| ${cell(feature.label)} | ${feature.score === null ? "not answered" : bar(feature.score)} |`);
    lines.push("");
  }
  for (const reason of group.reasons) lines.push(`- ${cell(reason)}`);
}

function renderComparison(lines: string[], c: ComparisonView, h: string): void {
  lines.push("", `${h} Compared with the optimum`, "");
  lines.push("| | this matching | optimum |", "|---|---:|---:|");
  lines.push(`| Total score | ${scoreText(c.total)} | ${scoreText(c.optimumTotal)} |`);
  lines.push(`| Lowest score | ${scoreText(c.minScore)} | ${scoreText(c.optimumMinScore)} |`);
  lines.push(`| Matched | ${count(c.matched, "person", "people")} | ${count(c.optimumMatched, "person", "people")} |`);
  lines.push("");
  lines.push(`- **Difference:** ${scoreText(c.difference)} below the optimum's total`);
  lines.push(
    `- **Kept by the optimum:** ${c.pairsKept} of ${count(c.handMadePairs, "pair")} of people in these groups`,
  );
  lines.push(`- **Blocking pairs:** ${c.blockingPairs}`);
  lines.push(`- **Broken hard constraints:** ${c.vetoes.length}`);
  for (const veto of c.vetoes) lines.push(`  - ${cell(people(veto.members))}: ${cell(veto.reason)}`);
}

function renderChanges(lines: string[], changes: ChangesView, h: string): void {
  lines.push("", `${h} What changed`, "");
  const groups = (list: readonly (readonly PersonView[])[]) => list.map((members) => people(members)).join("; ");
  const line = (label: string, n: number, noun: string, plural: string, text: string) =>
    lines.push(`- **${label}:** ${count(n, noun, plural)}${n > 0 ? ` — ${cell(text)}` : ""}`);
  line("Kept", changes.kept.length, "group", "groups", groups(changes.kept));
  line("New", changes.formed.length, "group", "groups", groups(changes.formed));
  line("Ended", changes.dissolved.length, "group", "groups", groups(changes.dissolved));
  line(
    "No longer allowed",
    changes.invalidated.length,
    "group",
    "groups",
    changes.invalidated.map((entry) => `${people(entry.members)} (${entry.reason})`).join("; "),
  );
  line("Left", changes.left.length, "person", "people", people(changes.left, ", "));
  lines.push(
    `- **Moved to keep others matched:** ${count(changes.churn, "person", "people")} whose group changed without being asked to`,
  );
}

function people(members: readonly PersonView[], separator = " & "): string {
  return members.map((member) => member.label).join(separator);
}

function membersText(group: GroupView): string {
  return group.members
    .map((member, k) => (group.roles === null ? member.label : `${member.label} (${group.roles[k]!.toLowerCase()})`))
    .join(group.meeting === undefined ? " & " : ", ");
}

/** `████████░░ 0.80`: a bar a reader sees at a glance, with the number. */
function bar(score: number): string {
  const filled = Math.round(Math.min(1, Math.max(0, score)) * BAR_WIDTH);
  return `\`${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}\` ${scoreText(score)}`;
}

/** Escapes text for a Markdown table cell or list item. */
function cell(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/[\r\n]+/g, " ")
    .replace(/([*_`<>[\]#])/g, "\\$1");
}
