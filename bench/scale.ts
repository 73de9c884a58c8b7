/**
 * Scale and adversarial-shape cases for the programmes, one case per process so that the
 * peak memory of a case is its own (`bench/scale.sh` runs each under `/usr/bin/time -v`).
 * Every case checks the basic promise of its result (everyone accounted for) before its
 * time counts, and prints one line: case, seconds, and what the result says.
 *
 * Run one case: `npx tsx bench/scale.ts <case> [size]`; all of them: `npm run bench:scale`.
 *
 * Cases:
 * - `peers <n> [topK]`: `matchPeers` on `generateCohort(n)`, default options.
 * - `normal <n> [trio|unmatched]`: a generated cohort of n, the baseline of the shapes below.
 * - `odd-one-out <n>`: disjoint compatible pairs plus one triangle (`oddHandling: "unmatched"`).
 * - `trios <n>`: isolated triangles plus a star (centre compatible with every leaf).
 * - `unmatched-details <n>`: `minScore: 0.99`, so nobody has a feasible partner.
 * - `long-seed <n> <chars>`: a seed of the given length.
 * - `fair <n>` / `optimal <n>`: the two solvers on the same cohort.
 * - `mentors <M> <N>`: `matchMentors`, M mentors (capacity 1–5) × N mentees.
 * - `rotate <n> <rounds>`: `rotate`.
 * - `rematch <n>`: dissolve 10 pairs of an n-person programme (default keep policy, "fewest-broken").
 */
import type { MatchOptions, MatchResult, Participant } from "peermatch";
import { compatibilityGraph, generateCohort, matchMentors, matchPeers, rematch, rotate } from "peermatch";

const REFERENCE = { availability: { referenceDate: "2026-03-02" } };

function accounted(result: MatchResult, n: number): void {
  const seen = result.pairs.reduce((sum, pair) => sum + pair.members.length, 0) + result.unmatched.length;
  if (seen !== n) throw new Error(`${seen} of ${n} participants accounted for`);
}

function timed<T>(run: () => T): { value: T; seconds: number } {
  const started = performance.now();
  const value = run();
  return { value, seconds: (performance.now() - started) / 1000 };
}

function peerLine(label: string, n: number, options: MatchOptions, people: Participant[]): void {
  const { value, seconds } = timed(() => matchPeers(people, { ...REFERENCE, ...options }));
  accounted(value, n);
  const stats = value.stats as unknown as Record<string, unknown>;
  const extra = ["graph", "edges", "candidatesPerPerson", "upperBound", "optimalityGap", "maxCardinalityProven"]
    .filter((key) => stats[key] !== undefined)
    .map((key) => `${key} ${String(stats[key])}`)
    .join(", ");
  console.log(
    `${label}: ${seconds.toFixed(2)} s; matched ${value.stats.matched}/${n}, total ${value.stats.totalScore}, ` +
      `min ${value.stats.minScore}, unmatched ${value.unmatched.length}, blocking ${value.stats.blockingPairs}` +
      (extra ? `, ${extra}` : ""),
  );
}

/**
 * Pairs for the rematch case without matching all n people first: people are paired
 * greedily by weight within blocks of 100 consecutive ids, so every pair is feasible, as
 * a real programme's pairs are (rematch frees the people of stored pairs that are no
 * longer feasible, which would turn the case into a new match).
 */
function blockwisePairs(people: Participant[]): { members: [string, string]; score: number }[] {
  const sorted = [...people].sort((a, b) => (a.id < b.id ? -1 : 1));
  const pairs: { members: [string, string]; score: number }[] = [];
  for (let start = 0; start < sorted.length; start += 100) {
    const graph = compatibilityGraph(sorted.slice(start, start + 100), REFERENCE);
    const taken = new Set<number>();
    for (const [i, j, weight] of [...graph.edges].sort((x, y) => y[2] - x[2])) {
      if (taken.has(i) || taken.has(j)) continue;
      taken.add(i).add(j);
      pairs.push({ members: [graph.ids[i]!, graph.ids[j]!], score: weight });
    }
  }
  return pairs;
}

/** Person k speaks only the given languages (and nothing else constrains them). */
function speaker(k: number, languages: string[]): Participant {
  return { id: `q${String(k).padStart(6, "0")}`, languages, goals: ["leadership"] };
}

/** Disjoint compatible pairs plus one triangle: n = 2·pairs + 3. */
function oddOneOutShape(n: number): Participant[] {
  const people: Participant[] = [];
  const pairs = (n - 3) / 2;
  for (let p = 0; p < pairs; p++) people.push(speaker(2 * p, [`l${p}`]), speaker(2 * p + 1, [`l${p}`]));
  for (let t = 0; t < 3; t++) people.push(speaker(2 * pairs + t, ["triangle"]));
  return people;
}

/** Isolated triangles (3 per language) plus a star whose centre speaks every leaf's language: n = 3·t + s. */
function trioShape(n: number): Participant[] {
  const triangles = Math.floor((n - 1) / 4);
  const star = n - 3 * triangles;
  const people: Participant[] = [];
  for (let t = 0; t < triangles; t++) for (let k = 0; k < 3; k++) people.push(speaker(3 * t + k, [`t${t}`]));
  const leaves = star - 1;
  people.push(
    speaker(
      3 * triangles,
      Array.from({ length: leaves }, (_, l) => `s${l}`),
    ),
  );
  for (let l = 0; l < leaves; l++) people.push(speaker(3 * triangles + 1 + l, [`s${l}`]));
  return people;
}

const [name, first, second] = process.argv.slice(2);
const n = Number(first ?? 2000);

switch (name) {
  case "peers": {
    const topK = second === undefined ? undefined : Number(second);
    peerLine(
      `matchPeers n=${n}${topK ? ` topK=${topK}` : ""}`,
      n,
      topK ? { topK } : {},
      generateCohort(n, { seed: `scale-${n}` }),
    );
    break;
  }
  case "normal": {
    const oddHandling = second === "unmatched" ? "unmatched" : "trio";
    peerLine(`normal n=${n} (${oddHandling})`, n, { oddHandling }, generateCohort(n, { seed: `scale-${n}` }));
    break;
  }
  case "odd-one-out":
    peerLine(`odd-one-out n=${n}`, n, { oddHandling: "unmatched" }, oddOneOutShape(n));
    break;
  case "trios":
    peerLine(`trios n=${n}`, n, {}, trioShape(n));
    break;
  case "unmatched-details":
    peerLine(`unmatched-details n=${n}`, n, { minScore: 0.99 }, generateCohort(n, { seed: `scale-${n}` }));
    break;
  case "long-seed": {
    const length = Number(second ?? 10_000_000);
    const seed = "s".repeat(length);
    try {
      peerLine(`long-seed n=${n} seed=${length} chars`, n, { seed }, generateCohort(n, { seed: `scale-${n}` }));
    } catch (error) {
      const code = (error as { issues?: { code: string; message: string }[] }).issues?.[0];
      if (code === undefined) throw error;
      console.log(`long-seed n=${n} seed=${length} chars: rejected, ${code.code}: ${code.message}`);
    }
    break;
  }
  case "fair":
  case "optimal":
    peerLine(`${name} n=${n}`, n, { solver: name }, generateCohort(n, { seed: `scale-${n}` }));
    break;
  case "mentors": {
    const menteeCount = Number(second ?? 20_000);
    const people = generateCohort(n + menteeCount, { seed: `mentors-${n}x${menteeCount}` });
    const mentors = people.slice(0, n).map((p, a) => ({ ...p, capacity: 1 + ((a * 7) % 5) }));
    const mentees = people.slice(n);
    const { value, seconds } = timed(() => matchMentors(mentors, mentees, REFERENCE));
    const placed = value.assignments.reduce((sum, a) => sum + a.mentees.length, 0);
    if (placed + value.unmatched.filter((u) => u.side === "mentee").length !== menteeCount)
      throw new Error("mentees not accounted for");
    const stats = value.stats as unknown as Record<string, unknown>;
    console.log(
      `matchMentors ${n} x ${menteeCount}: ${seconds.toFixed(2)} s; matched ${value.stats.matchedMentees}, total ${value.stats.totalScore}, ` +
        `${value.stats.algorithm}${stats.graph ? `, graph ${String(stats.graph)}, edges ${String(stats.edges)}, gap ${String(stats.optimalityGap)}` : ""}`,
    );
    break;
  }
  case "rotate": {
    const rounds = Number(second ?? 10);
    const people = generateCohort(n, { seed: `scale-${n}` });
    const { value, seconds } = timed(() => rotate(people, { ...REFERENCE, rounds }));
    for (const round of value.rounds) accounted(round, n);
    console.log(
      `rotate n=${n} rounds=${rounds}: ${seconds.toFixed(2)} s; method ${value.method}, matched per round ` +
        value.rounds.map((round) => round.stats.matched).join("/"),
    );
    break;
  }
  case "rematch": {
    // The programme: the people a blockwise pairing matched (everyone in a feasible pair,
    // nobody left out), so the change frees exactly the 20 people of the dissolved pairs.
    const cohort = generateCohort(n, { seed: `scale-${n}` });
    const pairs = blockwisePairs(cohort);
    const paired = new Set(pairs.flatMap((pair) => pair.members));
    const people = cohort.filter((p) => paired.has(p.id));
    const previous = {
      pairs,
      unmatched: [],
      blockingPairs: [],
      stats: {},
      meta: { seed: "peermatch", referenceDate: "2026-03-02", version: "0" },
    } as unknown as MatchResult;
    const dissolve = pairs.slice(0, 10).map((pair) => [pair.members[0], pair.members[1]] as const);
    const { value, seconds } = timed(() => rematch(previous, { dissolve }, people, REFERENCE));
    accounted(value, people.length);
    console.log(
      `rematch n=${people.length}, 10 dissolved: ${seconds.toFixed(2)} s; formed ${value.diff.formed.length}, churn ${value.churn}`,
    );
    break;
  }
  default:
    throw new Error(`unknown case ${String(name)}`);
}
