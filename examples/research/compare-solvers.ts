/**
 * Research script: compares the peer solvers over many seeded cohorts and sizes on
 * total weight, smallest pair weight, blocking pairs, people matched, churn after a
 * re-match and time. Writes a Markdown table and one SVG chart per measure.
 *
 * Run: `npx tsx examples/research/compare-solvers.ts [outDir] [--sizes 50,100,200] [--seeds 5]`
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { generateCohort, matchPeers, rematch } from "peermatch";
import type { MatchResult, ParticipantInput } from "peermatch";

const SOLVERS = ["greedy", "optimal", "fair", "stable"] as const;
type SolverName = (typeof SOLVERS)[number];

const MEASURES = {
  totalScore: "Total pair weight",
  minScore: "Smallest pair weight",
  blockingPairs: "Blocking pairs",
  matchedShare: "Share of people matched",
  churn: "Churn after dissolving one pair (keep: none)",
  seconds: "Solve time (s)",
} as const;
type Measure = keyof typeof MEASURES;

const { values, positionals } = parseArgs({
  options: { sizes: { type: "string", default: "50,100,200" }, seeds: { type: "string", default: "5" } },
  allowPositionals: true,
});
const outDir = positionals[0] ?? "compare-solvers-output";
const sizes = (values.sizes ?? "")
  .split(",")
  .map(Number)
  .filter((n) => Number.isInteger(n) && n >= 4);
const seedCount = Math.max(1, Number(values.seeds) || 1);
const options = { availability: { referenceDate: "2026-03-02" } };

/** One run's measures. */
function measure(result: MatchResult, seconds: number, churn: number, size: number): Record<Measure, number> {
  return {
    totalScore: result.stats.totalScore,
    minScore: result.stats.minScore,
    blockingPairs: result.stats.blockingPairs,
    matchedShare: result.stats.matched / size,
    churn,
    seconds,
  };
}

/** Churn when the first pair dissolves and everyone is re-solved: how unstable the solver's choice is. */
function churnAfterDissolve(result: MatchResult, cohort: readonly ParticipantInput[], solver: SolverName): number {
  const pair = result.pairs.find((p) => p.members.length === 2);
  if (pair === undefined) return 0;
  const [a, b] = pair.members as [string, string];
  return rematch(result, { dissolve: [[a, b]] }, cohort, { ...options, solver, keep: "none" }).churn;
}

const means = new Map<string, Record<Measure, number>>();
for (const size of sizes) {
  for (const solver of SOLVERS) {
    const sum: Record<Measure, number> = {
      totalScore: 0,
      minScore: 0,
      blockingPairs: 0,
      matchedShare: 0,
      churn: 0,
      seconds: 0,
    };
    for (let seed = 0; seed < seedCount; seed++) {
      const cohort = generateCohort(size, { seed: `research-${size}-${seed}` });
      const started = performance.now();
      const result = matchPeers(cohort, { ...options, solver });
      const seconds = (performance.now() - started) / 1000;
      const run = measure(result, seconds, churnAfterDissolve(result, cohort, solver), size);
      for (const key of Object.keys(sum) as Measure[]) sum[key] += run[key] / seedCount;
    }
    means.set(`${size}/${solver}`, sum);
    console.log(
      `n=${size} ${solver}: total ${sum.totalScore.toFixed(2)}, smallest ${sum.minScore.toFixed(3)}, blocking ${sum.blockingPairs.toFixed(1)}`,
    );
  }
}

mkdirSync(outDir, { recursive: true });
const header = `| n | solver | ${Object.values(MEASURES).join(" | ")} |`;
const rule = `|---:|---|${Object.keys(MEASURES)
  .map(() => "---:")
  .join("|")}|`;
const rows = sizes.flatMap((size) =>
  SOLVERS.map((solver) => {
    const m = means.get(`${size}/${solver}`);
    const cells = (Object.keys(MEASURES) as Measure[]).map((key) => (m?.[key] ?? 0).toFixed(key === "seconds" ? 3 : 2));
    return `| ${size} | ${solver} | ${cells.join(" | ")} |`;
  }),
);
const markdown = `# Solver comparison\n\nMeans over ${seedCount} seeded cohorts per size (generateCohort, seeds "research-<n>-<k>").\n\n${header}\n${rule}\n${rows.join("\n")}\n`;
writeFileSync(join(outDir, "comparison.md"), markdown);
for (const key of Object.keys(MEASURES) as Measure[]) writeFileSync(join(outDir, `${key}.svg`), barChart(key));
console.log(`\nWrote ${join(outDir, "comparison.md")} and ${Object.keys(MEASURES).length} SVG charts.`);

/** A grouped bar chart: one group per cohort size, one bar per solver. */
function barChart(key: Measure): string {
  const colours: Record<SolverName, string> = {
    greedy: "#9e9e9e",
    optimal: "#3f6fb5",
    fair: "#7b5ea7",
    stable: "#2e8b57",
  };
  const width = 640;
  const height = 320;
  const left = 60;
  const bottom = 270;
  const plotHeight = 220;
  const highest = Math.max(1e-9, ...[...means.values()].map((m) => m[key]));
  const groupWidth = (width - left - 20) / sizes.length;
  const barWidth = (groupWidth - 20) / SOLVERS.length;
  const bars = sizes.flatMap((size, g) =>
    SOLVERS.map((solver, s) => {
      const value = means.get(`${size}/${solver}`)?.[key] ?? 0;
      const barHeight = (value / highest) * plotHeight;
      const x = left + g * groupWidth + 10 + s * barWidth;
      return `<rect x="${x.toFixed(1)}" y="${(bottom - barHeight).toFixed(1)}" width="${(barWidth - 2).toFixed(1)}" height="${barHeight.toFixed(1)}" fill="${colours[solver]}"><title>${solver}, n=${size}: ${value.toFixed(3)}</title></rect>`;
    }),
  );
  const labels = sizes.map(
    (size, g) =>
      `<text x="${(left + g * groupWidth + groupWidth / 2).toFixed(1)}" y="${bottom + 18}" text-anchor="middle">n = ${size}</text>`,
  );
  const legend = SOLVERS.map(
    (solver, s) =>
      `<rect x="${left + s * 110}" y="8" width="12" height="12" fill="${colours[solver]}"/><text x="${left + s * 110 + 16}" y="19">${solver}</text>`,
  );
  const axis = [0, 0.5, 1].map(
    (f) =>
      `<text x="${left - 6}" y="${(bottom - f * plotHeight + 4).toFixed(1)}" text-anchor="end">${(f * highest).toPrecision(3)}</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">
<title>${MEASURES[key]}</title>
<text x="${width / 2}" y="${height - 8}" text-anchor="middle" font-weight="bold">${MEASURES[key]}</text>
${legend.join("")}${axis.join("")}
<line x1="${left}" y1="${bottom}" x2="${width - 10}" y2="${bottom}" stroke="#444"/>
${bars.join("\n")}
${labels.join("")}
</svg>
`;
}
