/**
 * `recommend`: shortlists for self-matching platforms. Every person gets up to `k`
 * suggested partners (feasible, never herself) so that nobody appears in more than
 * `maxExposure` shortlists; among all such shortlists, the most entries in total first,
 * then the largest total pair weight. That is a degree-constrained subgraph of the
 * directed "i suggests j" graph (out-degree ≤ k, in-degree ≤ maxExposure), solved
 * exactly by `maxWeightDegreeSubgraph` (the min-cost-flow b-matching) on integer
 * weights. Pinned partners and mutual wishes are fixed first (`shortlist-entries.ts`)
 * and count against both limits. Large cohorts run on the candidate graph of
 * `matchPeers` (above the same threshold, or with `topK`): then only candidate pairs
 * are considered, and `stats.exact` says so.
 *
 * `recommendFor`: one person's partners ranked by pair weight, with no exposure limit;
 * it scores her row only (O(n) pair scores), never the whole cohort.
 *
 * Complexity (recommend): scoring as `matchPeers`; then the flow on Σ min(k, degree)
 * slot copies (see `max-weight-degree-subgraph.ts`); O(n·k) explanations.
 * References: Schrijver 2003, Combinatorial Optimization, §21.
 */
import { maxWeightDegreeSubgraph } from "../../algorithms/b-matching/max-weight-degree-subgraph.js";
import type { Compatibility } from "../../compatibility/compatibility.js";
import { compatibilityOn, scoringState } from "../../compatibility/compatibility.js";
import { EdgeBuffer } from "../../compatibility/scored-graph.js";
import { describeValue } from "../../errors/describe-value.js";
import { IssueList } from "../../errors/issues.js";
import { MatchInputError } from "../../errors/match-input-error.js";
import type { MatchInputIssue } from "../../errors/match-input-error.js";
import type { MatchOptions, ParticipantInput } from "../../model/index.js";
import { normaliseCohort } from "../../model/normalise-cohort.js";
import type { ShortlistLimits } from "../../model/recommend-options-schema.js";
import { splitRecommendOptions } from "../../model/recommend-options-schema.js";
import { IdIndex } from "../../model/referenced-ids.js";
import { resultMeta } from "../shared/meta.js";
import { resultWarnings, roundScore } from "../shared/result-helpers.js";
import type { SeededOrder } from "../shared/seeded-order.js";
import { seededOrder } from "../shared/seeded-order.js";
import { WEIGHT_SCALE } from "../shared/weight-scale.js";
import { buildPeerCompatibility } from "./peer-compatibility.js";
import { buildPeerGraph } from "./peer-graph.js";
import { resolvePeerPins } from "./pins.js";
import type {
  RecommendForResult,
  RecommendResult,
  RecommendStats,
  Shortlist,
  SuggestionSource,
} from "./recommend-result.js";
import { describeSuggestion, fixedEntries } from "./shortlist-entries.js";

/**
 * Options of {@link recommend} and {@link recommendFor}: the scoring options of
 * `matchPeers` (weights, feature options, `pins`, `wishes`, `topK`, `seed`, …; not
 * `solver`, `oddHandling` or `strictStable`, which choose a matching), plus:
 * - `k`: suggestions per person, 1–100 (default 5);
 * - `maxExposure`: most shortlists one person may appear in, 1–100 (default `k`);
 *   `recommend` only (`recommendFor` has no exposure limit and refuses it).
 *
 * @example
 * ```ts
 * const options: RecommendOptions = { k: 3, maxExposure: 4, weights: { goals: 2 } };
 * ```
 */
export type RecommendOptions = Omit<MatchOptions, "solver" | "oddHandling" | "strictStable"> & ShortlistLimits;

/** Validates participants and options together (every issue in one error) and scores the cohort. */
function setup(
  options: unknown,
  caller: string,
  score: (matchOptions: unknown) => Compatibility,
): { compatibility: Compatibility; k: number; maxExposure: number } {
  const { limits, matchOptions, issues } = splitRecommendOptions(options, caller);
  let compatibility: Compatibility;
  try {
    compatibility = score(matchOptions);
  } catch (error) {
    if (error instanceof MatchInputError) throw new MatchInputError([...error.issues, ...issues]);
    throw error;
  }
  if (issues.length > 0) throw new MatchInputError(issues);
  return { compatibility, ...limits };
}

/**
 * Shortlists for self-matching: up to `k` suggested partners per person, nobody in more
 * than `maxExposure` shortlists, the most suggestions in total and then the largest
 * total score. Pinned partners and mutual wishes head the lists and count against both
 * limits. See docs/self-matching.md.
 *
 * @param participants - questionnaire answers, validated against `ParticipantSchema`
 * @param options - `k` (default 5), `maxExposure` (default `k`) and the scoring options of `matchPeers`
 * @returns plain JSON: one shortlist per participant (id order), stats, warnings, meta
 * @throws {@link MatchInputError} for bad input, or pins that give someone more partners than min(k, maxExposure)
 * @example
 * ```ts
 * const result = recommend(generateCohort(30, { seed: "demo" }), { k: 3 });
 * for (const list of result.shortlists) console.log(list.id, list.suggestions.map((s) => s.id).join(", "));
 * ```
 */
export function recommend(participants: readonly ParticipantInput[], options?: RecommendOptions): RecommendResult {
  const started = performance.now();
  const caller = "recommend";
  const { compatibility, k, maxExposure } = setup(options, caller, (matchOptions) =>
    buildPeerCompatibility(participants, matchOptions, caller),
  );
  const { n, ids, graph } = compatibility;
  const pins = resolvePeerPins(compatibility, caller);
  const seeded = seededOrder(ids, compatibility.options.seed);
  const issues = new IssueList(caller);
  const fixed = fixedEntries(compatibility, pins, seeded, Math.min(k, maxExposure), issues);
  issues.throwIfAny();

  const chosen = optimiseShortlists(compatibility, seeded, fixed.partners, k, maxExposure);
  const shownTo = new Int32Array(n);
  const lists: Shortlist[] = [];
  let entries = 0;
  let total = 0;
  let full = 0;
  for (let i = 0; i < n; i++) {
    const order: { j: number; source: SuggestionSource }[] = fixed.partners[i]!.map((j, x) => ({
      j,
      source: fixed.source[i]![x]!,
    }));
    const rest = chosen.partners[i]!.sort(
      (a, b) =>
        compatibility.pairWeight(i, b) - compatibility.pairWeight(i, a) || seeded.position[a]! - seeded.position[b]!,
    );
    for (const j of rest) order.push({ j, source: "match" });
    const suggestions = order.map(({ j, source }) => describeSuggestion(compatibility, i, j, source));
    for (const { j } of order) {
      shownTo[j] = shownTo[j]! + 1;
      total += compatibility.pairWeight(i, j);
    }
    entries += order.length;
    if (order.length === k) full++;
    lists.push({ id: ids[i]!, suggestions, shownTo: 0 });
  }
  let neverShown = 0;
  for (let i = 0; i < n; i++) {
    lists[i]!.shownTo = shownTo[i]!;
    if (shownTo[i] === 0) neverShown++;
  }
  const stats: RecommendStats = {
    participants: n,
    k,
    maxExposure,
    entries,
    totalScore: roundScore(total),
    meanScore: roundScore(entries === 0 ? 0 : total / entries),
    fullShortlists: full,
    neverShown,
    pinned: fixed.pinned,
    mutualWishes: fixed.mutualWishes,
    graph: graph.kind,
    candidatesPerPerson: graph.candidatesPerPerson,
    edges: graph.m,
    exact: graph.complete,
    scoreStep: chosen.scoreStep,
  };
  Object.defineProperty(stats, "timeMs", { value: performance.now() - started, enumerable: false });
  return {
    shortlists: lists,
    stats,
    warnings: resultWarnings(compatibility.cohort.warnings),
    meta: resultMeta(compatibility.options),
  };
}

const MAX_EXACT = 2 ** 53;

/**
 * The optimised entries of every list (participant indices), besides the fixed ones:
 * the directed graph of the scored pairs not fixed, both ways, vertices in seeded order
 * (so ties follow the seed, never the input order), weights the integers matchPeers
 * solves with, capacities what the fixed entries leave.
 */
function optimiseShortlists(
  compatibility: Compatibility,
  seeded: SeededOrder,
  fixed: readonly (readonly number[])[],
  k: number,
  maxExposure: number,
): { partners: number[][]; scoreStep: number } {
  const { n } = compatibility;
  const peer = buildPeerGraph(compatibility, seeded);
  const outCapacity = new Int32Array(n);
  const inCapacity = new Int32Array(n);
  for (let p = 0; p < n; p++) {
    const i = seeded.order[p]!;
    outCapacity[p] = k - fixed[i]!.length;
    inCapacity[p] = maxExposure - fixed[i]!.length;
  }
  const isFixed = (a: number, b: number): boolean => fixed[seeded.order[a]!]!.includes(seeded.order[b]!);
  const tails: number[] = [];
  const heads: number[] = [];
  const weights: number[] = [];
  for (let e = 0; e < peer.m; e++) {
    const a = peer.from[e]!;
    const b = peer.to[e]!;
    if (isFixed(a, b)) continue;
    tails.push(a, b);
    heads.push(b, a);
    weights.push(peer.weight[e]!, peer.weight[e]!);
  }
  // The flow's exact-integer check: coarsen the weights by powers of ten until the
  // lifted path lengths of the largest possible subgraph fit in 2^53.
  let size = 0;
  for (let p = 0; p < n; p++) size += Math.max(0, Math.min(outCapacity[p]!, n - 1));
  let step = 1;
  const fits = (s: number): boolean => {
    const top = Math.ceil(WEIGHT_SCALE / s);
    return (2 * size + 1) * (2 * size * top + 1 + top) * 2 < MAX_EXACT;
  };
  while (!fits(step) && step < WEIGHT_SCALE) step *= 10;
  const solved = maxWeightDegreeSubgraph(
    {
      outCapacity,
      inCapacity,
      edgeTail: Int32Array.from(tails),
      edgeHead: Int32Array.from(heads),
      edgeWeight: Float64Array.from(weights),
    },
    { scale: 1 / step },
  );
  const partners: number[][] = Array.from({ length: n }, () => []);
  for (let e = 0; e < tails.length; e++) {
    if (solved.chosen[e] === 1) partners[seeded.order[tails[e]!]!]!.push(seeded.order[heads[e]!]!);
  }
  return { partners, scoreStep: step / WEIGHT_SCALE };
}

/**
 * One person's partners ranked by pair weight, best first (ties: the seeded order), up
 * to `k`: pinned partners and mutual wishes first. No exposure limit applies (a
 * popular person is on as many of these lists as fit her), so it is a search, not a
 * fair share; use {@link recommend} for shortlists that spread attention. Scores only
 * her row: O(n) pair scores after validating the cohort.
 *
 * @param participants - the whole cohort, validated against `ParticipantSchema`
 * @param id - the person to recommend partners to
 * @param options - `k` (default 5) and the scoring options of `matchPeers`; not `maxExposure`
 * @throws {@link MatchInputError} for bad input or an `id` outside the cohort (`unknown_id`, with a did-you-mean)
 * @example
 * ```ts
 * const { suggestions } = recommendFor(generateCohort(500), "p001", { k: 10 });
 * for (const s of suggestions) console.log(s.id, s.score, s.reasons[0]);
 * ```
 */
export function recommendFor(
  participants: readonly ParticipantInput[],
  id: string,
  options?: Omit<RecommendOptions, "maxExposure">,
): RecommendForResult {
  const caller = "recommendFor";
  const extra: MatchInputIssue[] = [];
  if (options !== null && typeof options === "object" && Object.hasOwn(options, "maxExposure")) {
    extra.push({
      code: "unrecognized_key",
      path: ["options", "maxExposure"],
      message: `${caller}: options.maxExposure does not apply to one person's list (use recommend for shortlists with an exposure limit)`,
    });
  }
  const { compatibility, k } = setup(options, caller, (matchOptions) => {
    const cohort = normaliseCohort(participants, matchOptions, caller);
    // An empty, incomplete graph: every pair is scored on demand, her row only.
    const empty = new EdgeBuffer().finish(cohort.n, "candidates", false, new Float64Array(cohort.n).fill(Infinity), 0);
    return compatibilityOn(scoringState(cohort, caller), empty);
  });
  if (extra.length > 0) throw new MatchInputError(extra);
  const { n, ids } = compatibility;
  if (typeof id !== "string") {
    throw new MatchInputError([
      { code: "invalid_type", path: ["id"], message: `${caller}: id must be a string, got ${describeValue(id)}` },
    ]);
  }
  const index = new IdIndex(ids);
  const found = index.match(id);
  if (found.kind !== "exact") {
    const hint =
      found.kind === "near"
        ? ` (did you mean ${found.candidates.map((c) => JSON.stringify(c)).join(" or ")}?)`
        : suggestionOf(index.suggest(id));
    throw new MatchInputError([
      { code: "unknown_id", path: ["id"], message: `${caller}: ${JSON.stringify(id)} is not in the cohort${hint}` },
    ]);
  }
  const i = found.index;
  const pins = resolvePeerPins(compatibility, caller);
  const seeded = seededOrder(ids, compatibility.options.seed);
  const issues = new IssueList(caller);
  const fixed = fixedEntries(compatibility, pins, seeded, k, issues);
  issues.throwIfAny();
  const head = fixed.partners[i]!.map((j, x) => ({ j, source: fixed.source[i]![x]! }));
  const weight = new Float64Array(n).fill(Number.NaN);
  const ranked: number[] = [];
  for (let j = 0; j < n; j++) {
    if (j === i) continue;
    weight[j] = compatibility.pairWeight(i, j);
    if (!Number.isNaN(weight[j]!)) ranked.push(j);
  }
  const feasiblePartners = ranked.length;
  ranked.sort((a, b) => weight[b]! - weight[a]! || seeded.position[a]! - seeded.position[b]!);
  const taken = new Set(head.map(({ j }) => j));
  for (const j of ranked) {
    if (head.length >= k) break;
    if (!taken.has(j)) head.push({ j, source: "match" });
  }
  return {
    id: ids[i]!,
    suggestions: head.map(({ j, source }) => describeSuggestion(compatibility, i, j, source)),
    stats: { participants: n, k, feasiblePartners },
    warnings: resultWarnings(compatibility.cohort.warnings),
    meta: resultMeta(compatibility.options),
  };
}

function suggestionOf(closest: string | undefined): string {
  return closest === undefined ? "" : ` (did you mean ${JSON.stringify(closest)}?)`;
}
