/**
 * matchMentors at scale, and the LP path against the min-cost-flow path.
 *
 * 1. 200 mentors (capacity 1–5, seeded) × 1,000 mentees from `generateCohort`: each
 *    solver end to end, with validation + scoring, solving, and result building
 *    (explanations) reported apart (`stats.scoringMs`, `stats.solvingMs`). Median of the runs.
 * 2. `optimal` by LP and by flow on the same graphs of growing size: both results are
 *    checked to agree (cardinality and scaled total) before the times are reported.
 *
 * Run: `npm run bench:mentors` (or `npx tsx bench/match-mentors.ts [runs]`). On a shared
 * machine the figures are noisy; compare runs on the same machine only.
 */
import { generateCohort, matchMentors } from "../src/index.js";
import type { MentorOptions, Participant } from "../src/index.js";
import { scoreMentorPairs } from "../src/compatibility/two-sided.js";
import { readMentorInput } from "../src/programs/mentors/input.js";
import { mentorGroups } from "../src/programs/mentors/limits.js";
import { buildMentorGraph, solveMentorGraph } from "../src/programs/mentors/solvers.js";

const OPTIONS: MentorOptions = { availability: { referenceDate: "2026-03-02" } };
const runs = Number(process.argv[2] ?? 5);

function program(mentorCount: number, menteeCount: number): { mentors: Participant[]; mentees: Participant[] } {
  const people = generateCohort(mentorCount + menteeCount, { seed: `mentors-${mentorCount}x${menteeCount}` });
  // Capacities 1–5 from the id, so the instance is the same on every run.
  const mentors = people.slice(0, mentorCount).map((p, a) => ({ ...p, capacity: 1 + ((a * 7) % 5) }));
  return { mentors, mentees: people.slice(mentorCount) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const { mentors, mentees } = program(200, 1000);
console.log(
  `matchMentors, 200 mentors (${mentors.reduce((s, m) => s + (m.capacity ?? 1), 0)} places) × 1000 mentees, median of ${runs} runs:`,
);
const CASES: [string, MentorOptions][] = [
  ["stable", { solver: "stable" }],
  ["optimal", { solver: "optimal" }],
  ["fair", { solver: "fair" }],
  ["optimal+limit", { solver: "optimal", limits: [{ field: "organization", max: 1 }] }],
];
for (const [label, options] of CASES) {
  const total: number[] = [];
  const scoring: number[] = [];
  const solving: number[] = [];
  let summary = "";
  for (let k = 0; k < runs; k++) {
    const result = matchMentors(mentors, mentees, { ...OPTIONS, ...options });
    const accounted =
      result.assignments.reduce((s, a) => s + a.mentees.length, 0) +
      result.unmatched.filter((u) => u.side === "mentee").length;
    if (accounted !== mentees.length)
      throw new Error(`${label}: ${accounted} of ${mentees.length} mentees accounted for`);
    total.push(result.stats.timeMs ?? 0);
    scoring.push(result.stats.scoringMs ?? 0);
    solving.push(result.stats.solvingMs ?? 0);
    summary = `matched ${result.stats.matchedMentees}, total ${result.stats.totalScore}, min ${result.stats.minScore}, blocking ${result.stats.blockingPairs}, ${result.stats.algorithm}`;
  }
  const t = median(total);
  const sc = median(scoring);
  const so = median(solving);
  console.log(
    `  ${label.padEnd(14)} ${t.toFixed(0).padStart(6)} ms end to end = validation+scoring ${sc.toFixed(0)} + solving ${so.toFixed(0)} + result ${(t - sc - so).toFixed(0)} ms  (${summary})`,
  );
}

console.log("\noptimal, LP vs min-cost flow on the same graph (agreement checked first):");
for (const [m, n] of [
  [5, 25],
  [10, 50],
  [20, 100],
  [40, 200],
  [60, 300],
  [200, 1000],
] as const) {
  const instance = program(m, n);
  const input = readMentorInput(instance.mentors, instance.mentees, OPTIONS, "bench");
  const scored = scoreMentorPairs(input.cohort, input.mentors, input.mentees, "bench");
  const graph = buildMentorGraph(scored, input.capacity);
  const time = (path: "lp" | "flow", groups = [] as ReturnType<typeof mentorGroups>) => {
    const started = performance.now();
    const solution = solveMentorGraph(scored, graph, {
      solver: "optimal",
      stableSide: "mentees",
      pins: [],
      groups,
      path,
    });
    return { ms: performance.now() - started, solution };
  };
  const flow = time("flow");
  const measure = (assignment: Int32Array) => {
    let count = 0;
    let total = 0;
    assignment.forEach((a, b) => {
      if (a < 0) return;
      count++;
      total += Math.round(scored.weight[a * input.mentees.length + b]! * 1e6);
    });
    return `${count}/${total}`;
  };
  let lpText = "skipped (too slow)";
  if (m * n <= 20_000) {
    const lp = time("lp");
    if (measure(lp.solution.assignment) !== measure(flow.solution.assignment))
      throw new Error(`LP and flow disagree at ${m}×${n}`);
    const groups = mentorGroups(input.cohort, input.mentors, input.mentees, [{ field: "organization", max: 1 }]);
    const limited = time("lp", groups);
    lpText = `LP ${lp.ms.toFixed(1)} ms, LP with an organisation limit ${limited.ms.toFixed(1)} ms`;
  }
  console.log(
    `  ${String(m).padStart(3)} × ${String(n).padEnd(5)} ${String(graph.graph.edgeHospital.length).padStart(7)} edges: flow ${flow.ms.toFixed(1)} ms, ${lpText}`,
  );
}
