/**
 * The targets of peer mentoring circles: formCircles on 300 and 2,000 generated people
 * (circles of 4–6; time, objective, proven upper bound and gap) and rotateCircles on
 * 16 and 32 people in circles of 4 (time and repeated pairs). Wall and CPU time are both
 * printed, since the machine may be shared. Run: `npm run bench:circles [sizes…]`.
 */
import type { Participant } from "peermatch";
import { formCircles, generateCohort, rotateCircles } from "peermatch";
import { timed } from "./support/timed.js";

const OPTIONS = { availability: { referenceDate: "2026-03-02" } };
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 3);

console.log("| people | circles | placed | objective | upper bound | gap | wall (s) | CPU (s) |");
console.log("|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const size of sizes.length > 0 ? sizes : [300, 2000]) {
  const cohort = generateCohort(size, { seed: `circles-${size}` });
  const { value, wall, cpu } = timed(() => formCircles(cohort, { ...OPTIONS, size: { min: 4, max: 6 } }));
  const { stats } = value;
  const cells = [
    size,
    stats.circles,
    stats.placed,
    stats.objective.toFixed(2),
    stats.upperBound.toFixed(2),
    `${(stats.gap * 100).toFixed(1)}%`,
    wall.toFixed(2),
    cpu.toFixed(2),
  ];
  console.log(`| ${cells.join(" | ")} |`);
}

/** People with no vetoes between them (a pure social-golfer instance). */
function open(n: number): Participant[] {
  return Array.from({ length: n }, (_, k) => ({ id: `g${String(k).padStart(3, "0")}` }));
}

console.log("\n| rotation | seed | repeated pairs | rounds without repeats | wall (s) | CPU (s) |");
console.log("|---|---:|---:|---:|---:|---:|");
for (const [people, rounds] of [
  [16, 5],
  [32, 10],
] as const) {
  for (const seed of ["a", "b", "c"]) {
    const { value, wall, cpu } = timed(() => rotateCircles(open(people), { rounds, size: { min: 4, max: 4 }, seed }));
    const cells = [
      `${people} × 4 × ${rounds}`,
      seed,
      value.repeats.length,
      value.stats.roundsWithoutRepeats,
      wall.toFixed(2),
      cpu.toFixed(2),
    ];
    console.log(`| ${cells.join(" | ")} |`);
  }
}
