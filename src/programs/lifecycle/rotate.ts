/**
 * `rotate`: a schedule of rounds for rotating programmes and peer circles, in which
 * nobody meets the same person twice (nor a past partner) while another compatible
 * partner remains. Each round is the program's solver on the pairs not yet used. When
 * that greedy choice gets stuck on a complete cohort of even size (a round that is not
 * perfect although n − 1 rounds of everyone-meets-everyone exist), the schedule falls
 * back to the round-robin circle method, which always completes.
 *
 * References: the circle method for round-robin tournaments (Kirkman 1847; a
 * 1-factorisation of K_n for even n).
 */
import type { Compatibility } from "../../compatibility/compatibility.js";
import type { PairExplanation } from "../../compatibility/explanation.js";
import { withoutEdges } from "../../compatibility/scored-graph.js";
import { MatchInputError } from "../../errors/match-input-error.js";
import type { MatchOptions } from "../../model/index.js";
import { blockingPairsOf } from "../peers/blocking-pairs.js";
import { buildMatchResult } from "../peers/build-result.js";
import type { Grouping } from "../peers/groups.js";
import type { MatchResult } from "../peers/match-result.js";
import { solvePeers } from "../peers/match-peers.js";
import { buildPeerCompatibility } from "../peers/peer-compatibility.js";
import { seededOrder } from "../shared/seeded-order.js";

/** Options of {@link rotate}: the match options plus the number of rounds. */
export interface RotateOptions extends MatchOptions {
  /** Number of rounds to schedule: a positive integer, at most the number of participants. */
  readonly rounds: number;
}

/** The result of {@link rotate}. */
export interface RotationSchedule {
  /** One full `MatchResult` per round. */
  rounds: MatchResult[];
  /**
   * `"per-round"`: each round solved on the unused pairs. `"round-robin"`: the circle
   * method, used when the per-round choice could not complete a complete even cohort.
   */
  method: "per-round" | "round-robin";
}

const ALREADY_MET = "already met in an earlier round";

/**
 * Schedules `rounds` rounds in which no pair repeats.
 *
 * @example
 * ```ts
 * const schedule = rotate(generateCohort(12, { seed: "circle" }), { rounds: 3 });
 * schedule.rounds.forEach((round, k) => console.log(`round ${k + 1}:`, round.pairs.map((p) => p.members.join("&"))));
 * ```
 */
export function rotate(participants: unknown[], options: RotateOptions): RotationSchedule {
  const { rounds, ...matchOptions } = options ?? ({} as RotateOptions);
  if (!Number.isInteger(rounds) || rounds < 1) {
    throw new MatchInputError([
      {
        code: "invalid_value",
        path: ["options", "rounds"],
        message: `rotate: rounds must be a positive integer, got ${String(rounds)}`,
      },
    ]);
  }
  const compatibility = buildPeerCompatibility(participants, matchOptions, "rotate", rounds);
  if (rounds > Math.max(1, compatibility.n)) {
    throw new MatchInputError([
      {
        code: "out_of_range",
        path: ["options", "rounds"],
        message: `rotate: ${rounds} rounds for ${compatibility.n} participants; after ${Math.max(1, compatibility.n)} rounds nobody could meet anyone new`,
      },
    ]);
  }
  const perRound = scheduleRoundByRound(compatibility, rounds);
  if (perRound.stuck && canRoundRobin(compatibility, rounds)) {
    return { rounds: scheduleRoundRobin(compatibility, rounds), method: "round-robin" };
  }
  return { rounds: perRound.rounds, method: "per-round" };
}

/** The pairs already met, as keys i·n + j with i < j. */
type Met = Set<number>;

function pairKey(n: number, i: number, j: number): number {
  return i < j ? i * n + j : j * n + i;
}

/** A view of a scored cohort in which the pairs already met are infeasible. */
function withoutMet(compatibility: Compatibility, met: Met): Compatibility {
  const { n, graph } = compatibility;
  if (met.size === 0) return compatibility;
  const isMet = (i: number, j: number): boolean => met.has(pairKey(n, i, j));
  return {
    ...compatibility,
    graph: withoutEdges(graph, (e) => isMet(graph.from[e]!, graph.to[e]!)),
    score: (i, j) => (isMet(i, j) ? Number.NaN : compatibility.score(i, j)),
    pairWeight: (i, j) => (isMet(i, j) ? Number.NaN : compatibility.pairWeight(i, j)),
    vetoCensus: (i, others) => {
      // Pairs already met were feasible, so meeting before is their only veto.
      const rest: number[] = [];
      let met = 0;
      let first = -1;
      for (const j of others) {
        if (j === i || !isMet(i, j)) rest.push(j);
        else if (met++ === 0) first = j;
      }
      const census = compatibility.vetoCensus(i, rest);
      return met === 0 ? census : [...census, { feature: "rotation", count: met, first }];
    },
    explain: (i, j): PairExplanation => {
      const explanation = compatibility.explain(i, j);
      if (!isMet(i, j)) return explanation;
      return {
        ...explanation,
        feasible: false,
        vetoes: [...explanation.vetoes, { feature: "rotation", reason: ALREADY_MET }],
      };
    },
  };
}

function recordMeetings(met: Met, n: number, groups: readonly (readonly number[])[]): void {
  for (const group of groups) {
    for (const i of group) for (const j of group) if (i < j) met.add(pairKey(n, i, j));
  }
}

function scheduleRoundByRound(compatibility: Compatibility, rounds: number): { rounds: MatchResult[]; stuck: boolean } {
  const { n } = compatibility;
  const met: Met = new Set();
  const results: MatchResult[] = [];
  let stuck = false;
  for (let round = 0; round < rounds; round++) {
    const view = withoutMet(compatibility, met);
    const started = performance.now();
    const solution = solvePeers(view);
    if (solution.grouping.groups.some((group) => group.length > 2) || solution.grouping.unmatched.length > 0)
      stuck = true;
    results.push(buildMatchResult({ compatibility: view, ...solution, timeMs: performance.now() - started }));
    recordMeetings(met, n, solution.grouping.groups);
  }
  return { rounds: results, stuck };
}

/** Every pair feasible, an even count, and no more rounds than a round robin has. */
function canRoundRobin(compatibility: Compatibility, rounds: number): boolean {
  const { n, graph } = compatibility;
  if (n < 2 || n % 2 === 1 || rounds > n - 1) return false;
  return graph.complete && graph.m === (n * (n - 1)) / 2;
}

/**
 * The circle method on participants in seeded order: seat n − 1 stays, the others
 * rotate; in round r, seat n − 1 meets seat r, and seats r + k and r − k (mod n − 1) meet.
 */
function scheduleRoundRobin(compatibility: Compatibility, rounds: number): MatchResult[] {
  const { n } = compatibility;
  const { order } = seededOrder(compatibility.ids, compatibility.options.seed);
  const seat = (s: number): number => order[s]!;
  const met: Met = new Set();
  const results: MatchResult[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    const groups: number[][] = [[seat(n - 1), seat(round)]];
    for (let k = 1; k < n / 2; k++) groups.push([seat((round + k) % (n - 1)), seat((round - k + n - 1) % (n - 1))]);
    for (const group of groups) group.sort((a, b) => a - b);
    groups.sort((a, b) => a[0]! - b[0]!);
    const view = withoutMet(compatibility, met);
    const grouping: Grouping = { groups, unmatched: [], trioGain: 0 };
    results.push(
      buildMatchResult({
        compatibility: view,
        grouping,
        blockingPairs: blockingPairsOf(view, groups).pairs,
        stable: null,
        upperBound: null,
        maxCardinalityProven: true,
        timeMs: performance.now() - started,
      }),
    );
    recordMeetings(met, n, groups);
  }
  return results;
}
