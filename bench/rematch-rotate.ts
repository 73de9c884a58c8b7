/**
 * Re-matching and rotation at programme scale:
 * - dissolving 10 pairs in a matched 20,000-person cohort, with keep "all" (only the 20
 *   freed people are solved) and with the default keep "fewest-broken" (the freed people
 *   are scored against everyone, 20 × 20,000 pairs, never the 2·10^8 pairs of the cohort);
 * - 10 monthly rotation rounds for 1,000 people (each round scored on its own date).
 * The 20,000-person previous result is matched in blocks of 1,000 (a dense solve of the
 * whole cohort does not fit in memory), which is a valid matched cohort to re-match.
 * Each result is checked for its basic promise before it counts.
 * Run: `npm run bench:rematch` (a plain script: under vitest bench the module transform
 * slows the scoring kernel several times over).
 */
import { loadavg } from "node:os";
import { generateCohort, matchPeers, rematch, rotate } from "peermatch";
import type { MatchResult, RematchOptions } from "peermatch";

const OPTIONS = { availability: { referenceDate: "2026-03-02" } };
const RUNS = 3;
const SIZE = Number(process.env.REMATCH_SIZE ?? 20_000);
const BLOCK = 1_000;

/**
 * Median wall-clock and CPU seconds of RUNS runs. On a shared machine the CPU time
 * (user + system of this process) is the steadier figure; both are printed.
 */
function median(run: () => void): string {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const started = performance.now();
    const usage = process.cpuUsage();
    run();
    const used = process.cpuUsage(usage);
    wall.push((performance.now() - started) / 1000);
    cpu.push((used.user + used.system) / 1e6);
  }
  const mid = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? Number.NaN;
  return `${mid(wall).toFixed(2)} s wall, ${mid(cpu).toFixed(2)} s CPU (median of ${RUNS})`;
}

/** A matched cohort: blocks of BLOCK people matched on their own, as one stored result. */
function matchedInBlocks(cohort: readonly unknown[]): MatchResult {
  const blocks: MatchResult[] = [];
  for (let k = 0; k < cohort.length; k += BLOCK) blocks.push(matchPeers(cohort.slice(k, k + BLOCK), OPTIONS));
  const first = blocks[0]!;
  return {
    ...first,
    pairs: blocks.flatMap((block) => block.pairs),
    unmatched: blocks.flatMap((block) => block.unmatched),
    blockingPairs: [],
    history: { dissolved: [], formed: blocks.flatMap((block) => block.history.formed) },
  };
}

const setupStarted = performance.now();
const cohort = generateCohort(SIZE, { seed: "bench-rematch" });
const previous = matchedInBlocks(cohort);
console.log(
  `setup: ${SIZE.toLocaleString("en")} people matched in blocks of ${BLOCK.toLocaleString("en")}, ${previous.pairs.length.toLocaleString("en")} groups (${((performance.now() - setupStarted) / 1000).toFixed(0)} s)`,
);
const dissolve = previous.pairs
  .filter((pair) => pair.members.length === 2)
  .slice(0, 10)
  .map((pair) => [pair.members[0]!, pair.members[1]!] as const);

for (const keep of ["all", "fewest-broken"] as const) {
  const options: RematchOptions = { keep };
  const check = rematch(previous, { dissolve }, cohort, options);
  if (check.diff.invalidated.length !== 0 || check.stats.participants !== SIZE)
    throw new Error(`rematch (${keep}): unexpected result`);
  if (keep === "all" && (check.diff.dissolved.length !== 10 || check.churn !== 0))
    throw new Error("rematch (all): expected exactly the 10 dissolved groups to change");
  const freed = new Set(dissolve.flat());
  const leftAlone = check.unmatched.filter((u) => freed.has(u.id)).length;
  const time = median(() => rematch(previous, { dissolve }, cohort, options));
  console.log(
    `rematch, ${SIZE.toLocaleString("en")} participants, 10 dissolved pairs (keep: ${keep}): ${time}; ` +
      `${20 - leftAlone} of the 20 freed people re-matched, ${check.churn} other people moved, ${check.unmatched.length} unmatched in all`,
  );
}

const circle = generateCohort(1000, { seed: "bench-rotate" });
const calendar = { ...OPTIONS, rounds: 10, startDate: "2026-01-15", cadence: "monthly" as const };
const schedule = rotate(circle, calendar);
if (schedule.rounds.length !== 10 || schedule.rounds[9]?.date !== "2026-10-15")
  throw new Error("rotate: expected 10 monthly rounds");
console.log(`rotate, 1,000 participants, 10 monthly rounds: ${median(() => rotate(circle, calendar))}`);
console.log(
  `load average (1, 5, 15 min): ${loadavg()
    .map((x) => x.toFixed(1))
    .join(", ")}`,
);
