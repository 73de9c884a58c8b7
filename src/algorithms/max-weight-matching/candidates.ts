/**
 * The few least-slack edges of one vertex, collected during a scan of its edges and then
 * queued as events. Queueing the best `CANDIDATES` edges, rather than only the best one,
 * means a vertex is rescanned only after its first few partners have gone, not after
 * each one (on dense graphs the most attractive partners are matched away first).
 *
 * Coverage rule (used by `rescanGrow` / `rescanEven`): if a scan saw more eligible edges
 * than it queued, the largest queued key becomes the vertex's representative key; every
 * edge it did not queue has a key ≥ that, and the vertex is rescanned when the entry
 * with the representative key leaves the queue. If it saw no more edges than it queued,
 * every edge has its own entry and the representative key is Infinity.
 *
 * Complexity: `offerCandidate` is O(CANDIDATES); `flushCandidates` is O(CANDIDATES).
 *
 * References: Gabow 1990 (least-slack edge bookkeeping, here truncated per vertex).
 */
import type { BlossomState } from "./state.js";

/** How many least-slack edges a scan queues per vertex. */
export const CANDIDATES = 4;

/** Starts a new scan. */
export function resetCandidates(state: BlossomState): void {
  state.candidateCount = 0;
  state.candidatesSeen = 0;
}

/** Offers an edge (its event key and the endpoint to queue it with) to the current scan. */
export function offerCandidate(state: BlossomState, key: number, end: number): void {
  const { candidateKey, candidateEnd } = state;
  state.candidatesSeen++;
  let i = state.candidateCount;
  if (i === CANDIDATES) {
    if (key >= (candidateKey[CANDIDATES - 1] as number)) return;
    i--;
  } else {
    state.candidateCount++;
  }
  // Insertion into the short sorted list.
  while (i > 0 && (candidateKey[i - 1] as number) > key) {
    candidateKey[i] = candidateKey[i - 1] as number;
    candidateEnd[i] = candidateEnd[i - 1] as number;
    i--;
  }
  candidateKey[i] = key;
  candidateEnd[i] = end;
}

/**
 * Queues the collected edges as events of `kind` and returns the representative key
 * (Infinity when every eligible edge got its own entry).
 */
export function flushCandidates(state: BlossomState, kind: number): number {
  const count = state.candidateCount;
  for (let i = 0; i < count; i++) {
    state.events.push(state.candidateKey[i] as number, 4 * (state.candidateEnd[i] as number) + kind);
  }
  return state.candidatesSeen > count ? (state.candidateKey[count - 1] as number) : Infinity;
}
