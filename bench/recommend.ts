/**
 * The targets of shortlists for self-matching: `recommend` with k = 5 (maxExposure 5) on
 * generated cohorts (default 300 and 2,000 people; pass sizes to choose), and
 * `recommendFor` on one person of each. Before timing, every run's limits are checked
 * (nobody above k or maxExposure, nobody suggested to herself). Wall and CPU time are
 * both printed, since the machine may be shared. Run: `npm run bench:recommend [sizes…]`.
 */
import { generateCohort, recommend, recommendFor } from "peermatch";
import { timed } from "./support/timed.js";

const OPTIONS = { k: 5, availability: { referenceDate: "2026-03-02" } };
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 1);

console.log(
  "| people | graph | edges | entries | full lists | never shown | total score | wall (s) | CPU (s) | recommendFor wall / CPU (s) |",
);
console.log("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const size of sizes.length > 0 ? sizes : [300, 2000]) {
  const cohort = generateCohort(size, { seed: `recommend-${size}` });
  const { value, wall, cpu } = timed(() => recommend(cohort, OPTIONS));
  const shown = new Map<string, number>();
  for (const list of value.shortlists) {
    if (list.suggestions.length > OPTIONS.k) throw new Error(`${list.id} has ${list.suggestions.length} suggestions`);
    for (const s of list.suggestions) {
      if (s.id === list.id) throw new Error(`${list.id} is suggested to herself`);
      shown.set(s.id, (shown.get(s.id) ?? 0) + 1);
    }
  }
  for (const [id, count] of shown) if (count > OPTIONS.k) throw new Error(`${id} is in ${count} shortlists`);
  const one = timed(() => recommendFor(cohort, cohort[0]!.id, { k: 5, availability: OPTIONS.availability }));
  const { stats } = value;
  const cells = [
    size,
    stats.graph,
    stats.edges,
    stats.entries,
    stats.fullShortlists,
    stats.neverShown,
    stats.totalScore.toFixed(2),
    wall.toFixed(2),
    cpu.toFixed(2),
    `${one.wall.toFixed(2)} / ${one.cpu.toFixed(2)}`,
  ];
  console.log(`| ${cells.join(" | ")} |`);
}
