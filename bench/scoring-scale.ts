/**
 * Scale check for cohort scoring (the internal dense graph the solvers read): generates
 * a seeded cohort, normalises it, then times `scoreCohort` alone and reports directional
 * scores per second and peak RSS. On a shared machine the CPU time is the steadier
 * figure; the wall time is what the targets are stated in. Run: `npx tsx bench/scoring-scale.ts 2000 10000`.
 */
import { scoreCohort } from "../src/compatibility/compatibility.js";
import { normaliseCohort } from "../src/model/normalise-cohort.js";
import { generateCohort } from "../src/synthetic/generate-cohort.js";

function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

const sizes = process.argv.slice(2).map(Number);
for (const size of sizes.length > 0 ? sizes : [2000]) {
  const people = generateCohort(size, { seed: `bench-${size}` });
  const cohort = normaliseCohort(people, { availability: { referenceDate: "2026-03-15" } }, "bench");
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const compatibility = scoreCohort(cohort, "bench");
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  let feasible = 0;
  for (const s of compatibility.scores) if (s === s) feasible++;
  const directional = size * (size - 1);
  console.log(
    `n=${size}: ${seconds.toFixed(3)} s wall (${cpuSeconds.toFixed(3)} s CPU) for ${directional.toLocaleString("en")} directional scores ` +
      `(${(directional / seconds / 1e6).toFixed(1)} M/s), feasible ${((100 * feasible) / directional).toFixed(1)}%, ` +
      `peak RSS ${peakRssMb().toFixed(0)} MB`,
  );
}
