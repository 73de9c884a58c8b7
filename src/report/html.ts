/** The coordinator's report as one self-contained HTML page (inline CSS and SVG, no network). */
import type { MatchResult } from "../programs/peers/match-result.js";
import { HISTOGRAM_BINS, summarise } from "./summary.js";

export function renderHtml(result: MatchResult): string {
  const { headline, histogram, featureAverages } = summarise(result);
  const rows = headline
    .map(([label, value]) => `<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`)
    .join("");
  const features = featureAverages
    .map(
      ([feature, mean]) =>
        `<tr><td>${escapeHtml(feature)}</td><td class="num">${mean.toFixed(3)}</td><td><span class="bar" style="width:${Math.round(mean * 100)}%"></span></td></tr>`,
    )
    .join("");
  const pairs = result.pairs
    .map(
      (pair) =>
        `<li><strong>${pair.members.map(escapeHtml).join(" &amp; ")}</strong> <span class="score">${pair.score.toFixed(3)}</span><ul>${pair.reasons.map((reason) => `<li>${escapeHtml(reason)}</li>`).join("")}</ul></li>`,
    )
    .join("");
  const unmatched = result.unmatched
    .map(
      (entry) =>
        `<tr><td>${escapeHtml(entry.id)}</td><td>${escapeHtml(entry.reason)}</td><td>${escapeHtml(entry.detail)}</td></tr>`,
    )
    .join("");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Match report</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1d1d1f}
table{border-collapse:collapse;margin:.5rem 0 1.5rem}th,td{border-bottom:1px solid #ddd;padding:.3rem .6rem;text-align:left;vertical-align:top}
.num{text-align:right}.bar{display:inline-block;height:.7rem;background:#7b5ea7;min-width:1px}
.score{color:#555;margin-left:.5rem}ol>li{margin-bottom:.6rem}
</style>
</head>
<body>
<h1>Match report</h1>
<table id="headline">${rows}</table>
<h2>Pair scores</h2>
${histogramSvg(histogram)}
${features === "" ? "" : `<h2>Average per feature</h2><table id="features"><tr><th>feature</th><th>mean</th><th></th></tr>${features}</table>`}
<h2>Pairs</h2>
<ol id="pairs">${pairs}</ol>
${unmatched === "" ? "" : `<h2>Not matched</h2><table id="unmatched"><tr><th>id</th><th>reason</th><th>detail</th></tr>${unmatched}</table>`}
</body>
</html>
`;
}

/** A bar chart of group counts per score bin, as inline SVG. */
function histogramSvg(counts: readonly number[]): string {
  const width = 520;
  const height = 180;
  const bottom = 150;
  const barWidth = width / HISTOGRAM_BINS;
  const highest = Math.max(1, ...counts);
  const bars = counts
    .map((count, bin) => {
      const barHeight = Math.round((count / highest) * 130);
      const x = bin * barWidth;
      return (
        `<rect x="${x + 4}" y="${bottom - barHeight}" width="${barWidth - 8}" height="${barHeight}" fill="#7b5ea7"><title>${count} groups scoring ${(bin / HISTOGRAM_BINS).toFixed(1)}–${((bin + 1) / HISTOGRAM_BINS).toFixed(1)}</title></rect>` +
        `<text x="${x + barWidth / 2}" y="${bottom - barHeight - 4}" text-anchor="middle" font-size="11">${count}</text>` +
        `<text x="${x + barWidth / 2}" y="${bottom + 16}" text-anchor="middle" font-size="11">${(bin / HISTOGRAM_BINS).toFixed(1)}</text>`
      );
    })
    .join("");
  return `<svg id="histogram" role="img" aria-label="Histogram of pair scores" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${bars}<line x1="0" y1="${bottom}" x2="${width}" y2="${bottom}" stroke="#999"/></svg>`;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}
