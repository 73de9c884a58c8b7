/**
 * The candidate scan: each person's k best partners by pair weight (ties: the seeded
 * order), exactly, without scoring every pair with the kernel and in O(n·k) memory.
 *
 * People are sorted so that similar profiles sit together (time zone, then goals) and
 * cut into tiles of 32, one bit per person in a word. Tile pairs are visited by
 * distance from the diagonal, so everyone's list fills early with good partners. For
 * each person and tile:
 * 1. blocking on hard constraints, 32 people at a time: inverted indexes (one bitmap
 *    over the scan positions per hour of the week and per language) give the people
 *    of the tile who share an hour with her (needed for the weekly overlap when both
 *    gave availability) and a language (when a shared language is required); a tile
 *    pair whose hours never meet is skipped whole;
 * 2. once the two lists are full (or `minScore` is set), a pair is skipped when the
 *    bound of `pair-bound.ts` is below both people's thresholds (the worst weight each
 *    keeps) and below `minScore`;
 * 3. otherwise the kernel scores it and both lists are offered the result.
 *
 * Why the lists are exact: a pair is skipped only when it is infeasible or its weight is
 * provably below the threshold each list had then; thresholds only rise, so it is below
 * the final thresholds and could not be in either final list. Hence the final lists are
 * the true top k whatever the visiting order, and for every feasible pair {i, j} in
 * neither list, w(i, j) ≤ min(bound[i], bound[j]) with bound[i] = i's final threshold
 * (and no such pair exists for i when her list is not full: then all her feasible pairs
 * were scored).
 *
 * Complexity: O(n²/32 · (hours + languages per person)) word operations for the
 * blocking, the bound for each pair that survives it, and kernel calls for the pairs the
 * bound cannot skip (a few hundred per person on generated cohorts); O(n·k) memory,
 * plus 168 + (languages) bitmaps of n bits.
 * References: Fagin, Lotem & Naor 2003 (threshold pruning for top-k); Manning,
 * Raghavan & Schütze 2008, ch. 1 (inverted indexes); the lists are the k-nearest-
 * neighbour graph of the pair weight.
 */
import { combineScores } from "../reciprocity.js";
import type { ScoringState } from "../compatibility.js";
import { scoreStored, throwCustomIssues } from "../compatibility.js";
import { CandidateLists } from "./candidate-lists.js";
import type { PairBounds } from "./pair-bound.js";
import { closeBound, HOUR_WORDS, pairBound, preparePairBounds, sharedHours } from "./pair-bound.js";

/** People per tile: one bit each in a 32-bit word. */
const TILE = 32;
/** Hours of the week. */
const HOURS = 168;
/** Languages indexed for blocking at most (beyond, the kernel checks the language veto pair by pair). */
const MAX_INDEXED_LANGUAGES = 1024;

/** What the scan did, for benches and tests. */
export interface ScanCounts {
  /** Pairs that passed the blocking and were looked at one by one. */
  readonly examined: number;
  /** Pairs scored with the kernel. */
  readonly scored: number;
}

/** The lists of a cohort, with the work the scan did. */
export interface CandidateScan {
  readonly lists: CandidateLists;
  readonly counts: ScanCounts;
  readonly scope: PairScope;
}

/**
 * Each person's k best partners (`rank`: the seeded position of each person, for ties).
 * Throws `MatchInputError` when a custom feature returned an invalid score.
 */
export function scanCandidates(state: ScoringState, k: number, rank: Int32Array): CandidateScan {
  const lists = new CandidateLists(state.cohort.n, k, rank);
  const scope = pairScope(state);
  const counts = visitPairs(state, scope, {
    cut: (i, j) => Math.min(lists.threshold(i), lists.threshold(j)),
    take(i, j, w, out, back) {
      lists.offer(i, j, w, out, back);
      lists.offer(j, i, w, back, out);
    },
  });
  return { lists, counts, scope };
}

/** The scan order and the bound's arrays, kept to visit the pairs again (see `price-left-out.ts`). */
export interface PairScope {
  /** Scan position → participant index. */
  readonly order: Int32Array;
  readonly bounds: PairBounds;
}

/** Prepares the scan order and the bound's arrays of a cohort. O(n log n + n · K). */
export function pairScope(state: ScoringState): PairScope {
  const order = localityOrder(state);
  return { order, bounds: preparePairBounds(state.kernel, order) };
}

/** What a visit of the pairs does with each one. */
export interface PairVisitor {
  /**
   * The weight pair {i, j} must exceed to matter (participant indices): -Infinity to
   * score it whatever its bound, +Infinity to skip it; otherwise the pair is scored only
   * when its bound reaches the cut.
   */
  cut(i: number, j: number): number;
  /** A feasible pair that was scored: weight w, s(i→j) = out, s(j→i) = back. */
  take(i: number, j: number, w: number, out: number, back: number): void;
}

/**
 * Visits every pair {i, j} of the cohort that the blocking cannot rule out, skips those
 * whose bound (of `pair-bound.ts`) is below `visitor.cut` (or below `minScore`), scores
 * the rest and hands the feasible ones to `visitor.take`. Throws `MatchInputError` when a
 * custom feature returned an invalid score.
 */
export function visitPairs(state: ScoringState, scope: PairScope, visitor: PairVisitor): ScanCounts {
  const { cohort } = state;
  const { n } = cohort;
  const { order, bounds } = scope;
  const { available } = bounds;
  const { minScore, reciprocity } = cohort.options;
  // A bound below this proves the pair fails minScore: float32 rounding moves a weight
  // by far less than one part in a million.
  const minimum = minScore === undefined ? Number.NEGATIVE_INFINITY : Math.fround(minScore) * (1 - 1e-6);
  const minOverlap = cohort.options.availability.minOverlapMinutes;
  const tiles = Math.ceil(n / TILE);
  const hoursIndex = minOverlap > 0 ? hourIndex(bounds, tiles) : undefined;
  const languages = cohort.options.language.required ? languageIndex(state, order, tiles) : undefined;
  const out = new Float64Array(2);
  let examined = 0;
  let scored = 0;

  for (let distance = 0; distance < tiles; distance++) {
    for (let tp = 0; tp + distance < tiles; tp++) {
      const tq = tp + distance;
      if (hoursIndex !== undefined && !hoursIndex.tilesMeet(tp, tq)) continue;

      const pEnd = Math.min(n, (tp + 1) * TILE);
      const qBase = tq * TILE;
      const tileMask = n - qBase >= TILE ? 0xffffffff : (1 << (n - qBase)) - 1;
      for (let p = tp * TILE; p < pEnd; p++) {
        let mask = tileMask;
        // Within a diagonal tile, only the positions after p.
        if (tp === tq) mask &= p - qBase === TILE - 1 ? 0 : ~((2 << (p - qBase)) - 1);
        if (hoursIndex !== undefined && available[p] === 1) mask &= hoursIndex.meeting(p, tq);
        if (languages !== undefined) mask &= languages.speaking(p, tq);
        const i = order[p]!;
        while (mask !== 0) {
          const low = mask & -mask;
          mask ^= low;
          const q = qBase + 31 - Math.clz32(low);
          examined++;
          const j = order[q]!;
          const wanted = visitor.cut(i, j);
          if (wanted === Number.POSITIVE_INFINITY) continue;
          const shared = sharedHours(bounds, p, q);
          if (60 * shared < minOverlap && available[p] === 1 && available[q] === 1) continue;
          const cut = Math.max(wanted, minimum);
          if (cut > Number.NEGATIVE_INFINITY) {
            if (pairBound(bounds, p, q, shared) < cut) continue;
            if (closeBound(bounds, p, q) < cut) continue;
          }
          scored++;
          if (!scoreStored(state, i, j, out)) continue;
          visitor.take(i, j, combineScores(reciprocity, out[0]!, out[1]!), out[0]!, out[1]!);
        }
      }
    }
  }
  throwCustomIssues(state);
  return { examined, scored };
}

/**
 * People sorted so that neighbours in the order are alike: by UTC offset (people
 * without availability last), then by their goals, then by index.
 */
function localityOrder(state: ScoringState): Int32Array {
  const { cohort } = state;
  const offset = cohort.availability.utcOffsetMinutes;
  const goals = cohort.goals;
  const key = (i: number): number => {
    const zone = Number.isNaN(offset[i]!) ? 2000 : offset[i]! + 1000;
    return zone * 4294967296 + (goals.words > 0 ? goals.bits[i * goals.words]! : 0);
  };
  const keys = Float64Array.from({ length: cohort.n }, (_, i) => key(i));
  return Int32Array.from({ length: cohort.n }, (_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);
}

/** Inverted index of the hours of the week, over scan positions (for people who gave availability). */
interface HourIndex {
  /** Whether some member of tile tp and some of tile tq touch a common hour (or one of them lacks availability). */
  tilesMeet(tp: number, tq: number): boolean;
  /** The members of tile tq who touch an hour that position p touches, or gave no availability. */
  meeting(p: number, tq: number): number;
}

function hourIndex(bounds: PairBounds, tiles: number): HourIndex {
  const { n, hours, available } = bounds;
  const byHour = new Uint32Array(HOURS * tiles);
  const unavailable = new Uint32Array(tiles);
  const tileHours = new Uint32Array(tiles * HOUR_WORDS);
  const allAvailable = new Uint8Array(tiles).fill(1);
  const offsets = new Int32Array(n + 1);
  const list: number[] = [];
  for (let p = 0; p < n; p++) {
    const t = Math.floor(p / TILE);
    const bit = 1 << (p % TILE);
    if (available[p] === 0) {
      unavailable[t]! |= bit;
      allAvailable[t] = 0;
    }
    for (let h = 0; h < HOURS; h++) {
      if (((hours[p * HOUR_WORDS + (h >>> 5)]! >>> (h & 31)) & 1) === 0) continue;
      byHour[h * tiles + t]! |= bit;
      list.push(h);
    }
    for (let w = 0; w < HOUR_WORDS; w++) tileHours[t * HOUR_WORDS + w]! |= hours[p * HOUR_WORDS + w]!;
    offsets[p + 1] = list.length;
  }
  const hourList = Int32Array.from(list);
  return {
    tilesMeet(tp, tq) {
      if (allAvailable[tp] === 0 || allAvailable[tq] === 0) return true;
      for (let w = 0; w < HOUR_WORDS; w++) {
        if ((tileHours[tp * HOUR_WORDS + w]! & tileHours[tq * HOUR_WORDS + w]!) !== 0) return true;
      }
      return false;
    },
    meeting(p, tq) {
      let mask = unavailable[tq]!;
      for (let s = offsets[p]!; s < offsets[p + 1]!; s++) mask |= byHour[hourList[s]! * tiles + tq]!;
      return mask;
    },
  };
}

/** Inverted index of languages over scan positions, when a shared language is required. */
interface LanguageIndex {
  /** The members of tile tq who share a language with position p, or when either lists none. */
  speaking(p: number, tq: number): number;
}

function languageIndex(state: ScoringState, order: Int32Array, tiles: number): LanguageIndex | undefined {
  const family = state.cohort.languages;
  const vocabulary = family.vocabulary.length;
  if (vocabulary > MAX_INDEXED_LANGUAGES) return undefined;
  const { n } = state.cohort;
  const byLanguage = new Uint32Array(vocabulary * tiles);
  const silent = new Uint32Array(tiles);
  const offsets = new Int32Array(n + 1);
  const list: number[] = [];
  for (let p = 0; p < n; p++) {
    const i = order[p]!;
    const t = Math.floor(p / TILE);
    const bit = 1 << (p % TILE);
    if (family.count[i] === 0) silent[t]! |= bit;
    for (let l = 0; l < vocabulary; l++) {
      if (((family.bits[i * family.words + (l >>> 5)]! >>> (l & 31)) & 1) === 0) continue;
      byLanguage[l * tiles + t]! |= bit;
      list.push(l);
    }
    offsets[p + 1] = list.length;
  }
  const languageList = Int32Array.from(list);
  return {
    speaking(p, tq) {
      if (offsets[p + 1] === offsets[p]) return 0xffffffff;
      let mask = silent[tq]!;
      for (let s = offsets[p]!; s < offsets[p + 1]!; s++) mask |= byLanguage[languageList[s]! * tiles + tq]!;
      return mask;
    },
  };
}
