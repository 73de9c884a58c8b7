/**
 * Research script: a year of a peer-mentoring programme, simulated under nine matching
 * policies on the same people, joiners, leavers and meeting noise. Each month every pair
 * meets and rates the meeting from a hidden compatibility in which practical fit
 * (availability, communication, experience) matters more than the default weights
 * assume; pairs rated low twice are re-matched. Writes the summary as a Markdown table
 * and three SVG charts (mean true quality, people without a partner, cumulative churn by
 * month). The same seed gives the same files.
 *
 * Run: `npx tsx examples/research/simulate-programme.ts [outDir] [--size 120] [--seed programme-2026] [--months 12]`
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { generateCohort } from "peermatch";
import { type ProgrammeRun, type ProgrammeSimulation, simulateProgramme } from "peermatch/research";

const { values, positionals } = parseArgs({
  options: {
    size: { type: "string", default: "120" },
    seed: { type: "string", default: "programme-2026" },
    months: { type: "string", default: "12" },
  },
  allowPositionals: true,
});
const outDir = positionals[0] ?? "simulate-programme-output";
const size = Math.max(4, Number(values.size) || 120);
const seed = values.seed ?? "programme-2026";
const months = Math.min(120, Math.max(3, Number(values.months) || 12));

// Complete profiles, so every feature has something to say about every pair.
const people = generateCohort(size, { seed, sparseShare: 0 });
const trueWeights = { availability: 2, communication: 2, experience: 2, language: 1, commitment: 1, goals: 1 };
const allFeatures = ["goals", "complementarity", "communication", "availability", "geography", "experience"];
const oracleWeights = {
  ...Object.fromEntries([...allFeatures, "industry", "language", "commitment"].map((name) => [name, 0])),
  ...trueWeights,
};

const simulation = simulateProgramme(people, {
  trueWeights,
  noise: 0.1,
  months,
  dropoutRate: 0.02,
  joinShare: 0.1,
  availability: { referenceDate: "2026-01-15" },
  seed,
  policies: [
    { name: "optimal, fewest broken", solver: "optimal" },
    { name: "optimal, keep all", solver: "optimal", keep: "all" },
    { name: "optimal, fresh solve", solver: "optimal", keep: "none" },
    { name: "stable, fewest broken", solver: "stable" },
    { name: "optimal, learned weights", solver: "optimal", weights: "learned" },
    { name: "optimal, learned weights, fresh solve", solver: "optimal", keep: "none", weights: "learned" },
    { name: "optimal, rotate quarterly", solver: "optimal", rotateEvery: 3 },
    { name: "optimal, true weights (oracle)", solver: "optimal", weights: oracleWeights },
    { name: "optimal, true weights (oracle), fresh solve", solver: "optimal", keep: "none", weights: oracleWeights },
  ],
});

const table = markdownTable(simulation);
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "summary.md"), table);
writeFileSync(
  join(outDir, "quality-by-month.svg"),
  lineChart(simulation, "Mean true quality of the groups meeting", (month) => month.meanQuality ?? 0, "tenths"),
);
writeFileSync(
  join(outDir, "alone-by-month.svg"),
  lineChart(simulation, "People without a partner", (month) => month.unmatched.length),
);
const cumulative = (run: ProgrammeRun) => {
  let total = 0;
  return run.months.map((month) => (total += month.churn));
};
writeFileSync(
  join(outDir, "churn-by-month.svg"),
  lineChart(simulation, "Churn so far (people moved although nobody asked)", (_, m, run) => cumulative(run)[m]!),
);
console.log(table);
console.log(`Wrote summary.md, quality-by-month.svg, alone-by-month.svg and churn-by-month.svg to ${outDir}.`);

/** The per-policy summary as a Markdown table. */
function markdownTable(sim: ProgrammeSimulation): string {
  const fixed = (x: number | null, digits: number): string => (x === null ? "–" : x.toFixed(digits));
  const rows = sim.policies.map(({ name, summary: s }) =>
    [
      name,
      fixed(s.meanQuality, 3),
      fixed(s.finalQuality, 3),
      s.everAlone,
      s.aloneMonths,
      s.churn,
      s.dissolved,
      s.repeatedPairs,
      `${fixed(s.monthsToGoodPair.mean, 2)} / ${fixed(s.monthsToGoodPair.median, 1)}`,
      s.monthsToGoodPair.never,
    ].join(" | "),
  );
  return [
    `# ${sim.participants} people over ${sim.months} months, seed "${sim.seed}"`,
    "",
    `${sim.initial} start, ${sim.joiners.length} join later, ${sim.leavers.length} leave.`,
    "",
    "| policy | mean true quality | last month | ever alone | months alone | churn | dissolved | repeated pairs | months to a good pair (mean / median) | never a good pair |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map((row) => `| ${row} |`),
    "",
  ].join("\n");
}

/** A line chart, one line per policy over the months, as hand-written SVG. */
function lineChart(
  sim: ProgrammeSimulation,
  title: string,
  value: (month: ProgrammeRun["months"][number], index: number, run: ProgrammeRun) => number,
  scale: "from zero" | "tenths" = "from zero",
): string {
  const colours = ["#1b6ca8", "#e07b00", "#2a9d4b", "#c0392b", "#8e44ad", "#7f6a00", "#17becf", "#555555", "#e377c2"];
  const width = 820;
  const height = 420;
  const left = 60;
  const right = 300;
  const top = 40;
  const bottom = 50;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const series = sim.policies.map((run) => run.months.map((month, m) => value(month, m, run)));
  const highest = Math.max(...series.flat(), 0);
  const lowest = Math.min(...series.flat(), highest);
  // "tenths": the axis spans the tenths around the data (quality lives in 0–1, close together).
  const min = scale === "tenths" ? Math.floor(lowest * 10) / 10 : 0;
  const max = scale === "tenths" ? Math.max(min + 0.1, Math.ceil(highest * 10) / 10) : niceCeiling(highest);
  const x = (m: number): number => left + (sim.months === 1 ? plotW / 2 : (m * plotW) / (sim.months - 1));
  const y = (v: number): number => top + plotH - ((v - min) / (max - min)) * plotH;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="${left}" y="24" font-size="15" font-weight="bold">${escapeXml(title)}</text>`,
  ];
  for (let k = 0; k <= 4; k++) {
    const v = min + ((max - min) * k) / 4;
    parts.push(
      `<line x1="${left}" y1="${y(v).toFixed(1)}" x2="${left + plotW}" y2="${y(v).toFixed(1)}" stroke="#ddd"/>`,
      `<text x="${left - 8}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${formatTick(v)}</text>`,
    );
  }
  for (let m = 0; m < sim.months; m++) {
    parts.push(`<text x="${x(m).toFixed(1)}" y="${top + plotH + 18}" text-anchor="middle">${m + 1}</text>`);
  }
  parts.push(
    `<text x="${left + plotW / 2}" y="${height - 12}" text-anchor="middle">month</text>`,
    `<line x1="${left}" y1="${top + plotH}" x2="${left + plotW}" y2="${top + plotH}" stroke="#333"/>`,
    `<line x1="${left}" y1="${top}" x2="${left}" y2="${top + plotH}" stroke="#333"/>`,
  );
  series.forEach((points, p) => {
    const colour = colours[p % colours.length]!;
    const path = points.map((v, m) => `${m === 0 ? "M" : "L"}${x(m).toFixed(1)},${y(v).toFixed(1)}`).join(" ");
    parts.push(`<path d="${path}" fill="none" stroke="${colour}" stroke-width="2"/>`);
    for (const [m, v] of points.entries()) {
      parts.push(`<circle cx="${x(m).toFixed(1)}" cy="${y(v).toFixed(1)}" r="2.5" fill="${colour}"/>`);
    }
    const ly = top + 10 + p * 20;
    parts.push(
      `<line x1="${left + plotW + 20}" y1="${ly}" x2="${left + plotW + 44}" y2="${ly}" stroke="${colour}" stroke-width="3"/>`,
      `<text x="${left + plotW + 50}" y="${ly + 4}">${escapeXml(sim.policies[p]!.name)}</text>`,
    );
  });
  parts.push("</svg>", "");
  return parts.join("\n");
}

/** 1, 2 or 5 times a power of ten, at least `value` (1 for 0). */
function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

function formatTick(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(3).replace(/0$/, "");
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
