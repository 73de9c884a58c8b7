/**
 * Scale check for cohort scoring (the dense directional-score matrix the solvers read):
 * for each size, generate a seeded cohort, normalise it, time `scoreCohort` alone, and
 * report directional scores per second and peak RSS. Before reporting, a sample of the
 * stored scores is checked against `explainPair` on the two participants alone (a cohort
 * of two, normalised separately).
 *
 * Run: `npm run bench:scoring` (bundled by `bench/scoring.sh`; `npx tsx bench/scoring-scale.ts 2000` works but is slower). On a shared machine the CPU time is
 * the steadier figure; the wall time is what the targets are stated in. (Under
 * `vitest bench` the same pass runs several times slower, because vite's module
 * transform turns every imported call into a property read, so this is a plain script.)
 */
import { scoreCohort } from "../src/compatibility/compatibility.js";
import { explainPair } from "../src/compatibility/graph.js";
import { normaliseCohort } from "../src/model/normalise-cohort.js";
import { generateCohort } from "../src/synthetic/generate-cohort.js";

const options = { availability: { referenceDate: "2026-03-15" } };

function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

const sizes = process.argv.slice(2).map(Number);
for (const size of sizes.length > 0 ? sizes : [2000]) {
  const people = generateCohort(size, { seed: `bench-${size}` });
  const cohort = normaliseCohort(people, options, "bench");

  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const compatibility = scoreCohort(cohort, "bench");
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;

  const { n, ids, graph } = compatibility;
  const byId = new Map(people.map((p) => [p.id, p]));
  for (let k = 0; k < 200; k++) {
    const i = (k * 7919) % n;
    const j = (k * 104729 + 1) % n;
    if (i === j) continue;
    const alone = explainPair(byId.get(ids[i]!)!, byId.get(ids[j]!)!, options);
    const stored = compatibility.score(i, j);
    if (alone.feasible ? alone.scores.aToB !== stored : !Number.isNaN(stored)) {
      throw new Error(`bench: (${ids[i]}, ${ids[j]}) scores ${stored} in the cohort, ${alone.scores.aToB} alone`);
    }
  }
  const feasible = 2 * graph.m;

  const directional = size * (size - 1);
  console.log(
    `n=${size}: ${seconds.toFixed(3)} s wall (${cpuSeconds.toFixed(3)} s CPU) for ${directional.toLocaleString("en")} ` +
      `directional scores (${(directional / seconds / 1e6).toFixed(1)} M/s wall, ${(directional / cpuSeconds / 1e6).toFixed(1)} M/s CPU), ` +
      `feasible ${((100 * feasible) / directional).toFixed(1)}%, peak RSS ${peakRssMb().toFixed(0)} MB`,
  );
}
