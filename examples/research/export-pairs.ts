/**
 * Research script: runs the four peer solvers on one seeded cohort, as
 * compare-solvers.ts does, and exports each solver's pairs with their per-feature
 * breakdowns for a notebook (one CSV and one JSON Lines file per solver), plus the
 * quality measures of each matching as a Markdown table.
 *
 * Run: `npx tsx examples/research/export-pairs.ts [outDir] [--size 60] [--seed research]`
 *
 * Then, in Python:  pandas.read_csv("<outDir>/pairs-optimal.csv")
 *       or in R:    read.csv("<outDir>/pairs-optimal.csv")
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { generateCohort, matchPeers } from "peermatch";
import { evaluate, exportPairs } from "peermatch/research";

const SOLVERS = ["greedy", "optimal", "fair", "stable"] as const;

const { values, positionals } = parseArgs({
  options: { size: { type: "string", default: "60" }, seed: { type: "string", default: "research" } },
  allowPositionals: true,
});
const outDir = positionals[0] ?? "export-pairs-output";
const size = Math.max(2, Number(values.size) || 60);
const seed = values.seed ?? "research";
const cohort = generateCohort(size, { seed });
const scoring = { availability: { referenceDate: "2026-03-02" }, seed };

mkdirSync(outDir, { recursive: true });
const rows: string[] = [];
for (const solver of SOLVERS) {
  const options = { ...scoring, solver };
  const result = matchPeers(cohort, options);
  writeFileSync(join(outDir, `pairs-${solver}.csv`), exportPairs(result, { format: "csv" }));
  writeFileSync(join(outDir, `pairs-${solver}.jsonl`), exportPairs(result, { format: "jsonl" }));
  const m = evaluate(result, cohort, options);
  const share = (value: number | null): string => (value === null ? "–" : `${(100 * value).toFixed(1)}%`);
  rows.push(
    `| ${solver} | ${m.groups} | ${m.totalScore.toFixed(2)} | ${m.minScore.toFixed(3)} | ${m.gini.toFixed(3)} | ${m.blockingPairs} | ${share(m.growthAreasCovered.share)} | ${share(m.crossOrganization.share)} |`,
  );
}
const table = [
  `# ${size} people, seed "${seed}"`,
  "",
  "| solver | groups | total | smallest | Gini | blocking pairs | growth areas covered | cross-organisation |",
  "|---|---:|---:|---:|---:|---:|---:|---:|",
  ...rows,
  "",
].join("\n");
writeFileSync(join(outDir, "measures.md"), table);
console.log(table);
console.log(`Wrote pairs-<solver>.csv, pairs-<solver>.jsonl and measures.md to ${outDir}.`);
