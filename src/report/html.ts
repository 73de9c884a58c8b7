/**
 * The coordinator's report as one self-contained HTML page: inline CSS and SVG, nothing
 * fetched; headings, captions and table headers for screen readers; text at least 7:1
 * against its background and bars at least 3:1; a print style that keeps each group on
 * one page and prints the bars.
 */
import type { ChangesView, ComparisonView, GroupView, PersonView, ReportView, SectionView } from "./view.js";
import { HISTOGRAM_BINS } from "./view.js";
import { count, scoreText } from "./words.js";

const STYLE = `
:root{color-scheme:light}
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:62rem;padding:0 1rem;color:#1d1d1f;background:#fff;line-height:1.45}
h1,h2,h3,h4{line-height:1.2}
table{border-collapse:collapse;margin:.5rem 0 1.25rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border-bottom:1px solid #c9c9cf;padding:.3rem .6rem;text-align:left;vertical-align:top}
thead th{border-bottom:2px solid #1d1d1f}
.num{text-align:right;font-variant-numeric:tabular-nums}
.track{display:inline-block;vertical-align:middle;width:10rem;height:.85rem;background:#e4dff0;border:1px solid #5b3f8c;border-radius:2px;overflow:hidden}
.fill{display:block;height:100%;background:#4b2f7f}
.na{font-style:italic;color:#46464b}
.group{border:1px solid #c9c9cf;border-radius:6px;padding:.25rem 1rem .75rem;margin:0 0 1rem}
.group h4{margin:.6rem 0}
.low{border-left:6px solid #9a3f00;background:#fff2e6}
.flag{margin:.25rem 0;color:#6b2c00}
.score{font-weight:400;color:#3a3a3f}
@media print{
body{margin:0;max-width:none;font-size:10.5pt}
.group,table,svg{break-inside:avoid}
.track,.fill,.low{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}`;

export function renderHtml(view: ReportView): string {
  const headline = view.headline
    .map(([label, value]) => `<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`)
    .join("");
  const sections = view.sections.map((section, k) => renderSection(section, k)).join("\n");
  const repeats =
    view.repeats === null
      ? ""
      : view.repeats.length === 0
        ? "<h2>Repeated pairs</h2>\n<p>No two people share a circle more than once.</p>"
        : `<h2>Repeated pairs</h2>\n<table id="repeats"><thead><tr><th scope="col">Pair</th><th scope="col">Rounds</th></tr></thead><tbody>${view.repeats
            .map(
              (repeat) =>
                `<tr><th scope="row">${escapeHtml(people(repeat.members))}</th><td>${repeat.rounds.join(", ")}</td></tr>`,
            )
            .join("")}</tbody></table>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(view.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(view.title)}</h1>
<table id="headline"><caption>Summary</caption><tbody>${headline}</tbody></table>
${sections}
${repeats}
</main>
</body>
</html>
`;
}

function renderSection(section: SectionView, index: number): string {
  // A rotation has a section per round, headed h2; the parts of a section go one level down.
  const h = section.heading === null ? 2 : 3;
  const id = (name: string) => (section.heading === null ? name : `${name}-${index + 1}`);
  const mentor = section.groups.some((group) => group.roles !== null);
  const parts: string[] = [];
  if (section.heading !== null) parts.push(`<h2>${escapeHtml(section.heading)}</h2>`);
  if (section.changes !== null) parts.push(renderChanges(section.changes, h));
  if (section.comparison !== undefined) parts.push(renderComparison(section.comparison, h));
  parts.push(`<h${h}>Scores</h${h}>`, histogramSvg(section.histogram, id("histogram")));
  if (section.averages.length > 0) {
    const rows = section.averages
      .map(
        ({ label, mean, answered }) =>
          `<tr><th scope="row">${escapeHtml(label)}</th><td>${mean === null ? '<span class="na">not answered</span>' : barHtml(mean)}</td><td class="num">${answered} of ${count(section.groups.length, "group")}</td></tr>`,
      )
      .join("");
    parts.push(
      `<h${h}>Average per feature</h${h}>`,
      `<table id="${id("features")}"><thead><tr><th scope="col">Feature</th><th scope="col">Mean score</th><th scope="col">Answered by</th></tr></thead><tbody>${rows}</tbody></table>`,
    );
  }
  const circles = section.noun === "circle";
  parts.push(`<h${h}>${circles ? "Circles" : mentor ? "Mentor–mentee pairs" : "Pairs"}</h${h}>`);
  if (section.groups.length === 0)
    parts.push(circles ? "<p>Nobody was placed in a circle.</p>" : "<p>Nobody was matched.</p>");
  parts.push(
    `<div id="${id(circles ? "circles" : "pairs")}">${section.groups.map((group, k) => renderGroup(group, k + 1, h + 1, circles ? "Circle" : "Pair")).join("")}</div>`,
  );
  if (section.unmetRules.length > 0) {
    const rows = section.unmetRules
      .map(
        (rule) =>
          `<tr><th scope="row">${escapeHtml(rule.rule)}</th><td>${escapeHtml(rule.detail)}</td><td>${rule.circles.join(", ")}</td></tr>`,
      )
      .join("");
    parts.push(
      `<h${h}>Rules not met</h${h}>`,
      `<table id="${id("rules")}"><thead><tr><th scope="col">Rule</th><th scope="col">Detail</th><th scope="col">Circles</th></tr></thead><tbody>${rows}</tbody></table>`,
    );
  }
  if (section.unmatched.length > 0) {
    const side = section.unmatched.some((entry) => entry.side !== null);
    const rows = section.unmatched
      .map(
        (entry) =>
          `<tr><th scope="row">${escapeHtml(entry.person.label)}</th>${side ? `<td>${escapeHtml(entry.side ?? "")}</td>` : ""}<td>${escapeHtml(entry.reason)}</td><td>${escapeHtml(entry.detail)}</td></tr>`,
      )
      .join("");
    parts.push(
      `<h${h}>Not matched</h${h}>`,
      `<table id="${id("unmatched")}"><thead><tr><th scope="col">Person</th>${side ? '<th scope="col">Side</th>' : ""}<th scope="col">Reason</th><th scope="col">Detail</th></tr></thead><tbody>${rows}</tbody></table>`,
    );
  }
  return parts.join("\n");
}

function renderGroup(group: GroupView, number: number, h: number, noun: string): string {
  const names = group.members
    .map((member, k) =>
      group.roles === null
        ? escapeHtml(member.label)
        : `${escapeHtml(member.label)} (${group.roles[k]!.toLowerCase()})`,
    )
    .join(group.meeting === undefined ? " &amp; " : ", ");
  const meeting =
    group.meeting === undefined
      ? ""
      : group.meeting === null
        ? '<p class="meeting"><strong>Meets:</strong> no member gave availability</p>'
        : `<p class="meeting"><strong>Meets:</strong> ${escapeHtml(group.meeting.utc)}</p>${
            group.meeting.local.length === 0
              ? ""
              : `<table class="local"><thead><tr><th scope="col">Member</th><th scope="col">Local time</th></tr></thead><tbody>${group.meeting.local
                  .map(
                    (entry) =>
                      `<tr><th scope="row">${escapeHtml(entry.person.label)}</th><td>${escapeHtml(entry.time)}</td></tr>`,
                  )
                  .join("")}</tbody></table>`
          }`;
  const flag = group.low === null ? "" : `<p class="flag"><strong>Low score:</strong> ${escapeHtml(group.low)}</p>`;
  const features =
    group.features.length === 0
      ? ""
      : `<table class="breakdown"><thead><tr><th scope="col">Feature</th><th scope="col">Score</th></tr></thead><tbody>${group.features
          .map(
            (feature) =>
              `<tr><th scope="row">${escapeHtml(feature.label)}</th><td>${feature.score === null ? '<span class="na">not answered</span>' : barHtml(feature.score)}</td></tr>`,
          )
          .join("")}</tbody></table>`;
  const reasons =
    group.reasons.length === 0
      ? ""
      : `<ul>${group.reasons.map((reason) => `<li>${escapeHtml(reason)}</li>`).join("")}</ul>`;
  return `<section class="group${group.low === null ? "" : " low"}" aria-label="${noun} ${number}"><h${h}>${number}. ${names} <span class="score">score ${scoreText(group.score)}</span></h${h}>${flag}${meeting}${features}${reasons}</section>`;
}

function renderComparison(c: ComparisonView, h: number): string {
  const row = (label: string, mine: string, best: string) =>
    `<tr><th scope="row">${label}</th><td class="num">${mine}</td><td class="num">${best}</td></tr>`;
  const table = `<table id="comparison"><caption>This matching and the optimum under the same options</caption><thead><tr><th scope="col">Measure</th><th scope="col">This matching</th><th scope="col">Optimum</th></tr></thead><tbody>${[
    row("Total score", scoreText(c.total), scoreText(c.optimumTotal)),
    row("Lowest score", scoreText(c.minScore), scoreText(c.optimumMinScore)),
    row("Matched", count(c.matched, "person", "people"), count(c.optimumMatched, "person", "people")),
  ].join("")}</tbody></table>`;
  const vetoes =
    c.vetoes.length === 0
      ? ""
      : `<ul id="broken-vetoes">${c.vetoes.map((veto) => `<li>${escapeHtml(people(veto.members))}: ${escapeHtml(veto.reason)}</li>`).join("")}</ul>`;
  const facts = `<ul><li><strong>Difference:</strong> ${scoreText(c.difference)} below the optimum's total</li><li><strong>Kept by the optimum:</strong> ${c.pairsKept} of ${count(c.handMadePairs, "pair")} of people in these groups</li><li><strong>Blocking pairs:</strong> ${c.blockingPairs}</li><li><strong>Broken hard constraints:</strong> ${c.vetoes.length}</li></ul>`;
  return `<h${h}>Compared with the optimum</h${h}>${table}${facts}${vetoes}`;
}

function renderChanges(changes: ChangesView, h: number): string {
  const groups = (list: readonly (readonly PersonView[])[]) => list.map((members) => people(members)).join("; ");
  const row = (label: string, n: number, noun: string, plural: string, text: string) =>
    `<tr><th scope="row">${label}</th><td class="num">${count(n, noun, plural)}</td><td>${escapeHtml(text)}</td></tr>`;
  const rows = [
    row("Kept", changes.kept.length, "group", "groups", groups(changes.kept)),
    row("New", changes.formed.length, "group", "groups", groups(changes.formed)),
    row("Ended", changes.dissolved.length, "group", "groups", groups(changes.dissolved)),
    row(
      "No longer allowed",
      changes.invalidated.length,
      "group",
      "groups",
      changes.invalidated.map((entry) => `${people(entry.members)} (${entry.reason})`).join("; "),
    ),
    row("Left", changes.left.length, "person", "people", people(changes.left, ", ")),
    row(
      "Moved to keep others matched",
      changes.churn,
      "person",
      "people",
      "their group changed without being asked to",
    ),
  ].join("");
  return `<h${h}>What changed</h${h}><table id="changes"><thead><tr><th scope="col">Change</th><th scope="col">How many</th><th scope="col">Who</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function people(members: readonly PersonView[], separator = " & "): string {
  return members.map((member) => member.label).join(separator);
}

/** A bar with its number; the bar is drawn with CSS and hidden from screen readers, which read the number. */
function barHtml(score: number): string {
  const percent = Math.round(Math.min(1, Math.max(0, score)) * 100);
  return `<span class="track" aria-hidden="true"><span class="fill" style="width:${percent}%"></span></span> <span class="num">${scoreText(score)}</span>`;
}

/** A bar chart of group counts per score bin, as inline SVG, described for screen readers. */
function histogramSvg(counts: readonly number[], id: string): string {
  const width = 520;
  const height = 180;
  const bottom = 150;
  const barWidth = width / HISTOGRAM_BINS;
  const highest = Math.max(1, ...counts);
  const range = (bin: number) => `${(bin / HISTOGRAM_BINS).toFixed(1)}–${((bin + 1) / HISTOGRAM_BINS).toFixed(1)}`;
  const description = counts.map((n, bin) => `${range(bin)}: ${n}`).join(", ");
  const bars = counts
    .map((n, bin) => {
      const barHeight = Math.round((n / highest) * 130);
      const x = bin * barWidth;
      return (
        `<rect x="${x + 4}" y="${bottom - barHeight}" width="${barWidth - 8}" height="${barHeight}" fill="#4b2f7f"><title>${count(n, "group")} scoring ${range(bin)}</title></rect>` +
        `<text x="${x + barWidth / 2}" y="${bottom - barHeight - 4}" text-anchor="middle" font-size="11" fill="#1d1d1f">${n}</text>` +
        `<text x="${x + barWidth / 2}" y="${bottom + 16}" text-anchor="middle" font-size="11" fill="#1d1d1f">${(bin / HISTOGRAM_BINS).toFixed(1)}</text>`
      );
    })
    .join("");
  return `<svg id="${id}" role="img" aria-label="Groups per score range: ${description}" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${bars}<line x1="0" y1="${bottom}" x2="${width}" y2="${bottom}" stroke="#46464b"/></svg>`;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}
