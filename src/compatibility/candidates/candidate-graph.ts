/**
 * The candidate graph of a cohort: an edge for every pair in which one person is among
 * the other's k best or tied with her k-th (`scanCandidates`), with both directional scores, and per person
 * the bound on every feasible pair left out (her k-th best weight once her list is
 * full). The `Compatibility` built on it scores any other pair on demand.
 *
 * Complexity: the scan's, plus O(n·k log k) to assemble the edges; memory O(n·k).
 * References: none.
 */
import type { Compatibility, ScoringState } from "../compatibility.js";
import { compatibilityOn } from "../compatibility.js";
import type { ScoredGraph } from "../scored-graph.js";
import { EdgeBuffer } from "../scored-graph.js";
import type { CandidateLists } from "./candidate-lists.js";
import type { ScanCounts } from "./candidate-scan.js";
import { scanCandidates } from "./candidate-scan.js";
import { leftOutVisit } from "./left-out.js";

/** A compatibility on the candidate graph, with the scan's counts. */
export interface CandidateCompatibility {
  readonly compatibility: Compatibility;
  readonly counts: ScanCounts;
}

/**
 * Scores a cohort through its candidates: k per person, ties by `rank` (the seeded
 * position of each person). Throws `MatchInputError` for an invalid custom score.
 */
export function candidateCompatibility(state: ScoringState, k: number, rank: Int32Array): CandidateCompatibility {
  const { lists, counts, scope } = scanCandidates(state, k, rank);
  const graph = graphOfLists(lists);
  const compatibility = compatibilityOn(state, graph);
  if (graph.complete) return { compatibility, counts };
  return { compatibility: { ...compatibility, visitLeftOut: leftOutVisit(state, scope, graph) }, counts };
}

/** The union of the lists as a scored graph (edges in (i, j) order), with each person's bound. */
export function graphOfLists(lists: CandidateLists): ScoredGraph {
  const { n, k, capacity, size, partner, scoreOut, scoreIn } = lists;
  // Bucket every list entry under the smaller of its two people, then sort each bucket
  // by the larger one (key: larger·2^26 + slot, exact in a double) and drop repeats.
  const count = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    for (let s = i * capacity; s < i * capacity + size[i]!; s++) count[Math.min(i, partner[s]!) + 1]!++;
  }
  for (let i = 0; i < n; i++) count[i + 1]! += count[i]!;
  const keys = new Float64Array(count[n]!);
  const fill = count.slice(0, n);
  const SLOT = 67108864;
  for (let i = 0; i < n; i++) {
    for (let s = i * capacity; s < i * capacity + size[i]!; s++) {
      const j = partner[s]!;
      keys[fill[Math.min(i, j)]!++] = Math.max(i, j) * SLOT + s;
    }
  }
  const buffer = new EdgeBuffer();
  let complete = true;
  const bound = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    // A full list (k or more) holds only her best when she may have more partners than k.
    const full = size[i]! >= k && k < n - 1;
    if (full) complete = false;
    bound[i] = full ? lists.threshold(i) : Number.NEGATIVE_INFINITY;
    const row = keys.subarray(count[i]!, count[i + 1]!).sort();
    let previous = -1;
    for (const key of row) {
      const s = key % SLOT;
      const j = (key - s) / SLOT;
      if (j === previous) continue;
      previous = j;
      // Slot s belongs to the list of i (partner j) or of j (partner i).
      const owner = Math.floor(s / capacity);
      if (owner === i) buffer.push(i, j, scoreOut[s]!, scoreIn[s]!);
      else buffer.push(i, j, scoreIn[s]!, scoreOut[s]!);
    }
  }
  return buffer.finish(n, "candidates", complete, bound, k);
}
